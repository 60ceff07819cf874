// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "dossier/Dossier.h"
#include "dossier/Wording.h"

#include <QString>
#include <QStringList>

#include <memory>

// The text writers behind render(): one walk over the content (Content.cpp) into a
// sink per markup: HTML (for browsers, and the rich text that QTextDocument lays out
// for PDF and ODT) and Markdown.
namespace tianye::dossier::detail {

class Sink
{
public:
    virtual ~Sink() = default;
    virtual void begin(const QString& title) = 0;
    virtual QString end() = 0;
    // The title block: project, title, what the document is, spirit word and statement.
    virtual void cover(const QString& kicker, const QString& title, const QString& subtitle,
                       const QString& spirit, const QString& statement) = 0;
    // level 2 starts a section; newPage asks for a page break before it.
    virtual void heading(int level, const QString& text, bool newPage) = 0;
    virtual void paragraph(const QString& text) = 0;
    virtual void aside(const QString& text) = 0; // muted, small
    virtual void quote(const QuoteItem& q) = 0;
    virtual void table(const QStringList& header, const QList<QStringList>& rows,
                       const QList<int>& numeric) = 0;
    // A chart: its image where the markup can show one, else the table (may be empty).
    virtual void chart(const QString& imageSource, const QString& alt, const QStringList& header,
                       const QList<QStringList>& rows, const QList<int>& numeric) = 0;
};

enum class HtmlFlavour
{
    Standalone, // a browser: full CSS, images as data: URLs
    RichText,   // QTextDocument: the CSS subset it knows, images by resource name
};

// Resource names of the chart images in RichText documents.
inline constexpr auto ThemesChart = "tianye-chart:themes";
inline constexpr auto PeopleChart = "tianye-chart:people";

std::unique_ptr<Sink> htmlSink(const Wording& w, HtmlFlavour flavour);
std::unique_ptr<Sink> markdownSink(const Wording& w);

// Image sources of the charts, empty for none.
struct ChartSources
{
    QString themes;
    QString people;
};

// The document titles (the page footers of PDFs repeat them).
QString cityTitle(const CityDossier& d, const Wording& w);
QString comparisonTitle(const ComparisonDossier& d, const Wording& w);

QString writeCity(const CityDossier& d, const Wording& w, const Options& options, const ChartSources& charts,
                  Sink& sink);
QString writeComparison(const ComparisonDossier& d, const Wording& w, Sink& sink);

} // namespace tianye::dossier::detail
