// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/SearchQuery.h"

#include "text/TextNormalizer.h"

namespace tianye::search {

using text::CharClass;
using text::NormalizedChar;
using text::TextNormalizer;

namespace {

struct RawToken
{
    QString text;
    bool quoted = false;
    bool negated = false;
    QString key; // filter name, when "key:value"
};

// Splits on white space, keeping "quoted text" together. A quote left open runs to
// the end of the input; stray quotes and brackets are ordinary characters that
// normalization drops.
std::vector<RawToken> lex(const QString& input)
{
    std::vector<RawToken> out;
    qsizetype i = 0;
    const qsizetype n = input.size();
    const auto isQuote = [](QChar c) {
        return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x300C) ||
               c == QChar(0x300D);
    };
    while (i < n) {
        while (i < n && input[i].isSpace())
            ++i;
        if (i >= n)
            break;
        RawToken token;
        if (input[i] == QLatin1Char('-') && i + 1 < n && !input[i + 1].isSpace()) {
            token.negated = true;
            ++i;
        }
        // key:value filters (ASCII or full-width colon)
        qsizetype j = i;
        while (j < n && !input[j].isSpace() && input[j] != QLatin1Char(':') && input[j] != QChar(0xFF1A) &&
               !isQuote(input[j]))
            ++j;
        if (j < n && j > i && (input[j] == QLatin1Char(':') || input[j] == QChar(0xFF1A)) && !token.negated) {
            token.key = input.mid(i, j - i).toLower();
            i = j + 1;
        }
        if (i < n && isQuote(input[i])) {
            token.quoted = true;
            qsizetype end = i + 1;
            while (end < n && !isQuote(input[end]))
                ++end;
            token.text = input.mid(i + 1, end - i - 1);
            i = end < n ? end + 1 : n;
        } else {
            qsizetype end = i;
            while (end < n && !input[end].isSpace())
                ++end;
            token.text = input.mid(i, end - i);
            i = end;
        }
        out.push_back(token);
    }
    return out;
}

SearchTerm makeTerm(const QString& text)
{
    SearchTerm term;
    term.text = text;
    QString body = text;
    if (body.endsWith(QLatin1Char('*'))) {
        term.prefix = true;
        body.chop(1);
    }
    std::vector<NormalizedChar> chars;
    TextNormalizer::fromString(body, chars);
    size_t i = 0;
    while (i < chars.size()) {
        const CharClass cls = chars[i].cls;
        size_t end = i + 1;
        while (end < chars.size() && chars[end].cls == cls)
            ++end;
        if (cls != CharClass::Separator) {
            std::u32string run;
            for (size_t k = i; k < end; ++k)
                run.push_back(chars[k].c);
            term.runs << QString::fromStdU32String(run);
        }
        i = end;
    }
    return term;
}

QString modeKey(const QString& value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("phone") || v == QStringLiteral("电话"))
        return QStringLiteral("phone");
    if (v == QLatin1String("video") || v == QStringLiteral("视频"))
        return QStringLiteral("video");
    if (v == QLatin1String("in_person") || v == QLatin1String("in-person") ||
        v == QLatin1String("inperson") || v == QStringLiteral("面访") || v == QStringLiteral("面对面"))
        return QStringLiteral("in_person");
    return v; // unknown: matches nothing
}

bool isCjkRun(const QString& run)
{
    return !run.isEmpty() && TextNormalizer::classify(run.toUcs4().front()) == CharClass::Cjk;
}

// Runs as one FTS5 phrase: joined by '+', each a quoted string that holds only
// letters, digits or CJK characters, so no FTS5 syntax can get in.
QString phraseOfRuns(const QStringList& runs, bool lastIsPrefix)
{
    QStringList parts;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QString& run = runs[i];
        const bool last = i + 1 == runs.size();
        // A single CJK character is a prefix: it is the first half of a bigram or a
        // run's last character.
        const bool prefix = (isCjkRun(run) && run.toUcs4().size() == 1) || (last && lastIsPrefix);
        parts << QLatin1Char('"') + run + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    }
    return parts.join(QStringLiteral(" + "));
}

// Gaps between CJK runs tried both ways, at most this many (beyond: all joined or none).
constexpr int MaxOptionalGaps = 4;

// One term as FTS5: its runs in order, next to each other. Chinese is written without
// spaces, so where the term separates two CJK runs ("城墙 修了", "大同，不争") the text
// may hold them with that gap or without it: each such gap is tried both ways.
QString phraseOf(const SearchTerm& term)
{
    std::vector<qsizetype> gaps; // i: between runs[i] and runs[i + 1]
    for (qsizetype i = 0; i + 1 < term.runs.size(); ++i)
        if (isCjkRun(term.runs[i]) && isCjkRun(term.runs[i + 1]))
            gaps.push_back(i);
    if (gaps.empty())
        return phraseOfRuns(term.runs, term.prefix);
    const int count = int(gaps.size());
    std::vector<unsigned> masks;
    if (count <= MaxOptionalGaps) {
        for (unsigned mask = 0; mask < (1u << count); ++mask)
            masks.push_back(mask);
    } else {
        masks = {0u, ~0u};
    }
    QStringList phrases;
    for (unsigned mask : masks) {
        QStringList runs{term.runs.front()};
        int gap = 0;
        for (qsizetype i = 1; i < term.runs.size(); ++i) {
            const bool atGap = gap < count && gaps[size_t(gap)] == i - 1;
            if (atGap && (mask >> gap) & 1u)
                runs.back() += term.runs[i];
            else
                runs << term.runs[i];
            gap += atGap ? 1 : 0;
        }
        phrases << phraseOfRuns(runs, term.prefix);
    }
    return QLatin1Char('(') + phrases.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

SearchQuery SearchQuery::parse(const QString& input)
{
    SearchQuery q;
    bool joinWithPrevious = false;
    for (const RawToken& token : lex(input)) {
        if (!token.quoted && token.key.isEmpty() && token.text == QLatin1String("OR")) {
            joinWithPrevious = !q.all.empty();
            continue;
        }
        if (!token.key.isEmpty()) {
            const QString& k = token.key;
            if (k == QLatin1String("city") || k == QStringLiteral("城市"))
                q.city = token.text;
            else if (k == QLatin1String("theme") || k == QStringLiteral("主题"))
                q.theme = token.text;
            else if (k == QLatin1String("speaker") || k == QStringLiteral("说话人"))
                q.speaker = token.text;
            else if (k == QLatin1String("interviewer") || k == QStringLiteral("访谈员"))
                q.interviewer = token.text;
            else if (k == QLatin1String("mode") || k == QStringLiteral("方式"))
                q.mode = modeKey(token.text);
            else if (k == QLatin1String("from") || k == QStringLiteral("从"))
                q.from = token.text;
            else if (k == QLatin1String("to") || k == QStringLiteral("到"))
                q.to = token.text;
            else if (k == QLatin1String("gender") || k == QStringLiteral("性别"))
                q.gender = token.text;
            else if (k == QLatin1String("age") || k == QStringLiteral("年龄"))
                q.ageBand = token.text;
            else if (k == QLatin1String("category") || k == QStringLiteral("类别"))
                q.category = token.text;
            else {
                // Not a filter we know ("http:", "12:30"): search for the whole text.
                SearchTerm term = makeTerm(token.key + QLatin1Char(':') + token.text);
                if (!term.runs.isEmpty())
                    q.all.push_back({term});
            }
            joinWithPrevious = false;
            continue;
        }
        SearchTerm term = makeTerm(token.text);
        if (term.runs.isEmpty()) {
            continue;
        }
        if (token.negated) {
            q.none.push_back(term);
        } else if (joinWithPrevious) {
            q.all.back().push_back(term);
        } else {
            q.all.push_back({term});
        }
        joinWithPrevious = false;
    }
    return q;
}

QString SearchQuery::toFtsExpression() const
{
    if (all.empty())
        return {};
    QStringList clauses;
    for (const auto& alternatives : all) {
        QStringList phrases;
        for (const SearchTerm& term : alternatives)
            phrases << phraseOf(term);
        clauses << (phrases.size() == 1
                        ? phrases.front()
                        : QLatin1Char('(') + phrases.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    QString expression = clauses.join(QStringLiteral(" AND "));
    if (!none.empty()) {
        QStringList excluded;
        for (const SearchTerm& term : none)
            excluded << phraseOf(term);
        expression = QLatin1Char('(') + expression + QStringLiteral(") NOT (") +
                     excluded.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return expression;
}

std::vector<SearchTerm> SearchQuery::positiveTerms() const
{
    std::vector<SearchTerm> out;
    for (const auto& alternatives : all)
        out.insert(out.end(), alternatives.begin(), alternatives.end());
    return out;
}

} // namespace tianye::search
