// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace tianye::spell {

// A span of UTF-16 positions in a text.
struct WordSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Spell checking of the Latin-script words in mixed Chinese and English text. The
// app uses only this interface; the Hunspell implementation is one way to fill it.
class SpellChecker
{
public:
    virtual ~SpellChecker() = default;
    // The dictionary's language, e.g. "en_US".
    virtual QString language() const = 0;
    virtual bool isCorrect(const QString& word) const = 0;
    virtual QStringList suggestions(const QString& word) const = 0;
    // Accepts a word from now on (the project dictionary's words are added so).
    virtual void addWord(const QString& word) = 0;

    // The misspelt words of text. Only runs of Latin letters (with inner
    // apostrophes) are checked: Chinese, Japanese and Korean text, numbers and words
    // with digits are never marked.
    std::vector<WordSpan> misspellings(QStringView text) const;
    // The Latin words of text, as misspellings() sees them.
    static std::vector<WordSpan> words(QStringView text);

    // The dictionaries installed on this computer ("en_US", "de_DE", …).
    static QStringList availableLanguages();
    // A Hunspell checker for the language; nullptr when no dictionary is installed.
    static std::unique_ptr<SpellChecker> create(const QString& language);
};

} // namespace tianye::spell
