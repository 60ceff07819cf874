// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Coding.h"

#include "core/TimeCode.h"
#include "ops/Session.h"
#include "ops/Verbs.h"
#include "search/SearchEngine.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/SavedSearchRepository.h"
#include "store/TranscriptRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

namespace tianye::ops {

namespace {

bool endsSentence(const QList<uint>& cps, qsizetype i)
{
    switch (cps[i]) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'…':
    case U'!':
    case U'?':
    case U';':
    case U'\n':
        return true;
    case U'.': // an English full stop, not a decimal point or "e.g"
        return i + 1 >= cps.size() || QChar::isSpace(char32_t(cps[i + 1]));
    default:
        return false;
    }
}

bool closesQuotation(uint c)
{
    return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U')' || c == U'"';
}

// The sentence around span: from after the previous sentence end to its own end
// (with a closing quotation mark after it), spaces at either end left out.
TextSpan sentenceAround(const QList<uint>& cps, TextSpan span)
{
    qsizetype start = span.start;
    while (start > 0 && !endsSentence(cps, start - 1))
        --start;
    qsizetype end = std::max(span.end, start);
    while (end < cps.size() && !endsSentence(cps, end))
        ++end;
    if (end < cps.size() && cps[end] != U'\n') {
        ++end;
        while (end < cps.size() && (endsSentence(cps, end) || closesQuotation(cps[end])) && cps[end] != U'\n')
            ++end;
    }
    while (start < end && QChar::isSpace(char32_t(cps[start])))
        ++start;
    while (end > start && QChar::isSpace(char32_t(cps[end - 1])))
        --end;
    return {start, end};
}

} // namespace

std::optional<CodingScope> codingScopeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("hit"))
        return CodingScope::Hit;
    if (n == QLatin1String("sentence"))
        return CodingScope::Sentence;
    if (n == QLatin1String("segment"))
        return CodingScope::Segment;
    return std::nullopt;
}

Result<Quote> quoteOfHit(Project& project, RowId segmentId, TextSpan at, CodingScope scope)
{
    auto segment = project.transcripts().segment(segmentId);
    if (!segment)
        return std::unexpected(segment.error());
    const QList<uint> cps = segment->text.toUcs4();
    TextSpan span = at;
    if (scope == CodingScope::Sentence)
        span = sentenceAround(cps, at);
    else if (scope == CodingScope::Segment)
        span = {0, cps.size()};
    span.start = std::clamp<qsizetype>(span.start, 0, cps.size());
    span.end = std::clamp<qsizetype>(span.end, span.start, cps.size());
    if (span.end <= span.start)
        return fail(Error::Code::InvalidArgument, Verbs::tr("There are no words to quote there."));
    Quote q;
    q.interviewId = segment->interviewId;
    q.startSegmentId = segmentId;
    q.startOffset = span.start;
    q.endSegmentId = segmentId;
    q.endOffset = span.end;
    q.text = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()) + span.start,
                               span.end - span.start);
    q.audioStartMs = segment->startMs;
    q.audioEndMs = segment->endMs ? segment->endMs : segment->startMs;
    return q;
}

formats::Sheet concordanceSheet(const search::Concordance& concordance)
{
    // Qualified in full: lupdate loses the namespace in this function.
    formats::Sheet sheet;
    sheet.name = tianye::ops::Verbs::tr("Concordance");
    sheet.header = {tianye::ops::Verbs::tr("Interview"), tianye::ops::Verbs::tr("Speaker"),
                    tianye::ops::Verbs::tr("Time"),      tianye::ops::Verbs::tr("Left context"),
                    tianye::ops::Verbs::tr("Hit"),       tianye::ops::Verbs::tr("Right context")};
    sheet.widths = {{0, 30}, {1, 12}, {2, 9}, {3, 40}, {4, 12}, {5, 40}};
    for (const search::ConcordanceLine& l : concordance.lines) {
        if (l.withheld != Withheld::No)
            continue; // consent: never exported
        sheet.rows.append(QVariantList{concordance.interviews.value(l.interviewId), l.speaker,
                                       l.startMs ? formatTimeCode(*l.startMs) : QString(), l.left, l.hit,
                                       l.right});
    }
    return sheet;
}

Result<qsizetype> exportConcordance(Project& project, const search::SearchQuery& query,
                                    search::ConcordanceOrder order, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return fail(
            Error::Code::InvalidArgument,
            Verbs::tr("%1: a concordance is written as .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
    search::SearchEngine engine(project);
    auto found = engine.concordance(query, 30, std::numeric_limits<qsizetype>::max());
    if (!found)
        return std::unexpected(found.error());
    search::SearchEngine::sort(found->lines, order);
    const formats::Sheet sheet = concordanceSheet(*found);
    if (auto ok = formats::writeSheet(
            sheet, suffix == QLatin1String("xlsx") ? formats::SheetFormat::Xlsx : formats::SheetFormat::Csv,
            path);
        !ok)
        return std::unexpected(ok.error());
    return sheet.rows.size();
}

Result<int> prepareSearchRankings(Project& project, qint64 minimumSegments,
                                  const std::function<bool()>& cancelled)
{
    return search::SearchEngine(project).prepareFrequentQueries(minimumSegments, cancelled);
}

Result<std::vector<SavedSearch>> savedSearches(Project& project)
{
    return SavedSearchRepository(project.db()).list();
}

Result<RowId> saveSearch(Session& session, const QString& name, const QString& query)
{
    RowId saved = NoRow;
    auto ok = session.run(Verbs::tr("Save Search"), [&](const WriteScope& w) {
        saved = orThrow(SavedSearchRepository(session.project().db()).save(w, name, query));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return saved;
}

Status removeSavedSearch(Session& session, RowId id)
{
    return session.run(Verbs::tr("Remove Saved Search"), [&](const WriteScope& w) {
        orThrow(SavedSearchRepository(session.project().db()).remove(w, id));
    });
}

Result<CodingPlan> planCoding(Project& project, const QString& query, CodingScope scope)
{
    search::SearchEngine engine(project);
    auto found =
        engine.concordance(search::SearchQuery::parse(query), 0, std::numeric_limits<qsizetype>::max());
    if (!found)
        return std::unexpected(found.error());
    CodingPlan plan;
    plan.hits = qint64(found->lines.size()); // no limit: every hit
    // The spans to quote, per segment, merged where they overlap or touch.
    struct Spans
    {
        RowId interviewId = NoRow;
        std::vector<TextSpan> spans;
    };
    std::map<RowId, Spans> bySegment;
    std::vector<RowId> order; // segments in transcript order
    QHash<RowId, QList<uint>> texts;
    for (const search::ConcordanceLine& line : found->lines) {
        if (line.withheld != Withheld::No) {
            ++plan.withheld;
            continue;
        }
        auto [it, added] = bySegment.try_emplace(line.segmentId);
        if (added) {
            order.push_back(line.segmentId);
            it->second.interviewId = line.interviewId;
        }
        it->second.spans.push_back(line.at);
    }
    QHash<RowId, std::vector<Quote>> existingOf;
    QHash<RowId, std::vector<Segment>> segmentsOf;
    for (RowId segmentId : order) {
        Spans& s = bySegment[segmentId];
        if (!segmentsOf.contains(s.interviewId)) {
            auto segments = project.transcripts().segments(s.interviewId);
            if (!segments)
                return std::unexpected(segments.error());
            segmentsOf.insert(s.interviewId, std::move(*segments));
            auto quotes = project.quotes().list(s.interviewId);
            if (!quotes)
                return std::unexpected(quotes.error());
            existingOf.insert(s.interviewId, std::move(*quotes));
        }
        const std::vector<Segment>& segments = segmentsOf[s.interviewId];
        const auto seg = std::find_if(segments.begin(), segments.end(),
                                      [&](const Segment& x) { return x.id == segmentId; });
        if (seg == segments.end())
            continue;
        const QList<uint> cps = seg->text.toUcs4();
        std::vector<TextSpan> wanted;
        for (const TextSpan& hit : s.spans) {
            switch (scope) {
            case CodingScope::Hit:
                wanted.push_back(hit);
                break;
            case CodingScope::Sentence:
                wanted.push_back(sentenceAround(cps, hit));
                break;
            case CodingScope::Segment:
                wanted.push_back({0, cps.size()});
                break;
            }
        }
        std::sort(wanted.begin(), wanted.end(),
                  [](const TextSpan& a, const TextSpan& b) { return a.start < b.start; });
        std::vector<TextSpan> merged;
        for (const TextSpan& w : wanted) {
            if (!merged.empty() && w.start <= merged.back().end)
                merged.back().end = std::max(merged.back().end, w.end);
            else
                merged.push_back(w);
        }
        for (const TextSpan& span : merged) {
            if (span.end <= span.start)
                continue;
            PlannedQuote p;
            p.quote.interviewId = s.interviewId;
            p.quote.startSegmentId = segmentId;
            p.quote.startOffset = span.start;
            p.quote.endSegmentId = segmentId;
            p.quote.endOffset = span.end;
            p.quote.text = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()) + span.start,
                                             span.end - span.start);
            p.quote.audioStartMs = seg->startMs;
            p.quote.audioEndMs = seg->endMs ? seg->endMs : seg->startMs;
            for (const Quote& q : existingOf[s.interviewId]) {
                if (!q.detached && q.startSegmentId == segmentId && q.endSegmentId == segmentId &&
                    q.startOffset == span.start && q.endOffset == span.end)
                    p.existing = q.id;
            }
            plan.quotes.push_back(std::move(p));
        }
    }
    return plan;
}

Result<int> codeHits(Session& session, const CodingPlan& plan, const ThemeChoice& theme)
{
    if (plan.quotes.empty())
        return 0;
    Project& project = session.project();
    int coded = 0;
    auto ok = session.run(Verbs::tr("Code %n Quote(s) from Search", nullptr, int(plan.quotes.size())),
                          [&](const WriteScope& w) {
                              const QList<RowId> themes = detail::resolveThemes(project, w, {theme});
                              for (const PlannedQuote& p : plan.quotes) {
                                  if (p.existing != NoRow) {
                                      Quote q = orThrow(project.quotes().get(p.existing));
                                      QList<RowId> ids = q.themeIds;
                                      for (RowId t : themes)
                                          if (!ids.contains(t))
                                              ids << t;
                                      orThrow(project.quotes().setThemes(w, p.existing, ids));
                                  } else {
                                      Quote q = p.quote;
                                      q.themeIds = themes;
                                      orThrow(project.quotes().add(w, q));
                                  }
                                  ++coded;
                              }
                          });
    if (!ok)
        return std::unexpected(ok.error());
    return coded;
}

} // namespace tianye::ops
