// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "text/TextNormalizer.h"

#include <QChar>
#include <QList>

#include <unordered_map>

namespace tianye::text {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // Extension A
           || (c >= 0x20000 && c <= 0x3134F) // Extensions B-G (𠀀 is U+20000)
           || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs (NFKC maps most)
           || (c >= 0x3040 && c <= 0x309F)   // Hiragana
           || (c >= 0x30A0 && c <= 0x30FA)   // Katakana
           || c == 0x30FC                    // prolonged sound mark ー
           || (c >= 0x31F0 && c <= 0x31FF)   // Katakana extensions
           || (c >= 0xAC00 && c <= 0xD7AF)   // Hangul syllables
           || (c >= 0x1100 && c <= 0x11FF)   // Hangul Jamo
           || (c >= 0x3130 && c <= 0x318F)   // Hangul compatibility Jamo
           || c == 0x3005 || c == 0x3007;    // 々 〇
}

// Normalization of one code point that is not on a fast path, as UTF-32.
std::u32string slowNormalize(char32_t c)
{
    const QString one = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
    std::u32string out;
    for (char32_t n : one.toUcs4()) {
        if (isCjk(n)) {
            out.push_back(n);
            continue;
        }
        // Alphabetic scripts: decompose, drop the accents, case fold.
        const QString decomposed = QString::fromUcs4(&n, 1).normalized(QString::NormalizationForm_D);
        for (char32_t d : decomposed.toUcs4()) {
            const auto category = QChar::category(d);
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue;
            const QString folded = QString::fromUcs4(&d, 1).toCaseFolded();
            for (char32_t f : folded.toUcs4())
                out.push_back(f);
        }
    }
    return out;
}

const std::u32string& cachedNormalize(char32_t c)
{
    // Per thread, so indexing on several connections never contends for it.
    thread_local std::unordered_map<char32_t, std::u32string> cache;
    auto it = cache.find(c);
    if (it == cache.end())
        it = cache.emplace(c, slowNormalize(c)).first;
    return it->second;
}

template <class Emit> void normalizeOne(char32_t c, std::uint32_t start, std::uint32_t end, Emit&& emit)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        emit(NormalizedChar{c, word ? CharClass::Word : CharClass::Separator, start, end});
        return;
    }
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2F7FF) ||
        (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0xAC00 && c <= 0xD7A3)) {
        emit(NormalizedChar{c, CharClass::Cjk, start, end});
        return;
    }
    // CJK and general punctuation (。「」、…—) are separators whatever NFKC makes of them.
    if ((c >= 0x3000 && c <= 0x303F && c != 0x3005 && c != 0x3007) || (c >= 0x2000 && c <= 0x206F)) {
        emit(NormalizedChar{c, CharClass::Separator, start, end});
        return;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        normalizeOne(c - 0xFEE0, start, end, emit);
        return;
    }
    for (char32_t n : cachedNormalize(c))
        emit(NormalizedChar{n, TextNormalizer::classify(n), start, end});
}

} // namespace

CharClass TextNormalizer::classify(char32_t c)
{
    if (c < 0x80)
        return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                   ? CharClass::Word
                   : CharClass::Separator;
    if (isCjk(c))
        return CharClass::Cjk;
    return QChar::isLetterOrNumber(c) ? CharClass::Word : CharClass::Separator;
}

void TextNormalizer::fromUtf8(const char* text, std::size_t size, std::vector<NormalizedChar>& out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    std::size_t i = 0;
    const auto emit = [&](const NormalizedChar& n) { out.push_back(n); };
    while (i < size) {
        const std::uint32_t start = std::uint32_t(i);
        char32_t c = p[i];
        int extra = 0;
        if (c >= 0xF0 && c < 0xF8) {
            c &= 0x07;
            extra = 3;
        } else if (c >= 0xE0) {
            c &= 0x0F;
            extra = 2;
        } else if (c >= 0xC0) {
            c &= 0x1F;
            extra = 1;
        } else if (c >= 0x80) {
            c = 0xFFFD; // a stray continuation byte
        }
        ++i;
        for (int k = 0; k < extra && i < size && (p[i] & 0xC0) == 0x80; ++k, ++i)
            c = (c << 6) | (p[i] & 0x3F);
        normalizeOne(c, start, std::uint32_t(i), emit);
    }
}

void TextNormalizer::fromString(QStringView text, std::vector<NormalizedChar>& out)
{
    std::uint32_t index = 0;
    const auto emit = [&](const NormalizedChar& n) { out.push_back(n); };
    for (qsizetype i = 0; i < text.size(); ++i, ++index) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        normalizeOne(c, index, index + 1, emit);
    }
}

std::u32string TextNormalizer::normalized(QStringView text)
{
    std::vector<NormalizedChar> chars;
    fromString(text, chars);
    std::u32string out;
    out.reserve(chars.size());
    for (const NormalizedChar& n : chars)
        out.push_back(n.c);
    return out;
}

} // namespace tianye::text
