// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "core/TextAnchor.h"
#include "demo/CorpusGenerator.h"
#include "demo/DemoProject.h"
#include "media/MediaLibrary.h"
#include "media/WavInfo.h"
#include "ops/Media.h"
#include "store/CityFacts.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/IntegrityReport.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tianye;

class TestDemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demo_hasThreeCitiesWithSpiritWords();
    void demo_interviewsHaveChineseTranscriptsWithSpeakersAndTimes();
    void demo_participantsVaryAndQuotesMatchTheirWords();
    void demo_audioPerCityIsRealSpeechAndStoredByHash();
    void demo_insightsPerCityWithEvidence();
    void demo_passesIntegrityCheck();
    void cityFacts_countWhatTheCoverStates();
    void generator_isDeterministicAndSized();
    void mediaLibrary_storesSameContentOnce();
    void mediaLibrary_refusesBadWav();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_demo;
};

void TestDemo::initTestCase()
{
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Demo")));
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    m_demo = std::move(*demo);
}

void TestDemo::demo_hasThreeCitiesWithSpiritWords()
{
    const auto cities = *m_demo->cities().list();
    QCOMPARE(cities.size(), size_t(3));
    QCOMPARE(cities[0].name, QStringLiteral("大同"));
    QCOMPARE(cities[0].spiritWord, QStringLiteral("不争"));
    QCOMPARE(cities[1].name, QStringLiteral("烟台"));
    QCOMPARE(cities[1].spiritWord, QStringLiteral("自在"));
    QCOMPARE(cities[2].name, QStringLiteral("齐齐哈尔"));
    QCOMPARE(cities[2].spiritWord, QStringLiteral("活得真"));
}

void TestDemo::demo_interviewsHaveChineseTranscriptsWithSpeakersAndTimes()
{
    const auto interviews = *m_demo->interviews().list();
    QVERIFY(interviews.size() >= 12);
    QSet<InterviewMode> modes;
    for (const Interview& iv : interviews) {
        modes.insert(iv.mode);
        const auto segments = *m_demo->transcripts().segments(iv.id);
        QVERIFY(segments.size() >= 6);
        qsizetype chars = 0;
        QSet<QString> speakers;
        for (const Segment& s : segments) {
            chars += codePointCount(s.text);
            speakers.insert(s.speaker);
            QVERIFY(s.startMs.has_value());
        }
        QVERIFY2(chars >= 280,
                 qPrintable(QStringLiteral("interview %1 has %2 characters").arg(iv.id).arg(chars)));
        QVERIFY(speakers.size() >= 2);
        QVERIFY(!iv.participantIds.isEmpty());
        QVERIFY(!iv.interviewerIds.isEmpty());
    }
    QVERIFY(modes.contains(InterviewMode::InPerson));
    QVERIFY(modes.contains(InterviewMode::Phone));
}

void TestDemo::demo_participantsVaryAndQuotesMatchTheirWords()
{
    const auto participants = *m_demo->participants().list();
    QSet<QString> categories;
    for (const Participant& p : participants)
        categories.insert(p.category);
    QVERIFY(categories.size() >= 5);
    const auto quotes = *m_demo->quotes().list();
    QVERIFY(quotes.size() >= 12);
    for (const Quote& q : quotes) {
        QCOMPARE(*m_demo->quotes().currentText(q.id), q.text);
        QVERIFY(!q.themeIds.isEmpty());
    }
    QVERIFY(m_demo->themes().list()->size() >= 6);
}

void TestDemo::demo_audioPerCityIsRealSpeechAndStoredByHash()
{
    const auto media = *m_demo->media().list();
    QCOMPARE(media.size(), size_t(3));
    QSet<RowId> cities;
    media::MediaLibrary library(*m_demo);
    for (const Media& m : media) {
        cities.insert(m_demo->interviews().get(m.interviewId)->cityId);
        const QString path = library.pathOf(m);
        QCOMPARE(*media::MediaLibrary::sha256Of(path), m.sha256);
        const auto wav = media::readWavInfo(path);
        QVERIFY(wav);
        QVERIFY2(m.durationMs >= 2000 && m.durationMs < 30'000, qPrintable(QString::number(m.durationMs)));
        QCOMPARE(m.durationMs, wav->durationMs());
        QVERIFY(m.originalName.endsWith(QStringLiteral(".wav")));
    }
    QCOMPARE(cities.size(), 3);
}

void TestDemo::demo_insightsPerCityWithEvidence()
{
    const auto cities = *m_demo->cities().list();
    for (const City& c : cities) {
        const auto insights = *m_demo->insights().list(c.id);
        QVERIFY(!insights.empty());
        QCOMPARE(insights.front().kind, InsightKind::Spirit);
        QVERIFY(insights.front().title.contains(c.spiritWord));
        QVERIFY(insights.front().quoteIds.size() >= 2);
    }
}

void TestDemo::demo_passesIntegrityCheck()
{
    const auto report = IntegrityReport::run(*m_demo);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestDemo::cityFacts_countWhatTheCoverStates()
{
    auto facts = cityFacts(m_demo->db());
    QVERIFY(facts);
    QCOMPARE(facts->size(), size_t(3));
    const CityFacts& datong = facts->front();
    QCOMPARE(datong.cityName, QStringLiteral("大同"));
    QCOMPARE(datong.firstDay, QStringLiteral("2026-10-14"));
    QCOMPARE(datong.lastDay, QStringLiteral("2026-10-18"));
    QCOMPARE(datong.interviews, 5);
    qint64 characters = 0;
    const auto interviews = *m_demo->interviews().list(datong.cityId);
    for (const Interview& iv : interviews) {
        const auto segments = *m_demo->transcripts().segments(iv.id);
        for (const Segment& s : segments)
            characters += codePointCount(s.text);
    }
    QCOMPARE(datong.characters, characters);
    const auto media = *m_demo->media().list(interviews.front().id);
    QCOMPARE(datong.audioMs, media.front().durationMs);
    // DT-006 withdrew consent: the demo keeps their interview and two quotes (one of
    // them evidence for the spirit insight), and the cover counts neither quote.
    const RowId dt006 = *m_demo->participants().findByCode(QStringLiteral("DT-006"));
    QCOMPARE(m_demo->participants().get(dt006)->consent, ConsentStatus::Withdrawn);
    int withdrawnQuotes = 0;
    for (const Interview& iv : interviews)
        if (iv.participantIds.contains(dt006))
            withdrawnQuotes += int(m_demo->quotes().list(iv.id)->size());
    QCOMPARE(withdrawnQuotes, 2);
    QCOMPARE(datong.usableQuotes, 7);

    // A participant who withdraws takes their interview's quotes out of the count.
    const RowId dt001 = *m_demo->participants().findByCode(QStringLiteral("DT-001"));
    QVERIFY(test::write(*m_demo, [&](const WriteScope& w) {
        return m_demo->participants().set(w, dt001, ParticipantField::Consent,
                                          QVariant::fromValue(ConsentStatus::Withdrawn));
    }));
    QCOMPARE(cityFacts(m_demo->db())->front().usableQuotes, 4);
    QVERIFY(test::write(*m_demo, [&](const WriteScope& w) {
        return m_demo->participants().set(w, dt001, ParticipantField::Consent,
                                          QVariant::fromValue(ConsentStatus::Given));
    }));
}

void TestDemo::generator_isDeterministicAndSized()
{
    demo::CorpusGenerator::Options options;
    options.cities = 2;
    options.interviewsPerCity = 7;
    options.charsPerInterview = 3000;
    options.quotes = 30;
    options.seed = 42;
    QStringList texts[2];
    for (int run = 0; run < 2; ++run) {
        auto project = Project::create(m_dir.filePath(QStringLiteral("gen%1").arg(run)));
        QVERIFY(project);
        auto totals = demo::CorpusGenerator::generate(**project, options);
        QVERIFY(totals);
        QCOMPARE(totals->cities, 2);
        QCOMPARE(totals->interviews, 14);
        QCOMPARE(totals->quotes, 30);
        QVERIFY(totals->characters >= 14 * 3000);
        QVERIFY(totals->characters < 14 * 3500);
        const auto interviews = *(*project)->interviews().list();
        for (const Interview& iv : interviews) {
            const auto segments = *(*project)->transcripts().segments(iv.id);
            for (const Segment& s : segments)
                texts[run] << s.speaker + s.text;
        }
        const auto quotes = *(*project)->quotes().list();
        for (const Quote& q : quotes)
            QCOMPARE(*(*project)->quotes().currentText(q.id), q.text);
    }
    QCOMPARE(texts[0], texts[1]);
    const QString all = texts[0].join(QString());
    QVERIFY(all.contains(QStringLiteral("KOL")) || all.contains(QStringLiteral("Kuaishou")));
    QVERIFY(all.contains(QStringLiteral("不争")));
}

void TestDemo::mediaLibrary_storesSameContentOnce()
{
    const auto media = *m_demo->media().list();
    media::MediaLibrary library(*m_demo);
    const QString source = library.pathOf(media.front());
    const QString copy = m_dir.filePath(QStringLiteral("again.wav"));
    QVERIFY(QFile::copy(source, copy));
    const RowId other = m_demo->interviews().list()->back().id;
    const auto filesBefore = QDir(m_demo->mediaDir()).entryList(QDir::Files).size();
    ops::Session session(*m_demo);
    auto id = ops::attachFile(session, other, copy);
    QVERIFY(id);
    QCOMPARE(QDir(m_demo->mediaDir()).entryList(QDir::Files).size(), filesBefore);
    QCOMPARE(m_demo->media().get(*id)->sha256, media.front().sha256);
    QVERIFY(test::write(*m_demo, [&](const WriteScope& w) { return m_demo->media().remove(w, *id); }));
}

void TestDemo::mediaLibrary_refusesBadWav()
{
    const QString bad = m_dir.filePath(QStringLiteral("broken.wav"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("RIFF\x10\x00\x00\x00WAVEjunkjunkjunk", 20);
    f.close();
    const auto before = m_demo->media().list()->size();
    ops::Session session(*m_demo);
    auto id = ops::attachFile(session, m_demo->interviews().list()->front().id, bad);
    QVERIFY(!id);
    QVERIFY(id.error().message.contains(QStringLiteral("broken.wav")));
    QCOMPARE(m_demo->media().list()->size(), before);
    auto missing = ops::attachFile(session, 1, m_dir.filePath(QStringLiteral("nope.mp3")));
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
