// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"
#include "dossier/Dossier.h"

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace tianye::dossier {

// The words of a dossier in its own language, whatever the UI's language is: the
// shipped catalogue of that language, looked up directly.
class Wording final
{
public:
    explicit Wording(Language language);
    ~Wording();
    Wording(const Wording&) = delete;
    Wording& operator=(const Wording&) = delete;

    Language language() const { return m_language; }
    const QLocale& locale() const { return m_locale; }
    // A source marked QT_TRANSLATE_NOOP("tianye::dossier::Wording", …) (QT_TRANSLATE_N_NOOP
    // for %n, which takes n in the language's plural form).
    QString operator()(const char* source, int n = -1) const;
    QString label(InterviewMode v) const;
    QString label(InterviewStatus v) const;
    QString label(CityTie v) const;
    // Empty values ("not recorded").
    QString orUnknown(const QString& value) const;
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString duration(qint64 ms) const;         // "12 s", "42 min", "1 h 5 min"
    QString timestamp(qint64 ms) const;        // "00:01:20"
    QString quoted(const QString& text) const; // “…” in both languages
    // Who said a quote, and when: "DT-001 · role · 2026-10-14 · 00:00:24".
    QString citation(const QuoteItem& quote) const;
    QString dateRange(const QString& first, const QString& last) const;

private:
    QString lookup(const char* context, const char* source, int n) const;
    Language m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace tianye::dossier
