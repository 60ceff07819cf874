// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/XlsxSheet.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace tianye::formats {

namespace {

const QString Main = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString Rel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// "A", "B", … "Z", "AA", …
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// XML 1.0 cannot hold most control characters; a transcript pasted from elsewhere may.
QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out.left(XlsxSheet::MaxCellChars);
}

QByteArray contentTypes()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>)";
}

QByteArray rootRels()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
}

QByteArray workbookRels()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
}

// Style 0: normal; 1: bold (header); 2: wrapped text aligned to the top.
QByteArray styles()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>)";
}

} // namespace

XlsxSheet::XlsxSheet(QString sheetName)
    : m_name(std::move(sheetName))
{}

void XlsxSheet::setHeader(const QStringList& header)
{
    m_header = header;
}

void XlsxSheet::addRow(const QVariantList& cells)
{
    m_rows << cells;
}

void XlsxSheet::setColumnWidth(int column, double characters)
{
    m_widths << qMakePair(column, characters);
}

QByteArray XlsxSheet::toBytes() const
{
    QByteArray workbook;
    {
        QXmlStreamWriter xml(&workbook);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(Main);
        xml.writeNamespace(Rel, QStringLiteral("r"));
        xml.writeStartElement(Main, QStringLiteral("workbook"));
        xml.writeStartElement(Main, QStringLiteral("sheets"));
        xml.writeEmptyElement(Main, QStringLiteral("sheet"));
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString name = m_name;
        name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
        xml.writeAttribute(QStringLiteral("name"),
                           name.left(31).isEmpty() ? QStringLiteral("Sheet1") : name.left(31));
        xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        xml.writeAttribute(Rel, QStringLiteral("id"), QStringLiteral("rId1"));
        xml.writeEndElement(); // sheets
        // The header row's filter needs this defined name.
        if (!m_header.isEmpty()) {
            xml.writeStartElement(Main, QStringLiteral("definedNames"));
            xml.writeStartElement(Main, QStringLiteral("definedName"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
            xml.writeAttribute(QStringLiteral("localSheetId"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
            xml.writeCharacters(QStringLiteral("'%1'!$A$1:$%2$%3")
                                    .arg(name.left(31).replace(QLatin1Char('\''), QLatin1String("''")),
                                         columnName(int(m_header.size()) - 1))
                                    .arg(m_rows.size() + 1));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    QByteArray sheet;
    {
        QXmlStreamWriter xml(&sheet);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(Main);
        xml.writeStartElement(Main, QStringLiteral("worksheet"));
        if (!m_header.isEmpty()) {
            xml.writeStartElement(Main, QStringLiteral("sheetViews"));
            xml.writeStartElement(Main, QStringLiteral("sheetView"));
            xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
            xml.writeEmptyElement(Main, QStringLiteral("pane"));
            xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
            xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
            xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (!m_widths.isEmpty()) {
            xml.writeStartElement(Main, QStringLiteral("cols"));
            for (const auto& [column, width] : m_widths) {
                xml.writeEmptyElement(Main, QStringLiteral("col"));
                xml.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
                xml.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
                xml.writeAttribute(QStringLiteral("width"), QString::number(width));
                xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(Main, QStringLiteral("sheetData"));
        int rowNumber = 0;
        const auto writeRow = [&](const QVariantList& cells, int style) {
            ++rowNumber;
            xml.writeStartElement(Main, QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(rowNumber));
            for (int c = 0; c < cells.size(); ++c) {
                const QVariant& v = cells.at(c);
                if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                    continue;
                xml.writeStartElement(Main, QStringLiteral("c"));
                xml.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(rowNumber));
                const QString text = v.typeId() == QMetaType::QString ? xmlSafe(v.toString()) : QString();
                if (style == 1)
                    xml.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
                else if (text.contains(QLatin1Char('\n')) || text.size() > 40)
                    xml.writeAttribute(QStringLiteral("s"), QStringLiteral("2"));
                if (v.typeId() == QMetaType::QString) {
                    xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                    xml.writeStartElement(Main, QStringLiteral("is"));
                    xml.writeStartElement(Main, QStringLiteral("t"));
                    if (text != text.trimmed())
                        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    xml.writeCharacters(text);
                    xml.writeEndElement();
                    xml.writeEndElement();
                } else {
                    xml.writeTextElement(Main, QStringLiteral("v"), QString::number(v.toDouble(), 'g', 15));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
        if (!m_header.isEmpty()) {
            QVariantList head;
            for (const QString& h : m_header)
                head << h;
            writeRow(head, 1);
        }
        for (const QVariantList& row : m_rows)
            writeRow(row, 0);
        xml.writeEndElement(); // sheetData
        if (!m_header.isEmpty()) {
            xml.writeEmptyElement(Main, QStringLiteral("autoFilter"));
            xml.writeAttribute(
                QStringLiteral("ref"),
                QStringLiteral("A1:%1%2").arg(columnName(int(m_header.size()) - 1)).arg(m_rows.size() + 1));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    const auto add = [&](const QString& name, const QByteArray& bytes) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(bytes);
        file.close();
    };
    add(QStringLiteral("[Content_Types].xml"), contentTypes());
    add(QStringLiteral("_rels/.rels"), rootRels());
    add(QStringLiteral("xl/workbook.xml"), workbook);
    add(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels());
    add(QStringLiteral("xl/styles.xml"), styles());
    add(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    zip.close();
    return out;
}

} // namespace tianye::formats
