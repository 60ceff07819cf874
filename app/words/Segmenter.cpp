// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "words/Segmenter.h"

namespace tianye::words {

using text::CharClass;
using text::NormalizedChar;

Segmenter::Segmenter(std::shared_ptr<const Lexicon> lexicon)
    : m_lexicon(std::move(lexicon))
{
    if (!m_lexicon)
        m_lexicon = std::make_shared<Lexicon>();
}

void Segmenter::segmentUtf8(std::string_view text, const Sink& sink)
{
    m_chars.clear();
    text::TextNormalizer::fromUtf8(text.data(), text.size(), m_chars);
    segment(m_chars, sink);
}

QString Segmenter::split(QStringView text)
{
    std::vector<NormalizedChar> chars;
    text::TextNormalizer::fromString(text, chars);
    QStringList out;
    segment(chars, [&](const Term& t) { out << QString::fromUcs4(t.text.data(), qsizetype(t.text.size())); });
    return out.join(QLatin1Char(' '));
}

void Segmenter::segment(const std::vector<NormalizedChar>& chars, const Sink& sink)
{
    std::size_t i = 0;
    const std::size_t n = chars.size();
    while (i < n) {
        const CharClass cls = chars[i].cls;
        std::size_t j = i + 1;
        while (j < n && chars[j].cls == cls)
            ++j;
        if (cls == CharClass::Cjk) {
            segmentRun(&chars[i], j - i, sink);
        } else if (cls == CharClass::Word) {
            m_run.clear();
            bool digits = true;
            for (std::size_t k = i; k < j; ++k) {
                m_run.push_back(chars[k].c);
                digits = digits && chars[k].c >= U'0' && chars[k].c <= U'9';
            }
            sink(Term{m_run, digits ? TermKind::Number : TermKind::Latin, chars[i].sourceStart,
                      chars[j - 1].sourceEnd, nullptr});
        }
        i = j;
    }
}

void Segmenter::segmentRun(const NormalizedChar* first, std::size_t n, const Sink& sink)
{
    m_run.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        m_run[k] = first[k].c;
    const std::u32string_view run(m_run);
    const double logTotal = m_lexicon->logTotal();
    // Best log-likelihood of the rest of the run from each position, right to left.
    m_best.assign(n + 1, 0.0);
    m_next.assign(n + 1, 0);
    m_entry.assign(n + 1, nullptr);
    for (std::size_t i = n; i-- > 0;) {
        double best = -logTotal + m_best[i + 1]; // the character alone, as an unknown word
        std::uint32_t next = std::uint32_t(i + 1);
        const Lexicon::Entry* chosen = nullptr;
        std::size_t hash = Lexicon::HashSeed;
        for (std::size_t j = i + 1; j <= n; ++j) {
            hash = Lexicon::hashStep(hash, run[j - 1]);
            const Lexicon::Entry* e = m_lexicon->find(Lexicon::Key{run.substr(i, j - i), hash});
            if (!e)
                break;
            if (!e->word)
                continue;
            const double score = e->logCount - logTotal + m_best[j];
            if (score > best) {
                best = score;
                next = std::uint32_t(j);
                chosen = e;
            }
        }
        m_best[i] = best;
        m_next[i] = next;
        m_entry[i] = chosen;
    }
    for (std::size_t i = 0; i < n; i = m_next[i]) {
        const std::size_t j = m_next[i];
        sink(Term{run.substr(i, j - i), TermKind::Han, first[i].sourceStart, first[j - 1].sourceEnd,
                  m_entry[i]});
    }
}

} // namespace tianye::words
