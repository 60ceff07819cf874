// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Project.h"

#include "store/ChangeLog.h"
#include "store/CityRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/Schema.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QtEndian>

#include <SQLiteCpp/Database.h>

namespace tianye {

namespace {

constexpr auto LockName = ".tianye.lock";

// Reads the 100-byte SQLite header and refuses, without opening the file through
// SQLite, anything that is not an undamaged Tianye database this version can read.
Status checkHeader(const QString& dbPath)
{
    QFile file(dbPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error::Code::Io,
            Project::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(dbPath), file.errorString()));
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return fail(Error::Code::NotAProject, Project::tr("%1 is not a Tianye project database: it is not an "
                                                          "SQLite file.")
                                                  .arg(QDir::toNativeSeparators(dbPath)));
    }
    const auto be32 = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = be32(28);
    const bool pageCountValid = be32(24) == be32(92); // "version-valid-for" matches the change counter
    // With a write-ahead log beside it, a short file can be a checkpoint that a full
    // disk cut off: the pages are still in the log and SQLite finishes the job (the
    // integrity check after opening judges the result).
    const bool walPending = QFileInfo(dbPath + QStringLiteral("-wal")).size() > 0;
    if (pageCountValid && pages > 0 && size < qint64(pages) * pageSize && !walPending) {
        return fail(
            Error::Code::Corrupt,
            Project::tr(
                "%1 is damaged: the file is truncated (%2 bytes of %3 expected). Nothing was changed; "
                "restore it from a backup.")
                .arg(QDir::toNativeSeparators(dbPath))
                .arg(size)
                .arg(qint64(pages) * pageSize));
    }
    const auto appId = qint32(be32(68));
    const auto userVersion = qint32(be32(60));
    if (appId != schema::ApplicationId) {
        return fail(Error::Code::NotAProject,
                    Project::tr("%1 is an SQLite database of another program, not a Tianye "
                                "project.")
                        .arg(QDir::toNativeSeparators(dbPath)));
    }
    if (userVersion > schema::currentVersion()) {
        return fail(Error::Code::TooNew,
                    Project::tr("%1 was written by a newer version of Tianye (schema %2; this "
                                "version reads up to %3). Update Tianye to open it.")
                        .arg(QDir::toNativeSeparators(dbPath))
                        .arg(userVersion)
                        .arg(schema::currentVersion()));
    }
    return {};
}

Status runQuickCheck(const QString& dbPath)
{
    auto reader = Database::openReader(dbPath);
    if (!reader)
        return std::unexpected(reader.error());
    try {
        SQLite::Database& db = **reader;
        SQLite::Statement st(db, "PRAGMA quick_check");
        QStringList problems;
        while (st.executeStep()) {
            const QString line = QString::fromUtf8(st.getColumn(0).getText());
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty()) {
            return fail(
                Error::Code::Corrupt,
                Project::tr("%1 is damaged (%2). Nothing was changed; restore it from a backup.")
                    .arg(QDir::toNativeSeparators(dbPath), problems.mid(0, 3).join(QStringLiteral("; "))));
        }
        return {};
    } catch (const std::exception& e) {
        return fail(Error::Code::Corrupt,
                    Project::tr("%1 is damaged: %2. Nothing was changed; restore it from a "
                                "backup.")
                        .arg(QDir::toNativeSeparators(dbPath), QString::fromUtf8(e.what())));
    }
}

// PRAGMA quick_check on a read-only connection, so a damaged file is never written to.
// Reading a WAL database makes SQLite create -wal and -shm files; when the check
// fails, those it created are removed again so the folder is left as it was found.
Status checkPages(const QString& dbPath)
{
    const QString wal = dbPath + QStringLiteral("-wal");
    const QString shm = dbPath + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    Status result = runQuickCheck(dbPath);
    if (!result) {
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }
    return result;
}

// A lock file this old that names no process is not one being written: it was left
// empty or damaged (a crash while it was written, a copy or sync tool).
constexpr qint64 UnreadableLockAgeSeconds = 10;

Result<std::unique_ptr<QLockFile>> lockFolder(const QString& folder)
{
    const QString path = QDir(folder).filePath(QLatin1String(LockName));
    auto lock = std::make_unique<QLockFile>(path);
    // No age limit: a lock is stale only when the process that took it is gone,
    // which QLockFile detects from the pid and host written into it.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    const QString where = QDir::toNativeSeparators(folder);
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        const bool readable = lock->getLockInfo(&pid, &host, &app) && pid > 0;
        const QFileInfo file(path);
        if (!readable &&
            file.lastModified().secsTo(QDateTime::currentDateTime()) >= UnreadableLockAgeSeconds &&
            lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
        if (!readable)
            return fail(Error::Code::Locked,
                        Project::tr("%1 is locked by %2, which names no process; it is being written now, or "
                                    "was left damaged. Try again in a moment.")
                            .arg(where, QDir::toNativeSeparators(path)));
        return fail(Error::Code::Locked,
                    Project::tr("%1 is already open in another window or process (%2, pid %3 "
                                "on %4; lock file %5). Close it there first.")
                        .arg(where, app.isEmpty() ? QStringLiteral("Tianye") : app)
                        .arg(pid)
                        .arg(host, QDir::toNativeSeparators(path)));
    }
    return fail(Error::Code::ReadOnly,
                Project::tr("%1 cannot be opened for writing: the folder is read-only or not "
                            "accessible. Copy the project to a writable place.")
                    .arg(where));
}

} // namespace

Result<std::unique_ptr<QLockFile>> Project::lock(const QString& folder)
{
    return lockFolder(folder);
}

Project::Project(QString folder, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db)
    : m_folder(std::move(folder))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_cities(std::make_unique<CityRepository>(*m_db))
    , m_researchers(std::make_unique<ResearcherRepository>(*m_db))
    , m_participants(std::make_unique<ParticipantRepository>(*m_db))
    , m_interviews(std::make_unique<InterviewRepository>(*m_db))
    , m_media(std::make_unique<MediaRepository>(*m_db))
    , m_transcripts(std::make_unique<TranscriptRepository>(*m_db))
    , m_themes(std::make_unique<ThemeRepository>(*m_db))
    , m_quotes(std::make_unique<QuoteRepository>(*m_db))
    , m_insights(std::make_unique<InsightRepository>(*m_db))
    , m_dictionary(std::make_unique<DictionaryRepository>(*m_db))
{}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::openAside() const
{
    auto db = Database::open(databasePath(), false, {});
    if (!db)
        return std::unexpected(db.error());
    (*db)->setAuthor(m_db->author());
    return std::unique_ptr<Project>(new Project(m_folder, nullptr, std::move(*db)));
}

QString Project::folderFor(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return info.absolutePath();
    return info.absoluteFilePath();
}

QString Project::databasePath() const
{
    return QDir(m_folder).filePath(QLatin1String(DatabaseName));
}
QString Project::mediaDir() const
{
    return QDir(m_folder).filePath(QStringLiteral("media"));
}
QString Project::cacheDir() const
{
    return QDir(m_folder).filePath(QStringLiteral("cache"));
}
QString Project::backupDir() const
{
    return QDir(m_folder).filePath(QStringLiteral("backups"));
}

QString Project::name() const
{
    const QString stored = m_db->meta(QStringLiteral("name"));
    if (!stored.isEmpty())
        return stored;
    QString base = QFileInfo(m_folder).fileName();
    if (base.endsWith(QLatin1String(FolderSuffix)))
        base.chop(int(qstrlen(FolderSuffix)));
    return base;
}

Result<std::unique_ptr<Project>> Project::create(const QString& path, const QString& name)
{
    QString folder = QFileInfo(path).absoluteFilePath();
    if (!folder.endsWith(QLatin1String(FolderSuffix)))
        folder += QLatin1String(FolderSuffix);
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return fail(Error::Code::InvalidArgument,
                    tr("%1 already exists and is not empty; choose another name.")
                        .arg(QDir::toNativeSeparators(folder)));
    }
    if (!QDir().mkpath(folder)) {
        return fail(Error::Code::Io,
                    tr("Cannot create the project folder %1: check that the parent folder exists and "
                       "is writable.")
                        .arg(QDir::toNativeSeparators(folder)));
    }
    return openFolder(folder, true, name, Check::Now);
}

Result<QString> Project::databaseFor(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::NotFound,
                    tr("There is no project at %1.").arg(QDir::toNativeSeparators(path)));
    const QString folder = folderFor(path);
    if (info.isFile() && info.fileName() != QLatin1String(DatabaseName)) {
        return fail(Error::Code::NotAProject,
                    tr("%1 is not a Tianye project: open its folder or its %2.")
                        .arg(QDir::toNativeSeparators(path), QLatin1String(DatabaseName)));
    }
    const QString dbPath = QDir(folder).filePath(QLatin1String(DatabaseName));
    if (!QFileInfo::exists(dbPath)) {
        return fail(Error::Code::NotAProject,
                    tr("%1 is not a Tianye project: it has no %2.")
                        .arg(QDir::toNativeSeparators(folder), QLatin1String(DatabaseName)));
    }
    return dbPath;
}

Result<std::unique_ptr<Project>> Project::open(const QString& path, Check check)
{
    auto dbPath = databaseFor(path);
    if (!dbPath)
        return std::unexpected(dbPath.error());
    return openFolder(folderFor(path), false, {}, check);
}

Result<std::unique_ptr<Project>> Project::openForReading(const QString& path)
{
    auto dbPath = databaseFor(path);
    if (!dbPath)
        return std::unexpected(dbPath.error());
    if (auto ok = checkHeader(*dbPath); !ok)
        return std::unexpected(ok.error());
    auto db = Database::openReadOnly(*dbPath);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<Project> project(new Project(folderFor(path), nullptr, std::move(*db)));
    project->m_readOnly = true;
    return project;
}

Status Project::quickCheck(const QString& databasePath)
{
    return checkPages(databasePath);
}

Result<std::unique_ptr<Project>> Project::openFolder(const QString& folder, bool create, const QString& name,
                                                     Check check)
{
    const QString dbPath = QDir(folder).filePath(QLatin1String(DatabaseName));
    if (!create) {
        if (auto ok = checkHeader(dbPath); !ok)
            return std::unexpected(ok.error());
    }
    auto lock = lockFolder(folder);
    if (!lock)
        return std::unexpected(lock.error());
    if (!create && check == Check::Now) {
        if (auto ok = checkPages(dbPath); !ok)
            return std::unexpected(ok.error());
    }
    const QDir dir(folder);
    for (const char* sub : {"media", "cache", "backups"}) {
        if (!dir.exists(QLatin1String(sub)) && !dir.mkdir(QLatin1String(sub))) {
            return fail(Error::Code::ReadOnly,
                        tr("Cannot create %1 in %2: the folder is not writable.")
                            .arg(QLatin1String(sub), QDir::toNativeSeparators(folder)));
        }
    }
    auto db = Database::open(dbPath, create, dir.filePath(QStringLiteral("backups")));
    if (!db)
        return std::unexpected(db.error());
    if (create) {
        QString projectName = name;
        if (projectName.isEmpty()) {
            projectName = QFileInfo(folder).fileName();
            projectName.chop(int(qstrlen(FolderSuffix)));
        }
        if (auto ok = (*db)->setMeta(QStringLiteral("name"), projectName); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = ChangeLog::identify(**db, folder); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<Project>(new Project(folder, std::move(*lock), std::move(*db)));
}

} // namespace tianye
