// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/Qde.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace tianye::formats::qde {

namespace {

const QString ProjectNs = QStringLiteral("urn:QDA-XML:project:1.0");

// ---- Writing

// Text as XML 1.0 allows it: a vertical tab or form feed (Word's manual line break in
// pasted text) becomes a line break; other control characters and unpaired
// surrogates, which no XML file may hold, are left out.
QString xmlText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (u == 0x0b || u == 0x0c) {
            out += QLatin1Char('\n');
        } else if ((u < 0x20 && u != 0x09 && u != 0x0a && u != 0x0d) || c.isSurrogate() || u == 0xfffe ||
                   u == 0xffff) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

class Writer
{
public:
    explicit Writer(QIODevice* out)
        : x(out)
    {
        x.setAutoFormatting(true);
        x.setAutoFormattingIndent(1);
    }

    void project(const Project& p)
    {
        x.writeStartDocument();
        x.writeDefaultNamespace(ProjectNs);
        x.writeStartElement(ProjectNs, QStringLiteral("Project"));
        attr("name", p.name.isEmpty() ? QStringLiteral("Tianye") : p.name);
        attr("origin", p.origin);
        attr("creatingUserGUID", p.creatingUser);
        attr("creationDateTime", p.created);
        attr("modifiedDateTime", p.modified);
        attr("basePath", p.basePath);
        list("Users", p.users, [&](const User& u) {
            start("User", u.guid, u.name);
            x.writeEndElement();
        });
        if (!p.codes.empty()) {
            start("CodeBook");
            start("Codes");
            for (int i = 0; i < int(p.codes.size()); ++i)
                if (p.codes[std::size_t(i)].parent < 0)
                    code(p, i);
            x.writeEndElement();
            x.writeEndElement();
        }
        list("Variables", p.variables, [&](const Variable& v) {
            start("Variable", v.guid, v.name);
            attr("typeOfVariable", v.type);
            text("Description", v.description);
            x.writeEndElement();
        });
        list("Cases", p.cases, [&](const Case& c) {
            start("Case", c.guid, c.name);
            text("Description", c.description);
            refs("CodeRef", c.codes);
            values(p, c.values);
            refs("SourceRef", c.sources);
            refs("SelectionRef", c.selections);
            x.writeEndElement();
        });
        list("Sources", p.sources, [&](const Source& s) { source(p, s); });
        list("Notes", p.notes, [&](const Note& n) {
            start("Note", n.guid, n.name);
            attr("plainTextPath", n.path);
            attr("creatingUser", n.creatingUser);
            attr("creationDateTime", n.created);
            if (n.path.isEmpty())
                x.writeTextElement(ProjectNs, QStringLiteral("PlainTextContent"), xmlText(n.text));
            x.writeEndElement();
        });
        list("Sets", p.sets, [&](const Set& set) {
            start("Set", set.guid, set.name);
            text("Description", set.description);
            refs("MemberCode", set.codes);
            refs("MemberSource", set.sources);
            refs("MemberNote", set.notes);
            x.writeEndElement();
        });
        text("Description", p.description);
        refs("NoteRef", p.noteRefs);
        x.writeEndElement();
        x.writeEndDocument();
    }

    bool hasError() const { return x.hasError(); }

private:
    void start(const char* name) { x.writeStartElement(ProjectNs, QLatin1String(name)); }
    // An element with its GUID and name (the attributes most elements start with).
    void start(const char* element, const QString& guid, const QString& name)
    {
        start(element);
        attr("guid", guid);
        attr("name", name);
    }
    // <name> with one child per item (each(item) writes it); nothing for no items:
    // the schema wants at least one child in every list it has.
    template <class Items, class Each> void list(const char* name, const Items& items, Each&& each)
    {
        if (items.empty())
            return;
        start(name);
        for (const auto& item : items)
            each(item);
        x.writeEndElement();
    }
    void attr(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            x.writeAttribute(QLatin1String(name), xmlText(value));
    }
    void text(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            x.writeTextElement(ProjectNs, QLatin1String(name), xmlText(value));
    }
    void refs(const char* name, const QStringList& guids)
    {
        for (const QString& g : guids) {
            start(name);
            attr("targetGUID", g);
            x.writeEndElement();
        }
    }
    void code(const Project& p, int index)
    {
        const Code& c = p.codes[std::size_t(index)];
        start("Code");
        attr("guid", c.guid);
        x.writeAttribute(QStringLiteral("name"), xmlText(c.name));
        x.writeAttribute(QStringLiteral("isCodable"),
                         c.codable ? QStringLiteral("true") : QStringLiteral("false"));
        attr("color", c.color);
        text("Description", c.description);
        refs("NoteRef", c.noteRefs);
        for (int i = index + 1; i < int(p.codes.size()); ++i)
            if (p.codes[std::size_t(i)].parent == index)
                code(p, i);
        x.writeEndElement();
    }
    void values(const Project& p, const std::vector<VariableValue>& values)
    {
        for (const VariableValue& v : values) {
            QString type = QStringLiteral("Text");
            for (const Variable& d : p.variables)
                if (d.guid == v.variable)
                    type = d.type;
            start("VariableValue");
            start("VariableRef");
            attr("targetGUID", v.variable);
            x.writeEndElement();
            x.writeTextElement(ProjectNs, type + QStringLiteral("Value"), xmlText(v.value));
            x.writeEndElement();
        }
    }
    void codings(const std::vector<Coding>& codings)
    {
        for (const Coding& c : codings) {
            start("Coding");
            attr("guid", c.guid);
            attr("creatingUser", c.creatingUser);
            attr("creationDateTime", c.created);
            start("CodeRef");
            attr("targetGUID", c.code);
            x.writeEndElement();
            x.writeEndElement();
        }
    }
    void source(const Project& p, const Source& s)
    {
        static const char* const names[] = {"TextSource", "PictureSource", "PDFSource", "AudioSource",
                                            "VideoSource"};
        start(names[int(s.kind)], s.guid, s.name);
        if (s.kind == SourceKind::Text) {
            attr("richTextPath", s.richTextPath);
            attr("plainTextPath", s.path);
        } else {
            attr("path", s.path);
        }
        attr("creatingUser", s.creatingUser);
        attr("creationDateTime", s.created);
        attr("modifiedDateTime", s.modified);
        text("Description", s.description);
        if (s.kind == SourceKind::Text && s.path.isEmpty())
            x.writeTextElement(ProjectNs, QStringLiteral("PlainTextContent"), xmlText(s.plainText));
        for (const Transcript& t : s.transcripts) {
            start("Transcript");
            attr("guid", t.guid);
            attr("name", t.name);
            attr("plainTextPath", t.plainTextPath);
            if (t.plainTextPath.isEmpty())
                x.writeTextElement(ProjectNs, QStringLiteral("PlainTextContent"), xmlText(t.plainText));
            for (const SyncPoint& sp : t.syncPoints) {
                start("SyncPoint");
                attr("guid", sp.guid);
                if (sp.timeMs >= 0)
                    attr("timeStamp", QString::number(sp.timeMs));
                if (sp.position >= 0)
                    attr("position", QString::number(sp.position));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        for (const TextSelection& sel : s.selections) {
            start("PlainTextSelection");
            attr("guid", sel.guid);
            attr("name", sel.name);
            x.writeAttribute(QStringLiteral("startPosition"), QString::number(sel.start));
            x.writeAttribute(QStringLiteral("endPosition"), QString::number(sel.end));
            attr("creatingUser", sel.creatingUser);
            attr("creationDateTime", sel.created);
            text("Description", sel.description);
            codings(sel.codings);
            refs("NoteRef", sel.noteRefs);
            x.writeEndElement();
        }
        codings(s.codings);
        refs("NoteRef", s.noteRefs);
        values(p, s.values);
        x.writeEndElement();
    }

    QXmlStreamWriter x;
};

// ---- Reading

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::QdeFile)

public:
    Reader(const QByteArray& data, const QString& name)
        : x(data)
        , m_name(name)
    {
        x.setNamespaceProcessing(true);
    }

    Result<Project> run()
    {
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::DTD)
                return refuse(tr("%1 is refused: it declares a document type (DTD). A REFI-QDA project "
                                 "never needs one, and it is how entity bombs and external files get in.")
                                  .arg(m_name));
            if (token == QXmlStreamReader::StartElement) {
                const QString ns = x.namespaceUri().toString();
                if (x.name() != QLatin1String("Project") ||
                    !ns.startsWith(QLatin1String("urn:QDA-XML:project:")))
                    return refuse(
                        tr("%1 is not a REFI-QDA project: its root element is <%2> in the namespace “%3”; "
                           "expected <Project> in urn:QDA-XML:project:1.0.")
                            .arg(m_name, x.name().toString(), ns.isEmpty() ? tr("(none)") : ns));
                readProject();
                break;
            }
        }
        if (m_error)
            return std::unexpected(*m_error);
        if (x.hasError() && x.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return refuse(tr("%1 is not well-formed XML (line %2, column %3): %4")
                              .arg(m_name)
                              .arg(x.lineNumber())
                              .arg(x.columnNumber())
                              .arg(x.errorString()));
        if (x.hasError() || !m_seenRoot)
            return refuse(tr("%1 ends before the project does (the file is cut short).").arg(m_name));
        return std::move(m_project);
    }

private:
    std::unexpected<Error> refuse(const QString& message)
    {
        return fail(Error::Code::InvalidArgument, message);
    }
    void setError(const QString& message)
    {
        if (!m_error)
            m_error = Error{Error::Code::InvalidArgument, message};
        x.raiseError(message);
    }
    QString a(const char* name) const { return x.attributes().value(QLatin1String(name)).toString(); }
    QString guidAttr(const char* name) const { return QdeFile::normalGuid(a(name)); }
    // The element's own GUID; one missing, malformed or seen before gets a key of its
    // own ("x-N", not a GUID), so that no two elements share one.
    QString guidAttr()
    {
        QString g = QdeFile::normalGuid(a("guid"));
        if (g.isEmpty() || m_guids.contains(g))
            g = QStringLiteral("x-%1").arg(++m_synthetic);
        m_guids.insert(g);
        return g;
    }
    qint64 number(const char* name, qint64 otherwise = -1) const
    {
        bool ok = false;
        const qint64 v = x.attributes().value(QLatin1String(name)).toLongLong(&ok);
        return ok ? v : otherwise;
    }
    // Next child start element of the current element; false at its end.
    bool child()
    {
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (++m_depth > QdeFile::MaxDepth) {
                    setError(tr("%1 is refused: its elements nest deeper than %2 levels.")
                                 .arg(m_name)
                                 .arg(QdeFile::MaxDepth));
                    return false;
                }
                return true;
            }
            if (token == QXmlStreamReader::EndElement) {
                --m_depth;
                return false;
            }
            if (token == QXmlStreamReader::DTD) {
                setError(tr("%1 is refused: it declares a document type (DTD).").arg(m_name));
                return false;
            }
        }
        return false;
    }
    bool is(const char* name) const { return x.name() == QLatin1String(name); }
    void skip(bool count = true)
    {
        if (count)
            ++m_project.others[x.name().toString()];
        x.skipCurrentElement();
        --m_depth;
    }
    QString textOf()
    {
        const QString t = x.readElementText(QXmlStreamReader::IncludeChildElements);
        --m_depth;
        return t;
    }
    QString refOf()
    {
        QString g = guidAttr("targetGUID");
        if (g.isEmpty())
            g = guidAttr("guid"); // codebook 1.0 MemberCode
        x.skipCurrentElement();
        --m_depth;
        return g;
    }

    void readProject()
    {
        m_seenRoot = true;
        m_project.name = a("name");
        m_project.origin = a("origin");
        m_project.creatingUser = guidAttr("creatingUserGUID");
        m_project.created = a("creationDateTime");
        m_project.modified = a("modifiedDateTime");
        m_project.basePath = a("basePath");
        while (child()) {
            if (is("Users")) {
                while (child()) {
                    if (is("User")) {
                        m_project.users.push_back({guidAttr(), a("name")});
                        x.skipCurrentElement();
                        --m_depth;
                    } else
                        skip();
                }
            } else if (is("CodeBook")) {
                while (child()) {
                    if (is("Codes"))
                        codes(-1);
                    else
                        skip();
                }
            } else if (is("Variables")) {
                while (child()) {
                    if (is("Variable")) {
                        Variable v{guidAttr(), a("name"), a("typeOfVariable"), {}};
                        if (v.type.isEmpty())
                            v.type = QStringLiteral("Text");
                        while (child()) {
                            if (is("Description"))
                                v.description = textOf();
                            else
                                skip();
                        }
                        m_project.variables.push_back(std::move(v));
                    } else
                        skip();
                }
            } else if (is("Cases")) {
                while (child()) {
                    if (is("Case"))
                        readCase();
                    else
                        skip();
                }
            } else if (is("Sources")) {
                while (child())
                    readSource();
            } else if (is("Notes")) {
                while (child()) {
                    if (is("Note")) {
                        Source s = textSource(SourceKind::Text);
                        m_project.notes.push_back(
                            {s.guid, s.name, s.plainText, s.path, s.creatingUser, s.created});
                    } else
                        skip();
                }
            } else if (is("Sets")) {
                while (child()) {
                    if (is("Set")) {
                        Set set{guidAttr(), a("name"), {}, {}, {}, {}};
                        while (child()) {
                            if (is("Description"))
                                set.description = textOf();
                            else if (is("MemberCode"))
                                set.codes << refOf();
                            else if (is("MemberSource"))
                                set.sources << refOf();
                            else if (is("MemberNote"))
                                set.notes << refOf();
                            else
                                skip();
                        }
                        m_project.sets.push_back(std::move(set));
                    } else
                        skip();
                }
            } else if (is("Links") || is("Graphs")) {
                while (child())
                    skip();
            } else if (is("Description")) {
                m_project.description = textOf();
            } else if (is("NoteRef")) {
                m_project.noteRefs << refOf();
            } else {
                skip();
            }
        }
    }

    void codes(int parent)
    {
        while (child()) {
            if (is("Code"))
                readCodeHere(parent);
            else
                skip();
        }
    }
    // The current element is a <Code> whose parent is parent.
    void readCodeHere(int parent)
    {
        Code c;
        c.guid = guidAttr();
        c.name = a("name");
        c.color = a("color");
        c.codable = a("isCodable").trimmed().toLower() != QLatin1String("false") &&
                    a("isCodable").trimmed() != QLatin1String("0");
        c.parent = parent;
        const int index = int(m_project.codes.size());
        m_project.codes.push_back(c);
        while (child()) {
            if (is("Description"))
                m_project.codes[std::size_t(index)].description = textOf();
            else if (is("NoteRef"))
                m_project.codes[std::size_t(index)].noteRefs << refOf();
            else if (is("Code"))
                readCodeHere(index);
            else
                skip();
        }
    }

    VariableValue variableValue()
    {
        VariableValue v;
        while (child()) {
            if (is("VariableRef"))
                v.variable = refOf();
            else if (x.name().endsWith(QLatin1String("Value")))
                v.value = textOf();
            else
                skip();
        }
        return v;
    }

    void readCase()
    {
        Case c{guidAttr(), a("name"), {}, {}, {}, {}, {}};
        while (child()) {
            if (is("Description"))
                c.description = textOf();
            else if (is("CodeRef"))
                c.codes << refOf();
            else if (is("VariableValue"))
                c.values.push_back(variableValue());
            else if (is("SourceRef"))
                c.sources << refOf();
            else if (is("SelectionRef"))
                c.selections << refOf();
            else
                skip();
        }
        m_project.cases.push_back(std::move(c));
    }

    Coding coding()
    {
        Coding c{guidAttr(), {}, a("creatingUser"), a("creationDateTime")};
        c.creatingUser = QdeFile::normalGuid(c.creatingUser);
        while (child()) {
            if (is("CodeRef"))
                c.code = refOf();
            else
                skip(false);
        }
        return c;
    }

    // The attributes every kind of source has; the file's path is in pathAttribute.
    Source sourceAttributes(SourceKind kind, const char* pathAttribute)
    {
        Source s;
        s.kind = kind;
        s.guid = guidAttr();
        s.name = a("name");
        s.path = a(pathAttribute);
        s.creatingUser = guidAttr("creatingUser");
        s.created = a("creationDateTime");
        s.modified = a("modifiedDateTime");
        return s;
    }

    // The current element is a text source (or a Note, or a Representation).
    Source textSource(SourceKind kind)
    {
        Source s = sourceAttributes(kind, "plainTextPath");
        s.richTextPath = a("richTextPath");
        while (child()) {
            if (is("Description"))
                s.description = textOf();
            else if (is("PlainTextContent")) {
                s.plainText = textOf();
                s.hasPlainText = true;
            } else if (is("PlainTextSelection")) {
                TextSelection sel;
                sel.guid = guidAttr();
                sel.name = a("name");
                sel.start = number("startPosition");
                sel.end = number("endPosition");
                sel.creatingUser = guidAttr("creatingUser");
                sel.created = a("creationDateTime");
                while (child()) {
                    if (is("Description"))
                        sel.description = textOf();
                    else if (is("Coding"))
                        sel.codings.push_back(coding());
                    else if (is("NoteRef"))
                        sel.noteRefs << refOf();
                    else
                        skip();
                }
                s.selections.push_back(std::move(sel));
            } else if (is("Coding"))
                s.codings.push_back(coding());
            else if (is("NoteRef"))
                s.noteRefs << refOf();
            else if (is("VariableValue"))
                s.values.push_back(variableValue());
            else
                skip();
        }
        return s;
    }

    void readSource()
    {
        if (is("TextSource")) {
            m_project.sources.push_back(textSource(SourceKind::Text));
            return;
        }
        SourceKind kind;
        if (is("PictureSource"))
            kind = SourceKind::Picture;
        else if (is("PDFSource"))
            kind = SourceKind::Pdf;
        else if (is("AudioSource"))
            kind = SourceKind::Audio;
        else if (is("VideoSource"))
            kind = SourceKind::Video;
        else {
            skip();
            return;
        }
        Source s = sourceAttributes(kind, "path");
        while (child()) {
            if (is("Description"))
                s.description = textOf();
            else if (is("Transcript")) {
                Transcript t{guidAttr(), a("name"), a("plainTextPath"), {}, {}, 0};
                while (child()) {
                    if (is("PlainTextContent"))
                        t.plainText = textOf();
                    else if (is("SyncPoint")) {
                        t.syncPoints.push_back({guidAttr(), number("timeStamp"), number("position")});
                        x.skipCurrentElement();
                        --m_depth;
                    } else if (is("TranscriptSelection")) {
                        ++t.selections;
                        skip();
                    } else
                        skip(false);
                }
                s.transcripts.push_back(std::move(t));
            } else if (x.name().endsWith(QLatin1String("Selection"))) {
                ++s.otherSelections;
                while (child()) {
                    if (is("Coding")) {
                        ++s.otherSelectionCodings;
                        skip(false);
                    } else
                        skip(false);
                }
            } else if (is("Coding"))
                s.codings.push_back(coding());
            else if (is("NoteRef"))
                s.noteRefs << refOf();
            else if (is("VariableValue"))
                s.values.push_back(variableValue());
            else if (is("Representation") || is("TextDescription")) {
                // The text of a PDF or a picture: read as this source's text.
                Source text = textSource(SourceKind::Text);
                s.plainText = text.plainText;
                s.hasPlainText = text.hasPlainText;
                s.richTextPath = text.path;
                s.otherSelections += int(text.selections.size());
            } else
                skip();
        }
        m_project.sources.push_back(std::move(s));
    }

    QXmlStreamReader x;
    QString m_name;
    Project m_project;
    std::optional<Error> m_error;
    QSet<QString> m_guids;
    int m_synthetic = 0;
    bool m_seenRoot = false;
    int m_depth = 0;
};

} // namespace

bool QdeFile::write(const Project& project, QIODevice* out)
{
    Writer writer(out);
    writer.project(project);
    return !writer.hasError();
}

QByteArray QdeFile::toBytes(const Project& project)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(project, &buffer))
        return {};
    return bytes;
}

Result<Project> QdeFile::read(const QByteArray& data, const QString& name)
{
    if (data.size() > MaxFileBytes)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is refused: at %2 MB it is larger than any project file Tianye reads (%3 MB).")
                        .arg(name)
                        .arg(data.size() / (1024 * 1024))
                        .arg(MaxFileBytes / (1024 * 1024)));
    return Reader(data, name).run();
}

QString QdeFile::normalGuid(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"));
    const auto m = re.match(text.trimmed().toString());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString QdeFile::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tianye::formats::qde
