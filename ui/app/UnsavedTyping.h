// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QTimer;

namespace tianye::ui {

// Words typed into the open project and not yet in it. Each editor that saves while
// the user types (the transcript, a quote's translation and note, a city's and an
// insight's statement, a theme's description and memo, an interview's summary and
// field notes) puts here how to save what it shows, under a key naming the field
// ("quote-12-note"). Everything here is saved after a pause in typing, and before
// undo, redo, import, export and closing (flush()).
//
// When saving fails (a full disk) nothing is dropped: the entry stays, the editor
// keeps showing the words, and it is tried again every few seconds and before every
// one of those actions, which refuse to go on while it fails. The window asks before
// closing with words that could not be saved.
class UnsavedTyping final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnsavedTyping)

public:
    using Save = std::function<Status()>;
    static constexpr int PauseMs = 700;  // after the last keystroke
    static constexpr int RetryMs = 5000; // after a failed save

    explicit UnsavedTyping(QObject* parent = nullptr);
    ~UnsavedTyping() override;

    // The user typed into the field key of owner: save() is called after a pause (it
    // replaces what was waiting under key). Entries of an owner that is destroyed go.
    void typed(QObject* owner, const QString& key, Save save);
    // The same for a field whose whole text is text: an editor showing the field again
    // shows waiting(key), not what the project has.
    void typed(QObject* owner, const QString& key, const QString& text, Save save);
    // Whether words typed into key wait to be saved (an editor does not reload over them).
    bool waits(const QString& key) const;
    std::optional<QString> waiting(const QString& key) const;
    bool isEmpty() const;
    // Saves what waits now: everything, or only key (or only owner's). The first
    // failure is returned; what failed stays.
    Status flush();
    Status flush(const QString& key);
    // What was typed into scope or any object within it (an interview's page).
    Status flushWithin(const QObject* scope);
    // How long after a failed save it is tried again (RetryMs unless set).
    void setRetryInterval(int ms);
    // As after a pause: saves everything now, and says so (saveFailed) if saving
    // starts failing.
    void saveNow();
    // error, with the words that they are kept and saved as soon as they can be.
    static Error kept(Error error);
    // The project closed: what waits belongs to it and is dropped (the caller flushed
    // or the user chose to lose it).
    void clear();

Q_SIGNALS:
    // A save after a pause failed, where the one before had not: the words are kept
    // and tried again.
    void saveFailed(const tianye::Error& error);
    // Saving works again after failing: everything typed is in the project.
    void savedAgain();

private:
    struct Entry
    {
        QPointer<QObject> owner;
        QString key;
        Save save;
        std::optional<QString> text;
    };
    void add(QObject* owner, const QString& key, std::optional<QString> text, Save save);
    Status saveWhere(const std::function<bool(const Entry&)>& which);

    std::vector<Entry> m_entries;
    QTimer* m_pause;
    QTimer* m_retry;
    bool m_failing = false;
    bool m_saving = false;
};

} // namespace tianye::ui
