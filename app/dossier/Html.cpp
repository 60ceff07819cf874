// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Writers.h"

namespace tianye::dossier::detail {

namespace {

// Properties QTextDocument understands; browsers get more below.
constexpr const char* CommonCss = R"css(
body { color: #222222; font-size: 10.5pt; }
h2 { font-size: 17pt; font-weight: bold; color: #8a4b1c; margin-top: 24px; margin-bottom: 8px; }
h3 { font-size: 12.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
p.kicker { font-size: 11pt; color: #666666; margin-top: 120px; }
p.title { font-size: 30pt; font-weight: bold; margin-top: 5px; margin-bottom: 3px; }
p.subtitle { font-size: 15pt; color: #8a4b1c; margin-bottom: 40px; }
p.spirit { font-size: 40pt; font-weight: bold; color: #8a4b1c; margin-top: 13px; margin-bottom: 8px; }
p.statement { font-size: 13pt; margin-bottom: 48px; }
p.aside { color: #666666; font-size: 9.5pt; margin-top: 8px; }
p.quote { margin-left: 19px; margin-top: 11px; font-size: 11.5pt; }
p.cite { margin-left: 19px; color: #666666; font-size: 9pt; }
p.translation { margin-left: 19px; color: #444444; font-style: italic; font-size: 9.5pt; }
th { text-align: left; background-color: #f1e8e0; }
)css";

constexpr const char* BrowserCss = R"css(
body { max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.55;
  font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
table { border-collapse: collapse; margin: 8px 0; width: 100%; }
td, th { border: 1px solid #c9beb4; padding: 3px 8px; }
img { max-width: 100%; height: auto; }
p.quote { border-left: 3px solid #c46b3c; padding-left: 10px; }
@media print { h2.section { page-break-before: always; } }
)css";

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

class HtmlSink final : public Sink
{
public:
    HtmlSink(const Wording& w, HtmlFlavour flavour)
        : m_w(w)
        , m_flavour(flavour)
    {}

    void begin(const QString& title) override
    {
        m_out +=
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
                .arg(m_w.language() == Language::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en"));
        m_out += QStringLiteral("<title>%1</title>\n<style>%2").arg(esc(title), QLatin1String(CommonCss));
        if (m_flavour == HtmlFlavour::Standalone)
            m_out += QLatin1String(BrowserCss);
        m_out += QStringLiteral("</style></head><body>\n");
    }
    QString end() override
    {
        m_out += QStringLiteral("</body></html>\n");
        return m_out;
    }
    void cover(const QString& kicker, const QString& title, const QString& subtitle, const QString& spirit,
               const QString& statement) override
    {
        p(kicker, "kicker");
        p(title, "title");
        p(subtitle, "subtitle");
        p(spirit, "spirit");
        p(statement, "statement");
    }
    void heading(int level, const QString& text, bool newPage) override
    {
        // QTextDocument reads page breaks from the style attribute only.
        m_out += QStringLiteral("<h%1%2>%3</h%1>\n")
                     .arg(level)
                     .arg(newPage ? QStringLiteral(" class=\"section\" style=\"page-break-before: always\"")
                                  : QString())
                     .arg(esc(text));
    }
    void paragraph(const QString& text) override { p(text, nullptr); }
    void aside(const QString& text) override { p(text, "aside"); }
    void quote(const QuoteItem& q) override
    {
        p(m_w.quoted(q.text), "quote");
        p(QString(QStringLiteral("— ") + m_w.citation(q)), "cite");
        p(q.translation, "translation");
    }
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& numeric) override
    {
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                                "style=\"border-collapse: collapse; border-color: #c9beb4\">\n<tr>");
        for (const QString& cell : header)
            m_out += QStringLiteral("<th>%1</th>").arg(esc(cell));
        m_out += QStringLiteral("</tr>\n");
        for (const QStringList& row : rows) {
            m_out += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c)
                m_out += numeric.contains(c) ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(row[c]))
                                             : QStringLiteral("<td>%1</td>").arg(esc(row[c]));
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table>\n");
    }
    void chart(const QString& imageSource, const QString& alt, const QStringList& header,
               const QList<QStringList>& rows, const QList<int>& numeric) override
    {
        if (!imageSource.isEmpty())
            m_out += QStringLiteral("<p><img src=\"%1\" width=\"600\" alt=\"%2\"></p>\n")
                         .arg(imageSource, esc(alt));
        else if (!rows.isEmpty())
            table(header, rows, numeric);
    }

private:
    void p(const QString& text, const char* cls)
    {
        if (text.isEmpty())
            return;
        if (cls)
            m_out += QStringLiteral("<p class=\"%1\">%2</p>\n").arg(QLatin1String(cls), esc(text));
        else
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(text));
    }

    const Wording& m_w;
    HtmlFlavour m_flavour;
    QString m_out;
};

} // namespace

std::unique_ptr<Sink> htmlSink(const Wording& w, HtmlFlavour flavour)
{
    return std::make_unique<HtmlSink>(w, flavour);
}

} // namespace tianye::dossier::detail
