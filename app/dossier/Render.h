// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "dossier/Dossier.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

#include <functional>
#include <optional>

class QTextDocument;

namespace tianye::dossier {

// A bar chart to draw: one bar per label, longest first as given.
struct BarChartSpec
{
    QString title;
    QStringList labels;
    QList<int> values;
    QString axisTitle;
    QString color; // #rrggbb
};

// Draws a chart (Qt Charts, in dossier/charts): on the GUI thread only.
using ChartPainter = std::function<QImage(const BarChartSpec&)>;

struct ChartImages
{
    QImage themes; // theme frequency
    QImage people; // participants by category
};

// The charts a city's dossier shows; an empty painter draws none.
ChartImages drawCharts(const CityDossier& dossier, const Options& options, const ChartPainter& painter);

// The document's bytes in a format. Runs on any thread; progress goes from 40 to 100.
Result<QByteArray> render(const CityDossier& dossier, const ChartImages& charts, Format format,
                          const Options& options, const Progress& progress = {});
Result<QByteArray> render(const ComparisonDossier& dossier, Format format, const Options& options,
                          const Progress& progress = {});

// Writes the bytes to path at once (a failed write leaves an older file as it was).
Status save(const QByteArray& bytes, const QString& path);

QString suffix(Format format);                          // "pdf", "odt", "html", "md"
std::optional<Format> formatFromName(QStringView name); // a suffix or "markdown"
// The font family PDFs and ODT documents are set in: one whose Chinese extracts as
// the characters written (see PLATFORM.md on Noto CJK and Kangxi radicals).
QString documentFontFamily();

// For a document laid out on pages of pageHeight: a heading parted from the two
// blocks after it by a page end moves to the next page (QTextDocument has no
// keep-with-next).
void keepHeadingsWithNext(QTextDocument& doc, qreal pageHeight);

} // namespace tianye::dossier
