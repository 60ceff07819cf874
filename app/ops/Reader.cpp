// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Reader.h"

#include "store/ChangeLog.h"
#include "store/CityRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/Sync.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

namespace tianye::ops {

Reader::Reader(Project& project)
    : m_db(project.db())
{}

Result<City> Reader::city(RowId id)
{
    return CityRepository(m_db).get(id);
}
Result<std::vector<City>> Reader::cities()
{
    return CityRepository(m_db).list();
}
Result<std::vector<CityStats>> Reader::cityStats()
{
    return CityRepository(m_db).stats();
}

Result<Researcher> Reader::researcher(RowId id)
{
    return ResearcherRepository(m_db).get(id);
}
Result<std::vector<Researcher>> Reader::researchers()
{
    return ResearcherRepository(m_db).list();
}
Result<Participant> Reader::participant(RowId id)
{
    return ParticipantRepository(m_db).get(id);
}
Result<std::vector<Participant>> Reader::participants(RowId cityId)
{
    return ParticipantRepository(m_db).list(cityId);
}
Result<QString> Reader::suggestedCode(RowId cityId)
{
    return ParticipantRepository(m_db).suggestCode(cityId);
}

Result<Interview> Reader::interview(RowId id)
{
    return InterviewRepository(m_db).get(id);
}
Result<std::vector<Interview>> Reader::interviews(RowId cityId)
{
    return InterviewRepository(m_db).list(cityId);
}
Result<std::vector<InterviewSummary>> Reader::logLines(RowId cityId)
{
    return InterviewRepository(m_db).summaries(cityId);
}
Result<std::vector<InterviewSummary>> Reader::logLinesOf(const QList<RowId>& interviewIds)
{
    return InterviewRepository(m_db).summariesOf(interviewIds);
}
Result<QList<RowId>> Reader::interviewsWith(Entity people, const QList<RowId>& ids)
{
    return InterviewRepository(m_db).interviewsWith(people, ids);
}
Result<RowId> Reader::resolveInterview(const QString& idOrUuid)
{
    return InterviewRepository(m_db).resolve(idOrUuid);
}
Result<QString> Reader::spellLanguage(RowId interviewId)
{
    return InterviewRepository(m_db).spellLanguage(interviewId);
}
Result<std::vector<Segment>> Reader::segments(RowId interviewId)
{
    return TranscriptRepository(m_db).segments(interviewId);
}

Result<Media> Reader::media(RowId id)
{
    return MediaRepository(m_db).get(id);
}
Result<std::vector<Media>> Reader::mediaOf(RowId interviewId)
{
    return MediaRepository(m_db).list(interviewId);
}
Result<std::vector<Marker>> Reader::markers(RowId mediaId)
{
    return MediaRepository(m_db).markers(mediaId);
}

Result<Theme> Reader::theme(RowId id)
{
    return ThemeRepository(m_db).get(id);
}
Result<std::vector<Theme>> Reader::themes()
{
    return ThemeRepository(m_db).list();
}
Result<Quote> Reader::quote(RowId id)
{
    return QuoteRepository(m_db).get(id);
}
Result<std::vector<Quote>> Reader::quotes(RowId interviewId)
{
    return QuoteRepository(m_db).list(interviewId);
}
Result<qint64> Reader::quoteCount()
{
    return QuoteCatalog(m_db).count();
}
Result<std::vector<RowId>> Reader::quoteIds(const QuoteFilter& filter, const std::function<bool()>& cancelled)
{
    return QuoteCatalog(m_db).ids(filter, cancelled);
}
Result<std::vector<RowId>> Reader::quoteIdsAside(const QString& databasePath, const QuoteFilter& filter,
                                                 const std::function<bool()>& cancelled)
{
    auto db = Database::openReader(databasePath);
    if (!db)
        return std::unexpected(db.error());
    return QuoteCatalog::ids(**db, filter, cancelled);
}
Result<std::vector<QuoteRow>> Reader::quoteRows(const std::vector<RowId>& ids)
{
    return QuoteCatalog(m_db).rows(ids);
}
Result<ThemeMatrix> Reader::themeMatrix(bool includeWithheld)
{
    return QuoteCatalog(m_db).matrix(includeWithheld);
}
Result<QHash<RowId, Withheld>> Reader::withheldIn(RowId interviewId)
{
    return QuoteCatalog(m_db).withheldIn(interviewId);
}

Result<Insight> Reader::insight(RowId id)
{
    return InsightRepository(m_db).get(id);
}
Result<std::vector<Insight>> Reader::insights(RowId cityId)
{
    return InsightRepository(m_db).list(cityId);
}
Result<std::vector<LogEntry>> Reader::recentChanges(int limit)
{
    return ChangeLog::recent(m_db, limit);
}
Result<std::optional<LastWrite>> Reader::lastWriteOfInterview(RowId id)
{
    return ChangeLog::lastWrite(m_db, QStringLiteral("interviews"), id);
}
Result<std::optional<LastWrite>> Reader::lastWriteOfQuote(RowId id)
{
    return ChangeLog::lastWrite(m_db, QStringLiteral("quotes"), id);
}
Result<std::vector<Conflict>> Reader::conflicts(bool includeTaken)
{
    return Sync::conflicts(m_db, includeTaken);
}

QString Reader::thisDevice()
{
    return ChangeLog::deviceId(m_db);
}
Result<QStringList> Reader::dictionaryWords(const QString& language)
{
    return DictionaryRepository(m_db).words(language);
}

} // namespace tianye::ops
