// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "text/Tokenizer.h"

#include "text/Fts5Api.h"

#include <sqlite3.h>

#include <string>

namespace tianye::text {

namespace {

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

bool Tokenizer::tokenize(const std::vector<NormalizedChar>& chars, bool queryMode, const Sink& sink)
{
    std::string token;
    const size_t n = chars.size();
    size_t i = 0;
    while (i < n) {
        const CharClass cls = chars[i].cls;
        size_t end = i + 1;
        while (end < n && chars[end].cls == cls)
            ++end;
        if (cls == CharClass::Word) {
            token.clear();
            for (size_t k = i; k < end; ++k)
                appendUtf8(token, chars[k].c);
            if (!sink(token, chars[i].sourceStart, chars[end - 1].sourceEnd, false))
                return false;
        } else if (cls == CharClass::Cjk) {
            const size_t length = end - i;
            for (size_t k = i; k + 1 < end; ++k) {
                token.clear();
                appendUtf8(token, chars[k].c);
                appendUtf8(token, chars[k + 1].c);
                if (!sink(token, chars[k].sourceStart, chars[k + 1].sourceEnd, false))
                    return false;
            }
            if (length == 1 || !queryMode) {
                token.clear();
                appendUtf8(token, chars[end - 1].c);
                if (!sink(token, chars[end - 1].sourceStart, chars[end - 1].sourceEnd, length > 1))
                    return false;
            }
        }
        i = end;
    }
    return true;
}

namespace {

int createTokenizer(void*, const char**, int, Fts5Tokenizer** out)
{
    // Stateless: any non-null handle will do.
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer*) {}

int tokenizeText(Fts5Tokenizer*, void* context, int flags, const char* text, int size,
                 int (*emit)(void*, int, const char*, int, int, int))
{
    thread_local std::vector<NormalizedChar> chars;
    chars.clear();
    if (text && size > 0)
        TextNormalizer::fromUtf8(text, size_t(size), chars);
    int rc = SQLITE_OK;
    Tokenizer::tokenize(chars, (flags & FTS5_TOKENIZE_QUERY) != 0,
                        [&](std::string_view token, std::uint32_t start, std::uint32_t end, bool colocated) {
                            rc = emit(context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                                      int(token.size()), int(start), int(end));
                            return rc == SQLITE_OK;
                        });
    return rc;
}

} // namespace

bool Tokenizer::registerWith(sqlite3* db)
{
    fts5_api* api = fts5ApiOf(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenizeText};
    return api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace tianye::text
