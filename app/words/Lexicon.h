// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tianye::words {

// A word list of Han words with how often each is used, and its part of speech where
// the list has one. Every prefix of a word is kept too, so the segmenter knows when to
// stop looking for longer words. Read from jieba's dictionary (word, count, tag: the
// ICTCLAS tag set), which Debian ships in python3-jieba.
class Lexicon final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::words::Lexicon)

public:
    struct Entry
    {
        double count = 0;         // uses in the list's reference corpus; 0 for a prefix only
        double logCount = 0;      // ln(count)
        bool word = false;        // false: only a prefix of longer words
        bool closedClass = false; // pronoun, preposition, conjunction, particle, numeral…
        bool discovered = false;  // found in the transcripts, not in the list
    };

    // The list the build was configured with, or $TIANYE_WORD_LIST.
    static QString defaultPath();
    // Reads a list (one "word count [tag]" per line). Words with a character that is
    // not Han are left out: Latin words are words by themselves.
    static Result<std::shared_ptr<Lexicon>> load(const QString& path);
    // The default list, read once per process and shared (it takes ~0.3 s and ~60 MB).
    static Result<std::shared_ptr<const Lexicon>> shared();
    // An empty list (tests; or when the list is missing: every Han character a word).
    Lexicon() = default;

    // Adds a word, e.g. an expression found in the transcripts; count in the list's scale.
    void add(std::u32string_view word, double count, bool closedClass = false, bool discovered = false);
    const Entry* find(std::u32string_view s) const
    {
        const auto it = m_entries.find(s);
        return it == m_entries.end() ? nullptr : &it->second;
    }
    // ln(total count): a word's log-likelihood is its logCount minus this; a Han
    // character the list does not have counts as one use.
    double logTotal() const { return m_logTotal; }
    double total() const { return m_total; }
    std::size_t words() const { return m_words; }
    QString path() const { return m_path; }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::u32string_view s) const noexcept
        {
            std::uint64_t h = 1469598103934665603ull;
            for (const char32_t c : s)
                h = (h ^ std::uint64_t(c)) * 1099511628211ull;
            return std::size_t(h);
        }
    };
    std::unordered_map<std::u32string, Entry, Hash, std::equal_to<>> m_entries;
    double m_total = 0;
    double m_logTotal = 0;
    std::size_t m_words = 0;
    QString m_path;
};

} // namespace tianye::words
