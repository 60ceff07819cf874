// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "formats/TranscriptImport.h"

#include <QDialog>

namespace tianye::ui {

// What an import would add, shown before anything is written: the format and
// encoding found, the segments with speakers and times, and what was skipped.
class ImportTranscriptDialog final : public QDialog
{
    Q_OBJECT

public:
    // existingSegments: how many the interview has already (the import appends).
    ImportTranscriptDialog(const QString& file, const formats::ImportedTranscript& transcript,
                           int existingSegments, QWidget* parent = nullptr);
};

} // namespace tianye::ui
