// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace tianye {

class Database;
class WriteScope;

// Transcript segments of interviews. Changing a segment's text re-anchors the quotes
// in it so that they keep covering the same words (core/TextAnchor).
class TranscriptRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::TranscriptRepository)

public:
    explicit TranscriptRepository(Database& db)
        : m_db(db)
    {}
    Result<std::vector<Segment>> segments(RowId interviewId);
    Result<Segment> segment(RowId id);
    // Inserts before the segment at position (0-based); at the end when position is -1.
    Result<RowId> insertSegment(const WriteScope& w, const Segment& segment, int position = -1);
    // Appends many segments in one transaction (imports, demo, generator).
    // progress is called every few thousand segments with the number written; when
    // it returns false the whole append is rolled back (Error::Code::Cancelled).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    Result<std::vector<RowId>> appendSegments(const WriteScope& w, RowId interviewId,
                                              const std::vector<Segment>& segments,
                                              const Progress& progress = {});
    Status setText(const WriteScope& w, RowId segmentId, const QString& text);
    Status setSpeaker(const WriteScope& w, RowId segmentId, const QString& speaker);
    Status setTimes(const WriteScope& w, RowId segmentId, std::optional<qint64> startMs,
                    std::optional<qint64> endMs);
    // Renames a speaker label in every segment of the interview (and its tie).
    Status renameSpeaker(const WriteScope& w, RowId interviewId, const QString& from, const QString& to);
    // The interview's speaker labels in order of first appearance, with who each is.
    Result<std::vector<SpeakerLabel>> speakerLabels(RowId interviewId);
    // Ties a label of the interview to a participant, or to a researcher (an
    // interviewer's turns); both NoRow unties it. The quotes of the interview are
    // announced: who says them, and what may be published, follows.
    Status tieSpeaker(const WriteScope& w, RowId interviewId, const QString& label, RowId participantId,
                      RowId researcherId);
    // Removes a segment; quotes entirely inside it are kept and flagged detached.
    Status removeSegment(const WriteScope& w, RowId segmentId);
    // Splits a segment at a code-point offset: the text after it becomes a new
    // segment right after, same speaker, starting at startMs (when given). Quotes
    // keep their words: those after the split move into the new segment.
    Result<RowId> splitSegment(const WriteScope& w, RowId segmentId, qsizetype offset,
                               std::optional<qint64> startMs = {});
    // Joins a segment onto the one before it (its speaker and start stay); quotes in
    // the joined text keep their words. Returns the segment that remains.
    Result<RowId> mergeWithPrevious(const WriteScope& w, RowId segmentId);

private:
    Database& m_db;
};

} // namespace tianye
