// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "words/Lexicon.h"

#include "text/TextNormalizer.h"

#include <QDir>
#include <QFile>

#include <cmath>
#include <mutex>

namespace tianye::words {

namespace {

// ICTCLAS tags of closed word classes: pronouns (r), prepositions (p), conjunctions
// (c), auxiliaries (u, uj, ul, uz, ud, ug, uv), modal particles (y), interjections (e),
// onomatopoeia (o), numerals and measure words (m, mq, q). Nouns, verbs, adjectives,
// adverbs and idioms are open classes and can be a city's words.
bool closedTag(std::string_view tag)
{
    if (tag.empty())
        return false;
    switch (tag.front()) {
    case 'r':
    case 'p':
    case 'c':
    case 'u':
    case 'y':
    case 'e':
    case 'o':
    case 'q':
        return true;
    case 'm':
        return tag == "m" || tag == "mq";
    default:
        return false;
    }
}

bool allHan(std::u32string_view w)
{
    for (const char32_t c : w)
        if (text::TextNormalizer::classify(c) != text::CharClass::Cjk)
            return false;
    return !w.empty();
}

} // namespace

QString Lexicon::defaultPath()
{
    const QString env = qEnvironmentVariable("TIANYE_WORD_LIST");
    return env.isEmpty() ? QStringLiteral(TIANYE_WORD_LIST) : env;
}

void Lexicon::add(std::u32string_view word, double count, bool closedClass, bool discovered)
{
    if (word.empty() || count <= 0)
        return;
    for (std::size_t n = 1; n < word.size(); ++n)
        m_entries.try_emplace(std::u32string(word.substr(0, n)));
    Entry& e = m_entries[std::u32string(word)];
    if (e.word) {
        m_total -= e.count;
    } else {
        e.index = std::uint32_t(m_words++);
    }
    e.word = true;
    e.count = count;
    e.logCount = std::log(count);
    e.closedClass = e.closedClass || closedClass;
    e.discovered = discovered;
    m_total += count;
    m_logTotal = std::log(std::max(m_total, 1.0));
}

Result<std::shared_ptr<Lexicon>> Lexicon::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    tr("The word list %1 cannot be read (%2). Install python3-jieba, or set "
                       "TIANYE_WORD_LIST to a word list in its format.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    auto lexicon = std::make_shared<Lexicon>();
    lexicon->m_path = path;
    lexicon->m_entries.reserve(600000);
    std::vector<text::NormalizedChar> chars;
    std::u32string word;
    qsizetype lineStart = 0;
    int lineNo = 0, bad = 0;
    while (lineStart < bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        const std::string_view line(bytes.constData() + lineStart, std::size_t(lineEnd - lineStart));
        lineStart = lineEnd + 1;
        ++lineNo;
        const std::size_t sp1 = line.find(' ');
        if (line.empty() || line.front() == '#')
            continue;
        if (sp1 == std::string_view::npos) {
            ++bad;
            continue;
        }
        const std::size_t sp2 = line.find(' ', sp1 + 1);
        const std::string_view countText =
            line.substr(sp1 + 1, sp2 == std::string_view::npos ? line.npos : sp2 - sp1 - 1);
        std::string_view tag = sp2 == std::string_view::npos ? std::string_view() : line.substr(sp2 + 1);
        while (!tag.empty() && (tag.back() == '\r' || tag.back() == ' '))
            tag.remove_suffix(1);
        bool ok = false;
        const double count = QByteArray(countText.data(), qsizetype(countText.size())).toDouble(&ok);
        if (!ok || count < 0) {
            ++bad;
            continue;
        }
        chars.clear();
        text::TextNormalizer::fromUtf8(line.data(), sp1, chars);
        word.clear();
        for (const auto& c : chars)
            word.push_back(c.c);
        if (!allHan(word) || count == 0)
            continue;
        lexicon->add(word, count, closedTag(tag));
    }
    if (lexicon->m_words == 0)
        return fail(Error::Code::Corrupt, tr("The word list %1 has no words in the expected form "
                                             "(one \"word count [tag]\" per line; %2 lines not understood).")
                                              .arg(QDir::toNativeSeparators(path))
                                              .arg(bad));
    return lexicon;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::shared()
{
    static std::mutex mutex;
    static std::shared_ptr<const Lexicon> cached;
    static QString cachedPath;
    const std::lock_guard lock(mutex);
    const QString path = defaultPath();
    if (cached && cachedPath == path)
        return cached;
    auto loaded = load(path);
    if (!loaded)
        return std::unexpected(loaded.error());
    cached = std::move(*loaded);
    cachedPath = path;
    return cached;
}

} // namespace tianye::words
