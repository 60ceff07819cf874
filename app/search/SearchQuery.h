// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tianye::search {

// One thing to look for: a word or a quoted phrase, normalized, split where the
// script changes or a separator stands ("KOL推广" -> kol, 推广).
struct SearchTerm
{
    QString text;     // as typed, for display
    QStringList runs; // normalized runs of one class each, in order
    bool prefix = false;
    bool operator==(const SearchTerm&) const = default;
};

// What a researcher typed, parsed by Tianye. User text never reaches FTS5 syntax:
// toFtsExpression() quotes only normalized letters, digits and CJK characters.
//   words and "quoted phrases"    all must occur
//   a OR b                        either
//   -word                         must not occur
//   city:大同 theme:不争 speaker:DT-001 interviewer:林晓 mode:phone   (also 城市: 主题:
//   说话人: 访谈员: 方式:) restrict where to look; values may be quoted
//   from:2026-10 to:2026-10-15 gender:女 age:50-59 category:创业者  (also 从: 到: 性别:
//   年龄: 类别:) the interview's date and its participants
struct SearchQuery
{
    std::vector<std::vector<SearchTerm>> all; // each inner list: alternatives joined by OR
    std::vector<SearchTerm> none;
    QString city;
    QString theme;
    QString speaker;
    QString interviewer;
    QString mode; // interview mode key: in_person, phone, video
    // Interviews from / to a date (2026-10 or 2026-10-15, both ends included), and with a
    // participant of this gender, age band or category (also 从: 到: 性别: 年龄: 类别:).
    QString from;
    QString to;
    QString gender;
    QString ageBand;
    QString category;

    static SearchQuery parse(const QString& input);
    bool hasText() const { return !all.empty(); }
    // The FTS5 MATCH expression; empty when there is nothing to look for.
    QString toFtsExpression() const;
    // Every positive term (for highlighting).
    std::vector<SearchTerm> positiveTerms() const;
};

} // namespace tianye::search
