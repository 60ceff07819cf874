// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/SavedSearch.h"
#include "core/Types.h"
#include "formats/Sheet.h"
#include "ops/Themes.h"
#include "search/SearchEngine.h"

#include <optional>
#include <vector>

// Verbs on search results: code from search ("Code All Hits…", `tianye-cli code`):
// every hit of a search made a quote with one theme, in one step of the history; a quote
// from one concordance line; the concordance as a spreadsheet.
namespace tianye {
class Project;
}

namespace tianye::ops {

class Session;

// How much of the transcript around each hit becomes the quote.
enum class CodingScope
{
    Hit,      // the words found
    Sentence, // the sentence they stand in (to 。！？!?; or a line break)
    Segment   // the whole transcript segment
};
std::optional<CodingScope> codingScopeFromName(const QString& name); // hit, sentence, segment

// A quote that coding would make, or an existing quote of exactly those words that
// would get the theme instead (existing != NoRow).
struct PlannedQuote
{
    Quote quote; // anchors, text and audio range
    RowId existing = NoRow;
};

struct CodingPlan
{
    std::vector<PlannedQuote> quotes; // in transcript order; hits in one sentence or segment share one
    qint64 hits = 0;                  // hits the search found
    qint64 withheld = 0;              // of them, in words consent withholds: not coded
};

// The quote of one hit (the words found, their sentence or their segment) as Make
// Quote would make it: anchors, text and the segment's audio range.
Result<Quote> quoteOfHit(Project& project, RowId segmentId, TextSpan at, CodingScope scope);

// The concordance as a sheet: interview, speaker, time, left context, hit, right
// context; words consent withholds are left out (an export).
formats::Sheet concordanceSheet(const search::Concordance& concordance);
// Writes the query's concordance in this order as CSV or XLSX (by the file's suffix).
// Returns how many lines were written.
Result<qsizetype> exportConcordance(Project& project, const search::SearchQuery& query,
                                    search::ConcordanceOrder order, const QString& path);

// Prepares again the rankings of the words found in at least minimumSegments
// transcript segments (SearchEngine::prepareFrequentQueries), on a connection of its
// own: the window runs it in the background once transcript edits have settled.
Result<int> prepareSearchRankings(Project& project, qint64 minimumSegments,
                                  const std::function<bool()>& cancelled);

// Saved searches, by name ("Save Search…" in the Search view).
Result<std::vector<SavedSearch>> savedSearches(Project& project);
// "Save Search": under the name; a saved search of that name gets the new query.
Result<RowId> saveSearch(Session& session, const QString& name, const QString& query);
// "Remove Saved Search".
Status removeSavedSearch(Session& session, RowId id);

// What coding the query's hits would do, without doing it (the preview, --dry-run).
Result<CodingPlan> planCoding(Project& project, const QString& query, CodingScope scope);
// Makes the planned quotes with the theme (a new name becomes a theme) and gives the
// existing ones the theme: one step, undone as one. Returns how many quotes got it.
Result<int> codeHits(Session& session, const CodingPlan& plan, const ThemeChoice& theme);

} // namespace tianye::ops
