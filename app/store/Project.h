// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace tianye {

class CityRepository;
class ResearcherRepository;
class ParticipantRepository;
class InterviewRepository;
class MediaRepository;
class TranscriptRepository;
class ThemeRepository;
class QuoteRepository;
class InsightRepository;
class DictionaryRepository;

// An open project: the NAME.tianye/ folder, its project.db and the lock that keeps
// a second window or process from opening it at the same time.
class Project final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::Project)
    Q_DISABLE_COPY_MOVE(Project)

public:
    static constexpr auto FolderSuffix = ".tianye";
    static constexpr auto DatabaseName = "project.db";

    // Makes a new project folder (".tianye" is appended when missing). Fails if
    // something is already there.
    static Result<std::unique_ptr<Project>> create(const QString& path, const QString& name = {});
    // How much of the file open() reads through before it returns.
    enum class Check
    {
        Now,  // SQLite's quick_check of every page (the CLI's writing commands)
        Later // the caller runs quickCheck() beside (the window, so a big project opens at once)
    };
    // Opens a project from its folder or its project.db. Checks that it is a Tianye
    // database (header, application id, schema version) and not open elsewhere before
    // writing anything; with Check::Now also that no page is damaged.
    static Result<std::unique_ptr<Project>> open(const QString& path, Check check = Check::Now);
    // Opens a project to read only (search, lists, exports): no lock, no page check, no
    // write of any kind; it reads while the project is open in a window or another
    // process, and from a read-only folder or medium. Writing through it fails.
    static Result<std::unique_ptr<Project>> openForReading(const QString& path);
    // SQLite's quick_check of a project.db on a connection of its own, read-only (safe on
    // any thread, and while the project is open): an error naming the file and its damage.
    static Status quickCheck(const QString& databasePath);
    // The folder a path names (the folder itself, or the folder of its project.db).
    static QString folderFor(const QString& path);
    // Takes the project folder's lock (as opening does) for work on its files while
    // the project is not open, e.g. restoring a backup. Fails when it is open.
    static Result<std::unique_ptr<QLockFile>> lock(const QString& folder);

    ~Project();

    // A second connection to this open project, for a long write on a worker thread
    // (ops::Session::runAside) while this one stays free for the window. It shares this
    // project's lock and must be closed before this project is.
    Result<std::unique_ptr<Project>> openAside() const;

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString mediaDir() const;
    QString cacheDir() const;
    QString backupDir() const;
    QString name() const;
    // Opened with openForReading().
    bool readOnly() const { return m_readOnly; }

    Database& db() { return *m_db; }
    ChangeNotifier& notifier() { return m_db->notifier(); }

    CityRepository& cities() { return *m_cities; }
    ResearcherRepository& researchers() { return *m_researchers; }
    ParticipantRepository& participants() { return *m_participants; }
    InterviewRepository& interviews() { return *m_interviews; }
    MediaRepository& media() { return *m_media; }
    TranscriptRepository& transcripts() { return *m_transcripts; }
    ThemeRepository& themes() { return *m_themes; }
    QuoteRepository& quotes() { return *m_quotes; }
    InsightRepository& insights() { return *m_insights; }
    DictionaryRepository& dictionary() { return *m_dictionary; }

private:
    Project(QString folder, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db);
    static Result<std::unique_ptr<Project>> openFolder(const QString& folder, bool create,
                                                       const QString& name, Check check);
    // The project.db a path names, or why it names none.
    static Result<QString> databaseFor(const QString& path);

    // Declaration order is destruction order reversed: repositories go first, then
    // the database is closed, and only then is the lock released.
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CityRepository> m_cities;
    std::unique_ptr<ResearcherRepository> m_researchers;
    std::unique_ptr<ParticipantRepository> m_participants;
    std::unique_ptr<InterviewRepository> m_interviews;
    std::unique_ptr<MediaRepository> m_media;
    std::unique_ptr<TranscriptRepository> m_transcripts;
    std::unique_ptr<ThemeRepository> m_themes;
    std::unique_ptr<QuoteRepository> m_quotes;
    std::unique_ptr<InsightRepository> m_insights;
    std::unique_ptr<DictionaryRepository> m_dictionary;
    bool m_readOnly = false;
};

} // namespace tianye
