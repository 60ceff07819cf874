// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "words/Expressions.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tianye::words {

namespace {

using Counts = std::unordered_map<std::u32string_view, int, TermHash>;

double entropy(const std::unordered_map<char32_t, int>& neighbours, int edges)
{
    double total = edges;
    for (const auto& [c, n] : neighbours)
        total += n;
    if (total <= 0)
        return 0;
    double h = 0;
    for (const auto& [c, n] : neighbours) {
        const double p = n / total;
        h -= p * std::log(p);
    }
    // Each edge of a run is a neighbour of its own.
    if (edges > 0)
        h -= edges * (1 / total) * std::log(1 / total);
    return h;
}

} // namespace

ExpressionFinder::ExpressionFinder(const Lexicon& lexicon, const StopList& stops, ExpressionOptions options)
    : m_lexicon(lexicon)
    , m_stops(stops)
    , m_options(options)
{}

void ExpressionFinder::addRun(std::u32string_view run)
{
    if (run.size() < std::size_t(m_options.minLength))
        return;
    m_text.append(run);
    m_text.push_back(U'\0');
    m_characters += run.size();
}

std::vector<Expression> ExpressionFinder::find(const std::function<bool()>& cancelled)
{
    const std::u32string_view text(m_text);
    const int minCount =
        m_options.minCount > 0 ? m_options.minCount : std::max(3, int(m_characters / 2'000'000));
    const double total = double(std::max<std::size_t>(m_characters, 1));
    // counts[n]: the frequent n-grams (n = 1 … maxLength).
    std::vector<Counts> counts(std::size_t(m_options.maxLength) + 1);
    for (std::size_t p = 0; p < text.size(); ++p)
        if (text[p] != U'\0')
            ++counts[1][text.substr(p, 1)];
    for (int n = 2; n <= m_options.maxLength; ++n) {
        if (cancelled && cancelled())
            return {};
        const Counts& shorter = counts[std::size_t(n - 1)];
        Counts& level = counts[std::size_t(n)];
        for (std::size_t p = 0; p + std::size_t(n) <= text.size(); ++p) {
            if (text[p + std::size_t(n) - 1] == U'\0') {
                p += std::size_t(n) - 1; // the next run starts after the terminator
                continue;
            }
            const auto prefix = shorter.find(text.substr(p, std::size_t(n - 1)));
            if (prefix == shorter.end() || prefix->second < minCount)
                continue;
            const auto suffix = shorter.find(text.substr(p + 1, std::size_t(n - 1)));
            if (suffix == shorter.end() || suffix->second < minCount)
                continue;
            ++level[text.substr(p, std::size_t(n))];
        }
        std::erase_if(level, [&](const auto& kv) { return kv.second < minCount; });
    }

    const auto countOf = [&](std::u32string_view s) -> double {
        const auto& level = counts[s.size()];
        const auto it = level.find(s);
        return it == level.end() ? 0 : it->second;
    };
    const auto stopAt = [&](std::u32string_view s) { return m_stops.stops(s, m_lexicon.find(s)); };

    struct Candidate
    {
        double cohesion;
        std::unordered_map<char32_t, int> left, right;
        int leftEdges = 0, rightEdges = 0;
    };
    std::unordered_map<std::u32string_view, Candidate, TermHash> candidates;
    for (int n = std::max(2, m_options.minLength); n <= m_options.maxLength; ++n) {
        for (const auto& [gram, count] : counts[std::size_t(n)]) {
            if (const Lexicon::Entry* e = m_lexicon.find(gram); e && e->word)
                continue;
            if (stopAt(gram.substr(0, 1)) || stopAt(gram.substr(gram.size() - 1)))
                continue;
            double cohesion = INFINITY;
            for (std::size_t k = 1; k < gram.size(); ++k) {
                const double a = countOf(gram.substr(0, k)), b = countOf(gram.substr(k));
                if (a <= 0 || b <= 0)
                    continue;
                cohesion = std::min(cohesion, std::log(count * total / (a * b)));
            }
            if (cohesion >= m_options.minCohesion)
                candidates.emplace(gram, Candidate{cohesion, {}, {}, 0, 0});
        }
    }
    if (cancelled && cancelled())
        return {};
    // The neighbours of every candidate, in one more pass.
    for (std::size_t p = 0; p < text.size(); ++p) {
        if (text[p] == U'\0')
            continue;
        for (int n = 2; n <= m_options.maxLength && p + std::size_t(n) <= text.size(); ++n) {
            if (text[p + std::size_t(n) - 1] == U'\0')
                break;
            const auto it = candidates.find(text.substr(p, std::size_t(n)));
            if (it == candidates.end())
                continue;
            Candidate& c = it->second;
            if (p == 0 || text[p - 1] == U'\0')
                ++c.leftEdges;
            else
                ++c.left[text[p - 1]];
            const std::size_t after = p + std::size_t(n);
            if (after >= text.size() || text[after] == U'\0')
                ++c.rightEdges;
            else
                ++c.right[text[after]];
        }
    }
    std::vector<Expression> found;
    for (const auto& [gram, c] : candidates) {
        const double left = entropy(c.left, c.leftEdges), right = entropy(c.right, c.rightEdges);
        if (std::min(left, right) < m_options.minFreedom)
            continue;
        found.push_back(Expression{std::u32string(gram), int(countOf(gram)), c.cohesion, left, right});
    }
    // A candidate found almost only inside a longer one is a piece of it (活得 of 活得真).
    std::sort(found.begin(), found.end(),
              [](const Expression& a, const Expression& b) { return a.text.size() > b.text.size(); });
    std::vector<Expression> kept;
    for (Expression& e : found) {
        const bool piece = std::any_of(kept.begin(), kept.end(), [&](const Expression& longer) {
            return longer.text.find(e.text) != std::u32string::npos && e.count < longer.count * 1.5;
        });
        if (!piece)
            kept.push_back(std::move(e));
    }
    std::sort(kept.begin(), kept.end(), [](const Expression& a, const Expression& b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    return kept;
}

} // namespace tianye::words
