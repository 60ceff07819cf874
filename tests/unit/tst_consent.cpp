// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "dossier/Dossier.h"
#include "dossier/InsightsBoard.h"
#include "formats/Csv.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "ops/Cities.h"
#include "ops/Exports.h"
#include "ops/Insights.h"
#include "ops/Interviews.h"
#include "ops/Participants.h"
#include "ops/Quotes.h"
#include "ops/Session.h"
#include "ops/Themes.h"
#include "ops/Transcripts.h"
#include "quotes/QuoteBrowser.h"
#include "quotes/QuoteBrowserModel.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tianye;

// Consent is decided by who said the words: a quote that any withdrawn participant
// says (or whose speaker cannot be told where someone withdrew) never leaves the
// project, in any export, and is shown in red with the reason wherever it is listed.
class TestConsent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::startGuiTests(QStringLiteral("consent")); }

    void jointInterview_withheldFromEveryExport_throughTheCli();
    void jointInterview_inTheWindow_redWithTheReason();
    void speakerNotKnown_isNeverCreditedToSomeoneElse();
    void tiedLabel_decidesWhoSaysIt();
    void interviewerAdded_theirWordsAreNoLongerWithheld_onThePage();
    void randomJointTranscripts_noWithdrawnWordsReachAnExport();

private:
    QTemporaryDir m_dir;
};

namespace {

// A joint interview of DT-004 (consent given, 张秀兰) and DT-006 (withdrew, 刘志强),
// with the interviewer's questions between their turns.
const QString JointTranscript = QStringLiteral("访谈员：两位平时周末怎么过？\n"
                                               "DT-004：我周末就去城墙上走走，慢慢溜达。\n"
                                               "DT-006：我开出租，周末也跑车，拉一趟是一趟。\n"
                                               "DT-004：他是真辛苦，我们都劝他歇歇。\n");
// Inside DT-006's turn; from DT-004's turn into DT-006's; DT-004's alone.
const QString Inside = QStringLiteral("拉一趟是一趟");
const QString Across = QStringLiteral("慢慢溜达。 我开出租");
const QString Control = QStringLiteral("我周末就去城墙上走走");

QString writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

// The number in the "<city> quotes" column of a theme's row of the matrix CSV.
int matrixCell(const QString& csv, const QString& theme, const QString& city)
{
    auto rows = csv::parse(csv, QStringLiteral("matrix.csv"));
    if (!rows || rows->empty())
        return -1;
    const int column = int(rows->front().indexOf(city + QStringLiteral(" quotes")));
    for (const QStringList& row : *rows)
        if (row.value(0).trimmed() == theme)
            return row.value(column).toInt();
    return -1;
}

} // namespace

void TestConsent::jointInterview_withheldFromEveryExport_throughTheCli()
{
    const QString base = m_dir.filePath(QStringLiteral("cli"));
    QCOMPARE(test::runCli({QStringLiteral("demo"), base}).exitCode, 0);
    const QString folder = base + QStringLiteral(".tianye");
    auto run =
        test::runCli({QStringLiteral("interview"), QStringLiteral("add"), folder, QStringLiteral("--city"),
                      QStringLiteral("大同"), QStringLiteral("--participant"), QStringLiteral("DT-004"),
                      QStringLiteral("--participant"), QStringLiteral("DT-006"), QStringLiteral("--date"),
                      QStringLiteral("2026-10-20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString interview = run.out.trimmed();
    const QString txt = writeFile(m_dir.filePath(QStringLiteral("joint.txt")), JointTranscript);
    run = test::runCli(
        {QStringLiteral("import-transcript"), folder, QStringLiteral("--interview"), interview, txt});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString before = test::runCli({QStringLiteral("matrix"), folder}).out;

    for (const QString& words : {Inside, Across, Control}) {
        run = test::runCli({QStringLiteral("quote"), QStringLiteral("add"), folder,
                            QStringLiteral("--interview"), interview, QStringLiteral("--text"), words,
                            QStringLiteral("--theme"), QStringLiteral("不慌不忙"), QStringLiteral("--star"),
                            QStringLiteral("--dossier")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.trimmed().toLongLong() > 0);
    }
    // Words that are not there, or there twice, are named and nothing is made.
    run = test::runCli({QStringLiteral("quote"), QStringLiteral("add"), folder, QStringLiteral("--interview"),
                        interview, QStringLiteral("--text"), QStringLiteral("周末")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--occurrence")), qPrintable(run.err));
    run = test::runCli({QStringLiteral("quote"), QStringLiteral("add"), folder, QStringLiteral("--interview"),
                        interview, QStringLiteral("--text"), QStringLiteral("不在这里的话")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("不在这里的话")), qPrintable(run.err));

    // Who says each label's turns.
    run = test::runCli({QStringLiteral("speakers"), folder, QStringLiteral("--interview"), interview});
    QVERIFY2(run.out.contains(QStringLiteral("DT-006\tDT-006")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("访谈员\tinterviewer")), qPrintable(run.out));

    // Search shows the words a withdrawn participant said as withheld, and only those
    // (the demo's transcripts have no 周末).
    run = test::runCli({QStringLiteral("search"), folder, QStringLiteral("周末"), QStringLiteral("--json"),
                        QStringLiteral("--limit"), QStringLiteral("10000")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    int segmentHits = 0;
    for (const QJsonValue g :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("interviews")).toArray()) {
        for (const QJsonValue h : g.toObject().value(QStringLiteral("hits")).toArray()) {
            const QJsonObject hit = h.toObject();
            if (hit.value(QStringLiteral("kind")).toString() != QLatin1String("segment"))
                continue;
            ++segmentHits;
            const QString speaker = hit.value(QStringLiteral("speaker")).toString();
            // The interviewer's question and DT-004's turn are not withheld; DT-006's is.
            QCOMPARE(hit.value(QStringLiteral("withheld")).toString(),
                     speaker == QLatin1String("DT-006") ? QStringLiteral("speaker") : QString());
        }
    }
    QCOMPARE(segmentHits, 3);
    run = test::runCli({QStringLiteral("search"), folder, Inside});
    QVERIFY2(run.out.contains(QStringLiteral("withheld for consent")), qPrintable(run.out));

    // The matrix counts the control quote only.
    const QString after = test::runCli({QStringLiteral("matrix"), folder}).out;
    QCOMPARE(matrixCell(after, QStringLiteral("不慌不忙"), QStringLiteral("大同")),
             matrixCell(before, QStringLiteral("不慌不忙"), QStringLiteral("大同")) + 1);

    const QStringList never{Inside, QStringLiteral("慢慢溜达"), QStringLiteral("我开出租"),
                            QStringLiteral("刘志强")};
    const auto check = [&](const QString& file, bool realNames) {
        const QString text = test::exportedText(file);
        QVERIFY2(text.size() > 200, qPrintable(file + QStringLiteral(": ") + text.left(200)));
        QVERIFY2(text.contains(test::squeezed(Control)), qPrintable(file));
        for (const QString& word : never)
            QVERIFY2(!text.contains(test::squeezed(word)), qPrintable(file + QStringLiteral(": ") + word));
        if (realNames)
            QVERIFY2(text.contains(QStringLiteral("张秀兰")), qPrintable(file));
    };
    for (const char* format : {"pdf", "odt", "html", "md"}) {
        for (bool realNames : {false, true}) {
            const QString file = m_dir.filePath(
                QStringLiteral("datong-%1.%2").arg(realNames ? 1 : 0).arg(QLatin1String(format)));
            // Every quote of each theme, so that the control quote is in it.
            QStringList args{QStringLiteral("dossier"),
                             folder,
                             QStringLiteral("--city"),
                             QStringLiteral("大同"),
                             QStringLiteral("--quotes-per-theme"),
                             QStringLiteral("100"),
                             QStringLiteral("-o"),
                             file};
            if (realNames)
                args << QStringLiteral("--real-names");
            run = test::runCli(args);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            check(file, realNames);
        }
    }
    const QString comparison = m_dir.filePath(QStringLiteral("all.md"));
    QCOMPARE(test::runCli({QStringLiteral("dossier"), folder, QStringLiteral("--all-cities"),
                           QStringLiteral("-o"), comparison})
                 .exitCode,
             0);
    const QString all = test::exportedText(comparison);
    for (const QString& word : never)
        QVERIFY2(!all.contains(test::squeezed(word)), qPrintable(word));
    for (const char* format : {"csv", "xlsx"}) {
        const QString file = m_dir.filePath(QStringLiteral("quotes.%1").arg(QLatin1String(format)));
        run = test::runCli({QStringLiteral("quotes"), folder, QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("withheld for consent")), qPrintable(run.out));
        check(file, false);
    }
}

void TestConsent::jointInterview_inTheWindow_redWithTheReason()
{
    test::DemoWindow w(QStringLiteral("window"));
    Project& p = w.project();
    const RowId datong = *p.cities().findByName(QStringLiteral("大同"));
    Interview iv;
    iv.cityId = datong;
    iv.startedAt = QStringLiteral("2026-10-20T10:00");
    const RowId interview = *ops::logInterview(
        w.verbs(), iv, {{QStringLiteral("DT-004"), {}, {}}, {QStringLiteral("DT-006"), {}, {}}}, {});
    std::vector<Segment> turns;
    for (const QString& line : JointTranscript.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        Segment s;
        s.speaker = line.section(QStringLiteral("："), 0, 0);
        s.text = line.section(QStringLiteral("："), 1);
        turns.push_back(s);
    }
    QVERIFY(ops::importTranscript(w.verbs(), interview, turns, QStringLiteral("joint.txt")));
    QList<RowId> ids;
    for (const QString& words : {Inside, Across, Control}) {
        auto q = ops::findWords(p, interview, words);
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        ids << *ops::makeQuote(w.verbs(), *q);
    }
    const QString red = QColor(0xb3, 0x26, 0x1e).name();

    // The Quotes tab: withheld in red, the reason as the tooltip.
    ui::QuoteBrowserModel* model = w.window().quoteBrowser()->model();
    QTRY_VERIFY(model->rowOf(ids.at(2)) >= 0);
    for (int i = 0; i < 3; ++i) {
        const QModelIndex row = model->index(model->rowOf(ids.at(i)), ui::QuoteBrowserModel::QuoteColumn);
        const bool withheld = i < 2;
        QCOMPARE(row.data(Qt::ForegroundRole).value<QColor>().name() == red, withheld);
        QCOMPARE(row.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Withheld")), withheld);
        const QString speaker =
            model->index(row.row(), ui::QuoteBrowserModel::SpeakerColumn).data().toString();
        QCOMPARE(speaker, i == 0   ? QStringLiteral("DT-006")
                          : i == 1 ? QStringLiteral("DT-004, DT-006")
                                   : QStringLiteral("DT-004"));
    }

    // The interview page's list of quotes.
    ui::InterviewPage* page = w.window().openInterview(interview);
    auto* list = page->findChild<QListWidget*>(QStringLiteral("quoteList"));
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 3);
    int redItems = 0;
    for (int i = 0; i < list->count(); ++i) {
        const bool isRed = list->item(i)->foreground().color().name() == red;
        redItems += isRed;
        QCOMPARE(isRed, list->item(i)->toolTip().startsWith(QStringLiteral("Withheld")));
    }
    QCOMPARE(redItems, 2);

    // The insights board: evidence that is withheld shows so.
    QTest::keyClick(&w.window(), Qt::Key_6, Qt::ControlModifier); // View → Insights
    ui::InsightsBoard* board = w.window().insightsBoard();
    QVERIFY(board->isVisible());
    board->showCity(datong);
    board->insightList()->setCurrentRow(0);
    const RowId spirit = board->currentInsight();
    QVERIFY(ops::setEvidence(w.verbs(), spirit, {ids.at(0), ids.at(2)}, ops::EvidenceChange::Added, 2));
    auto* evidence = board->findChild<QListWidget*>(QStringLiteral("evidenceList"));
    QVERIFY(evidence);
    QTRY_COMPARE(evidence->count(), 2);
    QCOMPARE(evidence->item(0)->foreground().color().name(), red);
    QVERIFY(evidence->item(0)->toolTip().startsWith(QStringLiteral("Withheld")));
    QVERIFY(evidence->item(1)->foreground().color().name() != red);
}

// In an interview of two who both consented, words under a label nobody is known
// by are nobody's: not the first participant's (the old guess), and not withheld.
void TestConsent::speakerNotKnown_isNeverCreditedToSomeoneElse()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("unknown")));
    QVERIFY(created);
    Project& p = **created;
    ops::Session s(p);
    City city;
    city.name = QStringLiteral("烟台");
    Interview iv;
    iv.cityId = *ops::addCity(s, city);
    const RowId interview = *ops::logInterview(
        s, iv, {{QStringLiteral("YT-001"), {}, {}}, {QStringLiteral("YT-002"), {}, {}}}, {});
    std::vector<Segment> turns(2);
    turns[0].speaker = QStringLiteral("YT-001");
    turns[0].text = QStringLiteral("海风吹了一辈子。");
    turns[1].speaker = QStringLiteral("说话人3");
    turns[1].text = QStringLiteral("人也就自在了。");
    QVERIFY(ops::importTranscript(s, interview, turns, QStringLiteral("asr.txt")));
    const RowId quote = *ops::makeQuote(s, *ops::findWords(p, interview, QStringLiteral("人也就自在了")));
    QuoteCatalog catalog(p.db());
    QuoteRow row = catalog.rows({quote})->front();
    QCOMPARE(row.speakerCode, QString());
    QCOMPARE(row.speaker(), QStringLiteral("speaker not known"));
    QCOMPARE(row.participantId, NoRow);
    QCOMPARE(row.withheld, Withheld::No);
    const formats::Sheet sheet = ops::quotesSheet({row});
    QCOMPARE(sheet.rows.size(), 1);
    QCOMPARE(sheet.rows.front().at(2).toString(), QStringLiteral("speaker not known"));

    // Once someone of the interview withdraws, words of no known speaker are withheld.
    const RowId yt2 = *p.participants().findByCode(QStringLiteral("YT-002"));
    QVERIFY(ops::setParticipantField(s, yt2, ParticipantField::Consent,
                                     QVariant::fromValue(ConsentStatus::Withdrawn)));
    row = catalog.rows({quote})->front();
    QCOMPARE(row.withheld, Withheld::Unknown);
    QVERIFY(ops::quotesSheet({row}).rows.isEmpty());
}

// A label tied to a participant is theirs: what may be published follows the tie,
// and undoing the tie undoes that too.
void TestConsent::tiedLabel_decidesWhoSaysIt()
{
    test::DemoWindow w(QStringLiteral("tied"));
    Project& p = w.project();
    Interview iv;
    iv.cityId = *p.cities().findByName(QStringLiteral("大同"));
    const RowId interview = *ops::logInterview(
        w.verbs(), iv, {{QStringLiteral("DT-004"), {}, {}}, {QStringLiteral("DT-006"), {}, {}}}, {});
    std::vector<Segment> turns(2);
    turns[0].speaker = QStringLiteral("说话人1");
    turns[0].text = QStringLiteral("城墙修好了以后人多了。");
    turns[1].speaker = QStringLiteral("说话人2");
    turns[1].text = QStringLiteral("我还是愿意开车到处转。");
    QVERIFY(ops::importTranscript(w.verbs(), interview, turns, QStringLiteral("asr.txt")));
    const RowId first =
        *ops::makeQuote(w.verbs(), *ops::findWords(p, interview, QStringLiteral("城墙修好了")));
    const RowId second =
        *ops::makeQuote(w.verbs(), *ops::findWords(p, interview, QStringLiteral("开车到处转")));
    QuoteCatalog catalog(p.db());
    // Nobody is known, and DT-006 withdrew: both withheld.
    QCOMPARE(catalog.rows({first})->front().withheld, Withheld::Unknown);
    QCOMPARE(catalog.rows({second})->front().withheld, Withheld::Unknown);
    const RowId dt4 = *p.participants().findByCode(QStringLiteral("DT-004"));
    const RowId dt6 = *p.participants().findByCode(QStringLiteral("DT-006"));
    QVERIFY(ops::tieSpeaker(w.verbs(), interview, QStringLiteral("说话人1"), dt4));
    QVERIFY(ops::tieSpeaker(w.verbs(), interview, QStringLiteral("说话人2"), dt6));
    QCOMPARE(catalog.rows({first})->front().withheld, Withheld::No);
    QCOMPARE(catalog.rows({first})->front().speakerCode, QStringLiteral("DT-004"));
    QCOMPARE(catalog.rows({second})->front().withheld, Withheld::Speaker);
    QCOMPARE(w.session().undoStack()->undoText(), QStringLiteral("Tie Speaker 说话人2 to DT-006"));
    QVERIFY(w.verbs().undo());
    QCOMPARE(catalog.rows({second})->front().withheld, Withheld::Unknown);
    // Renaming the label keeps its tie.
    QVERIFY(ops::renameSpeaker(w.verbs(), interview, QStringLiteral("说话人1"), QStringLiteral("张阿姨")));
    QCOMPARE(catalog.rows({first})->front().speakerCode, QStringLiteral("DT-004"));
}

// Random joint transcripts (labels by code, real name, none, the interviewer's, ASR
// labels nobody is tied to) and random quote ranges: no word of a participant who
// withdrew reaches the quote sheet, the dossier or the matrix, and everything else does.
void TestConsent::randomJointTranscripts_noWithdrawnWordsReachAnExport()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    const QByteArray seedText = QByteArray("seed ") + QByteArray::number(seed);
    const char* why = seedText.constData();
    auto created = Project::create(m_dir.filePath(QStringLiteral("random-%1").arg(seed)));
    QVERIFY(created);
    Project& p = **created;
    ops::Session s(p);
    City city;
    city.name = QStringLiteral("齐齐哈尔");
    const RowId cityId = *ops::addCity(s, city);
    const RowId theme = *ops::addTheme(s, QStringLiteral("活得真"));
    struct Person
    {
        QString code;
        QString name;
        bool withdrawn;
    };
    const Person people[] = {{QStringLiteral("QQ-001"), QStringLiteral("王大姐"), false},
                             {QStringLiteral("QQ-002"), QStringLiteral("李师傅"), true},
                             {QStringLiteral("QQ-003"), QStringLiteral("赵老师"), false}};
    for (const Person& person : people) {
        Participant participant;
        participant.cityId = cityId;
        participant.code = person.code;
        participant.realName = person.name;
        participant.consent = person.withdrawn ? ConsentStatus::Withdrawn : ConsentStatus::Given;
        QVERIFY(test::write(p, [&](const WriteScope& w) { return p.participants().add(w, participant); }));
    }
    // The segments (by id) whose words a withdrawn participant said, or may have said.
    QSet<RowId> unpublishable;
    QSet<RowId> allQuotes;
    int segmentNumber = 0;
    for (int n = 0; n < 12; ++n) {
        QList<ops::NewParticipant> who;
        QList<int> in;
        for (int k = 0; k < 3; ++k)
            if (rng.bounded(2) == 1 || (k == 2 && in.isEmpty())) {
                who.append({people[k].code, {}, {}});
                in << k;
            }
        Interview iv;
        iv.cityId = cityId;
        iv.startedAt = QStringLiteral("2026-11-%1T09:00").arg(n + 1, 2, 10, QLatin1Char('0'));
        const RowId interview = *ops::logInterview(s, iv, who, {});
        const bool withdrawnIn =
            std::any_of(in.begin(), in.end(), [&](int k) { return people[k].withdrawn; });
        const bool onlyWithdrawn =
            std::all_of(in.begin(), in.end(), [&](int k) { return people[k].withdrawn; });
        std::vector<Segment> turns;
        std::vector<int> speakerOf; // -1 interviewer, -2 nobody known, else the person
        const int count = 4 + int(rng.bounded(8));
        for (int t = 0; t < count; ++t) {
            Segment seg;
            int speaker = -2;
            switch (rng.bounded(6)) {
            case 0:
                speaker = int(rng.bounded(3));
                seg.speaker = people[speaker].code;
                break;
            case 1: { // a real name: only the interview's own participants are named so
                const int k = in.at(int(rng.bounded(int(in.size()))));
                seg.speaker = people[k].name;
                speaker = k;
                break;
            }
            case 2:
                seg.speaker = QStringLiteral("访谈员");
                speaker = -1;
                break;
            case 3:
                seg.speaker = QString();
                speaker = in.size() == 1 ? in.front() : -2;
                break;
            default:
                seg.speaker = QStringLiteral("说话人%1").arg(rng.bounded(5));
                break;
            }
            seg.text = QStringLiteral("第%1段的话，说了些日子里的事。").arg(++segmentNumber);
            turns.push_back(seg);
            speakerOf.push_back(speaker);
        }
        QVERIFY(ops::importTranscript(s, interview, turns, QStringLiteral("random.txt")));
        // Someone who withdrew is in it, or speaks in it by their code: a turn nobody
        // is known to say may be theirs.
        const bool risk = withdrawnIn || std::any_of(speakerOf.begin(), speakerOf.end(),
                                                     [&](int k) { return k >= 0 && people[k].withdrawn; });
        const auto segments = *p.transcripts().segments(interview);
        for (size_t t = 0; t < segments.size(); ++t) {
            const int k = speakerOf[t];
            if (onlyWithdrawn || (k >= 0 && people[k].withdrawn) || (k == -2 && risk))
                unpublishable.insert(segments[t].id);
        }
        for (int q = 0; q < 8; ++q) {
            const size_t a = rng.bounded(quint32(segments.size()));
            const size_t b = std::min(segments.size() - 1, a + rng.bounded(3));
            Quote quote;
            quote.interviewId = interview;
            quote.startSegmentId = segments[a].id;
            quote.endSegmentId = segments[b].id;
            quote.startOffset = rng.bounded(4);
            quote.endOffset = 6 + rng.bounded(6);
            allQuotes.insert(*ops::makeQuote(s, quote, {{theme, {}}}));
        }
    }
    // Which quotes may leave the project: none of whose segments is unpublishable.
    QSet<RowId> publishable;
    for (RowId id : allQuotes) {
        const Quote q = *p.quotes().get(id);
        const auto segments = *p.transcripts().segments(q.interviewId);
        bool inside = false;
        bool ok = true;
        for (const Segment& seg : segments) {
            inside |= seg.id == q.startSegmentId;
            if (inside && unpublishable.contains(seg.id))
                ok = false;
            if (seg.id == q.endSegmentId)
                break;
        }
        if (ok)
            publishable.insert(id);
    }
    QVERIFY2(!publishable.isEmpty() && publishable.size() < allQuotes.size(), why);

    // The quote sheet.
    std::vector<RowId> ids(allQuotes.begin(), allQuotes.end());
    const formats::Sheet sheet = ops::quotesSheet(*QuoteCatalog(p.db()).rows(ids));
    QSet<RowId> exported;
    for (const QVariantList& row : sheet.rows)
        exported.insert(row.last().toLongLong());
    QVERIFY2(exported == publishable, why);
    // The dossier, every quote of the theme shown.
    dossier::Options options;
    options.quotesPerTheme = 1000;
    options.realNames = true;
    auto model = dossier::buildCity(p.db().sql(), cityId, options);
    QVERIFY2(model, why);
    QSet<RowId> inDossier;
    for (const dossier::ThemeItem& t : model->themes)
        for (const dossier::QuoteItem& q : t.best)
            inDossier.insert(q.id);
    QVERIFY2(inDossier == publishable, why);
    QCOMPARE(model->quotes, int(publishable.size()));
    // The matrix.
    const ThemeMatrix matrix = *QuoteCatalog(p.db()).matrix(false);
    QCOMPARE(matrix.cell(theme, cityId).quotes, int(publishable.size()));
}

// Words under a label nobody is known by are withheld once someone of the interview
// withdrew; when the label turns out to be an interviewer's name (added to the
// interview on its page), the open page shows them as publishable at once.
void TestConsent::interviewerAdded_theirWordsAreNoLongerWithheld_onThePage()
{
    test::DemoWindow w(QStringLiteral("interviewer"));
    Project& p = w.project();
    Interview iv;
    iv.cityId = *p.cities().findByName(QStringLiteral("大同"));
    iv.startedAt = QStringLiteral("2026-10-21T10:00");
    const RowId interview = *ops::logInterview(
        w.verbs(), iv, {{QStringLiteral("DT-004"), {}, {}}, {QStringLiteral("DT-006"), {}, {}}}, {});
    std::vector<Segment> turns(2);
    turns[0].speaker = QStringLiteral("林晓");
    turns[0].text = QStringLiteral("两位平时周末怎么过？");
    turns[1].speaker = QStringLiteral("DT-004");
    turns[1].text = QStringLiteral("我周末就去城墙上走走。");
    QVERIFY(ops::importTranscript(w.verbs(), interview, turns, QStringLiteral("joint.txt")));
    const RowId question =
        *ops::makeQuote(w.verbs(), *ops::findWords(p, interview, QStringLiteral("两位平时周末怎么过")));
    RowId linXiao = NoRow;
    const auto researchers = p.researchers().list();
    for (const Researcher& r : *researchers)
        if (r.name == QStringLiteral("林晓"))
            linXiao = r.id;
    QVERIFY(linXiao != NoRow);

    ui::InterviewPage* page = w.window().openInterview(interview);
    auto* list = page->findChild<QListWidget*>(QStringLiteral("quoteList"));
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).value<RowId>(), question);
    const QString red = QColor(0xb3, 0x26, 0x1e).name();
    QCOMPARE(list->item(0)->foreground().color().name(), red);

    QVERIFY(ops::setInterviewInterviewers(w.verbs(), interview, {linXiao}));
    QTRY_VERIFY(list->count() == 1 && list->item(0)->foreground().color().name() != red);
    QVERIFY(list->item(0)->toolTip().isEmpty());
}

QTEST_MAIN(TestConsent)
#include "tst_consent.moc"
