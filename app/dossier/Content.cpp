// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Writers.h"

namespace tianye::dossier::detail {

namespace {

QList<QStringList> countRows(const std::vector<Count>& counts, const Wording& w)
{
    QList<QStringList> rows;
    for (const Count& c : counts)
        rows << QStringList{w.orUnknown(c.label), w.number(c.count)};
    return rows;
}

template <class E>
QList<QStringList> labelRows(const std::vector<std::pair<E, int>>& counts, const Wording& w)
{
    QList<QStringList> rows;
    for (const auto& [key, n] : counts)
        rows << QStringList{w.label(key), w.number(n)};
    return rows;
}

void cover(const CityDossier& d, const Wording& w, const Options& options, Sink& out)
{
    out.cover(d.projectName, d.region.isEmpty() ? d.city : QString(d.city + QStringLiteral(" · ") + d.region),
              w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Insight dossier")), d.spiritWord,
              d.spiritStatement);
    out.table(
        {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Fieldwork in numbers")), QString()},
        {{w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Fieldwork")), w.dateRange(d.firstDay, d.lastDay)},
         {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews")), w.number(d.interviews)},
         {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Audio recorded")), w.duration(d.audioMs)},
         {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Characters transcribed")), w.number(d.characters)},
         {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Quotes")), w.number(d.quotes)},
         {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants")), w.number(d.participants)}},
        {1});
    out.aside(
        options.realNames
            ? w(QT_TRANSLATE_NOOP(
                  "tianye::dossier::Wording",
                  "Participants who consented are named; the others by their participant code. "
                  "Participants who withdrew consent, and their words, are not in this dossier."))
            : w(QT_TRANSLATE_NOOP("tianye::dossier::Wording",
                                  "Participants are named by pseudonymous codes. Participants who withdrew "
                                  "consent, and their words, are not in this dossier.")));
}

void insights(const CityDossier& d, const Wording& w, Sink& out)
{
    if (d.insights.empty())
        out.aside(w(QT_TRANSLATE_NOOP("tianye::dossier::Wording",
                                      "No insights have been written for this city yet.")));
    for (const InsightItem& in : d.insights) {
        out.heading(3,
                    in.kind == InsightKind::Spirit
                        ? w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Spirit word: %1")).arg(in.title)
                        : in.title,
                    false);
        if (!in.statement.isEmpty())
            out.paragraph(in.statement);
        for (const QuoteItem& q : in.evidence)
            out.quote(q);
    }
}

void themes(const CityDossier& d, const Wording& w, const ChartSources& charts, Sink& out)
{
    out.aside(w(
        QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Themes ranked by how many interviews mention them.")));
    QList<QStringList> ranking;
    for (const ThemeItem& t : d.themes)
        ranking << QStringList{t.path, w.number(t.interviews), w.number(t.quotes)};
    out.chart(charts.themes, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews per theme")),
              {w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Theme")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Quotes"))},
              ranking, {1, 2});
    for (const ThemeItem& t : d.themes) {
        out.heading(3, t.path, false);
        out.aside(QString(w(QT_TRANSLATE_N_NOOP("tianye::dossier::Wording", "%n interviews"), t.interviews) +
                          QStringLiteral(" · ") +
                          w(QT_TRANSLATE_N_NOOP("tianye::dossier::Wording", "%n quotes"), t.quotes)));
        if (!t.description.isEmpty())
            out.paragraph(t.description);
        for (const QuoteItem& q : t.best)
            out.quote(q);
    }
}

void people(const CityDossier& d, const Wording& w, const ChartSources& charts, Sink& out)
{
    const QString participants = w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants"));
    out.paragraph(w(QT_TRANSLATE_N_NOOP("tianye::dossier::Wording", "%n interviews with %1 participants."),
                    d.interviews)
                      .arg(w.number(d.participants)));
    out.heading(3, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews by mode")), false);
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Mode")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews"))},
              labelRows(d.byMode, w), {1});
    out.heading(3, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants by category")), false);
    out.chart(charts.people, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants by category")), {},
              {}, {});
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Category")), participants},
              countRows(d.byCategory, w), {1});
    out.heading(3, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Age band")), false);
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Age band")), participants},
              countRows(d.byAgeBand, w), {1});
    out.heading(3, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Gender")), false);
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Gender")), participants},
              countRows(d.byGender, w), {1});
    out.heading(3, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Tie to the city")), false);
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Tie to the city")), participants},
              labelRows(d.byTie, w), {1});
    out.heading(3, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviewers")), false);
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviewer")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews"))},
              countRows(d.interviewers, w), {1});
}

void roster(const CityDossier& d, const Wording& w, Sink& out)
{
    QList<QStringList> rows;
    for (const RosterRow& r : d.roster)
        rows << QStringList{r.startedAt,      r.speakers,     w.label(r.mode),
                            r.place,          r.interviewers, w.duration(r.durationMs),
                            w.label(r.status)};
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Date")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Mode")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Place")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviewers")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Duration")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Status"))},
              rows, {5});
}

void words(const CityDossier& d, const Wording& w, Sink& out)
{
    out.aside(
        w(QT_TRANSLATE_NOOP("tianye::dossier::Wording",
                            "The words and expressions people here use distinctly more than in the other "
                            "cities (log-likelihood keyness), used by several people; interviewers' "
                            "questions left out.")));
    QList<QStringList> rows;
    for (const WordItem& t : d.words)
        rows << QStringList{t.term, w.number(t.uses), w.number(t.interviews), w.number(t.speakers),
                            t.example};
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Term")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Uses")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Speakers")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "For example"))},
              rows, {1, 2, 3});
}

QString sectionTitle(Section section, const Wording& w)
{
    switch (section) {
    case Section::Cover:
        return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Cover"));
    case Section::Insights:
        return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Insights"));
    case Section::Themes:
        return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Themes"));
    case Section::People:
        return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Who we heard"));
    case Section::Roster:
        return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Appendix: interview roster"));
    case Section::Words:
        return {}; // named after the city: see writeCity
    }
    return {};
}

} // namespace

QString cityTitle(const CityDossier& d, const Wording& w)
{
    return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "%1 — insight dossier")).arg(d.city);
}

QString comparisonTitle(const ComparisonDossier& d, const Wording& w)
{
    return w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "%1 — all cities")).arg(d.projectName);
}

QString writeCity(const CityDossier& d, const Wording& w, const Options& options, const ChartSources& charts,
                  Sink& out)
{
    out.begin(cityTitle(d, w));
    bool first = true;
    for (Section s : {Section::Cover, Section::Insights, Section::Themes, Section::Words, Section::People,
                      Section::Roster}) {
        if (!options.sections.testFlag(s) || (s == Section::Words && d.words.empty()))
            continue;
        if (s == Section::Words)
            out.heading(
                2, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Words that set %1 apart")).arg(d.city),
                !first);
        else if (s != Section::Cover)
            out.heading(2, sectionTitle(s, w), !first);
        first = false;
        switch (s) {
        case Section::Cover:
            cover(d, w, options, out);
            break;
        case Section::Insights:
            insights(d, w, out);
            break;
        case Section::Themes:
            themes(d, w, charts, out);
            break;
        case Section::People:
            people(d, w, charts, out);
            break;
        case Section::Roster:
            roster(d, w, out);
            break;
        case Section::Words:
            words(d, w, out);
            break;
        }
    }
    return out.end();
}

QString writeComparison(const ComparisonDossier& d, const Wording& w, Sink& out)
{
    out.begin(comparisonTitle(d, w));
    out.cover(d.projectName, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "All cities side by side")),
              QString(), QString(), QString());
    out.heading(2, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Each city's insight")), false);
    QList<QStringList> rows;
    for (const ComparisonCity& c : d.cities)
        rows << QStringList{c.name,
                            c.spiritWord,
                            c.spiritStatement,
                            c.insightTitles.join(QStringLiteral("; ")),
                            w.number(c.interviews),
                            w.number(c.quotes)};
    out.table({w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "City")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Spirit word")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "What it means")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Supporting insights")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews")),
               w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Quotes"))},
              rows, {4, 5});
    out.heading(2, w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Theme × city")), true);
    out.aside(w(QT_TRANSLATE_NOOP("tianye::dossier::Wording",
                                  "Quotes (interviews) per theme and city; a theme counts its sub-themes.")));
    QStringList header{w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Theme"))};
    QList<int> numeric;
    for (const ComparisonCity& c : d.cities) {
        numeric << int(header.size());
        header << c.name;
    }
    QList<QStringList> matrix;
    for (const ComparisonTheme& t : d.themes) {
        // Sub-themes indented with ideographic spaces, which every markup keeps.
        QStringList row{QString(QString(t.depth * 2, QChar(0x3000)) + t.name)};
        for (const auto& [quotes, interviews] : t.cells)
            row << (quotes ? QStringLiteral("%1 (%2)").arg(w.number(quotes), w.number(interviews))
                           : QString());
        matrix << row;
    }
    out.table(header, matrix, numeric);
    return out.end();
}

} // namespace tianye::dossier::detail
