// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace tianye {

// A sync exchange file (tianye-cli sync PATH --to FILE / --from FILE; Team → Write
// Exchange File… / Bring In Exchange File…): the steps of a copy's change log another
// copy lacks, for when the copies cannot meet as folders.
//
// Layout: the line "TIANYE-EXCHANGE <format>\n", a header line of compact JSON
// (format, schema, project, project_name, device, held, steps, body_bytes,
// body_sha256), then the body: the steps as a JSON array, zlib-compressed (qCompress).
// The header names the body's size and SHA-256, so a file cut short or changed on the
// way is refused before anything is applied.
struct ExchangeFile
{
    int format = 0;
    int schema = 0;              // the database version of the copy that wrote it
    QString project;             // project UUID
    QString projectName;         // for messages
    QString device;              // the copy that wrote it
    QHash<QString, qint64> held; // the steps that copy held when it wrote the file
    std::vector<LogEntry> entries;
};

class Exchange final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::Exchange)

public:
    static constexpr int Format = 1;

    // Writes the file whole or not at all (a full disk leaves nothing at path).
    static Status write(const QString& path, const ExchangeFile& file);
    // Reads and checks a file: refused, naming it, when it is not an exchange file, is
    // cut short or changed since it was written, or comes from a newer Tianye.
    static Result<ExchangeFile> read(const QString& path);
};

} // namespace tianye
