// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Quotes.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/TranscriptRepository.h"

namespace tianye::ops {

namespace {

QString labelOf(QuoteField field, const QVariant& value)
{
    switch (field) {
    case QuoteField::Starred:
        return value.toBool() ? Verbs::tr("Star Quote") : Verbs::tr("Unstar Quote");
    case QuoteField::InDossier:
        return value.toBool() ? Verbs::tr("Use Quote in Dossier") : Verbs::tr("Leave Quote out of Dossier");
    case QuoteField::Note:
        return Verbs::tr("Edit Quote Note");
    case QuoteField::Translation:
        return Verbs::tr("Edit Translation");
    case QuoteField::AudioStartMs:
    case QuoteField::AudioEndMs:
        return Verbs::tr("Change Audio Range");
    case QuoteField::Text:
        return Verbs::tr("Edit Quote");
    }
    return {};
}

} // namespace

Result<Quote> findWords(Project& project, RowId interviewId, const QString& words, int occurrence)
{
    const QList<uint> wanted = words.trimmed().toUcs4();
    if (wanted.isEmpty())
        return fail(Error::Code::InvalidArgument, Verbs::tr("Give the words of the quote."));
    auto segments = project.transcripts().segments(interviewId);
    if (!segments)
        return std::unexpected(segments.error());
    // The transcript in code points, each with the segment and offset it comes from.
    struct At
    {
        size_t segment;
        qsizetype offset;
    };
    QList<uint> text;
    std::vector<At> at;
    for (size_t i = 0; i < segments->size(); ++i) {
        if (i > 0) {
            text << '\n';
            at.push_back({i, -1});
        }
        const QList<uint> chars = (*segments)[i].text.toUcs4();
        for (qsizetype k = 0; k < chars.size(); ++k) {
            text << chars[k];
            at.push_back({i, k});
        }
    }
    const auto matchesAt = [&](qsizetype start) {
        for (qsizetype k = 0; k < wanted.size(); ++k) {
            const uint have = text[start + k];
            if (have != wanted[k] && !(have == '\n' && wanted[k] == ' '))
                return false;
        }
        // A quote neither starts nor ends between two segments.
        return at[size_t(start)].offset >= 0 && at[size_t(start + wanted.size() - 1)].offset >= 0;
    };
    std::vector<qsizetype> found;
    for (qsizetype start = 0; start + wanted.size() <= text.size(); ++start)
        if (matchesAt(start))
            found.push_back(start);
    if (found.empty())
        return fail(Error::Code::NotFound, Verbs::tr("“%1” is not in the transcript of interview %2.")
                                               .arg(words.trimmed())
                                               .arg(interviewId));
    if (occurrence == 0 && found.size() > 1)
        return fail(
            Error::Code::InvalidArgument,
            Verbs::tr(
                "“%1” occurs %2 times in the transcript of interview %3; say which with --occurrence N.")
                .arg(words.trimmed())
                .arg(found.size())
                .arg(interviewId));
    if (occurrence < 0 || occurrence > int(found.size()))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("“%1” occurs %2 times in the transcript of interview %3, not %4.")
                        .arg(words.trimmed())
                        .arg(found.size())
                        .arg(interviewId)
                        .arg(occurrence));
    const qsizetype start = found[size_t(std::max(1, occurrence) - 1)];
    const At first = at[size_t(start)];
    const At last = at[size_t(start + wanted.size() - 1)];
    Quote q;
    q.interviewId = interviewId;
    q.startSegmentId = (*segments)[first.segment].id;
    q.startOffset = first.offset;
    q.endSegmentId = (*segments)[last.segment].id;
    q.endOffset = last.offset + 1;
    q.audioStartMs = (*segments)[first.segment].startMs;
    const Segment& end = (*segments)[last.segment];
    q.audioEndMs = end.endMs ? end.endMs : end.startMs;
    return q;
}

Result<RowId> makeQuote(Session& session, Quote quote, const QList<ThemeChoice>& themes)
{
    Project& project = session.project();
    RowId made = NoRow;
    auto ok = session.run(Verbs::tr("Make Quote"), [&](const WriteScope& w) {
        quote.themeIds = detail::resolveThemes(project, w, themes);
        made = orThrow(project.quotes().add(w, quote));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return made;
}

Status reanchorQuote(Session& session, RowId quoteId, const Quote& at)
{
    return session.run(Verbs::tr("Attach Quote"), [&](const WriteScope& w) {
        orThrow(session.project().quotes().reanchor(w, quoteId, at));
    });
}

Status setQuoteField(Session& session, RowId quoteId, QuoteField field, const QVariant& value,
                     const QString& mergeKey)
{
    return session.run(
        labelOf(field, value),
        [&](const WriteScope& w) { orThrow(session.project().quotes().set(w, quoteId, field, value)); },
        mergeKey);
}

Status setQuoteThemes(Session& session, RowId quoteId, const QList<ThemeChoice>& themes)
{
    Project& project = session.project();
    return session.run(Verbs::tr("Change Quote Themes"), [&](const WriteScope& w) {
        orThrow(project.quotes().setThemes(w, quoteId, detail::resolveThemes(project, w, themes)));
    });
}

Status addQuoteThemes(Session& session, const QList<RowId>& quoteIds, const QList<ThemeChoice>& themes)
{
    Project& project = session.project();
    return session.run(Verbs::tr("Add Themes to %n Quote(s)", nullptr, int(quoteIds.size())),
                       [&](const WriteScope& w) {
                           const QList<RowId> add = detail::resolveThemes(project, w, themes);
                           for (RowId id : quoteIds) {
                               QList<RowId> now = orThrow(project.quotes().get(id)).themeIds;
                               for (RowId t : add)
                                   if (!now.contains(t))
                                       now << t;
                               orThrow(project.quotes().setThemes(w, id, now));
                           }
                       });
}

Status starQuotes(Session& session, const QList<RowId>& quoteIds, bool starred)
{
    const int n = int(quoteIds.size());
    const QString label =
        starred ? Verbs::tr("Star %n Quote(s)", nullptr, n) : Verbs::tr("Unstar %n Quote(s)", nullptr, n);
    return session.run(label, [&](const WriteScope& w) {
        for (RowId id : quoteIds)
            orThrow(session.project().quotes().set(w, id, QuoteField::Starred, starred));
    });
}

Status removeQuote(Session& session, RowId quoteId)
{
    return session.run(Verbs::tr("Remove Quote"),
                       [&](const WriteScope& w) { orThrow(session.project().quotes().remove(w, quoteId)); });
}

} // namespace tianye::ops
