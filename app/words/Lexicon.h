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

// The hash of a term (FNV-1a over its code points), for every map keyed by terms;
// step extends it a character at a time: hash(s + c) = step(hash(s), c).
struct TermHash
{
    using is_transparent = void;
    static constexpr std::size_t Seed = std::size_t(1469598103934665603ull);
    static constexpr std::size_t step(std::size_t h, char32_t c)
    {
        return std::size_t((std::uint64_t(h) ^ std::uint64_t(c)) * 1099511628211ull);
    }
    std::size_t operator()(std::u32string_view s) const noexcept
    {
        std::size_t h = Seed;
        for (const char32_t c : s)
            h = step(h, c);
        return h;
    }
};

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
        std::uint32_t index = 0;  // of a word: 0, 1, 2… in the order words were added
    };

    // A string with its hash, for lookups that extend a string a character at a time
    // (the segmenter): hash(s + c) = step(hash(s), c).
    struct Key
    {
        std::u32string_view text;
        std::size_t hash;
    };
    static constexpr std::size_t HashSeed = TermHash::Seed;
    static constexpr std::size_t hashStep(std::size_t h, char32_t c) { return TermHash::step(h, c); }

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
    const Entry* find(Key key) const
    {
        const auto it = m_entries.find(key);
        return it == m_entries.end() ? nullptr : &it->second;
    }
    // ln(total count): a word's log-likelihood is its logCount minus this; a Han
    // character the list does not have counts as one use.
    double logTotal() const { return m_logTotal; }
    double total() const { return m_total; }
    std::size_t words() const { return m_words; }
    QString path() const { return m_path; }

private:
    struct Hash : TermHash
    {
        using TermHash::operator();
        std::size_t operator()(Key k) const noexcept { return k.hash; }
    };
    struct Equal
    {
        using is_transparent = void;
        bool operator()(std::u32string_view a, std::u32string_view b) const noexcept { return a == b; }
        bool operator()(Key a, std::u32string_view b) const noexcept { return a.text == b; }
        bool operator()(std::u32string_view a, Key b) const noexcept { return a == b.text; }
    };
    std::unordered_map<std::u32string, Entry, Hash, Equal> m_entries;
    double m_total = 0;
    double m_logTotal = 0;
    std::size_t m_words = 0;
    QString m_path;
};

} // namespace tianye::words
