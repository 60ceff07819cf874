// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"

#include "store/ChangeSet.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <quazip.h>
#include <quazipfile.h>

#include <SQLiteCpp/Statement.h>

#include <map>
#include <unistd.h>

namespace tianye::test {

QString canonicalDump(Project& project)
{
    SQLite::Database& db = project.db().sql();
    QStringList lines;
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        if (!ChangeSet::records(table.c_str()))
            continue;
        std::map<std::string, std::string> parents;
        SQLite::Statement refs(db, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
        refs.bind(1, table);
        while (refs.executeStep())
            parents[refs.getColumn(0).getString()] = refs.getColumn(1).getString();
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep()) {
            QStringList cells{QString::fromStdString(table)};
            for (int c = 0; c < rows.getColumnCount(); ++c) {
                const std::string name = rows.getColumnName(c);
                if (name == "id")
                    continue;
                const SQLite::Column cell = rows.getColumn(c);
                QString value =
                    cell.isNull() ? QStringLiteral("NULL") : QString::fromStdString(cell.getString());
                if (auto p = parents.find(name); p != parents.end() && !cell.isNull()) {
                    SQLite::Statement u(db, "SELECT uuid FROM " + p->second + " WHERE id = ?");
                    u.bind(1, cell.getInt64());
                    value = u.executeStep()
                                ? QStringLiteral("@") + QString::fromStdString(u.getColumn(0).getString())
                                : QStringLiteral("@dangling");
                }
                cells << QString::fromStdString(name) + QLatin1Char('=') + value;
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

QString firstDifference(const QString& a, const QString& b)
{
    const QStringList x = a.split(QLatin1Char('\n'));
    const QStringList y = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i)
        if (x.value(i) != y.value(i))
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(x.value(i), y.value(i));
    return {};
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QByteArray hash = "unreadable";
        if (f.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            hash = h.result().toHex();
        }
        files.insert(QDir(dir).relativeFilePath(path), hash);
    }
    return files;
}

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString exportedText(const QString& file)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0)
            return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
        return squeezed(QString::fromUtf8(p.readAllStandardOutput()));
    }
    if (suffix == QLatin1String("odt") || suffix == QLatin1String("xlsx") ||
        suffix == QLatin1String("docx")) {
        QuaZip zip(file);
        if (!zip.open(QuaZip::mdUnzip))
            return QStringLiteral("<not a zip: %1>").arg(file);
        QString all;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            if (!zip.getCurrentFileName().endsWith(QLatin1String(".xml")))
                continue;
            QuaZipFile part(&zip);
            if (part.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(part.readAll()).replace(tags, QString());
        }
        return squeezed(all);
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(file);
    QString text = QString::fromUtf8(in.readAll());
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        text.replace(tags, QString());
    return squeezed(text);
}

CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(TIANYE_CLI_PATH), args);
    CliRun run;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool makeReadOnly(const QString& dir, QString* why)
{
    if (geteuid() != 0)
        return QFile::setPermissions(dir,
                                     QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    // Root ignores permission bits; the immutable attribute stops it too (ext4, xfs, btrfs).
    const int rc = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir});
    if (rc != 0 && why)
        *why =
            QStringLiteral("chattr +i %1 failed (exit %2): the file system must support it").arg(dir).arg(rc);
    return rc == 0;
}

void makeWritable(const QString& dir)
{
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir});
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

SmallDisk::~SmallDisk()
{
    if (!m_dir.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
}

bool requireAll()
{
    return !qEnvironmentVariableIsEmpty("TIANYE_TESTS_REQUIRE_ALL");
}

QString SmallDisk::unavailable()
{
    return geteuid() == 0
               ? QString()
               : QStringLiteral("mounting a small tmpfs to fill up needs root (run the tests as root, "
                                "as CI does)");
}

QString SmallDisk::mount(const QString& dir, qint64 bytes)
{
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    if (geteuid() != 0)
        return QStringLiteral("mounting a tmpfs needs root (run the tests as root, as CI does)");
    QProcess p;
    p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), dir});
    if (!p.waitForFinished(10'000) || p.exitCode() != 0)
        return QStringLiteral("mount -t tmpfs failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    m_dir = dir;
    return {};
}

std::vector<Segment> segmentsFromJson(const QJsonArray& array)
{
    std::vector<Segment> out;
    for (const auto& value : array) {
        const QJsonObject o = value.toObject();
        Segment s;
        s.speaker = o.value(QStringLiteral("speaker")).toString();
        s.text = o.value(QStringLiteral("text")).toString();
        if (o.contains(QStringLiteral("start")))
            s.startMs = o.value(QStringLiteral("start")).toInteger();
        if (o.contains(QStringLiteral("end")))
            s.endMs = o.value(QStringLiteral("end")).toInteger();
        out.push_back(s);
    }
    return out;
}

} // namespace tianye::test
