// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "spell/SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace tianye::spell {

namespace {

// Where dictionaries live: the only platform-specific part. Linux distributions
// install Hunspell's into these; a Windows or macOS build would ship its own next
// to the executable (the last entry).
QStringList dictionaryDirs()
{
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/local/share/hunspell"),
            QStringLiteral("/usr/share/myspell/dicts"),
            QDir::current().filePath(QStringLiteral("dictionaries"))};
}

bool isLatinLetter(QChar c)
{
    return c.isLetter() && (c.script() == QChar::Script_Latin);
}

class HunspellChecker final : public SpellChecker
{
public:
    HunspellChecker(QString language, const QString& aff, const QString& dic)
        : m_language(std::move(language))
        , m_hunspell(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData())
    {
        // Dictionaries name their own encoding (SET UTF-8, SET ISO8859-1, …).
        const QByteArray encoding = QByteArray::fromStdString(m_hunspell.get_dict_encoding());
        m_encoder = QStringEncoder(encoding.isEmpty() ? "UTF-8" : encoding.constData());
        m_decoder = QStringDecoder(encoding.isEmpty() ? "UTF-8" : encoding.constData());
        if (!m_encoder.isValid()) {
            m_encoder = QStringEncoder(QStringConverter::Utf8);
            m_decoder = QStringDecoder(QStringConverter::Utf8);
        }
    }

    QString language() const override { return m_language; }

    bool isCorrect(const QString& word) const override { return m_hunspell.spell(bytes(word)); }

    QStringList suggestions(const QString& word) const override
    {
        QStringList out;
        for (const std::string& s : m_hunspell.suggest(bytes(word)))
            out << m_decoder.decode(QByteArrayView(s.data(), qsizetype(s.size())));
        return out;
    }

    void addWord(const QString& word) override { m_hunspell.add(bytes(word)); }

private:
    std::string bytes(const QString& word) const
    {
        const QByteArray encoded = m_encoder.encode(word);
        return encoded.toStdString();
    }

    QString m_language;
    // Hunspell's query functions are not const; the checker is used from one thread.
    mutable Hunspell m_hunspell;
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
};

} // namespace

std::vector<WordSpan> SpellChecker::words(QStringView text)
{
    std::vector<WordSpan> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isLatinLetter(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool digits = false;
        while (i < text.size()) {
            const QChar c = text[i];
            const bool apostrophe = (c == QLatin1Char('\'') || c == QChar(0x2019)) && i + 1 < text.size() &&
                                    isLatinLetter(text[i + 1]) && i > start;
            if (isLatinLetter(c) || apostrophe) {
                ++i;
            } else if (c.isDigit()) {
                digits = true;
                ++i;
            } else {
                break;
            }
        }
        // "KOL2" or "B2B" are codes, not words; a single letter says nothing.
        if (!digits && i - start > 1)
            out.push_back({start, i - start});
    }
    return out;
}

std::vector<WordSpan> SpellChecker::misspellings(QStringView text) const
{
    std::vector<WordSpan> out;
    for (const WordSpan& w : words(text)) {
        if (!isCorrect(text.mid(w.start, w.length).toString()))
            out.push_back(w);
    }
    return out;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList out;
    for (const QString& dir : dictionaryDirs()) {
        for (const QFileInfo& dic : QDir(dir).entryInfoList({QStringLiteral("*.dic")}, QDir::Files)) {
            const QString name = dic.completeBaseName();
            if (!out.contains(name) && QFile::exists(dic.dir().filePath(name + QStringLiteral(".aff"))))
                out << name;
        }
    }
    out.sort();
    return out;
}

std::unique_ptr<SpellChecker> SpellChecker::create(const QString& language)
{
    for (const QString& dir : dictionaryDirs()) {
        const QDir d(dir);
        const QString aff = d.filePath(language + QStringLiteral(".aff"));
        const QString dic = d.filePath(language + QStringLiteral(".dic"));
        if (QFile::exists(aff) && QFile::exists(dic))
            return std::make_unique<HunspellChecker>(language, aff, dic);
    }
    return nullptr;
}

} // namespace tianye::spell
