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
// spreadsheet programs read Chinese right.
class Writer final
{
public:
    // guardFormulas: prefix fields that start with = + - @ with an apostrophe, so a
    // spreadsheet shows them as text instead of running them (for exports people
    // open in Excel; not for files Tianye reads back).
    explicit Writer(bool guardFormulas = false);
    void addRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
    bool m_guardFormulas = false;
};

// Splits text into rows of fields (quoted fields may hold commas and line breaks).
// Fails, naming the file and line, on a quote that is never closed.
Result<std::vector<QStringList>> parse(const QString& text, const QString& name);

} // namespace tianye::csv
