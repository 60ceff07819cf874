// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <vector>

namespace tianye::test {

// Every file under dir (recursively) with its SHA-256: compare two snapshots to
// prove that an operation wrote nothing.
QMap<QString, QByteArray> snapshot(const QString& dir);

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs tianye-cli with the arguments and waits for it.
CliRun runCli(const QStringList& args);

// Makes a folder unwritable even for root (chattr +i), or with chmod for other users.
// Returns false with a reason when neither is possible here.
bool makeReadOnly(const QString& dir, QString* why);
void makeWritable(const QString& dir);

// Segments written as JSON objects {"speaker", "text", "start"?, "end"?} (golden files).
std::vector<Segment> segmentsFromJson(const QJsonArray& array);

} // namespace tianye::test
