// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "words/StopWords.h"

#include "text/TextNormalizer.h"

#include <algorithm>

namespace tianye::words {

namespace {

std::u32string normalized(const QString& word)
{
    return text::TextNormalizer::normalized(word.trimmed());
}

QStringList sorted(const QSet<std::u32string>& set)
{
    QStringList out;
    for (const auto& w : set)
        out << QString::fromUcs4(w.data(), qsizetype(w.size()));
    out.sort();
    return out;
}

} // namespace

QStringList StopList::builtInChinese()
{
    // Copulas, existentials, modal verbs and negations; degree and frequency adverbs;
    // the fillers and discourse markers of spoken Mandarin; general nouns of time and
    // quantity every answer uses.
    return QStringLiteral("是 有 没有 没 不 在 要 会 能 可以 得 让 被 把 给 "
                          "就 都 也 还 才 又 很 太 最 挺 更 再 比较 特别 非常 真的 "
                          "就是 然后 那个 这个 那么 这么 反正 其实 可能 应该 还是 或者 已经 "
                          "什么 怎么 怎么样 这样 那样 一个 一些 一下 一点 有点 时候 现在 东西 "
                          "嗯 啊 哦 呃 哎 诶 嘛 呗 哈 吧 呢 吗 啦 呀 哇 对 对对 对对对 好 行 是的 "
                          "然后呢 所以 但是 因为 如果 虽然 不过 而且 就是说 的话")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList StopList::builtInEnglish()
{
    return QStringLiteral(
               "a an the and or but if so of to in on at by for with from as about into "
               "is are was were be been being am do does did have has had will would can could "
               "i you he she it we they me him her us them my your his its our their this that these "
               "those there here not no yes just like um uh oh ok okay yeah really very")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

StopList::StopList()
{
    for (const QString& w : builtInChinese() + builtInEnglish())
        m_stop.insert(normalized(w));
}

void StopList::addWord(const QString& word)
{
    const std::u32string w = normalized(word);
    if (w.empty())
        return;
    m_added.insert(w);
    m_kept.remove(w);
}

void StopList::keepWord(const QString& word)
{
    const std::u32string w = normalized(word);
    if (w.empty())
        return;
    m_kept.insert(w);
    m_added.remove(w);
}

bool StopList::stops(std::u32string_view term, const Lexicon::Entry* entry) const
{
    const std::u32string t(term);
    if (m_kept.contains(t))
        return false;
    if (m_added.contains(t) || m_stop.contains(t))
        return true;
    return entry && entry->word && entry->closedClass;
}

bool StopList::stops(const QString& term, const Lexicon& lexicon) const
{
    const std::u32string t = normalized(term);
    return stops(t, lexicon.find(t));
}

QStringList StopList::added() const
{
    return sorted(m_added);
}

QStringList StopList::kept() const
{
    return sorted(m_kept);
}

} // namespace tianye::words
