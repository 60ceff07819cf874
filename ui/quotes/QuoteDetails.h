// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tianye {
struct Change;
enum class QuoteField;
} // namespace tianye

namespace tianye::ui {

class LastWriteLabel;
class ProjectSession;

// The details of one quote, each saved as an undoable edit: themes (keyboard
// picker), star, "use in dossier", English translation, note and the audio range.
// A detached quote says so and offers to attach it to the words now selected.
class QuoteDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteDetails(ProjectSession* session, QWidget* parent = nullptr);
    void showQuote(RowId id);
    RowId quoteId() const { return m_id; }
    // Opens the theme picker for this quote.
    void editThemes();
    // The interview's audio is ready: "Play" plays the quote's range.
    void setAudioAvailable(bool available);

Q_SIGNALS:
    void reanchorRequested(tianye::RowId quoteId);
    void playRequested(tianye::RowId quoteId);
    void failed(const QString& action, const tianye::Error& error);

private:
    void reload();
    void onChange(const tianye::Change& change);
    void save(int field, const QVariant& value, const QString& label, const QString& mergeKey = {});
    QString typingKey(QuoteField field) const;
    void saveTime(QLineEdit* edit);

    ProjectSession* m_session;
    RowId m_id = NoRow;
    bool m_loading = false;
    QLabel* m_text;
    QLabel* m_themes;
    QPushButton* m_editThemes;
    QCheckBox* m_star;
    QCheckBox* m_dossier;
    QPlainTextEdit* m_translation;
    QPlainTextEdit* m_note;
    QLineEdit* m_audioStart;
    QLineEdit* m_audioEnd;
    QLabel* m_detached;
    LastWriteLabel* m_lastWrite;
    QPushButton* m_reanchor;
    QPushButton* m_remove;
    QPushButton* m_play;
    bool m_audio = false;
};

} // namespace tianye::ui
