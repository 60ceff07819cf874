// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// What a .qdpx holds before it is imported (the preview and the fields a variable can
// fill), and the import report as text.
#include "formats/Qde.h"
#include "formats/QdpxArchive.h"
#include "ops/Qdpx.h"
#include "ops/QdpxMapping.h"
#include "ops/Verbs.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>

namespace tianye::ops {

namespace qde = formats::qde;
using namespace qdpx;

QString QdpxReport::mergedSummary() const
{
    if (!merged)
        return {};
    return Verbs::tr("Merged into the open project: %1 interviews, %2 quotes, %3 themes new here; %4 records "
                     "there already; %5 whose details differ there (this project's kept).")
        .arg(merged->interviews)
        .arg(merged->quotes)
        .arg(merged->themes)
        .arg(merged->alreadyHere)
        .arg(merged->differing.size());
}

const QdpxReportLine* QdpxReport::line(const QString& kind) const
{
    for (const auto& l : lines)
        if (l.kind == kind)
            return &l;
    return nullptr;
}

QString QdpxReport::text() const
{
    QStringList out;
    out << Verbs::tr("Read %1%2.")
               .arg(QDir::toNativeSeparators(file),
                    origin.isEmpty() ? QString() : Verbs::tr(" (written by %1)").arg(origin));
    if (!folder.isEmpty())
        out << Verbs::tr("Into: %1").arg(QDir::toNativeSeparators(folder));
    out << QString();
    // Columns in a fixed-width font: Chinese characters take two cells.
    const auto cells = [](const QString& text) {
        qsizetype n = 0;
        for (const QChar c : text)
            n += (c.unicode() >= 0x1100 &&
                  (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf) ||
                   (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) ||
                   (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff) ||
                   (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f) ||
                   (c.unicode() >= 0xff00 && c.unicode() <= 0xff60) ||
                   (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6)))
                     ? 2
                     : 1;
        return n;
    };
    const auto left = [&](const QString& text, qsizetype width) -> QString {
        return text + QString(std::max<qsizetype>(0, width - cells(text)), QLatin1Char(' '));
    };
    const auto right = [&](const QString& text, qsizetype width) -> QString {
        return QString(std::max<qsizetype>(0, width - cells(text)), QLatin1Char(' ')) + text;
    };
    qsizetype width = cells(Verbs::tr("Kind"));
    for (const auto& l : lines)
        width = std::max(width, cells(l.kind));
    const QString read = Verbs::tr("read"), imported = Verbs::tr("imported"), dropped = Verbs::tr("left out");
    const qsizetype w1 = std::max<qsizetype>(6, cells(read)), w2 = std::max<qsizetype>(8, cells(imported)),
                    w3 = std::max<qsizetype>(8, cells(dropped));
    out << left(Verbs::tr("Kind"), width) + QStringLiteral("  ") + right(read, w1) + QStringLiteral("  ") +
               right(imported, w2) + QStringLiteral("  ") + right(dropped, w3);
    for (const auto& l : lines)
        if (l.read || l.imported || l.dropped)
            out << left(l.kind, width) + QStringLiteral("  ") + right(QString::number(l.read), w1) +
                       QStringLiteral("  ") + right(QString::number(l.imported), w2) + QStringLiteral("  ") +
                       right(QString::number(l.dropped), w3);
    QStringList whys;
    for (const auto& l : lines)
        for (const QString& w : l.why)
            whys << QStringLiteral("  - %1: %2").arg(l.kind, w);
    if (!whys.isEmpty()) {
        out << QString() << Verbs::tr("Left out or changed, and why:");
        out << whys;
    }
    if (!keptFiles.isEmpty()) {
        out << QString() << Verbs::tr("Kept as files beside the project (not coded):");
        for (const QString& k : keptFiles)
            out << QStringLiteral("  - ") + k;
    }
    if (merged)
        out << QString() << mergedSummary();
    return out.join(QLatin1Char('\n'));
}

QStringList qdpxFields()
{
    return {var::City,       var::Code,     var::RealName, var::Contact,  var::Gender,      var::AgeBand,
            var::Occupation, var::Category, var::Tie,      var::Consent,  var::Date,        var::Place,
            var::Mode,       var::Status,   var::Language, var::Duration, var::Interviewers};
}

QString qdpxFieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {var::City, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "City")},
        {var::Code, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Participant code")},
        {var::RealName, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Real name (kept here, never exported)")},
        {var::Contact, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Contact (kept here, never exported)")},
        {var::Gender, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Gender")},
        {var::AgeBand, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Age band")},
        {var::Occupation, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Occupation")},
        {var::Category, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Category")},
        {var::Tie, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Tie to the city")},
        {var::Consent, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Consent")},
        {var::Date, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Interview date")},
        {var::Place, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Place")},
        {var::Mode, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Mode")},
        {var::Status, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Status")},
        {var::Language, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Language")},
        {var::Duration, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Duration (minutes)")},
        {var::Interviewers, QT_TRANSLATE_NOOP("tianye::ops::Verbs", "Interviewers")},
    };
    const char* label = labels.value(key);
    if (!label)
        return tianye::ops::Verbs::tr("Kept as it is");
    return QCoreApplication::translate("tianye::ops::Verbs", label);
}

Result<QdpxPreview> previewQdpx(const QString& file)
{
    auto opened = openQdpx(file);
    if (!opened)
        return std::unexpected(opened.error());
    const qde::Project& p = opened->second;
    QdpxPreview out;
    out.project = p.name;
    out.origin = p.origin;
    out.users = int(p.users.size());
    out.codes = int(p.codes.size());
    out.cases = int(p.cases.size());
    out.sources = int(p.sources.size());
    out.notes = int(p.notes.size());
    QHash<QString, qsizetype> index;
    for (const auto& v : p.variables) {
        const QString field = fieldOf(v.name);
        // Tianye's own markers (a case's kind, an interview's participant codes) are not
        // for the user to map.
        if (field == var::Kind || field == var::Participants)
            continue;
        index.insert(v.guid, qsizetype(out.variables.size()));
        out.variables.push_back({v.name, v.type, 0, 0, {}, field});
    }
    const auto count = [&](const std::vector<qde::VariableValue>& values, bool onCase) {
        for (const auto& value : values) {
            const auto it = index.find(value.variable);
            if (it == index.end())
                continue;
            QdpxVariable& v = out.variables[std::size_t(*it)];
            ++(onCase ? v.cases : v.sources);
            if (v.samples.size() < 4 && !value.value.trimmed().isEmpty() &&
                !v.samples.contains(value.value.trimmed()))
                v.samples << value.value.trimmed();
        }
    };
    for (const auto& c : p.cases)
        count(c.values, true);
    for (const auto& s : p.sources) {
        count(s.values, false);
        out.selections += int(s.selections.size());
    }
    return out;
}

} // namespace tianye::ops
