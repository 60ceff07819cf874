// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Writers.h"

#include <QRegularExpression>

namespace tianye::dossier::detail {

namespace {

// Text that Markdown would otherwise read as markup, with line breaks flattened.
QString md(const QString& text)
{
    static const QRegularExpression special(QStringLiteral(R"(([\\`*_{}\[\]<>#|]))"));
    QString out = text;
    out.replace(special, QStringLiteral(R"(\\1)"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

class MarkdownSink final : public Sink
{
public:
    explicit MarkdownSink(const Wording& w)
        : m_w(w)
    {}
    void begin(const QString&) override {}
    QString end() override { return m_out; }
    void cover(const QString& kicker, const QString& title, const QString& subtitle, const QString& spirit,
               const QString& statement) override
    {
        heading(1, subtitle.isEmpty() ? title : QString(title + QStringLiteral(" — ") + subtitle), false);
        paragraph(kicker);
        if (!spirit.isEmpty())
            heading(2, spirit, false);
        paragraph(statement);
    }
    void heading(int level, const QString& text, bool) override
    {
        m_out += QString(level, QLatin1Char('#')) + QStringLiteral(" %1\n\n").arg(md(text));
    }
    void paragraph(const QString& text) override
    {
        if (!text.isEmpty())
            m_out += md(text) + QStringLiteral("\n\n");
    }
    void aside(const QString& text) override { m_out += QStringLiteral("*%1*\n\n").arg(md(text)); }
    void quote(const QuoteItem& q) override
    {
        m_out += QStringLiteral("> %1\n>\n> — %2\n").arg(md(m_w.quoted(q.text)), md(m_w.citation(q)));
        if (!q.translation.isEmpty())
            m_out += QStringLiteral(">\n> *%1*\n").arg(md(q.translation));
        m_out += QLatin1Char('\n');
    }
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& numeric) override
    {
        const auto line = [&](const QStringList& cells) {
            QStringList escaped;
            for (const QString& c : cells)
                escaped << md(c);
            m_out += QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
        };
        line(header);
        QStringList rule;
        for (int c = 0; c < header.size(); ++c)
            rule << (numeric.contains(c) ? QStringLiteral("---:") : QStringLiteral("---"));
        m_out += QStringLiteral("| %1 |\n").arg(rule.join(QStringLiteral(" | ")));
        for (const QStringList& row : rows)
            line(row);
        m_out += QLatin1Char('\n');
    }
    // Markdown carries no pictures of its own: the chart's figures as a table.
    void chart(const QString&, const QString&, const QStringList& header, const QList<QStringList>& rows,
               const QList<int>& numeric) override
    {
        if (!rows.isEmpty())
            table(header, rows, numeric);
    }

private:
    const Wording& m_w;
    QString m_out;
};

} // namespace

std::unique_ptr<Sink> markdownSink(const Wording& w)
{
    return std::make_unique<MarkdownSink>(w);
}

} // namespace tianye::dossier::detail
