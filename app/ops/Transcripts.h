// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <functional>
#include <optional>
#include <vector>

// Verbs on transcripts: typing in the transcription editor, Enter/Backspace (split,
// join), Ctrl+1…9 and renaming speakers, Ctrl+J, the project dictionary, and
// Interview → Import Transcript… (and files dropped on an interview).
namespace tianye::ops {

class Session;

// One paragraph of the transcription editor, in order.
struct TranscriptBlock
{
    enum class Action
    {
        Keep,    // a stored segment, unchanged
        SetText, // a stored segment whose text was typed over
        Insert   // a new paragraph: a new segment at this position
    };
    Action action = Action::Keep;
    RowId segmentId = NoRow; // Keep, SetText
    QString text;
    QString speaker; // Insert
};

// "Edit Transcript": what was typed since the last save. Segments whose paragraphs are
// gone are removed (their quotes kept, detached when all their words went), texts set
// and new paragraphs inserted. Returns the new segments by block index.
Result<std::vector<std::pair<int, RowId>>> editTranscript(Session& session, RowId interviewId,
                                                          const std::vector<RowId>& removed,
                                                          const std::vector<TranscriptBlock>& blocks,
                                                          const QString& mergeKey = {});
// "Split Segment" at a code-point offset (Enter); the part after starts at startMs.
Result<RowId> splitSegment(Session& session, RowId segmentId, qsizetype offset,
                           std::optional<qint64> startMs = {});
// "Join Segments": a segment onto the one before it (Backspace at its start).
Result<RowId> joinSegments(Session& session, RowId segmentId);
// "Change Speaker to <speaker>" of one segment.
Status setSegmentSpeaker(Session& session, RowId segmentId, const QString& speaker);
// "Rename Speaker <from> to <to>" in every segment of the interview.
Status renameSpeaker(Session& session, RowId interviewId, const QString& from, const QString& to);
// "Set Segment Time" (Ctrl+J).
Status setSegmentTimes(Session& session, RowId segmentId, std::optional<qint64> startMs,
                       std::optional<qint64> endMs);
// "Tie Speaker <label> to <code or name>": the label's turns are said by this
// participant, or (researcherId) are an interviewer's; both NoRow unties it. Who says
// each quote of the interview, and what of it may be published, follows.
Status tieSpeaker(Session& session, RowId interviewId, const QString& label, RowId participantId,
                  RowId researcherId = NoRow);
// "Add “<word>” to the Project Dictionary".
Status addDictionaryWord(Session& session, const QString& word, const QString& language);

// "Import Transcript <name>": segments appended to the interview's transcript, after a
// backup of the project ("before-import"); without the backup nothing is imported. Runs
// on a connection of its own (Session::runAside) and reports progress; returning false
// from progress cancels it and nothing is added.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;
Status importTranscript(Session& session, RowId interviewId, const std::vector<Segment>& segments,
                        const QString& fileName, const ImportProgress& progress = {});

} // namespace tianye::ops
