// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <string_view>

namespace tianye {

class Database;

// What word analysis reads of the transcripts: every segment's words with its
// interview and speaker label, who each label of an interview is (a participant, an
// interviewer), the segments consent withholds, and which interviews' transcripts
// changed since a stamp (transcript_changes, schema v12) so a cached analysis reads
// again only what changed. Read only.
class WordCorpus final
{
public:
    explicit WordCorpus(Database& db)
        : m_db(db)
    {}

    struct Interview
    {
        RowId id = NoRow;
        RowId cityId = NoRow;
    };
    struct Speaker
    {
        RowId interviewId = NoRow;
        QString label;
        RowId participantId = NoRow;
        bool interviewer = false;
    };
    struct Segment
    {
        RowId id;
        RowId interviewId;
        std::string_view speaker; // UTF-8, valid during the call
        std::string_view text;    // UTF-8, valid during the call
    };

    // Reads body's calls as one snapshot of the project (one read transaction).
    Status snapshot(const std::function<void()>& body);
    Result<QList<Interview>> interviews();
    // The newest stamp of transcript_changes, and the interviews stamped after one.
    Result<qint64> lastStamp();
    Result<QSet<RowId>> changedSince(qint64 stamp);
    Result<qint64> segmentCount();
    // The interviews with a participant whose attribute (category, gender, age_band,
    // city_tie) has this value.
    Result<QSet<RowId>> interviewsWith(const QString& attribute, const QString& value);
    // One row per label of each interview (the view segment_speakers, read once per label).
    Result<QList<Speaker>> speakers();
    // The segments consent withholds: a withdrawn participant's turns, all of a
    // withdrawn interview, and unattributed turns of an interview at risk.
    Result<QSet<RowId>> withheldSegments();
    Result<QSet<RowId>> interviewsAtRisk();
    // Every segment of the interviews given (all, in storage order, when null);
    // the callback returns false to stop (a cancel), which gives Error::Code::Cancelled.
    Status forEachSegment(const QSet<RowId>* only, const std::function<bool(const Segment&)>& each);

private:
    Database& m_db;
};

} // namespace tianye
