// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "formats/Codebook.h"
#include "ops/Themes.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tianye;
using namespace tianye::formats;

// The codebook: theme tree operations that must never lose coded quotes, and the
// REFI-QDA (.qdc) and CSV files that move it between projects and tools.
class TestCodebook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qdcExport_validatesAgainstTheRefiQdaSchema();
    void foreignQdc_imports();
    void reimport_changesNothing();
    void csv_roundTripKeepsTreeColoursAndMemos();
    void csv_handMade_parentsAfterChildrenAndGb18030();
    void badFiles_areRefusedWithTheFileNamed_data();
    void badFiles_areRefusedWithTheFileNamed();
    void merge_movesQuotesAndSubThemes();
    void merge_intoOwnSubTheme_isRefused();
    void remove_keepsQuotesOtherThemes_andAnnounces();
    void move_reordersSiblings();
    void cli_exportImport();
    void csv_nested32Deep_isRead();
    void csvExport_guardsFormulas_andReadsThemBack();
    void qdc_acceptsOtherNamespaces_andNamesTheOneRefused();
    void qdc_keepsIsCodable_saysWhatDoesNotComeAcross();
    void qdc_neverWritesEmptyCodes_andPointsAQdpxToProjectImport();

private:
    std::unique_ptr<Project> demo();
    std::unique_ptr<Project> empty();
    QString writeFile(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    int m_count = 0;
};

namespace {

// A CSV codebook of one chain of themes, each the parent of the next, written
// children first.
QByteArray chainCsv(int depth)
{
    QByteArray csv("guid,parent_guid,name\r\n");
    const auto guid = [](int i) {
        return QUuid(uint(i + 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).toByteArray(QUuid::WithoutBraces);
    };
    for (int i = depth - 1; i >= 0; --i)
        csv +=
            guid(i) + ',' + (i > 0 ? guid(i - 1) : QByteArray()) + ",level " + QByteArray::number(i) + "\r\n";
    return csv;
}

// Codebook → Import, as the window and tianye-cli do it (the verb, with its backup).
Result<CodebookMerge> importInto(Project& project, const Codebook& codebook)
{
    ops::Session session(project);
    return ops::importCodebook(session, codebook);
}

const QString Data = QStringLiteral(TIANYE_TEST_DATA "/codebook");

Theme themeNamed(Project& p, const QString& name)
{
    auto themes = p.themes().list();
    if (!themes)
        return {};
    for (const Theme& t : *themes)
        if (t.name == name)
            return t;
    return {};
}

// "parent > child" lines for the whole tree, to compare trees.
QStringList treeOf(Project& p)
{
    auto themes = p.themes().list();
    QHash<RowId, QString> path;
    QStringList lines;
    for (const Theme& t : themes.value_or(std::vector<Theme>{})) {
        const QString full =
            t.parentId == NoRow ? t.name : QString(path.value(t.parentId) + QStringLiteral(" > ") + t.name);
        path.insert(t.id, full);
        lines << QStringLiteral("%1 [%2] %3 | %4").arg(full, t.color, t.description, t.memo);
    }
    return lines;
}

} // namespace

std::unique_ptr<Project> TestCodebook::demo()
{
    auto p = demo::DemoProject::create(m_dir.filePath(QStringLiteral("demo%1.tianye").arg(++m_count)));
    return p ? std::move(*p) : nullptr;
}

std::unique_ptr<Project> TestCodebook::empty()
{
    auto p = Project::create(m_dir.filePath(QStringLiteral("empty%1.tianye").arg(++m_count)));
    return p ? std::move(*p) : nullptr;
}

QString TestCodebook::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCodebook::qdcExport_validatesAgainstTheRefiQdaSchema()
{
    auto p = demo();
    QVERIFY(p);
    auto codebook = ops::codebookOf(*p);
    QVERIFY(codebook);
    QCOMPARE(codebook->entries.size(), size_t(10));
    const QString file = m_dir.filePath(QStringLiteral("demo.qdc"));
    QVERIFY(CodebookFile::writeFile(file, *codebook));

    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                              Data + QStringLiteral("/Codebook.xsd"), file});
    QVERIFY2(xmllint.waitForFinished(30'000), "xmllint (libxml2-utils) must be installed");
    QVERIFY2(xmllint.exitCode() == 0, qPrintable(QString::fromUtf8(xmllint.readAllStandardError())));

    // And reads back to the same tree.
    auto back = CodebookFile::readFile(file);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->entries.size(), codebook->entries.size());
    for (size_t i = 0; i < back->entries.size(); ++i) {
        QCOMPARE(back->entries[i].name, codebook->entries[i].name);
        QCOMPARE(back->entries[i].parent, codebook->entries[i].parent);
        QCOMPARE(back->entries[i].guid, codebook->entries[i].guid);
        QCOMPARE(back->entries[i].color, codebook->entries[i].color);
        QCOMPARE(back->entries[i].description, codebook->entries[i].description);
    }
}

void TestCodebook::foreignQdc_imports()
{
    auto p = empty();
    QVERIFY(p);
    auto codebook = CodebookFile::readFile(Data + QStringLiteral("/foreign.qdc"));
    QVERIFY2(codebook, codebook ? "" : qPrintable(codebook.error().message));
    auto merged = importInto(*p, *codebook);
    QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
    QCOMPARE(merged->added, 6);
    QCOMPARE(treeOf(*p), (QStringList{
                             QStringLiteral("Everyday life [] Routines, work and rest. | "),
                             QStringLiteral("Everyday life > 慢生活 [#33aa77] 不着急，日子慢慢过。 | "),
                             QStringLiteral("Everyday life > Work & money [#c04000]  | "),
                             QStringLiteral("Place []  | "),
                             QStringLiteral("Place > Sea, wind []  | "),
                             QStringLiteral("Place > Sea, wind > 海风 []  | "),
                         }));
    // The tool's GUIDs are kept (braces dropped), so a later import finds the same themes.
    QCOMPARE(themeNamed(*p, QStringLiteral("慢生活")).uuid,
             QStringLiteral("6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5c"));
}

void TestCodebook::reimport_changesNothing()
{
    auto p = empty();
    QVERIFY(p);
    auto codebook = CodebookFile::readFile(Data + QStringLiteral("/foreign.qdc"));
    QVERIFY(codebook);
    QVERIFY(importInto(*p, *codebook));
    const QStringList before = treeOf(*p);
    // Someone renamed a theme here meanwhile; the file still has the old name.
    const RowId wind = themeNamed(*p, QStringLiteral("海风")).id;
    QVERIFY(test::write(*p, [&](const WriteScope& w) {
        return p->themes().set(w, wind, ThemeField::Name, QStringLiteral("海风 (renamed)"));
    }));
    auto again = importInto(*p, *codebook);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 1); // matched by GUID and given the file's name back
    QCOMPARE(again->unchanged, 5);
    QCOMPARE(treeOf(*p), before);
}

void TestCodebook::csv_roundTripKeepsTreeColoursAndMemos()
{
    auto source = demo();
    QVERIFY(source);
    const RowId pace = themeNamed(*source, QStringLiteral("生活节奏")).id;
    QVERIFY(test::write(*source, [&](const WriteScope& w) {
        return source->themes().set(w, pace, ThemeField::Memo,
                                    QStringLiteral("Memo, with a comma\nand a \"quote\""));
    }));
    auto codebook = ops::codebookOf(*source);
    QVERIFY(codebook);
    const QString file = m_dir.filePath(QStringLiteral("codebook.csv"));
    QVERIFY(CodebookFile::writeFile(file, *codebook));

    auto target = empty();
    QVERIFY(target);
    auto read = CodebookFile::readFile(file);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QVERIFY(importInto(*target, *read));
    QCOMPARE(treeOf(*target), treeOf(*source));
}

void TestCodebook::csv_handMade_parentsAfterChildrenAndGb18030()
{
    // As someone would type it in a spreadsheet saved as GB18030: no GUIDs for the
    // top rows, a child listed before its parent.
    const QString text = QStringLiteral("name,guid,parent_guid,description\r\n"
                                        "海边,,11111111-2222-3333-4444-555555555555,\"看海, 吹风\"\r\n"
                                        "地方,11111111-2222-3333-4444-555555555555,,城市与自然\r\n");
    auto encoder = QStringEncoder("GB18030");
    QVERIFY(encoder.isValid());
    const QString file = writeFile(QStringLiteral("hand.csv"), encoder.encode(text));
    auto read = CodebookFile::readFile(file);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    auto p = empty();
    QVERIFY(p);
    QVERIFY(importInto(*p, *read));
    QCOMPARE(treeOf(*p), (QStringList{QStringLiteral("地方 [] 城市与自然 | "),
                                      QStringLiteral("地方 > 海边 [] 看海, 吹风 | ")}));
}

void TestCodebook::badFiles_areRefusedWithTheFileNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("billion laughs") << "laughs.qdc"
                                    << QByteArray(
                                           "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY a \"aaaa\">"
                                           "<!ENTITY b \"&a;&a;&a;&a;&a;\">]><CodeBook "
                                           "xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"x\" "
                                           "name=\"&b;\" isCodable=\"true\"/></Codes></CodeBook>")
                                    << "DTD";
    QTest::newRow("external entity") << "xxe.qdc"
                                     << QByteArray(
                                            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                                            "\"file:///etc/passwd\">]><CodeBook "
                                            "xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"&e;\" "
                                            "isCodable=\"true\"/></Codes></CodeBook>")
                                     << "DTD";
    QTest::newRow("project file") << "project.qdc"
                                  << QByteArray("<?xml version=\"1.0\"?><Project "
                                                "xmlns=\"urn:QDA-XML:project:1.0\"/>")
                                  << "not a REFI-QDA codebook";
    QTest::newRow("broken xml") << "broken.qdc"
                                << QByteArray("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code "
                                              "name=\"a\" isCodable=\"true\"></Codes>")
                                << "not well-formed";
    QTest::newRow("nameless code") << "nameless.qdc"
                                   << QByteArray("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code "
                                                 "guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5c\" "
                                                 "isCodable=\"true\"/></Codes></CodeBook>")
                                   << "has no name";
    QTest::newRow("csv without name column")
        << "noname.csv" << QByteArray("title,colour\r\na,#fff\r\n") << "no \"name\" column";
    QTest::newRow("csv unknown parent")
        << "orphan.csv" << QByteArray("name,parent_guid\r\na,11111111-2222-3333-4444-555555555555\r\n")
        << "no row has";
    QTest::newRow("csv cycle") << "cycle.csv"
                               << QByteArray("guid,parent_guid,name\r\n"
                                             "11111111-2222-3333-4444-555555555555,"
                                             "11111111-2222-3333-4444-666666666666,a\r\n"
                                             "11111111-2222-3333-4444-666666666666,"
                                             "11111111-2222-3333-4444-555555555555,b\r\n")
                               << "its own ancestor";
    QTest::newRow("csv open quote") << "open.csv" << QByteArray("name\r\n\"never closed\r\n")
                                    << "never closed";
    QTest::newRow("csv bad guid") << "guid.csv" << QByteArray("guid,name\r\nnot-a-guid,a\r\n")
                                  << "not a GUID";
    QTest::newRow("word file") << "notes.docx" << QByteArray("PK\x03\x04") << "not a codebook file";
    // Nested deeper than a .qdc may be, children listed before their parents: it crashed
    // the program (recursive placement), and deep trees made every later listing slow.
    QTest::newRow("csv nested 40000 deep") << "deep.csv" << chainCsv(40'000) << "nested more than 32 deep";
    QTest::newRow("csv nested 33 deep") << "deep33.csv" << chainCsv(33) << "nested more than 32 deep";
}

void TestCodebook::badFiles_areRefusedWithTheFileNamed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    auto p = demo();
    QVERIFY(p);
    const QStringList before = treeOf(*p);
    const QString file = writeFile(name, bytes);
    auto read = CodebookFile::readFile(file);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(name), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(problem), qPrintable(read.error().message));
    QCOMPARE(treeOf(*p), before);
}

void TestCodebook::merge_movesQuotesAndSubThemes()
{
    auto p = demo();
    QVERIFY(p);
    // A parent into another: its sub-themes, description and memo move.
    const Theme pace = themeNamed(*p, QStringLiteral("生活节奏"));
    const Theme belonging = themeNamed(*p, QStringLiteral("归属感"));
    QVERIFY(test::write(*p, [&](const WriteScope& w) {
        return p->themes().set(w, pace.id, ThemeField::Memo, QStringLiteral("pace memo"));
    }));
    QVERIFY(test::write(*p, [&](const WriteScope& w) {
        return p->themes().set(w, belonging.id, ThemeField::Memo, QStringLiteral("belonging memo"));
    }));
    QSignalSpy changes(&p->notifier(), &ChangeNotifier::changed);
    QVERIFY(
        test::write(*p, [&](const WriteScope& w) { return p->themes().merge(w, pace.id, belonging.id); }));
    QVERIFY(!p->themes().get(pace.id));
    auto mergedTheme = p->themes().get(belonging.id);
    QVERIFY(mergedTheme);
    QCOMPARE(mergedTheme->memo, QStringLiteral("belonging memo\n\npace memo"));
    QCOMPARE(mergedTheme->description,
             QStringLiteral("为什么留下，为什么回来。\n\n人们如何安排一天，快与慢。"));
    const Theme unhurried = themeNamed(*p, QStringLiteral("不慌不忙"));
    const Theme leisure = themeNamed(*p, QStringLiteral("闲暇与休息"));
    QCOMPARE(unhurried.parentId, belonging.id);
    QCOMPARE(leisure.parentId, belonging.id);
    bool removed = false, moved = false;
    for (const auto& args : changes) {
        const auto c = args.at(0).value<Change>();
        removed |= c.entity == Entity::Theme && c.kind == ChangeKind::Removed && c.ids.contains(pace.id);
        moved |= c.entity == Entity::Theme && c.kind == ChangeKind::Updated && c.ids.contains(unhurried.id);
    }
    QVERIFY(removed && moved);

    // A theme with quotes into another: every quote keeps its coding, once.
    auto quotes = p->quotes().list();
    QVERIFY(quotes);
    QSet<RowId> expected, hadUnhurried;
    int linksBefore = 0;
    for (const Quote& q : *quotes) {
        if (q.themeIds.contains(unhurried.id))
            hadUnhurried << q.id;
        if (q.themeIds.contains(unhurried.id) || q.themeIds.contains(leisure.id))
            expected << q.id;
        linksBefore +=
            int(q.themeIds.size()) - (q.themeIds.contains(unhurried.id) && q.themeIds.contains(leisure.id));
    }
    QVERIFY(expected.size() > 5);
    changes.clear();
    QVERIFY(
        test::write(*p, [&](const WriteScope& w) { return p->themes().merge(w, unhurried.id, leisure.id); }));
    auto recoded = p->quotes().list();
    QVERIFY(recoded);
    QCOMPARE(recoded->size(), quotes->size());
    QSet<RowId> actual;
    int linksAfter = 0;
    for (const Quote& q : *recoded) {
        if (q.themeIds.contains(leisure.id))
            actual << q.id;
        QVERIFY(!q.themeIds.contains(unhurried.id));
        linksAfter += int(q.themeIds.size());
    }
    QCOMPARE(actual, expected);
    QCOMPARE(linksAfter, linksBefore);
    bool announced = false;
    for (const auto& args : changes) {
        const auto c = args.at(0).value<Change>();
        announced |= c.entity == Entity::Quote && c.fields.contains(QStringLiteral("themes")) &&
                     QSet<RowId>(c.ids.begin(), c.ids.end()).contains(hadUnhurried);
    }
    QVERIFY(announced);
}

void TestCodebook::merge_intoOwnSubTheme_isRefused()
{
    auto p = demo();
    QVERIFY(p);
    const QStringList before = treeOf(*p);
    auto merged = test::write(*p, [&](const WriteScope& w) {
        return p->themes().merge(w, themeNamed(*p, QStringLiteral("生活节奏")).id,
                                 themeNamed(*p, QStringLiteral("不慌不忙")).id);
    });
    QVERIFY(!merged);
    QVERIFY(merged.error().message.contains(QStringLiteral("不慌不忙")));
    QCOMPARE(treeOf(*p), before);
}

void TestCodebook::remove_keepsQuotesOtherThemes_andAnnounces()
{
    auto p = demo();
    QVERIFY(p);
    const Theme belonging = themeNamed(*p, QStringLiteral("归属感"));
    const RowId back = themeNamed(*p, QStringLiteral("回流")).id;
    const RowId family = themeNamed(*p, QStringLiteral("家人与邻里")).id;
    auto quotes = *p->quotes().list();
    QSignalSpy changes(&p->notifier(), &ChangeNotifier::changed);
    QVERIFY(test::write(*p, [&](const WriteScope& w) { return p->themes().remove(w, belonging.id); }));
    QVERIFY(!p->themes().get(back)); // sub-themes go with it
    const auto after = *p->quotes().list();
    QCOMPARE(after.size(), quotes.size()); // no quote removed
    for (size_t i = 0; i < after.size(); ++i) {
        QList<RowId> kept = quotes[i].themeIds;
        kept.removeAll(belonging.id);
        kept.removeAll(back);
        kept.removeAll(family);
        std::sort(kept.begin(), kept.end());
        QList<RowId> now = after[i].themeIds;
        std::sort(now.begin(), now.end());
        QCOMPARE(now.size(), kept.size());
    }
    bool subRemoved = false, recoded = false;
    for (const auto& args : changes) {
        const auto c = args.at(0).value<Change>();
        subRemoved |= c.entity == Entity::Theme && c.kind == ChangeKind::Removed && c.ids.contains(back);
        recoded |= c.entity == Entity::Quote && c.fields.contains(QStringLiteral("themes"));
    }
    QVERIFY(subRemoved && recoded);
}

void TestCodebook::move_reordersSiblings()
{
    auto p = demo();
    QVERIFY(p);
    const RowId food = themeNamed(*p, QStringLiteral("吃")).id;
    const RowId pace = themeNamed(*p, QStringLiteral("生活节奏")).id;
    QVERIFY(test::write(*p, [&](const WriteScope& w) { return p->themes().move(w, food, NoRow, 0); }));
    QCOMPARE(treeOf(*p).first().section(QLatin1Char(' '), 0, 0), QStringLiteral("吃"));
    QVERIFY(test::write(*p, [&](const WriteScope& w) { return p->themes().move(w, food, pace, 1); }));
    const QStringList tree = treeOf(*p);
    QCOMPARE(tree.at(0).section(QLatin1Char(' '), 0, 0), QStringLiteral("生活节奏"));
    QVERIFY2(tree.at(2).startsWith(QStringLiteral("生活节奏 > 吃")),
             qPrintable(tree.join(QLatin1Char('\n'))));
    // Not inside itself.
    QVERIFY(!test::write(*p, [&](const WriteScope& w) { return p->themes().move(w, pace, food, 0); }));
}

void TestCodebook::csv_nested32Deep_isRead()
{
    auto read = CodebookFile::fromCsv(chainCsv(32), QStringLiteral("deep32.csv"));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->entries.size(), size_t(32));
    for (size_t i = 1; i < read->entries.size(); ++i)
        QCOMPARE(read->entries[i].parent, int(i) - 1);
}

// A theme named like a formula is text in a spreadsheet, and comes back as it was.
void TestCodebook::csvExport_guardsFormulas_andReadsThemBack()
{
    auto p = empty();
    QVERIFY(p);
    ops::Session session(*p);
    const QStringList names{QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"), QStringLiteral("+1"),
                            QStringLiteral("-2"), QStringLiteral("@SUM(A1)"), QStringLiteral("'quoted")};
    for (const QString& name : names)
        QVERIFY(ops::addTheme(session, name));
    const QString file = m_dir.filePath(QStringLiteral("formulas.csv"));
    QVERIFY(CodebookFile::writeFile(file, *ops::codebookOf(*p)));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(raw.readAll());
    for (const QString& name : names)
        QVERIFY2(text.contains(QString(QLatin1Char('\'') + name).left(8)), qPrintable(name));
    auto read = CodebookFile::readFile(file);
    QVERIFY(read);
    QStringList back;
    for (const CodebookEntry& e : read->entries)
        back << e.name;
    QCOMPARE(back, names);
}

void TestCodebook::cli_exportImport()
{
    auto p = demo();
    QVERIFY(p);
    const QString folder = p->folder();
    p.reset();
    const QString qdc = m_dir.filePath(QStringLiteral("cli.qdc"));
    auto run = test::runCli({QStringLiteral("codebook"), QStringLiteral("export"), folder, qdc});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("themes: 10")));

    auto target = empty();
    QVERIFY(target);
    const QString targetFolder = target->folder();
    target.reset();
    run = test::runCli({QStringLiteral("codebook"), QStringLiteral("import"), targetFolder, qdc});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("added: 10")), qPrintable(run.out));

    run = test::runCli({QStringLiteral("codebook"), QStringLiteral("import"), targetFolder,
                        writeFile(QStringLiteral("bad.qdc"), "<nope")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("bad.qdc")));
}

void TestCodebook::qdc_acceptsOtherNamespaces_andNamesTheOneRefused()
{
    for (const QByteArray& ns :
         {QByteArray("urn:QDA-XML:codebook:0:4"), QByteArray("urn:QDA-XML:codebook:1:0"),
          QByteArray("urn:QDA-XML:codebook:1.0")}) {
        const QByteArray bytes =
            QByteArray("<CodeBook xmlns=\"") + ns +
            "\"><Codes><Code guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5c\" name=\"城墙\" "
            "isCodable=\"true\"/></Codes></CodeBook>";
        auto read = CodebookFile::fromQdc(bytes, QStringLiteral("ns.qdc"));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->entries.size(), std::size_t(1));
    }
    auto refused = CodebookFile::fromQdc(
        QByteArray("<CodeBook xmlns=\"urn:example:other\"><Codes/></CodeBook>"), QStringLiteral("other.qdc"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("“urn:example:other”")),
             qPrintable(refused.error().message));
}

void TestCodebook::qdc_keepsIsCodable_saysWhatDoesNotComeAcross()
{
    const QByteArray bytes(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
        "<Code guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5c\" name=\"Places\" isCodable=\"false\">"
        "<Code guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5d\" name=\"城墙\" isCodable=\"true\"/></Code>"
        "</Codes><Sets><Set guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5e\" name=\"Values\">"
        "<MemberCode guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5d\"/></Set></Sets></CodeBook>");
    auto read = CodebookFile::fromQdc(bytes, QStringLiteral("sets.qdc"));
    QVERIFY(read);
    QCOMPARE(read->entries.front().codable, false);
    QCOMPARE(read->entries.back().codable, true);
    QCOMPARE(read->sets, QStringList{QStringLiteral("Values")});
    const QString caveats = CodebookFile::caveats(*read);
    QVERIFY2(caveats.contains(QStringLiteral("Places")) && caveats.contains(QStringLiteral("Values")),
             qPrintable(caveats));
    // Written back as it was read.
    QVERIFY(CodebookFile::toQdc(*read).contains("name=\"Places\" isCodable=\"false\""));
}

void TestCodebook::qdc_neverWritesEmptyCodes_andPointsAQdpxToProjectImport()
{
    const QString file = m_dir.filePath(QStringLiteral("empty.qdc"));
    auto written = CodebookFile::writeFile(file, Codebook{});
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(QStringLiteral("no themes")));
    QVERIFY(!QFileInfo::exists(file));
    auto read = CodebookFile::readFile(writeFile(QStringLiteral("project.qdpx"), QByteArray("PK\x03\x04")));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("REFI-QDA Project")),
             qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestCodebook)
#include "tst_codebook.moc"
