// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "demo/CorpusGenerator.h"
#include "demo/DemoProject.h"
#include "formats/Csv.h"
#include "formats/Sheet.h"
#include "ops/Exports.h"
#include "search/SearchQuery.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

using namespace tianye;

// The quote catalog behind the browser, the exports and the CLI: filters, order,
// the theme × city matrix, and the withdrawn-consent rule.
class TestQuotes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_cityThemeWithSubThemesStarredSearch();
    void sort_byLengthAndCity();
    void rows_carrySpeakerCityThemes();
    void matrix_equalsBruteForceCount();
    void withdrawnConsent_leftOutOfMatrixAndExports();
    void xlsx_readsBackWithChineseText();
    void csv_guardsFormulasAndReadsBack();
    void cli_quotesAndMatrix();
    void cancel_stopsFiltering();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_demo;
    RowId themeId(Project& p, const QString& name);
};

RowId TestQuotes::themeId(Project& p, const QString& name)
{
    auto themes = p.themes().list();
    for (const Theme& t : themes.value_or(std::vector<Theme>{}))
        if (t.name == name)
            return t.id;
    return NoRow;
}

void TestQuotes::initTestCase()
{
    auto p = demo::DemoProject::create(m_dir.filePath(QStringLiteral("demo.tianye")));
    QVERIFY(p);
    m_demo = std::move(*p);
}

void TestQuotes::filters_cityThemeWithSubThemesStarredSearch()
{
    Project& p = *m_demo;
    QuoteCatalog catalog(p.db());
    auto all = catalog.ids({});
    QVERIFY(all);
    auto everything = p.quotes().list();
    QCOMPARE(all->size(), everything->size());

    const RowId datong = *p.cities().findByName(QStringLiteral("大同"));
    const RowId pace = themeId(p, QStringLiteral("生活节奏"));
    QuoteFilter f;
    f.cityIds = {datong};
    f.themeId = pace; // nothing is coded with the parent itself: only its sub-themes count
    auto ids = catalog.ids(f);
    QVERIFY(ids);
    const QList<RowId> sub = *p.themes().withDescendants(pace);
    int expected = 0;
    for (const Quote& q : *everything) {
        auto iv = p.interviews().get(q.interviewId);
        const bool themed =
            std::any_of(q.themeIds.begin(), q.themeIds.end(), [&](RowId t) { return sub.contains(t); });
        expected += iv->cityId == datong && themed;
    }
    QVERIFY(expected > 0);
    QCOMPARE(int(ids->size()), expected);

    f.starredOnly = true;
    auto starred = catalog.ids(f);
    QVERIFY(starred);
    QVERIFY(!starred->empty() && starred->size() < ids->size());
    auto starredRows = catalog.rows(*starred);
    QVERIFY(starredRows);
    for (const QuoteRow& r : *starredRows)
        QVERIFY(r.starred);

    QuoteFilter text;
    text.match = search::SearchQuery::parse(QStringLiteral("不争")).toFtsExpression();
    auto found = catalog.ids(text);
    QVERIFY(found);
    QVERIFY(!found->empty());
    auto foundRows = catalog.rows(*found);
    QVERIFY(foundRows);
    for (const QuoteRow& r : *foundRows)
        QVERIFY2(r.text.contains(QStringLiteral("争")) || r.note.contains(QStringLiteral("不争")),
                 qPrintable(r.text));
    // English words find quotes through their translation.
    text.match = search::SearchQuery::parse(QStringLiteral("apples")).toFtsExpression();
    auto english = catalog.ids(text);
    QVERIFY(english);
    QCOMPARE(english->size(), size_t(1));
}

void TestQuotes::sort_byLengthAndCity()
{
    QuoteCatalog catalog(m_demo->db());
    QuoteFilter f;
    f.sort = QuoteSort::Length;
    auto rows = catalog.rows(*catalog.ids(f));
    QVERIFY(rows && rows->size() > 3);
    for (size_t i = 1; i < rows->size(); ++i)
        QVERIFY((*rows)[i - 1].text.size() <= (*rows)[i].text.size());
    f.descending = true;
    auto down = catalog.rows(*catalog.ids(f));
    QVERIFY(down->front().text.size() >= down->back().text.size());

    f = {};
    f.sort = QuoteSort::City;
    auto byCity = catalog.rows(*catalog.ids(f));
    for (size_t i = 1; i < byCity->size(); ++i)
        QVERIFY((*byCity)[i - 1].cityName <= (*byCity)[i].cityName);
}

void TestQuotes::rows_carrySpeakerCityThemes()
{
    QuoteCatalog catalog(m_demo->db());
    QuoteFilter f;
    f.match = search::SearchQuery::parse(QStringLiteral("\"我不跟人家争\"")).toFtsExpression();
    auto rows = catalog.rows(*catalog.ids(f));
    QVERIFY(rows);
    QCOMPARE(rows->size(), size_t(1));
    const QuoteRow& r = rows->front();
    QCOMPARE(r.cityName, QStringLiteral("大同"));
    QVERIFY2(r.speakerCode.startsWith(QStringLiteral("DT-")), qPrintable(r.speakerCode));
    QVERIFY(!r.role.isEmpty());
    QCOMPARE(r.themes, QStringList{QStringLiteral("不慌不忙")});
    QVERIFY(r.starred && r.inDossier);
    QVERIFY(r.translation.startsWith(QStringLiteral("Opening ten shops")));
}

void TestQuotes::matrix_equalsBruteForceCount()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("generated.tianye")));
    QVERIFY(created);
    Project& p = **created;
    demo::CorpusGenerator::Options o;
    o.cities = 4;
    o.interviewsPerCity = 25;
    o.charsPerInterview = 800;
    o.quotes = 1500;
    QVERIFY(demo::CorpusGenerator::generate(p, o));
    // Nest a theme so the parent's cells must include its child's quotes.
    auto themes = *p.themes().list();
    QVERIFY(themes.size() >= 3);
    QVERIFY(test::write(
        p, [&](const WriteScope& w) { return p.themes().move(w, themes[2].id, themes[0].id, 0); }));

    auto matrix = QuoteCatalog(p.db()).matrix();
    QVERIFY(matrix);
    // Brute force: walk every quote, climb each of its themes to the root.
    auto quotes = *p.quotes().list();
    auto allThemes = *p.themes().list();
    QHash<RowId, RowId> parentOf;
    for (const Theme& t : allThemes)
        parentOf.insert(t.id, t.parentId);
    QHash<QPair<RowId, RowId>, QSet<RowId>> quotesIn, interviewsIn;
    for (const Quote& q : quotes) {
        const RowId city = p.interviews().get(q.interviewId)->cityId;
        QSet<RowId> reached;
        for (RowId t : q.themeIds)
            for (RowId a = t; a != NoRow; a = parentOf.value(a, NoRow))
                reached << a;
        for (RowId a : reached) {
            quotesIn[{a, city}] << q.id;
            interviewsIn[{a, city}] << q.interviewId;
        }
    }
    int checked = 0;
    for (const Theme& t : matrix->themes) {
        for (const City& c : matrix->cities) {
            const ThemeCityCell cell = matrix->cell(t.id, c.id);
            QCOMPARE(cell.quotes, int(quotesIn.value({t.id, c.id}).size()));
            QCOMPARE(cell.interviews, int(interviewsIn.value({t.id, c.id}).size()));
            checked += cell.quotes > 0;
        }
    }
    QVERIFY(checked > 10);
}

void TestQuotes::withdrawnConsent_leftOutOfMatrixAndExports()
{
    auto created = demo::DemoProject::create(m_dir.filePath(QStringLiteral("withdrawn.tianye")));
    QVERIFY(created);
    Project& p = **created;
    QuoteCatalog catalog(p.db());
    auto rows = *catalog.rows(*catalog.ids({}));
    // The demo's DT-006 withdrew already; the victim is someone else.
    QSet<RowId> withdrawn;
    for (const QuoteRow& r : rows)
        if (r.withheld != Withheld::No && r.participantId != NoRow)
            withdrawn.insert(r.participantId);
    QCOMPARE(withdrawn.size(), 1);
    const QuoteRow victim = rows.front();
    QVERIFY(!withdrawn.contains(victim.participantId));
    withdrawn.insert(victim.participantId);
    QVERIFY(victim.participantId != NoRow);
    auto before = *catalog.matrix(false);
    auto beforeAll = *catalog.matrix(true);
    QVERIFY(test::write(p, [&](const WriteScope& w) {
        return p.participants().set(w, victim.participantId, ParticipantField::Consent,
                                    QVariant::fromValue(ConsentStatus::Withdrawn));
    }));
    rows = *catalog.rows(*catalog.ids({}));
    const int theirs = int(std::count_if(rows.begin(), rows.end(), [&](const QuoteRow& r) {
        return r.participantId == victim.participantId;
    }));
    QVERIFY(theirs > 0);
    // A quote a withdrawn participant says is withheld; one said by nobody known (an
    // interviewer's turn) is withheld where someone of the interview withdrew.
    for (const QuoteRow& r : rows)
        if (r.participantId != NoRow)
            QCOMPARE(r.withheld != Withheld::No, withdrawn.contains(r.participantId));

    auto after = *catalog.matrix(false);
    int droppedQuotes = 0;
    for (const Theme& t : after.themes)
        for (const City& c : after.cities)
            droppedQuotes += before.cell(t.id, c.id).quotes - after.cell(t.id, c.id).quotes;
    QVERIFY(droppedQuotes >= theirs); // each of their quotes leaves at least its theme's cell
    QCOMPARE(catalog.matrix(true)->cell(victim.themeIds.first(), victim.cityId).quotes,
             beforeAll.cell(victim.themeIds.first(), victim.cityId).quotes);

    const QByteArray csv = formats::toCsv(ops::quotesSheet(rows));
    QVERIFY(!QString::fromUtf8(csv).contains(victim.text));
    auto parsed = csv::parse(QString::fromUtf8(csv), QStringLiteral("x.csv"));
    const auto excluded =
        std::count_if(rows.begin(), rows.end(), [](const QuoteRow& r) { return r.withheld != Withheld::No; });
    QCOMPARE(int(parsed->size()), int(rows.size() - excluded) + 1);
    const QString xlsx = m_dir.filePath(QStringLiteral("withdrawn.xlsx"));
    QVERIFY(formats::writeSheet(ops::quotesSheet(rows), formats::SheetFormat::Xlsx, xlsx));
    QuaZip zip(xlsx);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
    QuaZipFile sheet(&zip);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(sheet.readAll()).contains(victim.text));
}

void TestQuotes::xlsx_readsBackWithChineseText()
{
    QuoteCatalog catalog(m_demo->db());
    auto rows = *catalog.rows(*catalog.ids({}));
    const QString file = m_dir.filePath(QStringLiteral("quotes.xlsx"));
    QVERIFY(formats::writeSheet(ops::quotesSheet(rows), formats::SheetFormat::Xlsx, file));
    QuaZip zip(file);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    const QStringList parts = zip.getFileNameList();
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                             "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"})
        QVERIFY2(parts.contains(QLatin1String(part)), part);
    QVERIFY(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
    QuaZipFile sheet(&zip);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    // Every cell of text, in row order, as a spreadsheet would read them.
    QXmlStreamReader xml(sheet.readAll());
    QList<QStringList> table;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row"))
            table.append(QStringList());
        else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            table.last() << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // The demo's withdrawn participant's quotes are left out of the workbook.
    std::erase_if(rows, [](const QuoteRow& r) { return r.withheld != Withheld::No; });
    QCOMPARE(table.size(), int(rows.size()) + 1);
    QCOMPARE(table.first().first(), QStringLiteral("Quote"));
    QCOMPARE(table.at(1).first(), rows.front().text);
    QVERIFY(table.at(1).contains(rows.front().cityName));
}

void TestQuotes::csv_guardsFormulasAndReadsBack()
{
    QuoteRow r;
    r.text = QStringLiteral("=HYPERLINK(\"http://x\")");
    r.note = QStringLiteral("line one\nline two, with \"quotes\"");
    r.cityName = QStringLiteral("大同");
    const QByteArray bytes = formats::toCsv(ops::quotesSheet({r}));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // A spreadsheet sees text, not a formula…
    QVERIFY(bytes.contains("'=HYPERLINK("));
    auto rows = csv::parse(QString::fromUtf8(bytes), QStringLiteral("q.csv"));
    QVERIFY(rows);
    QCOMPARE(rows->size(), size_t(2));
    // …and Tianye reads back what was written.
    QCOMPARE(rows->at(1).at(0), r.text);
    QCOMPARE(rows->at(1).at(10), r.note);
    QCOMPARE(rows->at(1).at(5), QStringLiteral("大同"));
}

void TestQuotes::cli_quotesAndMatrix()
{
    const QString folder = m_dir.filePath(QStringLiteral("cli.tianye"));
    QVERIFY(demo::DemoProject::create(folder));
    const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
    auto run =
        test::runCli({QStringLiteral("quotes"), folder, QStringLiteral("--city"), QStringLiteral("烟台"),
                      QStringLiteral("--theme"), QStringLiteral("生活节奏"), QStringLiteral("-o"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto rows = csv::parse(QString::fromUtf8(file.readAll()), csv);
    QVERIFY(rows && rows->size() > 1);
    for (size_t i = 1; i < rows->size(); ++i)
        QCOMPARE(rows->at(i).at(5), QStringLiteral("烟台"));
    QVERIFY(run.out.contains(QStringLiteral("quotes: %1").arg(rows->size() - 1)));

    run = test::runCli({QStringLiteral("matrix"), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("Theme,大同 quotes,大同 interviews")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("生活节奏,")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("\"  不慌不忙")) ||
            lines.at(2).startsWith(QStringLiteral("  不慌不忙,")));

    run = test::runCli({QStringLiteral("quotes"), folder, QStringLiteral("--theme"), QStringLiteral("没有"),
                        QStringLiteral("-o"), csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("没有")));
    run = test::runCli(
        {QStringLiteral("quotes"), folder, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(run.exitCode, 2);
}

void TestQuotes::cancel_stopsFiltering()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("cancel.tianye")));
    QVERIFY(created);
    Project& p = **created;
    demo::CorpusGenerator::Options o;
    o.interviewsPerCity = 5;
    o.charsPerInterview = 500;
    o.quotes = 3000;
    QVERIFY(demo::CorpusGenerator::generate(p, o));
    QuoteCatalog catalog(p.db());
    QuoteFilter f;
    f.sort = QuoteSort::Theme;
    int polls = 0;
    auto ids = catalog.ids(f, [&] { return ++polls > 1; });
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, Error::Code::Cancelled);
    // The connection works normally afterwards.
    auto again = catalog.ids(f);
    QVERIFY(again);
    QCOMPARE(again->size(), size_t(3000));
}

QTEST_GUILESS_MAIN(TestQuotes)
#include "tst_quotes.moc"
