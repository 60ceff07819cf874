// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QString>

#include <optional>
#include <vector>

namespace tianye::formats {

enum class TranscriptFormat
{
    Txt,
    Srt,
    Vtt
};

std::optional<TranscriptFormat> transcriptFormatFromName(QStringView name);
QString suffixOf(TranscriptFormat format);

// A transcript as text in one of the formats:
// - TXT: a paragraph per segment, "SPEAKER HH:MM:SS" then the text (the layout
//   ASR tools such as iFlyrec export; ".mmm" is added when a time has milliseconds);
// - SRT: numbered cues, comma milliseconds, "Speaker: text";
// - WebVTT: dot milliseconds, <v Speaker> voice tags.
// Cues need times: a segment without a start continues from the previous end, one
// without an end lasts until the next start (or 2 seconds).
QString exportTranscript(const std::vector<Segment>& segments, TranscriptFormat format);

// Writes exportTranscript() to path in UTF-8, through a temporary file: a full
// disk never leaves half a transcript behind.
Status writeTranscript(const std::vector<Segment>& segments, TranscriptFormat format, const QString& path);

} // namespace tianye::formats
