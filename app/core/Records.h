// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the store reads out and what a verb writes, in the shapes the window and the
// CLI use: the editable fields of each record, the interview log's lines, the quote
// browser's rows and filter, the theme × city matrix. The store fills them
// (store/*Repository, store/QuoteCatalog); the window and the CLI reach them only
// through ops::Reader and the verbs.
namespace tianye {

// ---- Interviews

enum class InterviewField
{
    CityId,
    StartedAt,
    DurationMs,
    Place,
    Mode,
    Language,
    State, // the interview's InterviewStatus
    Summary,
    FieldNotes,
    SpellLanguage,
};

// One line of the interview log: the interview with what the table shows about it.
struct InterviewSummary
{
    Interview interview;
    QString cityName;
    QString participantCodes; // "DT-001, DT-002"
    QString occupations;      // of the participants
    QString categories;       // of the participants
    QString interviewerNames; // "王磊, Anna"
    int quotes = 0;
    int segments = 0;
    bool hasAudio = false;
};

// ---- Cities

enum class CityField
{
    Name,
    Region,
    Notes,
    SpiritWord,
    InsightStatement,
    TargetInterviews
};

struct CityStats
{
    RowId cityId = NoRow;
    int interviews = 0;
    int transcribed = 0; // status transcribed or later
    int participants = 0;
    int quotes = 0;
};

// ---- Participants

enum class ParticipantField
{
    CityId,
    Code,
    RealName,
    Contact,
    Gender,
    AgeBand,
    Occupation,
    Category,
    Tie,
    Consent,
    ConsentDate,
    Notes,
    Attributes,
};

// ---- Quotes

enum class QuoteField
{
    Note,
    Starred,
    InDossier,
    Translation,
    AudioStartMs,
    AudioEndMs,
    Text
};

// ---- Themes

enum class ThemeField
{
    ParentId,
    Name,
    Description,
    Color,
    Memo,
    Position
};

// ---- Insights

enum class InsightField
{
    Kind,
    Title,
    Statement,
    Position
};

// ---- Transcripts

// A speaker label of an interview and who it resolves to (the schema's
// segment_speakers: a tie, a participant's code or real name, an interviewer).
struct SpeakerLabel
{
    QString label;
    int segments = 0;
    RowId participantId = NoRow;
    RowId researcherId = NoRow; // tied to an interviewer
    bool interviewer = false;   // an interviewer's turns
    bool tied = false;          // tied explicitly (speaker_labels)
};

// ---- The quote browser

enum class QuoteSort
{
    Date,   // interview date, then transcript order
    City,   // city name, then date
    Theme,  // first theme name (alphabetical), quotes without themes last
    Length, // characters of the quote
};

// Which quotes the browser, the exports and the CLI show. Empty fields do not filter.
struct QuoteFilter
{
    QList<RowId> cityIds;
    RowId themeId = NoRow; // the theme or any of its sub-themes
    QString category;
    QString gender;
    QString ageBand;
    QString cityTie; // key, e.g. "native"
    RowId interviewerId = NoRow;
    RowId interviewId = NoRow;
    bool starredOnly = false;
    bool dossierOnly = false;
    QString match; // an FTS5 expression over quote text, note and translation (search::SearchQuery)
    QuoteSort sort = QuoteSort::Date;
    bool descending = false;
    bool operator==(const QuoteFilter&) const = default;
};

// One quote with what the browser shows about it.
struct QuoteRow
{
    RowId id = NoRow;
    RowId interviewId = NoRow;
    RowId cityId = NoRow;
    RowId participantId = NoRow;
    QString text;
    QString speakerCode; // codes of the participants who say its words, in order ("DT-004, DT-005");
                         // empty when no participant is known to say them (unattributed)
    QString role;        // the (first) speaker's occupation
    QString category;
    QString cityName;
    QString interviewDate; // ISO date and time of the interview
    QStringList themes;    // names, in codebook order
    QList<RowId> themeIds;
    QString note;
    QString translation;
    std::optional<qint64> audioStartMs;
    std::optional<qint64> audioEndMs;
    bool starred = false;
    bool inDossier = false;
    bool detached = false;
    Withheld withheld = Withheld::No; // never exported, and why (shown in red)
    // The speaker codes, or "speaker not known" (translated) when no participant is
    // known to say the words.
    QString speaker() const;
};

// Quotes per theme and city; a theme counts its sub-themes' quotes too.
struct ThemeCityCell
{
    int quotes = 0;
    int interviews = 0;
};

struct ThemeMatrix
{
    std::vector<Theme> themes;                       // codebook order
    std::vector<City> cities;                        // by name
    QHash<QPair<RowId, RowId>, ThemeCityCell> cells; // (theme, city)
    ThemeCityCell cell(RowId theme, RowId city) const { return cells.value({theme, city}); }
    int depth(const Theme& theme) const;
};

// ---- The change log (store/ChangeLog)

// One committed step as the change log keeps it: what it did to which rows, named so
// that another copy of the project can apply it (rows by UUID, references by the UUID
// they point to), and who made it where and when.
struct LogEntry
{
    qint64 seq = 0;       // order in this copy's log
    QString device;       // the copy that made it
    qint64 deviceSeq = 0; // that copy's count of its own steps
    qint64 clock = 0;     // hybrid logical clock: ms since epoch << 16 | counter
    QString author;       // who made it (name)
    QString label;        // the step's undo label, e.g. "Make Quote" or "Undo Make Quote"
    // One object per row: {"t": table, "o": "i"|"u"|"d", "k": key, "v": values, "was": old values}.
    // key: the row's UUID, or for link rows an object of their key columns. A value that
    // refers to a row is {"@": uuid}; "v" of a delete holds the row as it was.
    QJsonArray changes;

    QDateTime when() const { return QDateTime::fromMSecsSinceEpoch(clock >> 16); }
};

// The newest write to a record, for "last changed by" on its page: an interview's own
// fields or its transcript, a quote's fields or its themes, on any copy.
struct LastWrite
{
    QString author; // the name the step was made under ('' when none was set)
    QString device; // the copy it was made on
    qint64 clock = 0;

    QDateTime when() const { return QDateTime::fromMSecsSinceEpoch(clock >> 16); }
};

// What sync resolved, for Team → Conflicts: a field changed on two copies (the later
// write kept), a delete against an edit (the delete kept), a row kept because another
// copy still needs it, a name two copies gave to different records, a withdrawal of
// consent kept whatever the clock said.
struct Conflict
{
    qint64 id = 0;
    QDateTime foundAt;
    QString table;
    QString key; // the row's UUID (or a link row's key)
    QString column;
    QString kind; // "field", "delete", "kept", "renamed", "consent"
    QJsonValue kept;
    QJsonValue lost;
    QString lostAuthor;
    QString lostDevice;
    qint64 lostClock = 0;
    QString label;         // the step that lost
    QString record;        // the record as a person reads it: "city 大同", "quote “…”"
    bool taken = false;    // the record holds the lost value again (taken, here or on another copy)
    bool takeable = false; // there is a lost value to take
};

} // namespace tianye
