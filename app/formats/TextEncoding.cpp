// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/TextEncoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <memory>
#include <unicode/ucsdet.h>

namespace tianye::formats {

namespace {

// ICU's confidence (0–100) from which its guess is taken without asking, and by how
// much it must lead the next guess (short Latin text is often a tie between
// Western and Central European encodings).
constexpr int ConfidentGuess = 50;
constexpr int ClearLead = 10;

qsizetype lineOf(const QByteArray& data, qsizetype offset)
{
    return data.left(offset).count('\n') + 1;
}

// The line holding the first byte that does not decode, for a message.
qsizetype firstBadLine(const QByteArray& data, const QByteArray& encoding)
{
    qsizetype line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
        // The decoder's result is lazy: only converting it decodes.
        [[maybe_unused]] const QString decoded =
            decoder.decode(QByteArrayView(data).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

// Chinese in GBK/GB18030 written by Chinese Windows: its double bytes are almost all
// punctuation (lead A1–A9) or the common characters of GB2312's first level (B0–D7),
// which Latin-1 accented letters or Japanese are not.
bool commonChineseDoubleBytes(const QByteArray& data)
{
    qsizetype pairs = 0;
    qsizetype common = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto lead = uchar(data[i]);
        if (lead < 0x80)
            continue;
        if (i + 1 >= data.size())
            return false;
        const auto trail = uchar(data[i + 1]);
        if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail == 0x7F || trail == 0xFF)
            return false;
        ++pairs;
        if (trail >= 0xA1 && ((lead >= 0xA1 && lead <= 0xA9) || (lead >= 0xB0 && lead <= 0xD7)))
            ++common;
        ++i;
    }
    return pairs > 0 && common * 10 >= pairs * 9;
}

// UTF-16 without a byte-order mark in little or big endian: Chinese has no zero
// bytes, but nearly all its code units are CJK characters, CJK or full-width
// punctuation, or ASCII, with line breaks between lines.
bool plausibleUtf16(const QByteArray& data, bool littleEndian)
{
    if (data.size() < 4 || data.size() % 2 != 0)
        return false;
    qsizetype units = data.size() / 2;
    qsizetype plausible = 0;
    bool lineBreak = false;
    for (qsizetype i = 0; i < units; ++i) {
        const auto a = uchar(data[2 * i]);
        const auto b = uchar(data[2 * i + 1]);
        const char16_t u = littleEndian ? char16_t(a | b << 8) : char16_t(a << 8 | b);
        if (u == '\n')
            lineBreak = true;
        if ((u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' || (u >= 0x3000 && u <= 0x303F) ||
            (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F) ||
            (u >= 0xD800 && u <= 0xDFFF))
            ++plausible;
    }
    return lineBreak && plausible * 100 >= units * 95;
}

struct Guess
{
    QString name;
    int confidence = 0;
};

std::vector<Guess> icuGuesses(const QByteArray& data)
{
    std::vector<Guess> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&status),
                                                                            ucsdet_close);
    if (U_FAILURE(status))
        return out;
    ucsdet_setText(detector.get(), data.constData(), int32_t(std::min<qsizetype>(data.size(), 1 << 20)),
                   &status);
    int32_t found = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
    if (U_FAILURE(status))
        return out;
    for (int32_t i = 0; i < found; ++i) {
        UErrorCode e = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &e);
        const int confidence = ucsdet_getConfidence(matches[i], &e);
        if (U_FAILURE(e) || !name)
            continue;
        QString n = QString::fromLatin1(name);
        // UTF-16 guesses without a mark are ICU's floor (10); ISO-8859-1 is read as its
        // superset that Windows writes.
        if (n.startsWith(QLatin1String("UTF-16")) || n.startsWith(QLatin1String("UTF-32")))
            continue;
        if (n == QLatin1String("ISO-8859-1"))
            n = QStringLiteral("windows-1252");
        out.push_back({n, confidence});
    }
    return out;
}

} // namespace

QStringList TextEncoding::choices()
{
    return {QStringLiteral("UTF-8"),       QStringLiteral("GB18030"),      QStringLiteral("Big5"),
            QStringLiteral("UTF-16LE"),    QStringLiteral("UTF-16BE"),     QStringLiteral("Shift_JIS"),
            QStringLiteral("EUC-KR"),      QStringLiteral("windows-1252"), QStringLiteral("ISO-8859-15"),
            QStringLiteral("windows-1251")};
}

Result<DecodedText> TextEncoding::decode(const QByteArray& data, const QString& name, const QString& encoding)
{
    const auto use = [&](const QString& label, const QByteArray& codec,
                         qsizetype skip) -> Result<DecodedText> {
        QStringDecoder decoder(codec.constData());
        if (!decoder.isValid())
            return fail(Error::Code::InvalidArgument,
                        tr("%1: Tianye does not know the encoding \"%2\".").arg(name, label));
        QString text = decoder(QByteArrayView(data).sliced(skip));
        if (decoder.hasError())
            return fail(Error::Code::Encoding,
                        tr("%1 is not valid %2 text: line %3 holds bytes that are not %2.")
                            .arg(name, label)
                            .arg(firstBadLine(data.mid(skip), codec)));
        return DecodedText{std::move(text), label};
    };
    if (!encoding.isEmpty()) {
        const QString chosen = encoding.trimmed();
        const qsizetype bom = chosen.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 &&
                                      data.startsWith("\xEF\xBB\xBF")
                                  ? 3
                                  : 0;
        return use(chosen, chosen.toLatin1(), bom);
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        return use(QStringLiteral("UTF-8 with BOM"), "UTF-8", 3);
    if (data.startsWith("\xFF\xFE"))
        return use(QStringLiteral("UTF-16LE"), "UTF-16LE", 2);
    if (data.startsWith("\xFE\xFF"))
        return use(QStringLiteral("UTF-16BE"), "UTF-16BE", 2);

    // UTF-16 without a mark: every other byte is zero in Latin text.
    const qsizetype sample = std::min<qsizetype>(data.size(), 4096);
    int zeroEven = 0;
    int zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (data[i] == '\0')
            ++(i % 2 ? zeroOdd : zeroEven);
    }
    if (zeroOdd > sample / 8 && zeroEven == 0)
        return use(QStringLiteral("UTF-16LE"), "UTF-16LE", 0);
    if (zeroEven > sample / 8 && zeroOdd == 0)
        return use(QStringLiteral("UTF-16BE"), "UTF-16BE", 0);
    if (zeroOdd + zeroEven > 0) {
        // Chinese UTF-16 with a little ASCII in it (codes, times) has a few zero bytes.
        const bool little = plausibleUtf16(data, true);
        const bool big = plausibleUtf16(data, false);
        if (little != big)
            return little ? use(QStringLiteral("UTF-16LE"), "UTF-16LE", 0)
                          : use(QStringLiteral("UTF-16BE"), "UTF-16BE", 0);
        const qsizetype at = data.indexOf('\0');
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a text file: it holds binary data (a zero byte on "
                       "line %2).")
                        .arg(name)
                        .arg(lineOf(data, at)));
    }

    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(data);
    if (!utf8.hasError())
        return DecodedText{std::move(text), QStringLiteral("UTF-8")};
    // Chinese in UTF-16 without a mark has no zero bytes.
    if (plausibleUtf16(data, true) && !plausibleUtf16(data, false))
        return use(QStringLiteral("UTF-16LE"), "UTF-16LE", 0);
    if (plausibleUtf16(data, false) && !plausibleUtf16(data, true))
        return use(QStringLiteral("UTF-16BE"), "UTF-16BE", 0);

    const std::vector<Guess> guesses = icuGuesses(data);
    if (!guesses.empty() && guesses.front().confidence >= ConfidentGuess &&
        (guesses.size() == 1 || guesses.front().confidence - guesses[1].confidence >= ClearLead))
        return use(guesses.front().name, guesses.front().name.toLatin1(), 0);
    if (commonChineseDoubleBytes(data))
        return use(QStringLiteral("GB18030"), "GB18030", 0);
    QStringList likely;
    for (const Guess& g : guesses)
        if (likely.size() < 3 && g.confidence >= 10)
            likely << g.name;
    if (likely.isEmpty())
        return fail(
            Error::Code::Encoding,
            tr("%1: its encoding is not clear (it is not UTF-8). Choose the encoding it was saved in.")
                .arg(name));
    return fail(Error::Code::Encoding, tr("%1: its encoding is not clear (it is not UTF-8; perhaps %2). "
                                          "Choose the encoding it was saved in.")
                                           .arg(name, likely.join(QStringLiteral(", "))));
}

} // namespace tianye::formats
