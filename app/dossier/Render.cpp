// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Render.h"

#include "dossier/Writers.h"
#include "formats/SaveFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>

#include <algorithm>

namespace tianye::dossier {

namespace {

constexpr int MostThemesCharted = 12;

Error cancelled()
{
    return {Error::Code::Cancelled, QCoreApplication::translate("tianye::dossier", "Export cancelled.")};
}

QString dataUrl(const QImage& image)
{
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
}

// The rich text laid out for print and ODT, with the charts as resources.
void fill(QTextDocument& doc, const QString& html, const ChartImages& charts)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    // Words stay whole: a narrow table column grows rather than printing "Transcribe|d"
    // (Chinese still breaks between characters, as it should).
    QTextOption wrapping = doc.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrapping);
    doc.setHtml(html);
    // After setHtml, which drops the document's resources.
    if (!charts.themes.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(detail::ThemesChart)),
                        charts.themes);
    if (!charts.people.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(detail::PeopleChart)),
                        charts.people);
}

// Lays the document out on the pages of a PDF, page by page (so that progress and
// cancel work), with the title and "page n of m" at the foot of each page.
Result<QByteArray> pdf(QTextDocument& doc, const QString& title, const Wording& w, const Options& options,
                       const Progress& progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // CSS pixels are device pixels in QTextDocument: at 96 dpi they are the CSS inch's
    // 1/96, as in a browser. Text is placed in fractions of them; images keep their pixels.
    writer.setResolution(96);
    writer.setPageSize(QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tianye %1").arg(QStringLiteral(TIANYE_VERSION)));

    const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = 10.0 / 25.4 * writer.resolution(); // 10 mm
    const QSizeF page(body.width(), body.height() - footer);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(page);
    keepHeadingsWithNext(doc, page.height());
    const int pages = doc.pageCount();
    progress(60);

    QFont small(documentFontFamily());
    small.setPointSizeF(8);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(Error::Code::Internal,
                    QCoreApplication::translate("tianye::dossier", "Cannot start the PDF."));
    for (int i = 0; i < pages; ++i) {
        if (progress.stop()) {
            painter.end();
            return std::unexpected(cancelled());
        }
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF foot(0, page.height() + footer * 0.35, page.width(), footer * 0.65);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Page %1 of %2"))
                             .arg(w.number(i + 1), w.number(pages)));
        progress(60 + 40 * (i + 1) / std::max(1, pages));
    }
    painter.end();
    return bytes;
}

Result<QByteArray> odt(QTextDocument& doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return fail(Error::Code::Internal,
                    QCoreApplication::translate("tianye::dossier", "Cannot write the OpenDocument text."));
    return bytes;
}

template <class Write>
Result<QByteArray> renderWith(Write&& write, const Wording& w, const QString& title,
                              const ChartImages& charts, Format format, const Options& options,
                              const Progress& progress)
{
    if (progress.stop())
        return std::unexpected(cancelled());
    switch (format) {
    case Format::Markdown: {
        auto sink = detail::markdownSink(w);
        const QByteArray out = write(w, *sink, detail::ChartSources{}).toUtf8();
        progress(100);
        return out;
    }
    case Format::Html: {
        auto sink = detail::htmlSink(w, detail::HtmlFlavour::Standalone);
        const QByteArray out =
            write(w, *sink, detail::ChartSources{dataUrl(charts.themes), dataUrl(charts.people)}).toUtf8();
        progress(100);
        return out;
    }
    case Format::Pdf:
    case Format::Odt: {
        auto sink = detail::htmlSink(w, detail::HtmlFlavour::RichText);
        const detail::ChartSources sources{
            charts.themes.isNull() ? QString() : QString::fromLatin1(detail::ThemesChart),
            charts.people.isNull() ? QString() : QString::fromLatin1(detail::PeopleChart)};
        QTextDocument doc;
        fill(doc, write(w, *sink, sources), charts);
        progress(50);
        if (progress.stop())
            return std::unexpected(cancelled());
        if (format == Format::Odt) {
            auto out = odt(doc);
            progress(100);
            return out;
        }
        return pdf(doc, title, w, options, progress);
    }
    }
    return fail(Error::Code::InvalidArgument, QStringLiteral("format"));
}

} // namespace

ChartImages drawCharts(const CityDossier& d, const Options& options, const ChartPainter& painter)
{
    ChartImages out;
    if (!painter)
        return out;
    const Wording w(options.language);
    if (options.sections.testFlag(Section::Themes) && !d.themes.empty()) {
        BarChartSpec spec;
        spec.title = w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews per theme"));
        spec.axisTitle = w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Interviews"));
        spec.color = QStringLiteral("#c46b3c");
        for (const ThemeItem& t : d.themes) {
            if (spec.labels.size() == MostThemesCharted)
                break;
            spec.labels << t.path;
            spec.values << t.interviews;
        }
        out.themes = painter(spec);
    }
    if (options.sections.testFlag(Section::People) && !d.byCategory.empty()) {
        BarChartSpec spec;
        spec.title = w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants by category"));
        spec.axisTitle = w(QT_TRANSLATE_NOOP("tianye::dossier::Wording", "Participants"));
        spec.color = QStringLiteral("#4f8a8b");
        for (const Count& c : d.byCategory) {
            spec.labels << w.orUnknown(c.label);
            spec.values << c.count;
        }
        out.people = painter(spec);
    }
    return out;
}

Result<QByteArray> render(const CityDossier& dossier, const ChartImages& charts, Format format,
                          const Options& options, const Progress& progress)
{
    const Wording w(options.language);
    return renderWith(
        [&](const Wording& words, detail::Sink& sink, const detail::ChartSources& sources) {
            return detail::writeCity(dossier, words, options, sources, sink);
        },
        w, detail::cityTitle(dossier, w), charts, format, options, progress);
}

Result<QByteArray> render(const ComparisonDossier& dossier, Format format, const Options& options,
                          const Progress& progress)
{
    const Wording w(options.language);
    return renderWith(
        [&](const Wording& words, detail::Sink& sink, const detail::ChartSources&) {
            return detail::writeComparison(dossier, words, sink);
        },
        w, detail::comparisonTitle(dossier, w), ChartImages{}, format, options, progress);
}

Status save(const QByteArray& bytes, const QString& path)
{
    return formats::saveFile(path, bytes);
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

std::optional<Format> formatFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("odt"))
        return Format::Odt;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QString documentFontFamily()
{
    static const QString family = [] {
        const QStringList available = QFontDatabase::families();
        for (const char* name : {"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Source Han Sans SC"})
            if (available.contains(QLatin1String(name)))
                return QString::fromLatin1(name);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

void keepHeadingsWithNext(QTextDocument& doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    // Where a block's first line is: a line that does not fit moves to the next page
    // while its block's rectangle stays where the block began.
    const auto firstLineTop = [layout](const QTextBlock& b) {
        const qreal top = layout->blockBoundingRect(b).top();
        return b.layout() && b.layout()->lineCount() > 0 ? top + b.layout()->lineAt(0).y() : top;
    };
    // The whole layout first (and again after each change): asked block by block while
    // it was still being laid out, it gave headings without lines, which then printed
    // as nothing.
    layout->documentSize();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
            continue;
        const qreal headingTop = firstLineTop(block);
        const int headingPage = int(headingTop / pageHeight);
        // What a heading heads starts with the two blocks after it (a theme's counts
        // and its description; a table's first cells).
        bool parted = false;
        QTextBlock next = block.next();
        for (int i = 0; i < 2 && next.isValid(); ++i, next = next.next())
            parted |= int(firstLineTop(next) / pageHeight) > headingPage;
        // (Not when it already starts its page: moving it would not help.)
        if (parted && headingTop - headingPage * pageHeight > 1) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
            layout->documentSize(); // laid out again, whole, before the next look
        }
    }
}

} // namespace tianye::dossier
