// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "text/TextNormalizer.h"
#include "words/Lexicon.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace tianye::words {

enum class TermKind : std::uint8_t
{
    Han,    // a word or expression of Han (CJK) characters
    Latin,  // a word of letters (and digits) of an alphabetic script
    Number, // digits only: never a term
};

// One term of a text: normalized (case folded, full-width folded), with where it is in
// the source (UTF-8 bytes or code points, as the normalizer was given).
struct Term
{
    std::u32string_view text;
    TermKind kind;
    std::uint32_t sourceStart;
    std::uint32_t sourceEnd;
    const Lexicon::Entry* entry = nullptr; // the lexicon's word, when it is one
};

// Splits normalized text into terms: a run of Han characters into its likeliest words
// under the lexicon (the path through the run's possible words whose product of word
// probabilities is largest; a character the lexicon lacks counts as one use), a run of
// letters and digits into one word; separators end runs and give nothing.
class Segmenter final
{
public:
    explicit Segmenter(std::shared_ptr<const Lexicon> lexicon);
    using Sink = std::function<void(const Term&)>;
    void segment(const std::vector<text::NormalizedChar>& chars, const Sink& sink);
    // UTF-8 in, source positions in bytes.
    void segmentUtf8(std::string_view text, const Sink& sink);
    // For tests and the README's measurements: the words of text joined by spaces.
    QString split(QStringView text);
    const Lexicon& lexicon() const { return *m_lexicon; }

private:
    void segmentRun(const text::NormalizedChar* first, std::size_t n, const Sink& sink);

    std::shared_ptr<const Lexicon> m_lexicon;
    std::vector<text::NormalizedChar> m_chars;
    std::u32string m_run;
    std::vector<double> m_best;
    std::vector<std::uint32_t> m_next;
    std::vector<const Lexicon::Entry*> m_entry;
};

} // namespace tianye::words
