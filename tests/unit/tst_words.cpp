// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "demo/CorpusGenerator.h"
#include "ops/ThemeAnalysis.h"
#include "ops/Words.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"
#include "words/Expressions.h"
#include "words/Keyness.h"
#include "words/Lexicon.h"
#include "words/Segmenter.h"
#include "words/StopWords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace tianye;
using namespace tianye::words;

class TestWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keynessMatchesAHandComputedTable();
    void segmenterFindsTheLikeliestWords();
    void segmenterKeepsLatinWordsAndDropsSeparators();
    void unknownWordListIsNamed();
    void stopListLeavesOutClosedClassesAndTakesProjectChanges();
    void plantedExpressionsSetTheirCityApart();
    void interviewersAndWithdrawnSpeakersAreLeftOut();
    void aTalkativeSpeakerDoesNotMakeACityWord();
    void updateReadsOnlyWhatChanged();
    void cliListsExportsAndKeepsTheStopList();
    void themesByAnAttribute_withTotalsAndShares();
    void themesTogether_byQuoteSegmentAndInterview();

private:
    QTemporaryDir m_dir;
};

namespace {

QStringList termsOf(const ops::WordsReport& report)
{
    QStringList out;
    for (const ops::TermRow& t : report.terms)
        out << t.term;
    return out;
}

Segment segment(const QString& speaker, const QString& text)
{
    Segment s;
    s.speaker = speaker;
    s.text = text;
    return s;
}

// A small project of two cities: each interview one participant, speaking in turns
// with an interviewer ("访谈员").
struct Small
{
    std::unique_ptr<Project> project;
    RowId a = NoRow, b = NoRow;
    QList<RowId> participants;
    QList<RowId> interviews;

    RowId add(RowId city, const QStringList& participantTurns, const QStringList& interviewerTurns = {})
    {
        RowId interview = NoRow;
        auto ok = test::write(*project, [&](const WriteScope& w) -> Status {
            Participant p;
            p.cityId = city;
            p.code = QStringLiteral("P-%1").arg(participants.size() + 1, 3, 10, QLatin1Char('0'));
            p.consent = ConsentStatus::Given;
            const RowId pid = orThrow(project->participants().add(w, p));
            participants << pid;
            Interview iv;
            iv.cityId = city;
            iv.participantIds = {pid};
            interview = orThrow(project->interviews().add(w, iv));
            std::vector<Segment> segments;
            for (int i = 0; i < std::max(participantTurns.size(), interviewerTurns.size()); ++i) {
                if (i < interviewerTurns.size())
                    segments.push_back(segment(QStringLiteral("访谈员"), interviewerTurns[i]));
                if (i < participantTurns.size())
                    segments.push_back(segment(p.code, participantTurns[i]));
            }
            orThrow(project->transcripts().appendSegments(w, interview, segments));
            return {};
        });
        if (!ok)
            qFatal("%s", qPrintable(ok.error().message));
        interviews << interview;
        return interview;
    }
};

Small smallProject(const QString& path)
{
    Small s;
    auto made = Project::create(path);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
    s.project = std::move(*made);
    auto ok = test::write(*s.project, [&](const WriteScope& w) -> Status {
        City a, b;
        a.name = QStringLiteral("大同");
        b.name = QStringLiteral("烟台");
        s.a = orThrow(s.project->cities().add(w, a));
        s.b = orThrow(s.project->cities().add(w, b));
        return {};
    });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().message));
    return s;
}

const QString Shared = QStringLiteral("我们每天早上去公园散步，中午回家吃饭，晚上看电视。");

} // namespace

void TestWords::keynessMatchesAHandComputedTable()
{
    // a = 50 uses in 10,000 characters, b = 20 in 40,000.
    // E1 = 10000·70/50000 = 14, E2 = 40000·70/50000 = 56;
    // G² = 2·(50·ln(50/14) + 20·ln(20/56)) = 2·(63.6483 − 20.5924) = 86.1118.
    QCOMPARE(qRound(logLikelihood(50, 20, 10000, 40000) * 1000), 86112);
    // Relative frequencies 0.005 and 0.0005: ten times as often, log2 = 3.3219.
    QCOMPARE(qRound(logRatio(50, 20, 10000, 40000) * 1000), 3322);
    // Used only on one side: the zero is taken as 0.5.
    QCOMPARE(qRound(logRatio(8, 0, 10000, 10000) * 1000), 4000);
    // Same rate on both sides: no keyness at all.
    QCOMPARE(logLikelihood(10, 40, 1000, 4000), 0.0);
    QCOMPARE(logRatio(10, 40, 1000, 4000), 0.0);
    // A term used less in the target has a negative log ratio and the same G².
    QVERIFY(logRatio(2, 80, 10000, 40000) < 0);
}

void TestWords::segmenterFindsTheLikeliestWords()
{
    auto lexicon = Lexicon::shared();
    QVERIFY2(lexicon.has_value(), qPrintable(lexicon ? QString() : lexicon.error().message));
    Segmenter segmenter(*lexicon);
    // ICU's dictionary splits 大同人 as 大|同人; the likeliest path does not.
    QCOMPARE(segmenter.split(u"我是大同人，在城墙下面卖刀削面"),
             QStringLiteral("我 是 大同 人 在 城墙 下面 卖 刀削面"));
}

void TestWords::segmenterKeepsLatinWordsAndDropsSeparators()
{
    auto lexicon = std::make_shared<Lexicon>();
    lexicon->add(U"城墙", 100);
    Segmenter segmenter(lexicon);
    QCOMPARE(segmenter.split(u"用iPhone拍城墙！2019年"), QStringLiteral("用 iphone 拍 城墙 2019 年"));
    std::vector<Term> terms;
    QString source = QStringLiteral("拍城墙 WiFi");
    std::vector<text::NormalizedChar> chars;
    text::TextNormalizer::fromString(source, chars);
    QStringList spans;
    segmenter.segment(
        chars, [&](const Term& t) { spans << source.mid(t.sourceStart, t.sourceEnd - t.sourceStart); });
    QCOMPARE(spans, QStringList({QStringLiteral("拍"), QStringLiteral("城墙"), QStringLiteral("WiFi")}));
}

void TestWords::unknownWordListIsNamed()
{
    const auto missing = Lexicon::load(QStringLiteral("/nonexistent/dict.txt"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/dict.txt")));
    QTemporaryFile junk;
    QVERIFY(junk.open());
    junk.write("\x89PNG\r\n\x1a\n binary junk");
    junk.close();
    const auto foreign = Lexicon::load(junk.fileName());
    QVERIFY(!foreign);
    QVERIFY(foreign.error().message.contains(junk.fileName()));
}

void TestWords::stopListLeavesOutClosedClassesAndTakesProjectChanges()
{
    auto lexicon = Lexicon::shared();
    QVERIFY(lexicon.has_value());
    StopList stops;
    QVERIFY(stops.stops(QStringLiteral("我们"), **lexicon)); // pronoun (r)
    QVERIFY(stops.stops(QStringLiteral("的"), **lexicon));   // particle (uj)
    QVERIFY(stops.stops(QStringLiteral("就是"), **lexicon)); // our list: a filler
    QVERIFY(stops.stops(QStringLiteral("The"), **lexicon));
    QVERIFY(!stops.stops(QStringLiteral("城墙"), **lexicon));
    stops.addWord(QStringLiteral("城墙"));
    stops.keepWord(QStringLiteral("就是"));
    QVERIFY(stops.stops(QStringLiteral("城墙"), **lexicon));
    QVERIFY(!stops.stops(QStringLiteral("就是"), **lexicon));
}

void TestWords::plantedExpressionsSetTheirCityApart()
{
    // Seed scale: 3 cities, 300 interviews, ~300,000 characters of shared talk, with one
    // expression no dictionary has planted in a third of one city's interviews, three
    // uses each: a 2-, a 3- and a 4-character one.
    auto made = Project::create(m_dir.filePath(QStringLiteral("planted.tianye")));
    QVERIFY(made.has_value());
    Project& project = **made;
    demo::CorpusGenerator::Options o;
    o.cities = 3;
    o.interviewsPerCity = 100;
    o.charsPerInterview = 1000;
    o.quotes = 0;
    const QStringList planted{QStringLiteral("晕碳"), QStringLiteral("活得真"), QStringLiteral("贼拉得劲")};
    for (int c = 0; c < 3; ++c)
        o.planted.push_back({c, planted[c], 33, 3});
    QVERIFY(demo::CorpusGenerator::generate(project, o).has_value());
    auto index = ops::WordIndex::build(project);
    QVERIFY2(index.has_value(), qPrintable(index ? QString() : index.error().message));
    for (const QString& e : planted)
        QVERIFY2((*index)->expressions().contains(e), qPrintable(e));
    auto cities = project.cities().list();
    QVERIFY(cities.has_value());
    QCOMPARE(cities->size(), size_t(3));
    const words::StopList stops;
    for (int c = 0; c < 3; ++c) {
        ops::WordsComparison comparison;
        comparison.cityId = (*cities)[size_t(c)].id;
        auto report = (*index)->compare(comparison, stops);
        QVERIFY(report.has_value());
        const QStringList terms = termsOf(*report);
        const QString name = (*cities)[size_t(c)].name;
        QVERIFY2(terms.indexOf(planted[c]) >= 0 && terms.indexOf(planted[c]) < 5,
                 qPrintable(name + QStringLiteral(": ") + terms.mid(0, 10).join(QLatin1Char(' '))));
        QVERIFY(report->terms[terms.indexOf(planted[c])].expression);
        for (int other = 0; other < 3; ++other)
            if (other != c)
                QVERIFY2(!terms.contains(planted[other]),
                         qPrintable(name + QStringLiteral(" has ") + planted[other]));
        // Every interview but those of the ~3% of participants the generator makes withdraw.
        QVERIFY(report->targetInterviews > 90 && report->targetInterviews <= 100);
        QVERIFY(report->referenceInterviews > 180 && report->referenceInterviews <= 200);
    }
}

void TestWords::interviewersAndWithdrawnSpeakersAreLeftOut()
{
    Small s = smallProject(m_dir.filePath(QStringLiteral("consent.tianye")));
    for (int i = 0; i < 4; ++i) {
        s.add(s.a, {Shared, QStringLiteral("城墙下面的刀削面馆我常去。")},
              {QStringLiteral("您平时喜欢葡萄酒吗？"), QStringLiteral("葡萄酒呢？")});
        s.add(s.b, {Shared, QStringLiteral("海边的海蛎子特别新鲜。")}, {QStringLiteral("您好。")});
    }
    auto index = ops::WordIndex::build(*s.project);
    QVERIFY(index.has_value());
    ops::WordsComparison c;
    c.cityId = s.a;
    auto report = (*index)->compare(c, words::StopList());
    QVERIFY(report.has_value());
    QVERIFY2(termsOf(*report).contains(QStringLiteral("城墙")), qPrintable(termsOf(*report).join(u' ')));
    QVERIFY(!termsOf(*report).contains(QStringLiteral("葡萄酒"))); // only the interviewer says it
    c.includeInterviewers = true;
    report = (*index)->compare(c, words::StopList());
    QVERIFY(termsOf(*report).contains(QStringLiteral("葡萄酒")));

    // Three of 大同's four participants withdraw: their words leave the analysis.
    for (int i = 0; i < 3; ++i)
        QVERIFY(test::write(*s.project, [&](const WriteScope& w) {
            return s.project->participants().set(w, s.participants[i * 2], ParticipantField::Consent,
                                                 QVariant::fromValue(ConsentStatus::Withdrawn));
        }));
    auto reread = (*index)->update(*s.project);
    QVERIFY(reread.has_value());
    QCOMPARE(*reread, qint64(3));
    c.includeInterviewers = false;
    c.minInterviews = 1;
    c.minKeyness = 0;
    report = (*index)->compare(c, words::StopList());
    // The withdrawn participants' interviews have only the interviewer's turns left: not counted.
    QCOMPARE(report->targetInterviews, 1);
    const auto wall = std::find_if(report->terms.begin(), report->terms.end(),
                                   [](const ops::TermRow& t) { return t.term == QStringLiteral("城墙"); });
    QVERIFY(wall != report->terms.end());
    QCOMPARE(wall->targetUses, qint64(1));
    QCOMPARE(wall->targetInterviews, 1);
}

void TestWords::aTalkativeSpeakerDoesNotMakeACityWord()
{
    Small s = smallProject(m_dir.filePath(QStringLiteral("talkative.tianye")));
    s.add(s.a, {Shared + QStringLiteral("葡萄酒葡萄酒葡萄酒葡萄酒葡萄酒葡萄酒葡萄酒葡萄酒，我就爱葡萄酒。")});
    for (int i = 0; i < 5; ++i) {
        s.add(s.a, {Shared, QStringLiteral("城墙真好看。")});
        s.add(s.b, {Shared, QStringLiteral("海边真好看。")});
    }
    auto index = ops::WordIndex::build(*s.project);
    QVERIFY(index.has_value());
    ops::WordsComparison c;
    c.cityId = s.a;
    c.minInterviews = 1;
    auto report = (*index)->compare(c, words::StopList());
    QVERIFY(report.has_value());
    QVERIFY2(termsOf(*report).contains(QStringLiteral("城墙")), qPrintable(termsOf(*report).join(u' ')));
    QVERIFY(!termsOf(*report).contains(QStringLiteral("葡萄酒")));
    // Without the rule, by count alone, it would lead the list.
    c.maxSpeakerShare = 1.0;
    report = (*index)->compare(c, words::StopList());
    QCOMPARE(termsOf(*report).value(0), QStringLiteral("葡萄酒"));
}

void TestWords::updateReadsOnlyWhatChanged()
{
    Small s = smallProject(m_dir.filePath(QStringLiteral("update.tianye")));
    for (int i = 0; i < 3; ++i) {
        s.add(s.a, {Shared});
        s.add(s.b, {Shared});
    }
    auto index = ops::WordIndex::build(*s.project);
    QVERIFY(index.has_value());
    auto nothing = (*index)->update(*s.project);
    QVERIFY(nothing.has_value());
    QCOMPARE(*nothing, qint64(0));
    // One transcript edited: one interview read again, and the new word is counted.
    auto segments = s.project->transcripts().segments(s.interviews[0]);
    QVERIFY(segments.has_value());
    QVERIFY(test::write(*s.project, [&](const WriteScope& w) {
        return s.project->transcripts().setText(w, segments->front().id,
                                                QStringLiteral("我在城墙下晒太阳。") + Shared);
    }));
    auto one = (*index)->update(*s.project);
    QVERIFY(one.has_value());
    QCOMPARE(*one, qint64(1));
    ops::WordsComparison c;
    c.cityId = s.a;
    c.minInterviews = 1;
    c.minKeyness = 0;        // one use is not significant, and
    c.maxSpeakerShare = 1.0; // one speaker is not a city: here it is the count that matters
    auto report = (*index)->compare(c, words::StopList());
    QVERIFY(termsOf(*report).contains(QStringLiteral("城墙")));
    QVERIFY(termsOf(*report).contains(QStringLiteral("晒太阳")));
    // A new interview is read; a removed one leaves.
    s.add(s.a, {QStringLiteral("城墙。")});
    QCOMPARE(*(*index)->update(*s.project), qint64(1));
    QCOMPARE((*index)->interviews(), 7);
    QVERIFY(test::write(
        *s.project, [&](const WriteScope& w) { return s.project->interviews().remove(w, s.interviews[0]); }));
    QCOMPARE(*(*index)->update(*s.project), qint64(0));
    QCOMPARE((*index)->interviews(), 6);
    report = (*index)->compare(c, words::StopList());
    QVERIFY(!termsOf(*report).contains(QStringLiteral("晒太阳"))); // only the removed interview said it
    // An interview moved to the other city counts there, without reading it again.
    QVERIFY(test::write(*s.project, [&](const WriteScope& w) {
        return s.project->interviews().set(w, s.interviews[1], InterviewField::CityId,
                                           QVariant::fromValue(s.a));
    }));
    QCOMPARE(*(*index)->update(*s.project), qint64(0));
    report = (*index)->compare(c, words::StopList());
    QCOMPARE(report->targetInterviews, 4);
}

void TestWords::cliListsExportsAndKeepsTheStopList()
{
    Small s = smallProject(m_dir.filePath(QStringLiteral("cli.tianye")));
    for (int i = 0; i < 4; ++i) {
        s.add(s.a, {Shared, QStringLiteral("城墙下面的刀削面馆我常去。")});
        s.add(s.b, {Shared, QStringLiteral("海边的海蛎子特别新鲜。")});
    }
    const QString path = m_dir.filePath(QStringLiteral("cli.tianye"));
    s.project.reset();
    auto run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--city"), QStringLiteral("大同"),
                             QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("interviews")).toInt(), 4);
    QStringList terms;
    for (const auto& t : json.value(QStringLiteral("terms")).toArray())
        terms << t.toObject().value(QStringLiteral("term")).toString();
    QVERIFY2(terms.contains(QStringLiteral("城墙")) && terms.contains(QStringLiteral("刀削面")),
             qPrintable(terms.join(u' ')));
    QVERIFY(!terms.contains(QStringLiteral("海蛎子")));

    // Leave a word out: the project keeps it, the next run does not list it.
    run =
        test::runCli({QStringLiteral("words"), path, QStringLiteral("--leave-out"), QStringLiteral("城墙")});
    QCOMPARE(run.exitCode, 0);
    run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--city"), QStringLiteral("大同")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QStringLiteral("城墙\t")) && run.out.contains(QStringLiteral("刀削面")));
    QVERIFY2(!run.out.split(u'\n').filter(QRegularExpression(QStringLiteral("^城墙\\s"))).size(),
             qPrintable(run.out));

    const QString csv = m_dir.filePath(QStringLiteral("words.csv"));
    run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--city"), QStringLiteral("大同"),
                        QStringLiteral("-o"), csv});
    QCOMPARE(run.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY(written.contains(QStringLiteral("刀削面")));
    QVERIFY(written.contains(QStringLiteral("Keyness")));

    // Word frequency of one city: by uses, the shared words too (stop words not).
    run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--city"), QStringLiteral("烟台"),
                        QStringLiteral("--frequency"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray frequent =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("terms")).toArray();
    QVERIFY(!frequent.isEmpty());
    QStringList byUses;
    for (const auto& t : frequent)
        byUses << t.toObject().value(QStringLiteral("term")).toString();
    QVERIFY2(byUses.contains(QStringLiteral("公园")) && byUses.contains(QStringLiteral("海蛎子")),
             qPrintable(byUses.join(u' ')));
    QVERIFY(!byUses.contains(QStringLiteral("我们")));
    for (qsizetype i = 1; i < frequent.size(); ++i)
        QVERIFY(frequent[i - 1].toObject().value(QStringLiteral("uses")).toInt() >=
                frequent[i].toObject().value(QStringLiteral("uses")).toInt());
    // Any interviews against the rest.
    run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--interviews"),
                        QStringLiteral("%1,%2").arg(s.interviews[1]).arg(s.interviews[3]),
                        QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("interviews")).toInt(),
             2);

    run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--city"), QStringLiteral("长安")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("长安")), qPrintable(run.err));
    run = test::runCli({QStringLiteral("words"), path, QStringLiteral("--make-theme"),
                        QStringLiteral("刀削面"), QStringLiteral("--city"), QStringLiteral("大同")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("刀削面")));
}

namespace {

// Two interviews of 大同: a woman's (two quotes) and a man's (one), themes T1 > T1a and T2.
struct Coded
{
    Small s;
    RowId t1 = NoRow, t1a = NoRow, t2 = NoRow;
    QList<RowId> quotes;
};

Coded codedProject(const QString& path)
{
    Coded c;
    c.s = smallProject(path);
    Small& s = c.s;
    s.add(s.a, {QStringLiteral("城墙很老。"), QStringLiteral("面很好吃。")});
    s.add(s.a, {QStringLiteral("海很蓝。")});
    auto ok = test::write(*s.project, [&](const WriteScope& w) -> Status {
        orThrow(s.project->participants().set(w, s.participants[0], ParticipantField::Gender,
                                              QStringLiteral("女")));
        orThrow(s.project->participants().set(w, s.participants[1], ParticipantField::Gender,
                                              QStringLiteral("男")));
        Theme t;
        t.name = QStringLiteral("T1");
        c.t1 = orThrow(s.project->themes().add(w, t));
        t.name = QStringLiteral("T1a");
        t.parentId = c.t1;
        c.t1a = orThrow(s.project->themes().add(w, t));
        t.name = QStringLiteral("T2");
        t.parentId = NoRow;
        c.t2 = orThrow(s.project->themes().add(w, t));
        const auto quote = [&](RowId interview, int segment, QList<RowId> themes) {
            const auto segs = orThrow(s.project->transcripts().segments(interview));
            Quote q;
            q.interviewId = interview;
            q.startSegmentId = q.endSegmentId = segs[size_t(segment)].id;
            q.startOffset = 0;
            q.endOffset = 2;
            q.text = segs[size_t(segment)].text.left(2);
            q.themeIds = themes;
            c.quotes << orThrow(s.project->quotes().add(w, q));
        };
        quote(s.interviews[0], 0, {c.t1a, c.t2}); // Q1 (女)
        quote(s.interviews[0], 1, {c.t1});        // Q2 (女)
        quote(s.interviews[1], 0, {c.t2});        // Q3 (男)
        return {};
    });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().message));
    return c;
}

} // namespace

void TestWords::themesByAnAttribute_withTotalsAndShares()
{
    Coded c = codedProject(m_dir.filePath(QStringLiteral("bygender.tianye")));
    Project& p = *c.s.project;
    auto table = ops::themesBy(p, ThemeColumns::Gender);
    QVERIFY(table.has_value());
    QCOMPARE(table->columns, QStringList({QStringLiteral("女"), QStringLiteral("男")}));
    QCOMPARE(table->cell(c.t1, 0).quotes, 2); // Q1 through its sub-theme, Q2
    QCOMPARE(table->cell(c.t1, 1).quotes, 0);
    QCOMPARE(table->cell(c.t1a, 0).quotes, 1);
    QCOMPARE(table->cell(c.t2, 0).quotes, 1);
    QCOMPARE(table->cell(c.t2, 1).quotes, 1);
    QCOMPARE(table->columnTotals.value(0).quotes, 2);
    QCOMPARE(table->columnTotals.value(1).quotes, 1);
    QCOMPARE(table->themeTotals.value(c.t2).quotes, 2);
    QCOMPARE(table->themeTotals.value(c.t2).interviews, 2);
    QCOMPARE(table->total.quotes, 3);
    const formats::Sheet sheet = ops::crossTabSheet(*table, ThemeColumns::Gender);
    QCOMPARE(sheet.header.value(1), QStringLiteral("女"));
    QCOMPARE(sheet.header.value(2), QStringLiteral("女 %"));
    const QVariantList t2row = sheet.rows.value(2);
    QCOMPARE(t2row.value(2).toDouble(), 50.0); // one of the women's two coded quotes
    QCOMPARE(t2row.value(4).toDouble(), 100.0);
    auto quotes = ops::quotesOfCell(p, c.t1, ThemeColumns::Gender, QStringLiteral("女"));
    QVERIFY(quotes.has_value());
    QCOMPARE(*quotes, QList<RowId>({c.quotes[0], c.quotes[1]}));

    // A participant's own attribute, by its key (text or a number).
    QVERIFY(test::write(p, [&](const WriteScope& w) {
        return p.participants().set(w, c.s.participants[0], ParticipantField::Attributes,
                                    QStringLiteral("{\"行业\": \"餐饮\", \"年龄\": 30}"));
    }));
    auto aged = ops::themesBy(p, ThemeColumns::Attribute, QStringLiteral("年龄"));
    QVERIFY(aged.has_value());
    QCOMPARE(aged->columns, QStringList({QString(), QStringLiteral("30")}));
    QCOMPARE(aged->cell(c.t1, 1).quotes, 2);
    auto thirty =
        ops::quotesOfCell(p, c.t1, ThemeColumns::Attribute, QStringLiteral("30"), QStringLiteral("年龄"));
    QVERIFY(thirty.has_value());
    QCOMPARE(thirty->size(), 2);
    auto own = ops::themesBy(p, ThemeColumns::Attribute, QStringLiteral("行业"));
    QVERIFY(own.has_value());
    QCOMPARE(own->columns, QStringList({QString(), QStringLiteral("餐饮")})); // the man has none
    QCOMPARE(own->cell(c.t1, 1).quotes, 2);
    auto restaurant = ops::interviewsWith(p, QStringLiteral("attr:行业"), QStringLiteral("餐饮"));
    QVERIFY(restaurant.has_value());
    QCOMPARE(*restaurant, QSet<RowId>({c.s.interviews[0]}));

    // The man withdraws: his quote leaves every count.
    QVERIFY(test::write(p, [&](const WriteScope& w) {
        return p.participants().set(w, c.s.participants[1], ParticipantField::Consent,
                                    QVariant::fromValue(ConsentStatus::Withdrawn));
    }));
    table = ops::themesBy(p, ThemeColumns::Gender);
    QCOMPARE(table->columns, QStringList({QStringLiteral("女")}));
    QCOMPARE(table->total.quotes, 2);

    const QString path = m_dir.filePath(QStringLiteral("bygender.tianye"));
    c.s.project.reset();
    auto run =
        test::runCli({QStringLiteral("matrix"), path, QStringLiteral("--by"), QStringLiteral("gender")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Theme,女,女 %,Total quotes")), qPrintable(run.out));
    run = test::runCli({QStringLiteral("matrix"), path, QStringLiteral("--by"), QStringLiteral("shoe size")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("age_band")));
}

void TestWords::themesTogether_byQuoteSegmentAndInterview()
{
    Coded c = codedProject(m_dir.filePath(QStringLiteral("together.tianye")));
    Project& p = *c.s.project;
    auto byQuote = ops::themeCooccurrence(p, CooccurrenceUnit::Quote);
    QVERIFY(byQuote.has_value());
    QCOMPARE(byQuote->count(c.t1a, c.t2), 1);
    QCOMPARE(byQuote->count(c.t2, c.t1a), 1);
    QCOMPARE(byQuote->count(c.t1, c.t2), 0); // as coded: no parent counted in
    QCOMPARE(byQuote->count(c.t2, c.t2), 2);
    auto byInterview = ops::themeCooccurrence(p, CooccurrenceUnit::Interview);
    QCOMPARE(byInterview->count(c.t1, c.t2), 1); // the woman's interview has both
    QCOMPARE(byInterview->count(c.t1, c.t1a), 1);
    QCOMPARE(byInterview->count(c.t2, c.t2), 2);
    auto bySegment = ops::themeCooccurrence(p, CooccurrenceUnit::Segment);
    QCOMPARE(bySegment->count(c.t1, c.t2), 0); // different segments
    auto quotes = ops::quotesOfPair(p, c.t1, c.t2, CooccurrenceUnit::Interview);
    QVERIFY(quotes.has_value());
    QCOMPARE(*quotes, QList<RowId>({c.quotes[0], c.quotes[1]}));
    const formats::Sheet sheet = ops::cooccurrenceSheet(*byQuote);
    QCOMPARE(sheet.header.mid(1),
             QStringList({QStringLiteral("T1"), QStringLiteral("T1a"), QStringLiteral("T2")}));
}

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"
