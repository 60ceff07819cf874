// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Quotes.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/Project.h"

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
