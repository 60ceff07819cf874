// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Exchange.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tianye {

namespace {

const QByteArray Magic = QByteArrayLiteral("TIANYE-EXCHANGE ");
constexpr qint64 HeaderLimit = 4 * 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonObject toJson(const LogEntry& e)
{
    return QJsonObject{{QStringLiteral("device"), e.device}, {QStringLiteral("seq"), e.deviceSeq},
                       {QStringLiteral("clock"), e.clock},   {QStringLiteral("author"), e.author},
                       {QStringLiteral("label"), e.label},   {QStringLiteral("changes"), e.changes}};
}

std::optional<LogEntry> fromJson(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    LogEntry e;
    e.device = o.value(QStringLiteral("device")).toString();
    e.deviceSeq = o.value(QStringLiteral("seq")).toInteger();
    e.clock = o.value(QStringLiteral("clock")).toInteger();
    e.author = o.value(QStringLiteral("author")).toString();
    e.label = o.value(QStringLiteral("label")).toString();
    e.changes = o.value(QStringLiteral("changes")).toArray();
    if (e.device.isEmpty() || e.deviceSeq <= 0 || e.clock <= 0)
        return std::nullopt;
    return e;
}

} // namespace

Status Exchange::write(const QString& path, const ExchangeFile& file)
{
    QJsonArray steps;
    for (const LogEntry& e : file.entries)
        steps.append(toJson(e));
    const QByteArray body = qCompress(QJsonDocument(steps).toJson(QJsonDocument::Compact), 9);
    QJsonObject held;
    for (auto it = file.held.begin(); it != file.held.end(); ++it)
        held[it.key()] = it.value();
    const QJsonObject header{
        {QStringLiteral("format"), Format},
        {QStringLiteral("schema"), file.schema},
        {QStringLiteral("project"), file.project},
        {QStringLiteral("project_name"), file.projectName},
        {QStringLiteral("device"), file.device},
        {QStringLiteral("held"), held},
        {QStringLiteral("steps"), qint64(file.entries.size())},
        {QStringLiteral("body_bytes"), qint64(body.size())},
        {QStringLiteral("body_sha256"),
         QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())}};

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io,
                    tr("Could not write the exchange file %1: %2.").arg(shown(path), out.errorString()));
    const QByteArray head = Magic + QByteArray::number(Format) + '\n' +
                            QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    if (out.write(head) != head.size() || out.write(body) != body.size() || !out.commit())
        return fail(Error::Code::Io,
                    tr("Could not write the exchange file %1 (is the disk full?): %2. Nothing "
                       "was left there.")
                        .arg(shown(path), out.errorString()));
    return {};
}

Result<ExchangeFile> Exchange::read(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    tr("Could not open the exchange file %1: %2.").arg(shown(path), in.errorString()));
    const QByteArray first = in.readLine(64);
    if (!first.startsWith(Magic))
        return fail(
            Error::Code::InvalidArgument,
            tr("%1 is not a Tianye exchange file (it does not begin as one). Choose a file written by "
               "Team \u2192 Write Exchange File\u2026 or tianye-cli sync --to.")
                .arg(shown(path)));
    bool numeric = false;
    const int format = first.mid(Magic.size()).trimmed().toInt(&numeric);
    if (!numeric || format < 1)
        return fail(Error::Code::Corrupt,
                    tr("%1 is damaged: its first line is not readable.").arg(shown(path)));
    if (format > Format)
        return fail(
            Error::Code::InvalidArgument,
            tr("%1 was written by a newer Tianye (exchange format %2; this one reads up to %3). Upgrade "
               "Tianye on this laptop, then bring the file in again.")
                .arg(shown(path))
                .arg(format)
                .arg(Format));
    const QByteArray headerLine = in.readLine(HeaderLimit);
    if (!headerLine.endsWith('\n'))
        return fail(Error::Code::Corrupt, tr("%1 is cut short or damaged: its header is incomplete. Copy the "
                                             "file again from the other laptop.")
                                              .arg(shown(path)));
    QJsonParseError error;
    const QJsonObject header = QJsonDocument::fromJson(headerLine, &error).object();
    if (error.error != QJsonParseError::NoError || header.isEmpty())
        return fail(
            Error::Code::Corrupt,
            tr("%1 is damaged: its header cannot be read (%2).").arg(shown(path), error.errorString()));

    const qint64 bodyBytes = header.value(QStringLiteral("body_bytes")).toInteger(-1);
    const qint64 left = in.size() - in.pos();
    if (bodyBytes < 0)
        return fail(Error::Code::Corrupt,
                    tr("%1 is damaged: its header does not say how long it is.").arg(shown(path)));
    if (left < bodyBytes)
        return fail(
            Error::Code::Corrupt,
            tr("%1 is cut short (%2 of %3 bytes of changes). Copy the file again from the other laptop; "
               "nothing was changed.")
                .arg(shown(path))
                .arg(left)
                .arg(bodyBytes));
    if (left > bodyBytes)
        return fail(
            Error::Code::Corrupt,
            tr("%1 has been changed since it was written (it is longer than its header says); nothing "
               "was changed.")
                .arg(shown(path)));
    const QByteArray body = in.read(bodyBytes);
    if (body.size() != bodyBytes)
        return fail(Error::Code::Io,
                    tr("Could not read the exchange file %1: %2.").arg(shown(path), in.errorString()));
    if (QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()) !=
        header.value(QStringLiteral("body_sha256")).toString())
        return fail(Error::Code::Corrupt,
                    tr("%1 has been changed since it was written (its checksum does not match); nothing was "
                       "changed. Ask for the file again.")
                        .arg(shown(path)));
    const QJsonDocument steps = QJsonDocument::fromJson(qUncompress(body), &error);
    if (error.error != QJsonParseError::NoError || !steps.isArray())
        return fail(Error::Code::Corrupt, tr("%1 is damaged: its changes cannot be read.").arg(shown(path)));

    ExchangeFile file;
    file.format = format;
    file.schema = int(header.value(QStringLiteral("schema")).toInteger());
    file.project = header.value(QStringLiteral("project")).toString();
    file.projectName = header.value(QStringLiteral("project_name")).toString();
    file.device = header.value(QStringLiteral("device")).toString();
    const QJsonObject held = header.value(QStringLiteral("held")).toObject();
    for (auto it = held.begin(); it != held.end(); ++it)
        file.held.insert(it.key(), it.value().toInteger());
    for (const QJsonValue& v : steps.array()) {
        auto entry = fromJson(v);
        if (!entry)
            return fail(Error::Code::Corrupt,
                        tr("%1 is damaged: a change in it names no copy.").arg(shown(path)));
        file.entries.push_back(std::move(*entry));
    }
    if (file.project.isEmpty() || file.device.isEmpty() ||
        qint64(file.entries.size()) != header.value(QStringLiteral("steps")).toInteger())
        return fail(Error::Code::Corrupt,
                    tr("%1 is damaged: its header and its changes disagree.").arg(shown(path)));
    return file;
}

} // namespace tianye
