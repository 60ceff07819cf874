// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace tianye::csv {

// RFC 4180 comma-separated values: fields with a comma, quote or line break are
// quoted, quotes doubled, lines end in CRLF. UTF-8 with a byte-order mark so that
// spreadsheet programs read Chinese right. The one CSV writer of every export: a
// field that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets an apostrophe in front, and so does one that starts with an
// apostrophe, so parse() gives every field back exactly.
class Writer final
{
public:
    Writer();
    void addRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

// Splits text into rows of fields (quoted fields may hold commas and line breaks),
// taking off the apostrophe Writer puts before a formula. Fails, naming the file and
// line, on a quote that is never closed.
Result<std::vector<QStringList>> parse(const QString& text, const QString& name);

} // namespace tianye::csv
