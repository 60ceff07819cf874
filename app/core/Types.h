// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Ids.h"

#include <QList>
#include <QString>

#include <optional>

namespace tianye {

// Enumerations are stored as stable lower-case keys in the database; the label
// functions give the translated text for the UI.
enum class InterviewMode
{
    InPerson,
    Phone,
    Video
};
enum class InterviewStatus
{
    Planned,
    Recorded,
    Transcribed,
    Coded,
    Reviewed
};
enum class ConsentStatus
{
    Pending,
    Given,
    Withdrawn
};
enum class CityTie
{
    Unknown,
    Native,
    Returnee,
    Newcomer,
    Visitor
};
enum class MediaOrigin
{
    Imported,
    Recorded
};
enum class InsightKind
{
    Spirit,
    Supporting
};
// Why a quote never leaves the project (the store's withheld_quotes view).
enum class Withheld
{
    No,
    Interview, // every participant of its interview withdrew consent
    Speaker,   // a participant who withdrew consent says some of its words
    Unknown    // some of its words have no known speaker in an interview where someone withdrew
};

QString toKey(InterviewMode v);
QString toKey(InterviewStatus v);
QString toKey(ConsentStatus v);
QString toKey(CityTie v);
QString toKey(MediaOrigin v);
QString toKey(InsightKind v);
std::optional<InterviewMode> interviewModeFromKey(QStringView key);
std::optional<InterviewStatus> interviewStatusFromKey(QStringView key);
std::optional<ConsentStatus> consentStatusFromKey(QStringView key);
std::optional<CityTie> cityTieFromKey(QStringView key);
std::optional<MediaOrigin> mediaOriginFromKey(QStringView key);
std::optional<InsightKind> insightKindFromKey(QStringView key);
// "interview", "speaker", "unknown"; anything else (no reason) is Withheld::No.
Withheld withheldFromKey(QStringView key);
QString toKey(Withheld v); // empty for Withheld::No
// Why a withheld quote is shown in red and left out of every export (for a tooltip).
QString withheldReason(Withheld v);

// The English source of each label, for a catalogue other than the UI's (the dossier
// is written in a language of its own); label() is its translation in the UI language.
const char* labelSource(InterviewMode v);
const char* labelSource(InterviewStatus v);
const char* labelSource(ConsentStatus v);
const char* labelSource(CityTie v);
QString label(InterviewMode v);
QString label(InterviewStatus v);
QString label(ConsentStatus v);
QString label(CityTie v);

// Every record: local row id, global UUID, times (ms since epoch) and author.
struct RecordInfo
{
    RowId id = NoRow;
    QString uuid;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    RowId authorId = NoRow;
};

struct Researcher : RecordInfo
{
    QString name;
    QString email;
};

struct City : RecordInfo
{
    QString name;
    QString region;
    QString notes;
    QString spiritWord;       // e.g. 不争
    QString insightStatement; // what the spirit word means for this city
    int targetInterviews = 0;
};

struct Participant : RecordInfo
{
    RowId cityId = NoRow;
    QString code; // pseudonym, e.g. DT-017; the only name that leaves the project by default
    QString realName;
    QString contact;
    QString gender;
    QString ageBand;
    QString occupation;
    QString category;
    CityTie tie = CityTie::Unknown;
    ConsentStatus consent = ConsentStatus::Pending;
    QString consentDate; // ISO date
    QString notes;
    QString attributesJson; // free attributes as a JSON object
};

struct Interview : RecordInfo
{
    RowId cityId = NoRow;
    QString startedAt; // local ISO date-time "yyyy-MM-ddTHH:mm" of the place
    qint64 durationMs = 0;
    QString place;
    InterviewMode mode = InterviewMode::InPerson;
    QString language = QStringLiteral("zh");
    InterviewStatus status = InterviewStatus::Planned;
    QString summary;
    QString fieldNotes;
    QList<RowId> participantIds;
    QList<RowId> interviewerIds;
};

struct Media : RecordInfo
{
    RowId interviewId = NoRow;
    QString sha256;
    QString originalName;
    QString format; // file suffix, lower case: wav, mp3, m4a, ogg, opus, flac, amr
    qint64 durationMs = 0;
    qint64 sizeBytes = 0;
    MediaOrigin origin = MediaOrigin::Imported;
};

struct Marker : RecordInfo
{
    RowId mediaId = NoRow;
    qint64 timeMs = 0;
    QString label;
};

struct Segment : RecordInfo
{
    RowId interviewId = NoRow;
    int position = 0;
    QString speaker;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString text;
};

struct Theme : RecordInfo
{
    RowId parentId = NoRow;
    QString name;
    QString description;
    QString color; // #rrggbb
    QString memo;
    int position = 0;
};

// A quote anchors to code-point offsets in its first and last segment.
struct Quote : RecordInfo
{
    RowId interviewId = NoRow;
    RowId startSegmentId = NoRow;
    qsizetype startOffset = 0;
    RowId endSegmentId = NoRow;
    qsizetype endOffset = 0;
    QString text; // snapshot of the quoted words when made (shown for detached quotes)
    bool detached = false;
    std::optional<qint64> audioStartMs;
    std::optional<qint64> audioEndMs;
    QString note;
    bool starred = false;
    bool inDossier = false;
    QString translation;
    QList<RowId> themeIds;
};

struct Insight : RecordInfo
{
    RowId cityId = NoRow;
    int position = 0;
    InsightKind kind = InsightKind::Supporting;
    QString title;
    QString statement;
    QList<RowId> quoteIds; // evidence, in order
};

} // namespace tianye
