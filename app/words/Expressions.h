// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "words/Lexicon.h"
#include "words/StopWords.h"

#include <functional>
#include <string>
#include <vector>

namespace tianye::words {

// An expression found in the transcripts that the word list does not have.
struct Expression
{
    std::u32string text;
    int count = 0;
    // The weakest bond inside it: the smallest pointwise mutual information, ln of
    // P(whole) / (P(left part) · P(right part)), over every place it could be split.
    double cohesion = 0;
    // How freely it combines on each side: the entropy (nats) of the characters seen
    // before and after it; a run's edge counts as a different neighbour each time.
    double leftFreedom = 0;
    double rightFreedom = 0;
};

struct ExpressionOptions
{
    int minLength = 2;
    int maxLength = 6;
    int minCount = 0;         // 0: from the size of the text (at least 3)
    double minCohesion = 3.0; // ln: the parts occur together e³ ≈ 20 times more than by chance
    double minFreedom = 1.0;  // nats: at least about three different neighbours on each side
};

// Finds the n-grams of Han characters (2 to 6 by default) that are frequent, cohesive
// and free at both boundaries (new-word discovery as in Chinese NLP), leaving out what
// the lexicon already has as a word and n-grams that begin or end with a stop word.
// Counting is level by level: an n-gram is counted only when both its (n-1)-grams
// are frequent, so memory follows the frequent n-grams, not all of them.
class ExpressionFinder final
{
public:
    ExpressionFinder(const Lexicon& lexicon, const StopList& stops, ExpressionOptions options = {});
    // A run of Han characters (normalized).
    void addRun(std::u32string_view run);
    std::size_t characters() const { return m_characters; }
    // cancelled() is asked between levels.
    std::vector<Expression> find(const std::function<bool()>& cancelled = {});

private:
    const Lexicon& m_lexicon;
    const StopList& m_stops;
    ExpressionOptions m_options;
    std::u32string m_text; // runs, each followed by U+0000
    std::size_t m_characters = 0;
};

} // namespace tianye::words
