// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QStringList>

namespace tianye {

// The one list of the files Tianye takes in, by what it does with them: dropped
// files are routed by it, and every open dialog's filter is made from it.
enum class FileKind
{
    Audio,      // attached to an interview (copied into media/)
    Transcript, // imported into an interview's transcript
    Codebook,   // imported into the codebook
    Other
};

// Lower-case suffixes without the dot, e.g. {"wav", "mp3", …}.
const QStringList& suffixesOf(FileKind kind);
// "*.wav *.mp3 …", for a file dialog's filter.
QString suffixPatterns(FileKind kind);
// What a dropped file is, by its suffix (any case): Audio, Transcript or Other
// (codebooks are imported from the Codebook tab only, never routed by a drop).
FileKind fileKindOf(const QString& path);

} // namespace tianye
