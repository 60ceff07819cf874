// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/Schema.h"
#include "store/TranscriptRepository.h"
#include "text/Tokenizer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace tianye;

class TestMigration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openVersion1_migratesAndKeepsData();
    void everyMigrationStep_reachesTheCurrentSchema();
    void searchTablesMigration_isTheSqlItWasReleasedWith();
};

namespace {

// Writes a project as Tianye's schema version 1 left it, with some data.
void writeVersion1(const QString& folder)
{
    QDir().mkpath(folder);
    SQLite::Database db(QString(folder + QStringLiteral("/project.db")).toStdString(),
                        SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA page_size = 8192");
    db.exec("PRAGMA application_id = " + std::to_string(schema::ApplicationId));
    db.exec("PRAGMA journal_mode = WAL");
    db.exec(schema::migrations()[0]);
    db.exec("PRAGMA user_version = 1");
    db.exec(R"sql(
        INSERT INTO meta(key, value) VALUES ('name', '老项目');
        INSERT INTO researchers(id, uuid, created_at, updated_at, name) VALUES (1, 'r-1', 1, 1, '林晓');
        INSERT INTO cities(id, uuid, created_at, updated_at, author_id, name, spirit_word)
            VALUES (1, 'c-1', 1, 2, 1, '大同', '不争');
        INSERT INTO participants(id, uuid, created_at, updated_at, city_id, code, consent_status)
            VALUES (1, 'p-1', 1, 1, 1, 'DT-001', 'withdrawn');
        INSERT INTO interviews(id, uuid, created_at, updated_at, city_id, started_at, mode, status, summary)
            VALUES (1, 'i-1', 1, 1, 1, '2026-10-14T15:30', 'phone', 'coded', '面馆老板');
        INSERT INTO interview_participants(interview_id, participant_id) VALUES (1, 1);
        INSERT INTO interview_interviewers(interview_id, researcher_id) VALUES (1, 1);
        INSERT INTO segments(id, uuid, created_at, updated_at, interview_id, position, speaker, start_ms, text)
            VALUES (1, 's-1', 1, 1, 1, 0, 'DT-001', 5000, '我不跟人家争𠀀😀。');
        INSERT INTO quotes(id, uuid, created_at, updated_at, interview_id, start_segment_id, start_offset,
                           end_segment_id, end_offset, text, starred)
            VALUES (1, 'q-1', 1, 1, 1, 1, 1, 1, 6, '不跟人家争', 1);
    )sql");
}

} // namespace

void TestMigration::openVersion1_migratesAndKeepsData()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Old.tianye"));
    writeVersion1(folder);

    auto project = Project::open(folder);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    Project& p = **project;
    QCOMPARE(p.db().schemaVersion(), schema::currentVersion());
    QCOMPARE(p.name(), QStringLiteral("老项目"));

    auto city = p.cities().get(1);
    QVERIFY(city);
    QCOMPARE(city->uuid, QStringLiteral("c-1"));
    QCOMPARE(city->spiritWord, QStringLiteral("不争"));
    auto interview = p.interviews().get(1);
    QVERIFY(interview);
    QCOMPARE(interview->mode, InterviewMode::Phone);
    QCOMPARE(interview->participantIds, QList<RowId>{1});
    QCOMPARE(interview->interviewerIds, QList<RowId>{1});
    auto segments = p.transcripts().segments(1);
    QVERIFY(segments);
    QCOMPARE(segments->front().text, QStringLiteral("我不跟人家争𠀀😀。"));
    QCOMPARE(p.quotes().currentText(1).value_or(QString()), QStringLiteral("不跟人家争"));

    // What v2 adds works on the migrated data.
    QVERIFY(test::write(p, [&](const WriteScope& w) {
        return p.interviews().set(w, 1, InterviewField::SpellLanguage, QStringLiteral("en_US"));
    }));
    QCOMPARE(p.db().sql().execAndGet("SELECT count(*) FROM dictionary_words").getInt(), 0);

    // The database was backed up before it was migrated, and the backup is the v1 file.
    const QStringList backups =
        QDir(p.backupDir())
            .entryList({QStringLiteral("*before-v%1.db").arg(schema::currentVersion())}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    SQLite::Database backup(QDir(p.backupDir()).filePath(backups.front()).toStdString(),
                            SQLite::OPEN_READONLY);
    QCOMPARE(backup.execAndGet("PRAGMA user_version").getInt(), 1);
    QCOMPARE(backup.execAndGet("SELECT count(*) FROM quotes").getInt(), 1);
}

void TestMigration::everyMigrationStep_reachesTheCurrentSchema()
{
    // A database migrated step by step has the same tables and columns as a new one.
    QTemporaryDir dir;
    const QString migratedFolder = dir.filePath(QStringLiteral("Migrated.tianye"));
    writeVersion1(migratedFolder);
    {
        QVERIFY(Project::open(migratedFolder));
    }
    {
        QVERIFY(Project::create(dir.filePath(QStringLiteral("Fresh"))));
    }
    const auto describe = [](const QString& folder) {
        SQLite::Database db(QString(folder + QStringLiteral("/project.db")).toStdString(),
                            SQLite::OPEN_READONLY);
        text::Tokenizer::registerWith(db.getHandle()); // the full-text tables need it to describe themselves
        SQLite::Statement st(db, "SELECT m.name, p.name, p.type, p.\"notnull\", coalesce(p.dflt_value, '') "
                                 "FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                                 "WHERE m.type = 'table' ORDER BY m.name, p.cid");
        QStringList out;
        while (st.executeStep()) {
            QStringList row;
            for (int i = 0; i < 5; ++i)
                row << QString::fromStdString(st.getColumn(i).getString());
            out << row.join(QLatin1Char('|'));
        }
        return out;
    };
    QCOMPARE(describe(migratedFolder), describe(dir.filePath(QStringLiteral("Fresh.tianye"))));
}

// The full-text tables are written out from one list (schema::searchTables); the
// migration that made them must stay the text projects were migrated with.
void TestMigration::searchTablesMigration_isTheSqlItWasReleasedWith()
{
    QFile released(QStringLiteral(TIANYE_TEST_DATA "/schema-v3.sql"));
    QVERIFY(released.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromStdString(schema::migrations()[2]).trimmed(),
             QString::fromUtf8(released.readAll()).trimmed());
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
