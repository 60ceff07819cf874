// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"
#include "ops/Themes.h"

#include <QVariant>

// Verbs on quotes: Make Quote (Ctrl+M), Attach Quote, the quote details, the quote
// browser's Star and Add Themes, Remove Quote.
namespace tianye {
class Project;
}

namespace tianye::ops {

class Session;

// "Make Quote": the words between the quote's anchors, tagged with the chosen themes
// (new names become themes). Returns the new quote.
Result<RowId> makeQuote(Session& session, Quote quote, const QList<ThemeChoice>& themes = {});
// Where words are in an interview's transcript, as a quote's anchors: their
// occurrence-th place (1 is the first; 0 when they must occur once). Segments are
// joined by a line break, which a space in words also stands for. Fails, naming the
// interview, when the words are not there, or are there more than once and no
// occurrence is given.
Result<Quote> findWords(Project& project, RowId interviewId, const QString& words, int occurrence = 0);
// "Attach Quote": a (detached) quote points at new words of its interview.
Status reanchorQuote(Session& session, RowId quoteId, const Quote& at);
// One field of the quote details; its label says which. Typing passes a mergeKey.
Status setQuoteField(Session& session, RowId quoteId, QuoteField field, const QVariant& value,
                     const QString& mergeKey = {});
// "Change Quote Themes": exactly these themes.
Status setQuoteThemes(Session& session, RowId quoteId, const QList<ThemeChoice>& themes);
// "Add Themes to N Quote(s)": these themes besides the ones the quotes have.
Status addQuoteThemes(Session& session, const QList<RowId>& quoteIds, const QList<ThemeChoice>& themes);
// "Star N Quote(s)" / "Unstar N Quote(s)".
Status starQuotes(Session& session, const QList<RowId>& quoteIds, bool starred);
// "Remove Quote".
Status removeQuote(Session& session, RowId quoteId);

} // namespace tianye::ops
