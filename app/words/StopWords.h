// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "words/Lexicon.h"

#include <QSet>
#include <QStringList>

namespace tianye::words {

// The words word analysis leaves out. What it leaves out by default, and why:
// - the closed word classes as jieba's dictionary tags them (pronouns, prepositions,
//   conjunctions, particles, interjections, numerals, measure words): they carry the
//   grammar of every speaker, not what a city talks about;
// - a short list of our own: the copulas, modal verbs, negations and degree adverbs of
//   spoken Mandarin, and the fillers and discourse markers of speech (就是, 然后, 那个,
//   其实…), which the dictionary tags as open classes but which every interviewee uses;
// - English function words and fillers, for mixed text;
// - numbers.
// A project adds words to the list and takes words off it (kept with the project).
class StopList final
{
public:
    // The default list.
    StopList();
    static QStringList builtInChinese();
    static QStringList builtInEnglish();

    void addWord(const QString& word);  // left out as well
    void keepWord(const QString& word); // no longer left out, even if the default would
    bool stops(std::u32string_view term, const Lexicon::Entry* entry) const;
    bool stops(const QString& term, const Lexicon& lexicon) const;
    QStringList added() const;
    QStringList kept() const;

private:
    QSet<std::u32string> m_stop;
    QSet<std::u32string> m_added;
    QSet<std::u32string> m_kept;
};

} // namespace tianye::words
