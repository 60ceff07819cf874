// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/Codebook.h"

#include "formats/Csv.h"
#include "formats/SaveFile.h"
#include "formats/TextEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace tianye::formats {

namespace {

const QString Namespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

QString normalGuid(const QString& text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces).toLower();
}

QString normalColor(const QString& text)
{
    static const QRegularExpression rgb(QStringLiteral("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"));
    const QString t = text.trimmed();
    if (!rgb.match(t).hasMatch())
        return {};
    if (t.size() == 4) // #abc -> #aabbcc
        return QString(QLatin1Char('#') + t.at(1) + t.at(1) + t.at(2) + t.at(2) + t.at(3) + t.at(3))
            .toLower();
    return t.toLower();
}

// Guids for entries that have none, so that parents can be referred to.
std::vector<QString> guidsOf(const Codebook& codebook)
{
    std::vector<QString> guids;
    for (const CodebookEntry& e : codebook.entries)
        guids.push_back(e.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : e.guid);
    return guids;
}

QString located(const QString& name, const QXmlStreamReader& xml)
{
    return QStringLiteral("%1:%2").arg(name).arg(xml.lineNumber());
}

} // namespace

QByteArray CodebookFile::toQdc(const Codebook& codebook)
{
    const std::vector<QString> guids = guidsOf(codebook);
    std::vector<std::vector<size_t>> children(codebook.entries.size());
    std::vector<size_t> roots;
    for (size_t i = 0; i < codebook.entries.size(); ++i) {
        const int parent = codebook.entries[i].parent;
        if (parent >= 0 && size_t(parent) < i)
            children[size_t(parent)].push_back(i);
        else
            roots.push_back(i);
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(Namespace);
    xml.writeStartElement(Namespace, QStringLiteral("CodeBook"));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Tianye"));
    xml.writeStartElement(Namespace, QStringLiteral("Codes"));
    const std::function<void(size_t)> writeCode = [&](size_t i) {
        const CodebookEntry& e = codebook.entries[i];
        xml.writeStartElement(Namespace, QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guids[i]);
        xml.writeAttribute(QStringLiteral("name"), e.name);
        xml.writeAttribute(QStringLiteral("isCodable"),
                           e.codable ? QStringLiteral("true") : QStringLiteral("false"));
        if (const QString color = normalColor(e.color); !color.isEmpty())
            xml.writeAttribute(QStringLiteral("color"), color);
        if (!e.description.isEmpty())
            xml.writeTextElement(Namespace, QStringLiteral("Description"), e.description);
        for (size_t child : children[i])
            writeCode(child);
        xml.writeEndElement();
    };
    for (size_t root : roots)
        writeCode(root);
    xml.writeEndElement(); // Codes
    xml.writeEndElement(); // CodeBook
    xml.writeEndDocument();
    return out;
}

Result<Codebook> CodebookFile::fromQdc(const QByteArray& data, const QString& name)
{
    Codebook codebook;
    QXmlStreamReader xml(data);
    std::vector<int> open; // indexes of the Code elements we are inside
    bool sawRoot = false;
    bool inCodes = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(Error::Code::InvalidArgument,
                        tr("%1 is refused: it declares a DTD, which codebook files never need.").arg(name));
        case QXmlStreamReader::StartElement: {
            const QStringView element = xml.name();
            if (!sawRoot) {
                // 1.0 is the standard's; ATLAS.ti for Windows writes 0:4, some tools 1:0.
                const QString ns = xml.namespaceUri().toString();
                if (element != QLatin1String("CodeBook") ||
                    !ns.startsWith(QLatin1String("urn:QDA-XML:codebook:")))
                    return fail(
                        Error::Code::InvalidArgument,
                        tr("%1 is not a REFI-QDA codebook: its root element is <%2> in the namespace “%3”; "
                           "expected <CodeBook> in %4.")
                            .arg(name, element.toString(), ns.isEmpty() ? tr("(none)") : ns, Namespace));
                sawRoot = true;
            } else if (element == QLatin1String("Codes")) {
                inCodes = true;
            } else if (element == QLatin1String("Code") && inCodes) {
                if (open.size() >= size_t(MaxDepth))
                    return fail(
                        Error::Code::InvalidArgument,
                        tr("%1: codes are nested more than %2 deep.").arg(located(name, xml)).arg(MaxDepth));
                const auto attrs = xml.attributes();
                CodebookEntry e;
                e.name = attrs.value(QLatin1String("name")).toString().trimmed();
                if (e.name.isEmpty())
                    return fail(Error::Code::InvalidArgument,
                                tr("%1: a code has no name.").arg(located(name, xml)));
                e.guid = normalGuid(attrs.value(QLatin1String("guid")).toString());
                e.color = normalColor(attrs.value(QLatin1String("color")).toString());
                const QString codable =
                    attrs.value(QLatin1String("isCodable")).toString().trimmed().toLower();
                e.codable = codable != QLatin1String("false") && codable != QLatin1String("0");
                e.parent = open.empty() ? -1 : open.back();
                open.push_back(int(codebook.entries.size()));
                codebook.entries.push_back(e);
            } else if (element == QLatin1String("Description") && !open.empty()) {
                codebook.entries[size_t(open.back())].description = xml.readElementText().trimmed();
            } else if (element == QLatin1String("Set")) {
                codebook.sets << xml.attributes().value(QLatin1String("name")).toString().trimmed();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("Code") && !open.empty())
                open.pop_back();
            else if (xml.name() == QLatin1String("Codes"))
                inCodes = false;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not well-formed XML: %2").arg(located(name, xml), xml.errorString()));
    if (!sawRoot)
        return fail(Error::Code::InvalidArgument, tr("%1 is empty.").arg(name));
    return codebook;
}

QByteArray CodebookFile::toCsv(const Codebook& codebook)
{
    const std::vector<QString> guids = guidsOf(codebook);
    csv::Writer out;
    out.addRow({QStringLiteral("guid"), QStringLiteral("parent_guid"), QStringLiteral("name"),
                QStringLiteral("description"), QStringLiteral("color"), QStringLiteral("memo")});
    for (size_t i = 0; i < codebook.entries.size(); ++i) {
        const CodebookEntry& e = codebook.entries[i];
        out.addRow({guids[i], e.parent >= 0 ? guids[size_t(e.parent)] : QString(), e.name, e.description,
                    e.color, e.memo});
    }
    return out.data();
}

Result<Codebook> CodebookFile::fromCsv(const QByteArray& data, const QString& name)
{
    auto text = TextEncoding::decode(data, name);
    if (!text)
        return std::unexpected(text.error());
    auto rows = csv::parse(text->text, name);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(Error::Code::InvalidArgument, tr("%1 is empty.").arg(name));
    const QStringList header = rows->front();
    const auto column = [&](const char* key) {
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    };
    const int guidCol = column("guid"), parentCol = column("parent_guid"), nameCol = column("name"),
              descCol = column("description"), colorCol = column("color"), memoCol = column("memo");
    if (nameCol < 0)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a codebook: its first line has no \"name\" column.").arg(name));
    Codebook codebook;
    QHash<QString, int> byGuid;
    std::vector<QString> parentGuids;
    for (size_t r = 1; r < rows->size(); ++r) {
        const QStringList& row = (*rows)[r];
        const auto field = [&](int col) { return col >= 0 && col < row.size() ? row.at(col) : QString(); };
        CodebookEntry e;
        e.name = field(nameCol).trimmed();
        if (e.name.isEmpty())
            return fail(Error::Code::InvalidArgument, tr("%1: row %2 has no name.").arg(name).arg(r + 1));
        e.guid = normalGuid(field(guidCol));
        if (!field(guidCol).trimmed().isEmpty() && e.guid.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        tr("%1: row %2: \"%3\" is not a GUID.").arg(name).arg(r + 1).arg(field(guidCol)));
        if (e.guid.isEmpty())
            e.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (byGuid.contains(e.guid))
            return fail(Error::Code::InvalidArgument,
                        tr("%1: row %2 repeats the GUID %3.").arg(name).arg(r + 1).arg(e.guid));
        e.description = field(descCol);
        e.color = normalColor(field(colorCol));
        e.memo = field(memoCol);
        byGuid.insert(e.guid, int(codebook.entries.size()));
        parentGuids.push_back(normalGuid(field(parentCol)));
        codebook.entries.push_back(e);
    }
    // Parents may come after their children in a hand-made file: resolve, then order.
    std::vector<int> parent(codebook.entries.size(), -1);
    for (size_t i = 0; i < codebook.entries.size(); ++i) {
        if (parentGuids[i].isEmpty())
            continue;
        const auto it = byGuid.constFind(parentGuids[i]);
        if (it == byGuid.constEnd())
            return fail(Error::Code::InvalidArgument, tr("%1: row %2 names a parent GUID %3 that no row has.")
                                                          .arg(name)
                                                          .arg(i + 2)
                                                          .arg(parentGuids[i]));
        parent[i] = *it;
    }
    // Each row after its parent, without recursion (a hand-made file may nest as deep as
    // it likes before it is refused): walk up from a row to its first placed ancestor,
    // then place that chain top down. Nested as deep as a .qdc may be, no deeper.
    Codebook ordered;
    std::vector<int> newIndex(codebook.entries.size(), -1);
    std::vector<int> depth; // of each placed theme, 0 at the top
    std::vector<int> chain;
    for (int i = 0; i < int(codebook.entries.size()); ++i) {
        chain.clear();
        for (int at = i; at >= 0 && newIndex[size_t(at)] < 0; at = parent[size_t(at)]) {
            if (chain.size() >= codebook.entries.size())
                return fail(Error::Code::InvalidArgument, tr("%1: the theme \"%2\" is its own ancestor.")
                                                              .arg(name, codebook.entries[size_t(at)].name));
            chain.push_back(at);
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            CodebookEntry e = codebook.entries[size_t(*it)];
            e.parent = parent[size_t(*it)] >= 0 ? newIndex[size_t(parent[size_t(*it)])] : -1;
            const int level = e.parent >= 0 ? depth[size_t(e.parent)] + 1 : 0;
            if (level >= MaxDepth)
                return fail(Error::Code::InvalidArgument,
                            tr("%1: row %2: codes are nested more than %3 deep.")
                                .arg(name)
                                .arg(*it + 2)
                                .arg(MaxDepth));
            newIndex[size_t(*it)] = int(ordered.entries.size());
            ordered.entries.push_back(e);
            depth.push_back(level);
        }
    }
    return ordered;
}

Result<Codebook> CodebookFile::readFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("qdpx"))
        return fail(
            Error::Code::InvalidArgument,
            tr("%1 is a whole REFI-QDA project (.qdpx), not a codebook: bring it in with File → Import → "
               "REFI-QDA Project… (tianye-cli qdpx import).")
                .arg(name));
    if (suffix != QLatin1String("qdc") && suffix != QLatin1String("csv"))
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a codebook file: Tianye reads REFI-QDA codebooks (.qdc) and CSV (.csv).")
                        .arg(name));
    auto data = loadFile(path, MaxFileBytes);
    if (!data)
        return std::unexpected(data.error());
    return suffix == QLatin1String("qdc") ? fromQdc(*data, name) : fromCsv(*data, name);
}

Status CodebookFile::writeFile(const QString& path, const Codebook& codebook)
{
    const bool qdc = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0;
    // The schema wants at least one code: an empty <Codes/> is not a codebook.
    if (qdc && codebook.entries.empty())
        return fail(Error::Code::InvalidArgument,
                    tr("The project has no themes yet: a REFI-QDA codebook needs at least one code, so %1 "
                       "was not written.")
                        .arg(QDir::toNativeSeparators(path)));
    return saveFile(path, qdc ? toQdc(codebook) : toCsv(codebook));
}

QString CodebookFile::caveats(const Codebook& codebook)
{
    QStringList grouping;
    for (const CodebookEntry& e : codebook.entries)
        if (!e.codable)
            grouping << e.name;
    QStringList out;
    if (!grouping.isEmpty())
        out << tr("%n grouping code(s) (not codable there) came in as ordinary themes, as Tianye has no "
                  "grouping themes yet: %1.",
                  nullptr, int(grouping.size()))
                   .arg(grouping.join(QStringLiteral(", ")));
    if (!codebook.sets.isEmpty())
        out << tr("%n code set(s) were not brought in, as Tianye has no sets yet: %1.", nullptr,
                  int(codebook.sets.size()))
                   .arg(codebook.sets.join(QStringLiteral(", ")));
    return out.join(QLatin1Char(' '));
}

} // namespace tianye::formats
