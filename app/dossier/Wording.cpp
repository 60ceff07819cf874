// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Wording.h"

#include "core/Catalogue.h"
#include "core/TimeCode.h"

#include <QTranslator>

namespace tianye::dossier {

Wording::Wording(Language language)
    : m_language(language)
    , m_locale(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                             : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_translator(std::make_unique<QTranslator>())
{
    // English is the source language; its catalogue holds the plural forms.
    if (!catalogue::load(*m_translator,
                         language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))
        m_translator.reset();
}

Wording::~Wording() = default;

QString Wording::lookup(const char* context, const char* source, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

QString Wording::operator()(const char* source, int n) const
{
    return lookup("tianye::dossier::Wording", source, n);
}

QString Wording::label(InterviewMode v) const
{
    return lookup("tianye::Types", labelSource(v), -1);
}

QString Wording::label(InterviewStatus v) const
{
    return lookup("tianye::Types", labelSource(v), -1);
}

QString Wording::label(CityTie v) const
{
    return lookup("tianye::Types", labelSource(v), -1);
}

QString Wording::orUnknown(const QString& value) const
{
    return value.isEmpty() ? (*this)(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Not recorded")) : value;
}

QString Wording::duration(qint64 ms) const
{
    if (ms > 0 && ms < 60'000)
        return (*this)(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "%1 s")).arg((ms + 500) / 1000);
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes < 60)
        return (*this)(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "%1 min")).arg(minutes);
    return (*this)(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "%1 h %2 min"))
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QString Wording::timestamp(qint64 ms) const
{
    return formatTimeCode(ms);
}

QString Wording::quoted(const QString& text) const
{
    return QString(QChar(0x201C) + text + QChar(0x201D));
}

QString Wording::citation(const QuoteItem& q) const
{
    QStringList parts{q.speaker.isEmpty()
                          ? (*this)(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Speaker not known"))
                          : q.speaker};
    if (!q.role.isEmpty())
        parts << q.role;
    if (!q.date.isEmpty())
        parts << q.date;
    if (q.audioStartMs)
        parts << timestamp(*q.audioStartMs);
    return parts.join(QStringLiteral(" · "));
}

QString Wording::dateRange(const QString& first, const QString& last) const
{
    if (first.isEmpty())
        return (*this)(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Not recorded"));
    if (first == last)
        return first;
    return QString(first + QStringLiteral(" – ") + last);
}

} // namespace tianye::dossier
