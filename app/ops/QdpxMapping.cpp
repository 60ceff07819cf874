// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/QdpxMapping.h"

#include "formats/Qde.h"
#include "formats/QdpxArchive.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

namespace tianye::ops::qdpx {

using formats::qde::QdeFile;

QString stableGuid(const QString& key)
{
    static const QUuid ns(QStringLiteral("{6b1f0a52-3c0e-4d61-9a51-7f2b3c9d8e10}"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

QString guidOf(const QString& uuid)
{
    const QString g = QdeFile::normalGuid(uuid);
    return g.isEmpty() ? stableGuid(uuid) : g;
}

QString xsdDateTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString speakerPrefix(const QString& speaker)
{
    return speaker.isEmpty() ? QString() : speaker + QStringLiteral(": ");
}

QString fieldOf(const QString& variableName)
{
    QString n = variableName.toLower();
    n.remove(QRegularExpression(QStringLiteral("[\\s_\\-]")));
    static const QHash<QString, QString> fields{
        {QStringLiteral("kind"), var::Kind},
        {QStringLiteral("name"), var::RealName},
        {QStringLiteral("realname"), var::RealName},
        {QStringLiteral("fullname"), var::RealName},
        {QStringLiteral("姓名"), var::RealName},
        {QStringLiteral("真实姓名"), var::RealName},
        {QStringLiteral("contact"), var::Contact},
        {QStringLiteral("phone"), var::Contact},
        {QStringLiteral("telephone"), var::Contact},
        {QStringLiteral("mobile"), var::Contact},
        {QStringLiteral("email"), var::Contact},
        {QStringLiteral("电话"), var::Contact},
        {QStringLiteral("手机"), var::Contact},
        {QStringLiteral("微信"), var::Contact},
        {QStringLiteral("邮箱"), var::Contact},
        {QStringLiteral("联系方式"), var::Contact},
        {QStringLiteral("city"), var::City},
        {QStringLiteral("城市"), var::City},
        {QStringLiteral("region"), var::Region},
        {QStringLiteral("地区"), var::Region},
        {QStringLiteral("省份"), var::Region},
        {QStringLiteral("spiritword"), var::SpiritWord},
        {QStringLiteral("城市精神"), var::SpiritWord},
        {QStringLiteral("gender"), var::Gender},
        {QStringLiteral("sex"), var::Gender},
        {QStringLiteral("性别"), var::Gender},
        {QStringLiteral("ageband"), var::AgeBand},
        {QStringLiteral("agegroup"), var::AgeBand},
        {QStringLiteral("age"), var::AgeBand},
        {QStringLiteral("年龄"), var::AgeBand},
        {QStringLiteral("年龄段"), var::AgeBand},
        {QStringLiteral("occupation"), var::Occupation},
        {QStringLiteral("job"), var::Occupation},
        {QStringLiteral("profession"), var::Occupation},
        {QStringLiteral("职业"), var::Occupation},
        {QStringLiteral("category"), var::Category},
        {QStringLiteral("类别"), var::Category},
        {QStringLiteral("tietocity"), var::Tie},
        {QStringLiteral("与城市的关系"), var::Tie},
        {QStringLiteral("consent"), var::Consent},
        {QStringLiteral("知情同意"), var::Consent},
        {QStringLiteral("date"), var::Date},
        {QStringLiteral("interviewdate"), var::Date},
        {QStringLiteral("日期"), var::Date},
        {QStringLiteral("访谈日期"), var::Date},
        {QStringLiteral("place"), var::Place},
        {QStringLiteral("location"), var::Place},
        {QStringLiteral("地点"), var::Place},
        {QStringLiteral("mode"), var::Mode},
        {QStringLiteral("方式"), var::Mode},
        {QStringLiteral("status"), var::Status},
        {QStringLiteral("状态"), var::Status},
        {QStringLiteral("language"), var::Language},
        {QStringLiteral("语言"), var::Language},
        {QStringLiteral("duration(minutes)"), var::Duration},
        {QStringLiteral("duration"), var::Duration},
        {QStringLiteral("时长"), var::Duration},
        {QStringLiteral("interviewers"), var::Interviewers},
        {QStringLiteral("interviewer"), var::Interviewers},
        {QStringLiteral("访谈员"), var::Interviewers},
        {QStringLiteral("participants"), var::Participants},
    };
    return fields.value(n);
}

std::pair<QString, qsizetype> splitSpeaker(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(
        "^([^\\s:：,，。.!?！？\\[\\(（][^:：,，。!?！？\\t]{0,23}?)[ \\t]*[:：](?!//)[ \\t]?"));
    const auto m = re.match(line);
    if (!m.hasMatch() || m.capturedLength(0) >= line.size())
        return {QString(), 0};
    return {m.captured(1).trimmed(), m.capturedLength(0)};
}

// The archive opened and its project.qde read, with every check.
Result<std::pair<std::unique_ptr<formats::QdpxArchive>, formats::qde::Project>> openQdpx(const QString& file)
{
    auto archive = formats::QdpxArchive::open(file);
    if (!archive)
        return std::unexpected(archive.error());
    auto bytes = (*archive)->projectFile();
    if (!bytes)
        return std::unexpected(bytes.error());
    auto project = formats::qde::QdeFile::read(*bytes, QDir::toNativeSeparators(file) +
                                                           QStringLiteral(" (project.qde)"));
    if (!project)
        return std::unexpected(project.error());
    return std::pair{std::move(*archive), std::move(*project)};
}

} // namespace tianye::ops::qdpx
