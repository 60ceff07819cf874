// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tianye;

class TestRepositories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_project.reset(); }

    void everyRow_hasUuidTimesAndAuthor();
    void city_nameIsRequiredAndUnique();
    void setField_updatesRowAndAnnouncesWhichField();
    void notifications_onlyAfterCommit_noneOnRollback();
    void innerRollback_announcesOnlyWhatCommitted();
    void material_announcesItsInterview();
    void participant_nextCodeAndUniqueCode();
    void interview_linksAndSummary();
    void interview_resolveByIdOrUuid();
    void segments_insertAtPositionAndRenameSpeaker();
    void editSegment_keepsQuoteOnItsWords();
    void deleteQuotedWords_keepsQuoteAsDetached();
    void removeSegment_detachesQuotesInside();
    void splitAndMerge_keepQuotesOnTheirWords();
    void quote_acrossSegments();
    void quote_refusesAnchorsOutsideTranscript();
    void themes_treeOrderAndNoCycles();
    void removeTheme_quotesKeepOtherThemes();
    void insight_evidenceKeepsOrder();
    void removeCity_removesItsInterviewsAndAnnounces();
    void badReference_isRefusedAndNothingWritten();

private:
    RowId addCity(const QString& name);
    RowId addInterview(RowId city);
    RowId addSegment(RowId interview, const QString& text, const QString& speaker = QStringLiteral("DT-001"));
    RowId addQuote(RowId interview, RowId segment, qsizetype from, qsizetype to, QList<RowId> themes = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestRepositories::init()
{
    static int n = 0;
    auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++n)));
    QVERIFY(project);
    m_project = std::move(*project);
}

RowId TestRepositories::addCity(const QString& name)
{
    City c;
    c.name = name;
    return test::write(*m_project, [&](const WriteScope& w) { return m_project->cities().add(w, c); })
        .value_or(NoRow);
}

RowId TestRepositories::addInterview(RowId city)
{
    Interview iv;
    iv.cityId = city;
    iv.startedAt = QStringLiteral("2026-10-14T15:30");
    return test::write(*m_project, [&](const WriteScope& w) { return m_project->interviews().add(w, iv); })
        .value_or(NoRow);
}

RowId TestRepositories::addSegment(RowId interview, const QString& text, const QString& speaker)
{
    Segment s;
    s.interviewId = interview;
    s.speaker = speaker;
    s.text = text;
    return test::write(*m_project,
                       [&](const WriteScope& w) { return m_project->transcripts().insertSegment(w, s); })
        .value_or(NoRow);
}

RowId TestRepositories::addQuote(RowId interview, RowId segment, qsizetype from, qsizetype to,
                                 QList<RowId> themes)
{
    Quote q;
    q.interviewId = interview;
    q.startSegmentId = q.endSegmentId = segment;
    q.startOffset = from;
    q.endOffset = to;
    q.themeIds = themes;
    auto id = test::write(*m_project, [&](const WriteScope& w) { return m_project->quotes().add(w, q); });
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(NoRow);
}

void TestRepositories::everyRow_hasUuidTimesAndAuthor()
{
    const RowId author = test::write(*m_project, [&](const WriteScope& w) {
                             return m_project->researchers().findOrAdd(w, QStringLiteral("林晓"));
                         }).value_or(NoRow);
    QVERIFY(author != NoRow);
    m_project->db().setAuthor(author);
    const RowId city = addCity(QStringLiteral("大同"));
    const RowId interview = addInterview(city);
    const RowId segment = addSegment(interview, QStringLiteral("不争"));
    const RowId quote = addQuote(interview, segment, 0, 2);
    Theme t;
    t.name = QStringLiteral("不慌不忙");
    const RowId theme = test::write(*m_project, [&](const WriteScope& w) {
                            return m_project->themes().add(w, t);
                        }).value_or(NoRow);

    const auto check = [&](const RecordInfo& r) {
        QVERIFY(!QUuid::fromString(r.uuid).isNull());
        QVERIFY(r.createdAt > 0);
        QVERIFY(r.updatedAt >= r.createdAt);
        QCOMPARE(r.authorId, author);
    };
    check(*m_project->cities().get(city));
    check(*m_project->interviews().get(interview));
    check(*m_project->transcripts().segment(segment));
    check(*m_project->quotes().get(quote));
    check(*m_project->themes().get(theme));
    QVERIFY(m_project->cities().get(city)->uuid != m_project->interviews().get(interview)->uuid);
}

void TestRepositories::city_nameIsRequiredAndUnique()
{
    QVERIFY(addCity(QStringLiteral("大同")) != NoRow);
    City dup;
    dup.name = QStringLiteral(" 大同 ");
    auto again =
        test::write(*m_project, [&](const WriteScope& w) { return m_project->cities().add(w, dup); });
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Constraint);
    QVERIFY(again.error().message.contains(QStringLiteral("大同")));
    City empty;
    QCOMPARE(test::write(*m_project, [&](const WriteScope& w) { return m_project->cities().add(w, empty); })
                 .error()
                 .code,
             Error::Code::InvalidArgument);
    QCOMPARE(m_project->cities().list()->size(), size_t(1));
}

void TestRepositories::setField_updatesRowAndAnnouncesWhichField()
{
    const RowId city = addCity(QStringLiteral("烟台"));
    const qint64 before = m_project->cities().get(city)->updatedAt;
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    // The clock moves on past the row's time (times are in ms).
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > before);
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->cities().set(w, city, CityField::SpiritWord, QStringLiteral("自在"));
    }));
    QCOMPARE(m_project->cities().get(city)->spiritWord, QStringLiteral("自在"));
    QVERIFY(m_project->cities().get(city)->updatedAt > before);
    QCOMPARE(spy.size(), 1);
    const auto change = spy.at(0).at(0).value<Change>();
    QCOMPARE(change.entity, Entity::City);
    QCOMPARE(change.kind, ChangeKind::Updated);
    QCOMPARE(change.ids, QList<RowId>{city});
    QCOMPARE(change.fields, QStringList{QStringLiteral("spirit_word")});

    QCOMPARE(test::write(*m_project,
                         [&](const WriteScope& w) {
                             return m_project->cities().set(w, 9999, CityField::Notes, QStringLiteral("x"));
                         })
                 .error()
                 .code,
             Error::Code::NotFound);
}

void TestRepositories::notifications_onlyAfterCommit_noneOnRollback()
{
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    auto ok = test::write(*m_project, [&](const WriteScope&) {
        addCity(QStringLiteral("大同"));
        addCity(QStringLiteral("烟台"));
        [&] { QCOMPARE(spy.size(), 0); }(); // nothing announced inside the transaction
        return Status();
    });
    QVERIFY(ok);
    QCOMPARE(spy.size(), 1); // the two inserts arrive together
    QCOMPARE(spy.at(0).at(0).value<Change>().ids.size(), 2);

    spy.clear();
    auto failed = test::write(*m_project, [&](const WriteScope&) -> Status {
        addCity(QStringLiteral("齐齐哈尔"));
        throw StoreFailure{{Error::Code::InvalidArgument, QStringLiteral("stop")}};
    });
    QVERIFY(!failed);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_project->cities().list()->size(), size_t(2));
}

void TestRepositories::innerRollback_announcesOnlyWhatCommitted()
{
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    auto ok = test::write(*m_project, [&](const WriteScope&) {
        addCity(QStringLiteral("大同"));
        auto inner = test::write(*m_project, [&](const WriteScope&) -> Status {
            addCity(QStringLiteral("烟台"));
            throw StoreFailure{{Error::Code::InvalidArgument, QStringLiteral("stop")}};
        });
        [&] { QVERIFY(!inner); }();
        addCity(QStringLiteral("齐齐哈尔"));
        return Status();
    });
    QVERIFY(ok);
    QList<RowId> announced;
    for (const QList<QVariant>& args : spy) {
        const auto change = args.at(0).value<Change>();
        if (change.entity == Entity::City && change.kind == ChangeKind::Inserted)
            announced += change.ids;
    }
    QList<RowId> stored;
    const auto cities = m_project->cities().list();
    for (const City& c : *cities)
        stored << c.id;
    std::sort(announced.begin(), announced.end());
    std::sort(stored.begin(), stored.end());
    QCOMPARE(announced, stored);
    QCOMPARE(stored.size(), 2);
}

// The interview log shows counts of segments and quotes and whether there is audio:
// adding or removing those announces their interview as updated.
void TestRepositories::material_announcesItsInterview()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    const auto interviewUpdated = [&] {
        for (const QList<QVariant>& args : spy) {
            const auto change = args.at(0).value<Change>();
            if (change.entity == Entity::Interview && change.kind == ChangeKind::Updated &&
                change.ids == QList<RowId>{interview})
                return true;
        }
        return false;
    };
    const RowId segment = addSegment(interview, QStringLiteral("不争。"));
    QVERIFY(interviewUpdated());
    spy.clear();
    const RowId quote = addQuote(interview, segment, 0, 2);
    QVERIFY(interviewUpdated());
    spy.clear();
    QVERIFY(
        test::write(*m_project, [&](const WriteScope& w) { return m_project->quotes().remove(w, quote); }));
    QVERIFY(interviewUpdated());
    spy.clear();
    QVERIFY(test::write(
        *m_project, [&](const WriteScope& w) { return m_project->transcripts().removeSegment(w, segment); }));
    QVERIFY(interviewUpdated());
}

void TestRepositories::participant_nextCodeAndUniqueCode()
{
    const RowId city = addCity(QStringLiteral("大同"));
    for (const char* code : {"DT-001", "DT-016", "YT-040"}) {
        Participant p;
        p.cityId = city;
        p.code = QLatin1String(code);
        QVERIFY(test::write(*m_project,
                            [&](const WriteScope& w) { return m_project->participants().add(w, p); }));
    }
    QCOMPARE(m_project->participants().nextCode(QStringLiteral("DT")).value(), QStringLiteral("DT-017"));
    QCOMPARE(m_project->participants().nextCode(QStringLiteral("QQ")).value(), QStringLiteral("QQ-001"));
    Participant dup;
    dup.code = QStringLiteral("DT-016");
    QCOMPARE(
        test::write(*m_project, [&](const WriteScope& w) { return m_project->participants().add(w, dup); })
            .error()
            .code,
        Error::Code::Constraint);

    const RowId id = *m_project->participants().findByCode(QStringLiteral("DT-001"));
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->participants().set(w, id, ParticipantField::Consent,
                                             QVariant::fromValue(ConsentStatus::Withdrawn));
    }));
    QCOMPARE(m_project->participants().get(id)->consent, ConsentStatus::Withdrawn);
}

void TestRepositories::interview_linksAndSummary()
{
    const RowId city = addCity(QStringLiteral("大同"));
    Participant p;
    p.cityId = city;
    p.code = QStringLiteral("DT-001");
    p.occupation = QStringLiteral("面馆老板");
    const RowId participant =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->participants().add(w, p); });
    const RowId lin = *test::write(*m_project, [&](const WriteScope& w) {
        return m_project->researchers().findOrAdd(w, QStringLiteral("林晓"));
    });
    const RowId anna = *test::write(*m_project, [&](const WriteScope& w) {
        return m_project->researchers().findOrAdd(w, QStringLiteral("Anna Berg"));
    });
    Interview iv;
    iv.cityId = city;
    iv.mode = InterviewMode::Phone;
    iv.participantIds = {participant};
    iv.interviewerIds = {anna, lin};
    const RowId id =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->interviews().add(w, iv); });
    const RowId segment = addSegment(id, QStringLiteral("我不跟人家争。"));
    addQuote(id, segment, 1, 6);

    const Interview stored = *m_project->interviews().get(id);
    QCOMPARE(stored.interviewerIds, (QList<RowId>{anna, lin}));
    QCOMPARE(stored.mode, InterviewMode::Phone);
    const auto rows = *m_project->interviews().summaries(city);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].participantCodes, QStringLiteral("DT-001"));
    QCOMPARE(rows[0].occupations, QStringLiteral("面馆老板"));
    QCOMPARE(rows[0].interviewerNames, QStringLiteral("Anna Berg, 林晓"));
    QCOMPARE(rows[0].quotes, 1);
    QCOMPARE(rows[0].segments, 1);
    QCOMPARE(rows[0].hasAudio, false);

    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->interviews().set(w, id, InterviewField::State,
                                           QVariant::fromValue(InterviewStatus::Transcribed));
    }));
    QCOMPARE(m_project->interviews().get(id)->status, InterviewStatus::Transcribed);
    QCOMPARE(m_project->cities().stats()->front().transcribed, 1);
}

void TestRepositories::interview_resolveByIdOrUuid()
{
    const RowId id = addInterview(addCity(QStringLiteral("大同")));
    const QString uuid = m_project->interviews().get(id)->uuid;
    QCOMPARE(*m_project->interviews().resolve(QString::number(id)), id);
    QCOMPARE(*m_project->interviews().resolve(uuid), id);
    QCOMPARE(*m_project->interviews().resolve(QLatin1Char('{') + uuid.toUpper() + QLatin1Char('}')), id);
    QCOMPARE(*m_project->interviews().resolve(QStringLiteral("424242")), NoRow);
}

void TestRepositories::segments_insertAtPositionAndRenameSpeaker()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    addSegment(interview, QStringLiteral("一"), QStringLiteral("说话人1"));
    addSegment(interview, QStringLiteral("三"), QStringLiteral("说话人1"));
    Segment two;
    two.interviewId = interview;
    two.speaker = QStringLiteral("说话人2");
    two.text = QStringLiteral("二");
    QVERIFY(test::write(
        *m_project, [&](const WriteScope& w) { return m_project->transcripts().insertSegment(w, two, 1); }));
    auto list = *m_project->transcripts().segments(interview);
    QStringList texts;
    for (const auto& s : list)
        texts << s.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}));

    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->transcripts().renameSpeaker(w, interview, QStringLiteral("说话人1"),
                                                      QStringLiteral("王师傅"));
    }));
    list = *m_project->transcripts().segments(interview);
    QCOMPARE(list[0].speaker, QStringLiteral("王师傅"));
    QCOMPARE(list[1].speaker, QStringLiteral("说话人2"));
    QCOMPARE(list[2].speaker, QStringLiteral("王师傅"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Change>().ids.size(), 2);
}

void TestRepositories::editSegment_keepsQuoteOnItsWords()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    const RowId segment = addSegment(interview, QStringLiteral("𠀀我不跟人家争，够了。"));
    const RowId quote = addQuote(interview, segment, 2, 7);
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("不跟人家争"));

    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->transcripts().setText(
            w, segment, QStringLiteral("😀说实话𠀀我从来不跟人家争，一天三百碗够了。"));
    }));
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("不跟人家争"));
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->transcripts().setText(w, segment,
                                                QStringLiteral("😀说实话𠀀我从来不跟别人家争，够了。"));
    }));
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("不跟别人家争"));
    QVERIFY(!m_project->quotes().get(quote)->detached);
}

void TestRepositories::deleteQuotedWords_keepsQuoteAsDetached()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    const RowId segment = addSegment(interview, QStringLiteral("我不跟人家争，够了。"));
    const RowId quote = addQuote(interview, segment, 1, 6);
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->transcripts().setText(w, segment, QStringLiteral("我，够了。"));
    }));
    const Quote q = *m_project->quotes().get(quote);
    QVERIFY(q.detached);
    QCOMPARE(q.text, QStringLiteral("不跟人家争")); // the snapshot is what the user sees
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("不跟人家争"));
    const auto detached = *m_project->quotes().detached();
    QCOMPARE(detached.size(), size_t(1));
    QCOMPARE(detached.front().id, quote);
    // Typing the words back does not silently re-attach it.
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->transcripts().setText(w, segment, QStringLiteral("我不跟人家争，够了。"));
    }));
    QVERIFY(m_project->quotes().get(quote)->detached);
}

void TestRepositories::removeSegment_detachesQuotesInside()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    addSegment(interview, QStringLiteral("你好。"));
    const RowId segment = addSegment(interview, QStringLiteral("我不跟人家争。"));
    const RowId last = addSegment(interview, QStringLiteral("再见。"));
    const RowId quote = addQuote(interview, segment, 1, 6);
    QVERIFY(test::write(
        *m_project, [&](const WriteScope& w) { return m_project->transcripts().removeSegment(w, segment); }));
    QVERIFY(m_project->quotes().get(quote)->detached);
    QCOMPARE(m_project->quotes().get(quote)->text, QStringLiteral("不跟人家争"));
    QCOMPARE(m_project->transcripts().segment(last)->position, 1);
}

void TestRepositories::splitAndMerge_keepQuotesOnTheirWords()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    // 𠀀 is one code point but two UTF-16 units: offsets must not shift by it.
    const RowId segment =
        addSegment(interview, QStringLiteral("𠀀面馆开了二十一年。人家开十家是人家的本事。"));
    const RowId early = addQuote(interview, segment, 1, 3);   // 面馆
    const RowId late = addQuote(interview, segment, 10, 15);  // 人家开十家
    const RowId across = addQuote(interview, segment, 5, 13); // 二十一年。人家开
    auto& transcripts = m_project->transcripts();
    auto& quotes = m_project->quotes();

    auto second = test::write(
        *m_project, [&](const WriteScope& w) { return transcripts.splitSegment(w, segment, 10, 5000); });
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    auto segs = *transcripts.segments(interview);
    QCOMPARE(segs.size(), size_t(2));
    QCOMPARE(segs[0].text, QStringLiteral("𠀀面馆开了二十一年。"));
    QCOMPARE(segs[1].text, QStringLiteral("人家开十家是人家的本事。"));
    QCOMPARE(segs[1].speaker, segs[0].speaker);
    QCOMPARE(segs[1].startMs, 5000);
    QCOMPARE(*quotes.currentText(early), QStringLiteral("面馆"));
    QCOMPARE(*quotes.currentText(late), QStringLiteral("人家开十家"));
    QCOMPARE(*quotes.currentText(across), QStringLiteral("二十一年。\n人家开")); // now across two segments
    QCOMPARE(quotes.get(late)->startSegmentId, *second);

    auto merged = test::write(*m_project,
                              [&](const WriteScope& w) { return transcripts.mergeWithPrevious(w, *second); });
    QCOMPARE(*merged, segment);
    segs = *transcripts.segments(interview);
    QCOMPARE(segs.size(), size_t(1));
    QCOMPARE(segs[0].text, QStringLiteral("𠀀面馆开了二十一年。人家开十家是人家的本事。"));
    QCOMPARE(*quotes.currentText(early), QStringLiteral("面馆"));
    QCOMPARE(*quotes.currentText(late), QStringLiteral("人家开十家"));
    QCOMPARE(*quotes.currentText(across), QStringLiteral("二十一年。人家开"));
    for (RowId q : {early, late, across})
        QVERIFY(!quotes.get(q)->detached);
    QVERIFY(!test::write(*m_project,
                         [&](const WriteScope& w) { return transcripts.mergeWithPrevious(w, segment); }));
}

void TestRepositories::quote_acrossSegments()
{
    const RowId interview = addInterview(addCity(QStringLiteral("烟台")));
    const RowId a = addSegment(interview, QStringLiteral("现在早上先看海，"));
    const RowId b = addSegment(interview, QStringLiteral("看今天风大不大，"));
    const RowId c = addSegment(interview, QStringLiteral("再决定做什么。"));
    Quote q;
    q.interviewId = interview;
    q.startSegmentId = a;
    q.startOffset = 4;
    q.endSegmentId = c;
    q.endOffset = 6;
    const RowId id =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->quotes().add(w, q); });
    QCOMPARE(*m_project->quotes().currentText(id),
             QStringLiteral("先看海，\n看今天风大不大，\n再决定做什么"));
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->transcripts().setText(w, a, QStringLiteral("嗯，现在早上先看海，"));
    }));
    QCOMPARE(*m_project->quotes().currentText(id),
             QStringLiteral("先看海，\n看今天风大不大，\n再决定做什么"));
    Q_UNUSED(b);
}

void TestRepositories::quote_refusesAnchorsOutsideTranscript()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    const RowId other = addInterview(*m_project->cities().findByName(QStringLiteral("大同")));
    const RowId segment = addSegment(interview, QStringLiteral("不争"));
    Quote q;
    q.interviewId = interview;
    q.startSegmentId = q.endSegmentId = segment;
    q.startOffset = 0;
    q.endOffset = 5; // past the end
    QCOMPARE(test::write(*m_project, [&](const WriteScope& w) { return m_project->quotes().add(w, q); })
                 .error()
                 .code,
             Error::Code::InvalidArgument);
    q.endOffset = 2;
    q.interviewId = other; // segment of another interview
    QCOMPARE(test::write(*m_project, [&](const WriteScope& w) { return m_project->quotes().add(w, q); })
                 .error()
                 .code,
             Error::Code::InvalidArgument);
    QCOMPARE(m_project->quotes().list()->size(), size_t(0));
}

void TestRepositories::themes_treeOrderAndNoCycles()
{
    Theme pace;
    pace.name = QStringLiteral("生活节奏");
    pace.position = 1;
    Theme food;
    food.name = QStringLiteral("吃");
    food.position = 0;
    const RowId paceId =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->themes().add(w, pace); });
    const RowId foodId =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->themes().add(w, food); });
    Theme slow;
    slow.name = QStringLiteral("不慌不忙");
    slow.parentId = paceId;
    const RowId slowId =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->themes().add(w, slow); });
    const auto list = *m_project->themes().list();
    QCOMPARE(list.size(), size_t(3));
    QCOMPARE(list[0].id, foodId);
    QCOMPARE(list[1].id, paceId);
    QCOMPARE(list[2].id, slowId);
    QCOMPARE(test::write(*m_project,
                         [&](const WriteScope& w) {
                             return m_project->themes().set(w, paceId, ThemeField::ParentId, slowId);
                         })
                 .error()
                 .code,
             Error::Code::InvalidArgument);
    QCOMPARE(test::write(*m_project,
                         [&](const WriteScope& w) {
                             return m_project->themes().set(w, paceId, ThemeField::ParentId, paceId);
                         })
                 .error()
                 .code,
             Error::Code::InvalidArgument);
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->themes().set(w, slowId, ThemeField::ParentId, foodId);
    }));
    QCOMPARE(m_project->themes().get(slowId)->parentId, foodId);
}

void TestRepositories::removeTheme_quotesKeepOtherThemes()
{
    const RowId interview = addInterview(addCity(QStringLiteral("大同")));
    const RowId segment = addSegment(interview, QStringLiteral("我不跟人家争。"));
    Theme a, b;
    a.name = QStringLiteral("不争");
    b.name = QStringLiteral("吃");
    const RowId ta =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->themes().add(w, a); });
    const RowId tb =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->themes().add(w, b); });
    const RowId quote = addQuote(interview, segment, 1, 6, {ta, tb});
    QCOMPARE(m_project->quotes().get(quote)->themeIds.size(), 2);
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) { return m_project->themes().remove(w, tb); }));
    QCOMPARE(m_project->quotes().get(quote)->themeIds, QList<RowId>{ta});
}

void TestRepositories::insight_evidenceKeepsOrder()
{
    const RowId city = addCity(QStringLiteral("大同"));
    const RowId interview = addInterview(city);
    const RowId segment = addSegment(interview, QStringLiteral("不争，心里有底，慢慢来。"));
    const RowId q1 = addQuote(interview, segment, 0, 2);
    const RowId q2 = addQuote(interview, segment, 3, 7);
    const RowId q3 = addQuote(interview, segment, 8, 11);
    Insight in;
    in.cityId = city;
    in.kind = InsightKind::Spirit;
    in.title = QStringLiteral("大同不争");
    in.quoteIds = {q3, q1, q2};
    const RowId id =
        *test::write(*m_project, [&](const WriteScope& w) { return m_project->insights().add(w, in); });
    QCOMPARE(m_project->insights().get(id)->quoteIds, (QList<RowId>{q3, q1, q2}));
    QVERIFY(test::write(*m_project, [&](const WriteScope& w) {
        return m_project->insights().setEvidence(w, id, {q2, q3});
    }));
    QCOMPARE(m_project->insights().list(city)->front().quoteIds, (QList<RowId>{q2, q3}));
    QCOMPARE(m_project->insights().get(id)->kind, InsightKind::Spirit);
}

void TestRepositories::removeCity_removesItsInterviewsAndAnnounces()
{
    const RowId city = addCity(QStringLiteral("大同"));
    const RowId keep = addCity(QStringLiteral("烟台"));
    const RowId interview = addInterview(city);
    const RowId segment = addSegment(interview, QStringLiteral("不争"));
    addQuote(interview, segment, 0, 2);
    addInterview(keep);
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(
        test::write(*m_project, [&](const WriteScope& w) { return m_project->cities().remove(w, city); }));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Change>().kind, ChangeKind::Removed);
    QCOMPARE(m_project->interviews().list()->size(), size_t(1));
    QCOMPARE(m_project->quotes().list()->size(), size_t(0));
    QCOMPARE(m_project->transcripts().segments(interview)->size(), size_t(0));
}

void TestRepositories::badReference_isRefusedAndNothingWritten()
{
    Interview iv;
    iv.cityId = 4242;
    auto id =
        test::write(*m_project, [&](const WriteScope& w) { return m_project->interviews().add(w, iv); });
    QVERIFY(!id);
    QCOMPARE(id.error().code, Error::Code::Constraint);
    QVERIFY(id.error().message.contains(QStringLiteral("project.db")));
    QCOMPARE(m_project->interviews().list()->size(), size_t(0));
    Media m;
    m.interviewId = 1;
    m.sha256 = QStringLiteral("not-a-hash");
    QCOMPARE(test::write(*m_project, [&](const WriteScope& w) { return m_project->media().add(w, m); })
                 .error()
                 .code,
             Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
