// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"
#include "core/Error.h"
#include "core/Ids.h"

#include <QCoreApplication>

namespace tianye {
class Project;
}

namespace tianye::cli {

// "export-transcript PATH --interview ID --format txt|srt|vtt [-o FILE]"
// "import-transcript PATH --interview ID FILE [--format auto|txt|srt|vtt|docx] [--preview]"
// "speakers PATH --interview ID [LABEL=CODE]..."
class TranscriptCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::TranscriptCommands)

public:
    static int runExport(CliContext& ctx, const QStringList& args);
    static int runImport(CliContext& ctx, const QStringList& args);
    static int runSpeakers(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
