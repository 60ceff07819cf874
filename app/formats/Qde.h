// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

// A REFI-QDA project (the project.qde inside a .qdpx, namespace urn:QDA-XML:project:1.0)
// as plain data: what Tianye writes and what it reads from NVivo, ATLAS.ti, MAXQDA,
// QualCoder or Taguette. Nothing here touches a project (ops/Qdpx maps it both ways).
namespace tianye::formats::qde {

// GUIDs are kept as the file has them, without braces and in lower case. An element
// whose own GUID is missing, malformed or taken by an earlier element gets a key "x-N"
// instead (not a GUID: references to it cannot match).
struct User
{
    QString guid;
    QString name;
};

struct Code
{
    QString guid;
    QString name;
    QString description;
    QString color; // #rrggbb or empty
    bool codable = true;
    int parent = -1; // index into Project::codes; parents come before their children
    QStringList noteRefs;
};

struct Variable
{
    QString guid;
    QString name;
    QString type = QStringLiteral("Text"); // Text, Boolean, Integer, Float, Date, DateTime
    QString description;
};

struct VariableValue
{
    QString variable; // GUID
    QString value;    // as written (a date "2024-05-01", a number "42", "true")
};

struct Case
{
    QString guid;
    QString name;
    QString description;
    std::vector<VariableValue> values;
    QStringList sources;    // SourceRef
    QStringList codes;      // CodeRef
    QStringList selections; // SelectionRef
};

struct Coding
{
    QString guid;
    QString code; // GUID
    QString creatingUser;
    QString created; // xsd:dateTime as written
};

struct TextSelection
{
    QString guid;
    QString name;
    QString description;
    qint64 start = 0; // code points from 0
    qint64 end = 0;
    QString creatingUser;
    QString created;
    std::vector<Coding> codings;
    QStringList noteRefs;
};

// A point where a transcript's text meets its recording: position in code points,
// time in ms (either may be missing, -1).
struct SyncPoint
{
    QString guid;
    qint64 timeMs = -1;
    qint64 position = -1;
};

struct Transcript
{
    QString guid;
    QString name;
    QString plainTextPath; // or
    QString plainText;
    std::vector<SyncPoint> syncPoints;
    int selections = 0; // TranscriptSelections (between sync points; not read further)
};

enum class SourceKind
{
    Text,
    Picture,
    Pdf,
    Audio,
    Video
};

struct Source
{
    SourceKind kind = SourceKind::Text;
    QString guid;
    QString name;
    QString description;
    QString path;      // plainTextPath of a text source, path of the others
    QString plainText; // PlainTextContent written inline (text sources)
    bool hasPlainText = false;
    QString richTextPath;
    QString creatingUser;
    QString created;
    QString modified;
    std::vector<TextSelection> selections; // text sources
    std::vector<Coding> codings;           // of the whole source
    QStringList noteRefs;
    std::vector<VariableValue> values;
    std::vector<Transcript> transcripts; // audio and video
    int otherSelections = 0;             // picture, PDF, audio or video selections
    int otherSelectionCodings = 0;       // their codings
};

struct Note
{
    QString guid;
    QString name;
    QString text; // PlainTextContent, or read from plainTextPath by the caller
    QString path; // plainTextPath when the text is in a file
    QString creatingUser;
    QString created;
};

struct Set
{
    QString guid;
    QString name;
    QString description;
    QStringList codes;
    QStringList sources;
    QStringList notes;
};

struct Project
{
    QString name;
    QString origin;
    QString creatingUser;
    QString created;
    QString modified;
    QString basePath;
    QString description;
    std::vector<User> users;
    std::vector<Code> codes; // parents before children
    std::vector<Variable> variables;
    std::vector<Case> cases;
    std::vector<Source> sources;
    std::vector<Note> notes;
    std::vector<Set> sets;
    QStringList noteRefs;      // notes about the project as a whole
    QMap<QString, int> others; // elements read but not modelled here (Links, Graphs, …): how many
};

class QdeFile final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::QdeFile)

public:
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
    static constexpr int MaxDepth = 64;

    // Writes project.qde. Valid against Project.xsd: empty lists are left out, codes
    // have GUIDs, variables a type.
    // False when the device could not be written. Text is made what XML 1.0 allows
    // (control characters out, a vertical tab a line break).
    static bool write(const Project& project, QIODevice* out);
    // Empty when writing failed.
    static QByteArray toBytes(const Project& project);
    // Reads project.qde (name is used in messages). Refuses a document type
    // declaration (no project file needs one: it is how entity bombs and external
    // entities get in), another root or namespace (naming the one found), nesting
    // deeper than MaxDepth, and a file over MaxFileBytes.
    static Result<Project> read(const QByteArray& data, const QString& name);
    // A GUID in the file's form, or empty when it is not one.
    static QString normalGuid(QStringView text);
    static QString newGuid();
};

} // namespace tianye::formats::qde
