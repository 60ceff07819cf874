// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "dossier/Dossier.h"

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tianye::ui {

class ProjectSession;

// Export → Dossier: a city's dossier, or all cities side by side, with its options.
// The project is read on a connection of its own and the document written in a
// worker thread (the charts are drawn on this thread in between), with progress and
// Cancel; the window stays live.
class DossierDialog final : public QDialog
{
    Q_OBJECT

public:
    // cityId NoRow: the first city.
    DossierDialog(ProjectSession* session, RowId cityId, QWidget* parent = nullptr);
    ~DossierDialog() override;

    // NoRow for the comparison of all cities.
    RowId city() const;
    dossier::Format format() const;
    dossier::Options options() const;
    QString target() const;
    void setTarget(const QString& path);
    bool isRunning() const { return m_running; }
    // Starts the export (what the Export button does).
    void start();
    void cancel();

Q_SIGNALS:
    // The export ended: written, failed (with why) or cancelled.
    void finished(bool written, const QString& path);

protected:
    void reject() override;

private:
    void suggestTarget();
    void browse();
    void render(dossier::CityDossier model);
    void done(const Status& status);
    void setRunning(bool running);
    void updateEnabled();

    ProjectSession* m_session;
    QComboBox* m_city;
    QComboBox* m_format;
    QCheckBox* m_cover;
    QCheckBox* m_insights;
    QCheckBox* m_themes;
    QCheckBox* m_people;
    QCheckBox* m_roster;
    QCheckBox* m_words;
    QSpinBox* m_quotes;
    QComboBox* m_language;
    QComboBox* m_page;
    QCheckBox* m_realNames;
    QLineEdit* m_target;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_open;
    QDialogButtonBox* m_buttons;
    QTimer* m_poll;
    QString m_written;
    bool m_targetEdited = false;
    bool m_running = false;
    // Shared with the worker: how far it got, and whether to stop.
    std::shared_ptr<std::atomic_int> m_percent;
    std::shared_ptr<std::atomic_bool> m_stop;
    QFuture<void> m_work;
};

} // namespace tianye::ui
