// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/TextAnchor.h"
#include "search/SearchQuery.h"

#include <QList>
#include <QString>

namespace tianye::search {

struct Snippet
{
    QString text;
    QList<TextSpan> highlights; // code points in text
};

// Where the query's words stand in a text, in code points of the original text:
// computed here rather than by FTS5's highlight(), which garbles overlapping bigrams.
class Highlighter final
{
public:
    static QList<TextSpan> find(const QString& text, const std::vector<SearchTerm>& terms);
    // The same, but words found side by side stay apart (我们我们: two hits), for a
    // concordance's one line per use; only overlapping ones are joined.
    static QList<TextSpan> occurrences(const QString& text, const std::vector<SearchTerm>& terms);
    // A window of about maxChars code points around the first hit, with "…" where cut.
    static Snippet snippet(const QString& text, const QList<TextSpan>& hits, int maxChars = 120);
};

} // namespace tianye::search
