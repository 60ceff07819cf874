// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/FileDialogs.h"

#include <QCoreApplication>

namespace tianye::ui {

QString openFilter(FileKind kind)
{
    QString name;
    switch (kind) {
    case FileKind::Audio:
        name = QCoreApplication::translate("tianye::ui::FileDialogs", "Audio");
        break;
    case FileKind::Transcript:
        name = QCoreApplication::translate("tianye::ui::FileDialogs", "Transcripts");
        break;
    case FileKind::Codebook:
        name = QCoreApplication::translate("tianye::ui::FileDialogs", "Codebooks");
        break;
    case FileKind::Other:
        return QCoreApplication::translate("tianye::ui::FileDialogs", "All files (*)");
    }
    return QStringLiteral("%1 (%2);;%3")
        .arg(name, suffixPatterns(kind),
             QCoreApplication::translate("tianye::ui::FileDialogs", "All files (*)"));
}

QString suffixNames(FileKind kind)
{
    return suffixesOf(kind).join(QStringLiteral(", ")).toUpper();
}

} // namespace tianye::ui
