// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/Csv.h"

namespace tianye::csv {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tianye::csv::Text)
};

QString quoted(const QString& field, bool guardFormulas)
{
    const bool formula = guardFormulas && !field.isEmpty() && QStringLiteral("=+-@").contains(field.front());
    QString value = formula ? QString(QLatin1Char('\'') + field) : field;
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + value + QLatin1Char('"'));
}

} // namespace

Writer::Writer(bool guardFormulas)
    : m_data("\xEF\xBB\xBF")
    , m_guardFormulas(guardFormulas)
{}

void Writer::addRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << quoted(f, m_guardFormulas);
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
