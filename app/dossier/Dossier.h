// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QFlags>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace tianye::dossier {

// The content of a dossier, independent of its format: what the renderers write.
// Built from the store's DossierData, whose views decide what may appear:
// - a quote withheld for consent (a withdrawn participant says some of its words, or
//   its speaker cannot be told where someone withdrew) never appears, nor counts;
// - an interview every participant of which withdrew is left out entirely (its
//   counts, its line in the roster), and a withdrawn participant is never named;
// - speakers are named by their participant code unless real names are asked for and
//   the participant gave consent; a quote nobody is known to say has no speaker.

enum class Section
{
    Cover = 0x1,
    Insights = 0x2,
    Themes = 0x4,
    People = 0x8,
    Roster = 0x10,
    Words = 0x20, // optional: the words that set the city apart (filled by the caller, see words)
};
Q_DECLARE_FLAGS(Sections, Section)

enum class Language
{
    English,
    Chinese,
};

enum class PageSize
{
    A4,
    Letter,
};

enum class Format
{
    Pdf,
    Odt,
    Html,
    Markdown,
};

struct Options
{
    Sections sections =
        Sections(Section::Cover) | Section::Insights | Section::Themes | Section::People | Section::Roster;
    int quotesPerTheme = 3;
    Language language = Language::English;
    bool realNames = false;
    PageSize pageSize = PageSize::A4; // PDF only
};

struct QuoteItem
{
    RowId id = NoRow;
    QString text;
    QString translation;
    QString speaker; // participant code(s), or the real name when allowed; empty: not known
    QString role;    // occupation
    QString date;    // yyyy-MM-dd of the interview
    std::optional<qint64> audioStartMs;
    bool starred = false;
    bool inDossier = false;
};

struct InsightItem
{
    InsightKind kind = InsightKind::Supporting;
    QString title;
    QString statement;
    std::vector<QuoteItem> evidence;
};

struct ThemeItem
{
    RowId id = NoRow;
    QString name;
    QString path; // "Parent / Child" for a sub-theme
    QString description;
    QString color;
    int interviews = 0; // interviews with at least one quote of the theme or its sub-themes
    int quotes = 0;
    std::vector<QuoteItem> best; // starred and in-dossier first, then by date
};

struct Count
{
    QString label;
    int count = 0;
};

// A term the city's people use more than the other cities' (word analysis,
// ops::cityWords), with one short example of it in a participant's words.
struct WordItem
{
    QString term;
    int uses = 0;
    int interviews = 0;
    int speakers = 0;
    QString example; // "…left hit right…"
};

struct RosterRow
{
    QString startedAt; // yyyy-MM-dd HH:mm
    QString speakers;  // codes (or names), comma separated
    InterviewMode mode = InterviewMode::InPerson;
    QString place;
    QString interviewers;
    qint64 durationMs = 0;
    InterviewStatus status = InterviewStatus::Planned;
};

struct CityDossier
{
    QString projectName;
    QString city;
    QString region;
    QString spiritWord;
    QString spiritStatement;
    QString firstDay; // yyyy-MM-dd, empty without interviews
    QString lastDay;
    int interviews = 0;
    qint64 audioMs = 0;
    qint64 characters = 0; // transcribed, in code points
    int quotes = 0;
    int participants = 0;
    std::vector<InsightItem> insights;
    std::vector<ThemeItem> themes; // by interviews, then quotes, then codebook order
    std::vector<std::pair<InterviewMode, int>> byMode;
    std::vector<Count> byCategory; // by count, then label
    std::vector<Count> byAgeBand;  // by label
    std::vector<Count> byGender;
    std::vector<std::pair<CityTie, int>> byTie;
    std::vector<Count> interviewers; // interviews each conducted, by count
    std::vector<RosterRow> roster;   // by start
    // Filled by the caller when Section::Words is asked for (word analysis lives above
    // the dossier: ops::cityWords); withdrawn participants' words are never in it.
    std::vector<WordItem> words;
};

// All cities side by side: the theme × city matrix and each city's insight.
struct ComparisonCity
{
    QString name;
    QString region;
    QString spiritWord;
    QString spiritStatement;
    QStringList insightTitles; // supporting insights, in order
    int interviews = 0;
    int quotes = 0;
};

struct ComparisonTheme
{
    QString name;
    int depth = 0;
    std::vector<std::pair<int, int>> cells; // (quotes, interviews) per city, in cities' order
};

struct ComparisonDossier
{
    QString projectName;
    std::vector<ComparisonCity> cities;  // by name
    std::vector<ComparisonTheme> themes; // codebook order
};

// Progress of a long export and the user's way to stop it.
struct Progress
{
    std::function<void(int percent)> report;
    std::function<bool()> cancelled;
    void operator()(int percent) const
    {
        if (report)
            report(percent);
    }
    bool stop() const { return cancelled && cancelled(); }
};

// Reads one city's dossier (by name or id) from a connection to project.db; runs on
// any thread with a connection of its own (Database::openReader).
Result<CityDossier> buildCity(SQLite::Database& db, RowId cityId, const Options& options,
                              const Progress& progress = {});
Result<ComparisonDossier> buildComparison(SQLite::Database& db, const Progress& progress = {});
// The same on a read-only connection of their own to the project database at
// databasePath, for a worker thread while the window keeps its connection.
Result<CityDossier> buildCityAside(const QString& databasePath, RowId cityId, const Options& options,
                                   const Progress& progress = {});
Result<ComparisonDossier> buildComparisonAside(const QString& databasePath, const Progress& progress = {});

// The content model as JSON, stable for golden tests.
QJsonObject toJson(const CityDossier& dossier);
QJsonObject toJson(const ComparisonDossier& dossier);

} // namespace tianye::dossier

Q_DECLARE_OPERATORS_FOR_FLAGS(tianye::dossier::Sections)
