// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "charts/BarChart.h"
#include "core/TextAnchor.h"
#include "demo/DemoProject.h"
#include "dossier/Dossier.h"
#include "dossier/Render.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace tianye;

namespace {

const QString Golden = QStringLiteral(TIANYE_TEST_DATA "/dossier/small-city.json");

// What a reader of the demo's 大同 dossier must find, and must never find.
const QString KnownQuote = QStringLiteral("人家开十家是人家的本事，我不跟人家争。");
const QStringList Withdrawn{QStringLiteral("DT-006"), QStringLiteral("刘志强"),
                            QStringLiteral("我们也不抢活，排着队等，轮到谁是谁。"),
                            QStringLiteral("一天跑十四个钟头，人都不是自己的了。")};

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text without the line breaks and spaces a layout puts into long lines.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString odtText(const QString& file)
{
    QuaZip zip(file);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("content.xml")))
        return {};
    QuaZipFile content(&zip);
    if (!content.open(QIODevice::ReadOnly))
        return {};
    QString xml = QString::fromUtf8(content.readAll());
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return xml.replace(tags, QString());
}

} // namespace

class TestDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_contentModelOfASmallProject();
    void pdfPages_keepAHeadingWithWhatItHeads();
    void model_leavesOutWithdrawnParticipants();
    void eachFormat_hasHeadingsQuoteAndCountsButNoWithdrawnWords_data();
    void eachFormat_hasHeadingsQuoteAndCountsButNoWithdrawnWords();
    void pdf_embedsAFontThatExtractsChinese();
    void pdf_letterAndChineseHeadings();
    void options_sectionsQuotesPerThemeRealNames();
    void comparison_matrixAndInsightsSideBySide();
    void cancel_stopsAndWritesNothing();
    void badTarget_namedAndExistingFileKept();
    void cli_writesEachFormat();

private:
    Result<QByteArray> cityBytes(dossier::Format format, const dossier::Options& options = {},
                                 const QString& city = QStringLiteral("大同"));
    QString write(const QByteArray& bytes, const QString& name);
    static std::unique_ptr<Project> smallProject(const QString& path);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_demo;
};

void TestDossier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("demo.tianye")));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    m_demo = std::move(*demo);
}

Result<QByteArray> TestDossier::cityBytes(dossier::Format format, const dossier::Options& options,
                                          const QString& city)
{
    auto model = dossier::buildCity(m_demo->db().sql(), *m_demo->cities().findByName(city), options);
    if (!model)
        return std::unexpected(model.error());
    return dossier::render(*model, dossier::drawCharts(*model, options, dossier::paintBarChart), format,
                           options);
}

QString TestDossier::write(const QByteArray& bytes, const QString& name)
{
    const QString file = m_dir.filePath(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return file;
}

// One city, three participants (one withdrew), four interviews (one with only the
// withdrawn participant), a theme with a sub-theme, quotes and two insights.
std::unique_ptr<Project> TestDossier::smallProject(const QString& path)
{
    auto created = Project::create(path, QStringLiteral("Golden"));
    if (!created)
        return {};
    auto p = std::move(*created);
    const RowId lin = *test::write(
        *p, [&](const WriteScope& w) { return p->researchers().findOrAdd(w, QStringLiteral("林晓")); });
    const RowId anna = *test::write(
        *p, [&](const WriteScope& w) { return p->researchers().findOrAdd(w, QStringLiteral("Anna Berg")); });
    City city;
    city.name = QStringLiteral("烟台");
    city.region = QStringLiteral("山东");
    city.spiritWord = QStringLiteral("自在");
    city.insightStatement = QStringLiteral("有海可看，不用证明什么。");
    const RowId yt = *test::write(*p, [&](const WriteScope& w) { return p->cities().add(w, city); });
    const auto person = [&](const char* code, const char* name, const char* gender, const char* age,
                            const char* category, CityTie tie, ConsentStatus consent) {
        Participant x;
        x.cityId = yt;
        x.code = QString::fromUtf8(code);
        x.realName = QString::fromUtf8(name);
        x.gender = QString::fromUtf8(gender);
        x.ageBand = QString::fromUtf8(age);
        x.occupation = QStringLiteral("渔民");
        x.category = QString::fromUtf8(category);
        x.tie = tie;
        x.consent = consent;
        return *test::write(*p, [&](const WriteScope& w) { return p->participants().add(w, x); });
    };
    const RowId a = person("YT-001", "王海", "男", "50-59", "渔民", CityTie::Native, ConsentStatus::Given);
    const RowId b =
        person("YT-002", "李燕", "女", "25-34", "教师", CityTie::Returnee, ConsentStatus::Pending);
    const RowId c =
        person("YT-003", "赵风", "男", "35-44", "渔民", CityTie::Native, ConsentStatus::Withdrawn);

    Theme sea;
    sea.name = QStringLiteral("海");
    sea.description = QStringLiteral("海与生活。");
    const RowId seaId = *test::write(*p, [&](const WriteScope& w) { return p->themes().add(w, sea); });
    Theme wind;
    wind.name = QStringLiteral("风");
    wind.parentId = seaId;
    const RowId windId = *test::write(*p, [&](const WriteScope& w) { return p->themes().add(w, wind); });
    Theme ease;
    ease.name = QStringLiteral("自在");
    ease.position = 1;
    const RowId easeId = *test::write(*p, [&](const WriteScope& w) { return p->themes().add(w, ease); });

    QList<RowId> quotes;
    const auto interview = [&](const char* when, InterviewMode mode, QList<RowId> people, QList<RowId> by,
                               const QString& speaker, const QStringList& lines, qint64 audioMs) {
        Interview iv;
        iv.cityId = yt;
        iv.startedAt = QString::fromUtf8(when);
        iv.durationMs = 30 * 60'000;
        iv.place = QStringLiteral("码头");
        iv.mode = mode;
        iv.status = InterviewStatus::Coded;
        iv.participantIds = people;
        iv.interviewerIds = by;
        const RowId id = *test::write(*p, [&](const WriteScope& w) { return p->interviews().add(w, iv); });
        std::vector<Segment> segments;
        for (int i = 0; i < lines.size(); ++i) {
            Segment s;
            s.speaker = speaker;
            s.startMs = i * 10'000;
            s.text = lines.at(i);
            segments.push_back(s);
        }
        const auto ids = *test::write(
            *p, [&](const WriteScope& w) { return p->transcripts().appendSegments(w, id, segments); });
        if (audioMs > 0) {
            Media m;
            m.interviewId = id;
            m.sha256 = QString(64, QLatin1Char('a' + char(quotes.size())));
            m.format = QStringLiteral("wav");
            m.durationMs = audioMs;
            test::write(*p, [&](const WriteScope& w) { return p->media().add(w, m); });
        }
        return std::make_pair(id, ids);
    };
    const auto quote = [&](RowId iv, RowId segment, const QString& text, QList<RowId> themes, bool starred,
                           bool inDossier, const QString& translation = {}) {
        Quote q;
        q.interviewId = iv;
        q.startSegmentId = q.endSegmentId = segment;
        q.startOffset = 0;
        q.endOffset = codePointCount(text);
        q.text = text;
        q.themeIds = themes;
        q.starred = starred;
        q.inDossier = inDossier;
        q.translation = translation;
        q.audioStartMs = 10'000;
        const RowId id = *test::write(*p, [&](const WriteScope& w) { return p->quotes().add(w, q); });
        quotes << id;
        return id;
    };
    const auto [i1, s1] =
        interview("2026-09-01T09:00", InterviewMode::InPerson, {a}, {lin}, QStringLiteral("YT-001"),
                  {QStringLiteral("海风一吹就不想走了。"), QStringLiteral("日子自在。")}, 600'000);
    const auto [i2, s2] =
        interview("2026-09-02T14:00", InterviewMode::Phone, {b}, {anna}, QStringLiteral("YT-002"),
                  {QStringLiteral("回来教书，下班就去海边。"), QStringLiteral("不用证明什么。")}, 0);
    const auto [i3, s3] = interview("2026-09-03T10:00", InterviewMode::InPerson, {c}, {lin},
                                    QStringLiteral("YT-003"), {QStringLiteral("这话别写出去。")}, 300'000);
    const auto [i4, s4] = interview("2026-09-04T10:00", InterviewMode::Video, {a, c}, {lin, anna},
                                    QStringLiteral("YT-001"), {QStringLiteral("我们俩一起出海。")}, 0);
    const RowId q1 = quote(i1, s1[0], QStringLiteral("海风一吹就不想走了。"), {windId}, true, true,
                           QStringLiteral("One breath of sea wind and you don't want to leave."));
    const RowId q2 = quote(i1, s1[1], QStringLiteral("日子自在。"), {easeId}, false, false);
    const RowId q3 =
        quote(i2, s2[0], QStringLiteral("回来教书，下班就去海边。"), {seaId, easeId}, false, true);
    quote(i2, s2[1], QStringLiteral("不用证明什么。"), {easeId}, true, false);
    const RowId secret = quote(i3, s3[0], QStringLiteral("这话别写出去。"), {seaId}, true, true);
    quote(i4, s4[0], QStringLiteral("我们俩一起出海。"), {seaId}, false, false);

    Insight spirit;
    spirit.cityId = yt;
    spirit.kind = InsightKind::Spirit;
    spirit.title = QStringLiteral("烟台自在");
    spirit.statement = QStringLiteral("自在是知道自己要什么。");
    spirit.quoteIds = {q2, secret, q1};
    spirit.position = 1;
    Insight support;
    support.cityId = yt;
    support.title = QStringLiteral("海是日常");
    support.quoteIds = {q3};
    support.position = 0;
    test::write(*p, [&](const WriteScope& w) { return p->insights().add(w, support); });
    test::write(*p, [&](const WriteScope& w) { return p->insights().add(w, spirit); });
    return p;
}

void TestDossier::golden_contentModelOfASmallProject()
{
    auto project = smallProject(m_dir.filePath(QStringLiteral("golden.tianye")));
    QVERIFY(project);
    dossier::Options options;
    options.quotesPerTheme = 2;
    auto model = dossier::buildCity(project->db().sql(),
                                    *project->cities().findByName(QStringLiteral("烟台")), options);
    QVERIFY2(model, model ? "" : qPrintable(model.error().message));
    const QByteArray actual = QJsonDocument(dossier::toJson(*model)).toJson(QJsonDocument::Indented);
    if (qEnvironmentVariableIsSet("TIANYE_UPDATE_GOLDEN")) {
        QFile out(Golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile golden(Golden);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(Golden));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        const QString got = m_dir.filePath(QStringLiteral("small-city.actual.json"));
        write(actual, QStringLiteral("small-city.actual.json"));
        QFAIL(qPrintable(QStringLiteral("content model differs from %1; got %2").arg(Golden, got)));
    }
}

void TestDossier::model_leavesOutWithdrawnParticipants()
{
    auto project = smallProject(m_dir.filePath(QStringLiteral("consent.tianye")));
    QVERIFY(project);
    auto model =
        dossier::buildCity(project->db().sql(), *project->cities().findByName(QStringLiteral("烟台")), {});
    QVERIFY(model);
    const QString json = QString::fromUtf8(QJsonDocument(dossier::toJson(*model)).toJson());
    QVERIFY(!json.contains(QStringLiteral("YT-003")));
    QVERIFY(!json.contains(QStringLiteral("这话别写出去")));
    QVERIFY(!json.contains(QStringLiteral("赵风")));
    // The interview with only YT-003 is gone; the one YT-003 shared stays, without them.
    QCOMPARE(model->interviews, 3);
    QCOMPARE(model->roster.size(), size_t(3));
    QCOMPARE(model->roster.back().speakers, QStringLiteral("YT-001"));
    QCOMPARE(model->audioMs, 600'000);
    QCOMPARE(model->participants, 2);
    QCOMPARE(model->quotes,
             5); // YT-003's own interview's quote is not counted; YT-001's in the shared one is
    // The spirit insight leads; its withdrawn evidence is left out, the order kept.
    QCOMPARE(model->insights.front().kind, InsightKind::Spirit);
    QCOMPARE(model->insights.front().evidence.size(), size_t(2));
    QCOMPARE(model->insights.front().evidence.at(0).text, QStringLiteral("日子自在。"));
}

void TestDossier::eachFormat_hasHeadingsQuoteAndCountsButNoWithdrawnWords_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << int(dossier::Format::Pdf);
    QTest::newRow("odt") << int(dossier::Format::Odt);
    QTest::newRow("html") << int(dossier::Format::Html);
    QTest::newRow("markdown") << int(dossier::Format::Markdown);
}

void TestDossier::eachFormat_hasHeadingsQuoteAndCountsButNoWithdrawnWords()
{
    QFETCH(int, format);
    const auto fmt = dossier::Format(format);
    auto bytes = cityBytes(fmt);
    QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
    const QString file = write(*bytes, QStringLiteral("datong.") + dossier::suffix(fmt));
    QString text;
    switch (fmt) {
    case dossier::Format::Pdf:
        QVERIFY(bytes->startsWith("%PDF-"));
        text = run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        break;
    case dossier::Format::Odt:
        text = odtText(file);
        break;
    case dossier::Format::Html: {
        text = QString::fromUtf8(*bytes);
        QVERIFY(text.contains(QLatin1String("<img src=\"data:image/png;base64,")));
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(tags, QString());
        break;
    }
    case dossier::Format::Markdown:
        text = QString::fromUtf8(*bytes);
        QVERIFY(text.contains(QStringLiteral("## Who we heard")));
        break;
    }
    QVERIFY2(text.size() > 1000, qPrintable(text.left(300)));
    const QString flat = squeezed(text);
    for (const char* heading :
         {"Insightdossier", "Insights", "Themes", "Whowe", "Appendix:interviewroster", "Spiritword:大同不争"})
        QVERIFY2(flat.contains(QString::fromUtf8(heading)), heading);
    QVERIFY2(flat.contains(KnownQuote), qPrintable(text.left(2000)));
    QVERIFY(flat.contains(QStringLiteral("Openingtenshopsistheirtalent")));
    for (const QString& never : Withdrawn)
        QVERIFY2(!flat.contains(squeezed(never)), qPrintable(never));
    // Cover counts: the withdrawn participant's interview and quotes are not counted.
    QVERIFY2(flat.contains(QStringLiteral("Interviews4")) || flat.contains(QStringLiteral("Interviews|4")),
             qPrintable(flat.left(600)));
    QVERIFY(flat.contains(QStringLiteral("Quotes7")) || flat.contains(QStringLiteral("Quotes|7")));
}

void TestDossier::pdf_embedsAFontThatExtractsChinese()
{
    auto bytes = cityBytes(dossier::Format::Pdf);
    QVERIFY(bytes);
    const QString file = write(*bytes, QStringLiteral("fonts.pdf"));
    const QString fonts = run(QStringLiteral("pdffonts"), {file});
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        // name type encoding emb sub uni: every font embedded, with a ToUnicode map.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == QLatin1String("yes") &&
                     cols.at(cols.size() - 3) == QLatin1String("yes"),
                 qPrintable(line));
    }
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("Kangxi radical U+%1 in the text layer").arg(c.unicode(), 4, 16)));
    // Characters that Noto CJK turns into radicals (文, 音) come out as written.
    QVERIFY(squeezed(text).contains(QStringLiteral("中学语文教师")));
}

void TestDossier::pdf_letterAndChineseHeadings()
{
    dossier::Options options;
    options.pageSize = dossier::PageSize::Letter;
    options.language = dossier::Language::Chinese;
    auto bytes = cityBytes(dossier::Format::Pdf, options, QStringLiteral("烟台"));
    QVERIFY(bytes);
    const QString file = write(*bytes, QStringLiteral("yantai-letter.pdf"));
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
    const QString text =
        squeezed(run(QStringLiteral("pdftotext"),
                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")}));
    for (const QString& heading : {QStringLiteral("洞察报告"), QStringLiteral("我们听到了谁"),
                                   QStringLiteral("附录：访谈名单"), QStringLiteral("城市精神：烟台自在")})
        QVERIFY2(text.contains(heading), qPrintable(heading + QLatin1Char('\n') + text.left(800)));
    QVERIFY(!text.contains(QStringLiteral("Whowe")));

    dossier::Options a4;
    auto bytesA4 = cityBytes(dossier::Format::Pdf, a4, QStringLiteral("烟台"));
    const QString infoA4 = run(QStringLiteral("pdfinfo"), {write(*bytesA4, QStringLiteral("yantai-a4.pdf"))});
    QVERIFY2(infoA4.contains(QStringLiteral("(A4)")), qPrintable(infoA4));
}

void TestDossier::options_sectionsQuotesPerThemeRealNames()
{
    dossier::Options options;
    options.sections = dossier::Sections(dossier::Section::Insights) | dossier::Section::Themes;
    options.quotesPerTheme = 1;
    options.realNames = true;
    auto model =
        dossier::buildCity(m_demo->db().sql(), *m_demo->cities().findByName(QStringLiteral("大同")), options);
    QVERIFY(model);
    for (const dossier::ThemeItem& t : model->themes)
        QCOMPARE(t.best.size(), size_t(1));
    auto bytes = dossier::render(*model, {}, dossier::Format::Markdown, options);
    QVERIFY(bytes);
    const QString md = QString::fromUtf8(*bytes);
    QVERIFY(md.contains(QStringLiteral("## Insights")));
    QVERIFY(md.contains(QStringLiteral("## Themes")));
    QVERIFY(!md.contains(QStringLiteral("Who we heard")));
    QVERIFY(!md.contains(QStringLiteral("Fieldwork in numbers")));
    QVERIFY(!md.contains(QStringLiteral("Appendix")));
    // Consent given: the real name; consent pending (DT-005): the code; withdrawn: nothing.
    QVERIFY(md.contains(QStringLiteral("王建国")));
    QVERIFY(!md.contains(QStringLiteral("DT-001")));
    QVERIFY(!md.contains(QStringLiteral("陈晨")));
    for (const QString& never : Withdrawn)
        QVERIFY2(!md.contains(never), qPrintable(never));

    // By default pseudonyms only.
    auto plain = cityBytes(dossier::Format::Markdown);
    QVERIFY(!QString::fromUtf8(*plain).contains(QStringLiteral("王建国")));
    QVERIFY(QString::fromUtf8(*plain).contains(QStringLiteral("DT-001")));
}

void TestDossier::comparison_matrixAndInsightsSideBySide()
{
    auto model = dossier::buildComparison(m_demo->db().sql());
    QVERIFY(model);
    QCOMPARE(model->cities.size(), size_t(3));
    // The same counts as the Theme × City tab (withdrawn consent left out).
    const auto matrix = *QuoteCatalog(m_demo->db()).matrix(false);
    QCOMPARE(model->themes.size(), matrix.themes.size());
    for (const dossier::ComparisonTheme& t : model->themes) {
        const auto theme = std::find_if(matrix.themes.begin(), matrix.themes.end(),
                                        [&](const Theme& x) { return x.name == t.name; });
        QVERIFY(theme != matrix.themes.end());
        for (size_t c = 0; c < model->cities.size(); ++c) {
            const auto city = std::find_if(matrix.cities.begin(), matrix.cities.end(),
                                           [&](const City& x) { return x.name == model->cities[c].name; });
            const ThemeCityCell cell = matrix.cell(theme->id, city->id);
            QCOMPARE(t.cells[c].first, cell.quotes);
            QCOMPARE(t.cells[c].second, cell.interviews);
        }
    }
    for (const dossier::Format fmt :
         {dossier::Format::Pdf, dossier::Format::Html, dossier::Format::Markdown, dossier::Format::Odt}) {
        auto bytes = dossier::render(*model, fmt, {});
        QVERIFY(bytes);
        const QString file = write(*bytes, QStringLiteral("all.") + dossier::suffix(fmt));
        QString text = fmt == dossier::Format::Pdf
                           ? run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")})
                       : fmt == dossier::Format::Odt ? odtText(file)
                                                     : QString::fromUtf8(*bytes);
        text = squeezed(text);
        for (const QString& word : {QStringLiteral("不争"), QStringLiteral("自在"), QStringLiteral("活得真"),
                                    QStringLiteral("淡季哲学"), QStringLiteral("Theme×city")})
            QVERIFY2(text.contains(word),
                     qPrintable(QStringLiteral("%1 in %2").arg(word, dossier::suffix(fmt))));
        QVERIFY(!text.contains(QStringLiteral("DT-006")));
    }
}

void TestDossier::cancel_stopsAndWritesNothing()
{
    dossier::Progress stopAtOnce;
    stopAtOnce.cancelled = [] { return true; };
    auto model = dossier::buildCity(m_demo->db().sql(), *m_demo->cities().findByName(QStringLiteral("大同")),
                                    {}, stopAtOnce);
    QVERIFY(!model);
    QCOMPARE(model.error().code, Error::Code::Cancelled);

    // Cancel while laying out pages: progress reached, then stop.
    auto built =
        dossier::buildCity(m_demo->db().sql(), *m_demo->cities().findByName(QStringLiteral("大同")), {});
    QVERIFY(built);
    int last = 0;
    dossier::Progress midway;
    midway.report = [&](int percent) { last = percent; };
    midway.cancelled = [&] { return last >= 60; };
    auto bytes = dossier::render(*built, {}, dossier::Format::Pdf, {}, midway);
    QVERIFY(!bytes);
    QCOMPARE(bytes.error().code, Error::Code::Cancelled);
    QCOMPARE(last, 60);

    // Without cancel, progress runs to 100 in order.
    QList<int> seen;
    dossier::Progress counting;
    counting.report = [&](int percent) { seen << percent; };
    QVERIFY(dossier::render(*built, {}, dossier::Format::Pdf, {}, counting));
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestDossier::badTarget_namedAndExistingFileKept()
{
    auto bytes = cityBytes(dossier::Format::Markdown);
    QVERIFY(bytes);
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/datong.md"));
    auto saved = dossier::save(*bytes, missing);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("datong.md")), qPrintable(saved.error().message));

    // A folder that cannot be written: the older dossier there stays as it was.
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/datong.md");
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("older dossier");
    old.close();
    QString why;
    if (!test::makeReadOnly(folder, &why))
        QFAIL(qPrintable(why));
    saved = dossier::save(*bytes, file);
    test::makeWritable(folder);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("datong.md")), qPrintable(saved.error().message));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("older dossier"));
}

void TestDossier::cli_writesEachFormat()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.tianye"));
    QCOMPARE(test::runCli({QStringLiteral("demo"), project}).exitCode, 0);
    for (const QString& suffix :
         {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("md")}) {
        const QString out = m_dir.filePath(QStringLiteral("cli-datong.") + suffix);
        const auto r = test::runCli({QStringLiteral("dossier"), project, QStringLiteral("--city"),
                                     QStringLiteral("大同"), QStringLiteral("--format"), suffix,
                                     QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("cli-datong.") + suffix));
        QVERIFY(QFileInfo(out).size() > 1000);
    }
    const QString md = m_dir.filePath(QStringLiteral("cli-zh.md"));
    auto r =
        test::runCli({QStringLiteral("dossier"), project, QStringLiteral("--city"), QStringLiteral("烟台"),
                      QStringLiteral("--language"), QStringLiteral("zh"), QStringLiteral("--sections"),
                      QStringLiteral("cover,insights"), QStringLiteral("-o"), md});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(md);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("## 洞察")));
    QVERIFY(!text.contains(QStringLiteral("我们听到了谁")));

    // The optional words section: the city's distinctive terms with an example each, and
    // nothing of a participant who withdrew.
    const QString wordsMd = m_dir.filePath(QStringLiteral("cli-words.md"));
    r = test::runCli({QStringLiteral("dossier"), project, QStringLiteral("--city"), QStringLiteral("大同"),
                      QStringLiteral("--sections"), QStringLiteral("cover,words"), QStringLiteral("-o"),
                      wordsMd});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile wf(wordsMd);
    QVERIFY(wf.open(QIODevice::ReadOnly));
    const QString words = QString::fromUtf8(wf.readAll());
    QVERIFY2(words.contains(QStringLiteral("## Words that set 大同 apart")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("| 城墙 |")));
    QVERIFY(words.contains(QStringLiteral("For example")));
    QVERIFY(words.contains(QStringLiteral("…")));
    for (const QString& never : Withdrawn)
        QVERIFY2(!words.contains(never), qPrintable(never));
    QVERIFY(!words.contains(QStringLiteral("钟头"))); // only the withdrawn participant says it

    r = test::runCli({QStringLiteral("dossier"), project, QStringLiteral("--all-cities"),
                      QStringLiteral("-o"), m_dir.filePath(QStringLiteral("cli-all.pdf"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Mistakes: named, exit 1 or 2, nothing written.
    r = test::runCli({QStringLiteral("dossier"), project, QStringLiteral("--city"), QStringLiteral("成都"),
                      QStringLiteral("-o"), m_dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("成都")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    r = test::runCli({QStringLiteral("dossier"), project, QStringLiteral("--city"), QStringLiteral("大同"),
                      QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("x.docx"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("docx")));
}

void TestDossier::pdfPages_keepAHeadingWithWhatItHeads()
{
    // Paragraphs of filler, then a heading that lands at the foot of the first page with
    // its table on the next; and a heading that fits with its paragraph.
    for (int filler = 1; filler < 30; ++filler) {
        QString html;
        for (int i = 0; i < filler; ++i)
            html += QStringLiteral("<p>第%1段：慢慢来，不着急。</p>").arg(i);
        html +=
            QStringLiteral("<h3>Tie to the city</h3><table border=\"1\"><tr><td>Native</td><td>3</td></tr>"
                           "<tr><td>Returnee</td><td>2</td></tr></table><h3>Next</h3><p>end</p>");
        QTextDocument doc;
        doc.setHtml(html);
        const qreal pageHeight = 400;
        doc.setPageSize(QSizeF(300, pageHeight));
        dossier::keepHeadingsWithNext(doc, pageHeight);
        QAbstractTextDocumentLayout* layout = doc.documentLayout();
        layout->documentSize();
        // The page of a block's first line (lines move to the next page, rectangles stay).
        const auto pageOf = [&](const QTextBlock& b) {
            return int((layout->blockBoundingRect(b).top() + b.layout()->lineAt(0).y()) / pageHeight);
        };
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0)
                continue;
            const int headingPage = pageOf(b);
            const int nextPage = pageOf(b.next());
            QVERIFY2(headingPage == nextPage,
                     qPrintable(QStringLiteral("%1 filler paragraphs: '%2' on page %3, what follows on %4")
                                    .arg(filler)
                                    .arg(b.text())
                                    .arg(headingPage + 1)
                                    .arg(nextPage + 1)));
        }
    }
}

QTEST_MAIN(TestDossier)
#include "tst_dossier.moc"
