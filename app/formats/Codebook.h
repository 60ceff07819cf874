// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace tianye {}

namespace tianye::formats {

// One theme of a codebook file; parent is an index into Codebook::entries (-1: top).
struct CodebookEntry
{
    QString guid; // without braces, lower case; empty when the file had none
    QString name;
    QString description;
    QString color; // #rrggbb or empty
    QString memo;  // CSV only: REFI-QDA codebooks have no memo
    int parent = -1;
    // isCodable="false" in a .qdc (a grouping code). Tianye has no grouping themes
    // yet: such codes come in as ordinary themes, and the import says so.
    bool codable = true;
    bool operator==(const CodebookEntry&) const = default;
};

struct Codebook
{
    std::vector<CodebookEntry> entries; // parents before their children
    QStringList sets;                   // names of the code sets a .qdc had (Tianye has none yet)
};

struct CodebookMerge
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// The codebook as REFI-QDA (.qdc, namespace urn:QDA-XML:codebook:1.0) or as CSV
// (columns guid, parent_guid, name, description, color, memo).
class CodebookFile final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::CodebookFile)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 32;

    static QByteArray toQdc(const Codebook& codebook);
    static QByteArray toCsv(const Codebook& codebook);
    static Result<Codebook> fromQdc(const QByteArray& data, const QString& name);
    static Result<Codebook> fromCsv(const QByteArray& data, const QString& name);
    // By extension: .qdc or .csv. Refuses other files, and files over MaxFileBytes.
    static Result<Codebook> readFile(const QString& path);
    static Status writeFile(const QString& path, const Codebook& codebook);
    // What of a read codebook does not come across as it was (grouping codes, sets),
    // as a sentence for the user; empty when everything does.
    static QString caveats(const Codebook& codebook);
};

} // namespace tianye::formats
