// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QKeySequenceEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tianye::ui {

// Settings that belong to the user, not the project: the interface language
// (applied at the next start), the default spelling dictionary, the transcription
// snippets, the player's keys and how often projects are backed up.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language;
    QComboBox* m_spelling;
    QPlainTextEdit* m_snippets;
    QList<QKeySequenceEdit*> m_keys; // play/pause, back, forward, slower, faster
    QDoubleSpinBox* m_skip;
    QDoubleSpinBox* m_rewind;
    QSpinBox* m_backupMinutes;
    QSpinBox* m_backupsKept;
};

} // namespace tianye::ui
