// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "formats/TranscriptImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace tianye::ui {

// What an import would add, shown before anything is written: the format and
// encoding found, the segments with speakers and times, and what was skipped. A text
// file whose encoding was not clear (or read wrongly) is read again in the encoding
// the user chooses; Import stays off until the file reads.
class ImportTranscriptDialog final : public QDialog
{
    Q_OBJECT

public:
    // read: the file as first read (an encoding error opens the dialog too);
    // existingSegments: how many the interview has already (the import appends).
    ImportTranscriptDialog(const QString& file, const Result<formats::ImportedTranscript>& read,
                           int existingSegments, QWidget* parent = nullptr);

    // What Import adds: the file as last read.
    const formats::ImportedTranscript& transcript() const { return *m_transcript; }

private:
    void showRead(const Result<formats::ImportedTranscript>& read);
    void readAgain();

    QString m_file;
    int m_existing = 0;
    std::optional<formats::ImportedTranscript> m_transcript;
    QLabel* m_summary = nullptr;
    QComboBox* m_encoding = nullptr;
    QTreeWidget* m_preview = nullptr;
    QLabel* m_more = nullptr;
    QLabel* m_skippedNote = nullptr;
    QListWidget* m_skipped = nullptr;
    QPushButton* m_import = nullptr;
    int m_reads = 0; // the latest read wins
};

} // namespace tianye::ui
