// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/Csv.h"

namespace tianye::csv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tianye::csv::Text)
};

// What a spreadsheet would read as the start of a formula, and the guard itself.
bool guarded(QChar c)
{
    return QStringLiteral("=+-@\t\r'").contains(c);
}

QString quoted(const QString& field)
{
    const bool formula = !field.isEmpty() && guarded(field.front());
    QString value = formula ? QString(QLatin1Char('\'') + field) : field;
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + value + QLatin1Char('"'));
}

} // namespace

Writer::Writer()
    : m_data("\xEF\xBB\xBF")
{}

void Writer::addRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << quoted(f);
    m_data += out.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

Result<std::vector<QStringList>> parse(const QString& input, const QString& name)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    const auto endField = [&] {
        // The apostrophe Writer put before what a spreadsheet would run.
        if (field.size() >= 2 && field.front() == QLatin1Char('\'') && guarded(field.at(1)))
            field.remove(0, 1);
        row << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(row.size() == 1 && row.front().isEmpty()))
            rows.push_back(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF or a lone CR ends the row.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return fail(Error::Code::InvalidArgument,
                    Text::tr("%1: the quoted field that starts on line %2 is never closed.")
                        .arg(name)
                        .arg(quoteLine));
    if (fieldStarted || !row.isEmpty())
        endRow();
    return rows;
}

} // namespace tianye::csv
