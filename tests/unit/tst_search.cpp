// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "demo/CorpusGenerator.h"
#include "demo/DemoProject.h"
#include "demo/Random.h"
#include "search/SearchEngine.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/SearchIndex.h"
#include "store/TranscriptRepository.h"
#include "text/TextNormalizer.h"
#include "text/Tokenizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace tianye;
using namespace tianye::search;
using namespace tianye::text;

class TestSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tokenizer_bigramsWithColocatedLastCharacter();
    void normalizer_foldsWidthCaseAndAccents_data();
    void normalizer_foldsWidthCaseAndAccents();
    void parser_buildsSafeExpressions_data();
    void parser_buildsSafeExpressions();

    void cjkAndLatinQueries_equalBruteForceScan();
    void phrasesWithAGapBetweenChineseWords_equalBruteForceScan();
    void hostileInput_isSearchedAsTextNeverAnError_data();
    void hostileInput_isSearchedAsTextNeverAnError();
    void index_followsEditsDeletesUndoAndRebuild();

    void demo_filtersOrAndExclusion();
    void results_rankedGroupedWithCodePointHighlights();
    void results_pageWithoutLosingTotal();
    void ranking_equalsFts5Bm25();
    void preparedRankings_giveTheSamePages_andYieldToEdits();
    void preparedRankings_notStoredWhenATranscriptChangedMeanwhile_andStoppable();
    void withdrawalOnAnotherConnection_marksTheNextResultsWithheld();
    void concordance_everyHitInTranscriptOrder_andStopsAtItsLimit();

private:
    // Segment ids whose normalized text contains the query, found by scanning.
    std::set<RowId> bruteForce(const QString& query);
    std::set<RowId> engine(const QString& query);
    void reloadSegments();

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_corpus;
    std::vector<std::pair<RowId, std::u32string>> m_segments;
};

void TestSearch::initTestCase()
{
    auto project = Project::create(m_dir.filePath(QStringLiteral("Corpus")));
    QVERIFY(project);
    m_corpus = std::move(*project);
    demo::CorpusGenerator::Options options;
    options.cities = 2;
    options.interviewsPerCity = 15;
    options.charsPerInterview = 3000;
    options.quotes = 40;
    options.seed = 20261122;
    QVERIFY(demo::CorpusGenerator::generate(*m_corpus, options));
    // Mixed scripts, punctuation, full-width forms, supplementary characters and emoji.
    const RowId interview = m_corpus->interviews().list()->front().id;
    for (const char* text : {"我们𠀀大同人不争😀，KOL说Kuaishou上的ＫＯＬ也不争。",
                             "Café au lait 和 cafe 一样？Ｗｉ－Ｆｉ 2019年", "🙂🙂不🙂争🙂",
                             "𠀀𠀁𠀂 三个扩展字", "ガギグ カキク ｶﾞ", "한국어 텍스트와 中文"}) {
        Segment s;
        s.interviewId = interview;
        s.speaker = QStringLiteral("测试");
        s.text = QString::fromUtf8(text);
        QVERIFY(test::write(
            *m_corpus, [&](const WriteScope& w) { return m_corpus->transcripts().insertSegment(w, s); }));
    }
    reloadSegments();
}

void TestSearch::reloadSegments()
{
    m_segments.clear();
    auto& db = m_corpus->db().sql();
    SQLite::Statement st(db, "SELECT id, text FROM segments ORDER BY id");
    while (st.executeStep()) {
        m_segments.emplace_back(st.getColumn(0).getInt64(),
                                TextNormalizer::normalized(QString::fromUtf8(st.getColumn(1).getText())));
    }
}

std::set<RowId> TestSearch::bruteForce(const QString& query)
{
    const std::u32string q = TextNormalizer::normalized(query);
    const bool cjk = TextNormalizer::classify(q.front()) == CharClass::Cjk;
    std::set<RowId> out;
    for (const auto& [id, text] : m_segments) {
        if (cjk) {
            if (text.find(q) != std::u32string::npos)
                out.insert(id);
            continue;
        }
        // Latin: a whole word of the text.
        for (size_t at = text.find(q); at != std::u32string::npos; at = text.find(q, at + 1)) {
            const bool startOk = at == 0 || TextNormalizer::classify(text[at - 1]) != CharClass::Word;
            const size_t end = at + q.size();
            const bool endOk = end == text.size() || TextNormalizer::classify(text[end]) != CharClass::Word;
            if (startOk && endOk) {
                out.insert(id);
                break;
            }
        }
    }
    return out;
}

std::set<RowId> TestSearch::engine(const QString& query)
{
    auto ids = SearchEngine(*m_corpus).matchingSegments(SearchQuery::parse(query));
    if (!ids) {
        // A failed query is a failed test, never "no hits" (which a test may expect).
        QTest::qFail(qPrintable(QStringLiteral("search for %1 failed: %2").arg(query, ids.error().message)),
                     __FILE__, __LINE__);
        return {RowId(-1)};
    }
    return {ids->begin(), ids->end()};
}

void TestSearch::tokenizer_bigramsWithColocatedLastCharacter()
{
    const auto run = [](const QString& text, bool query) {
        std::vector<NormalizedChar> chars;
        TextNormalizer::fromString(text, chars);
        QStringList tokens;
        Tokenizer::tokenize(chars, query,
                            [&](std::string_view t, std::uint32_t s, std::uint32_t e, bool colocated) {
                                tokens << QStringLiteral("%1%2@%3-%4")
                                              .arg(QString::fromUtf8(t.data(), qsizetype(t.size())),
                                                   colocated ? QStringLiteral("^") : QString())
                                              .arg(s)
                                              .arg(e);
                                return true;
                            });
        return tokens.join(QLatin1Char(' '));
    };
    QCOMPARE(run(QStringLiteral("大同不争"), false), QStringLiteral("大同@0-2 同不@1-3 不争@2-4 争^@3-4"));
    QCOMPARE(run(QStringLiteral("大同不争"), true), QStringLiteral("大同@0-2 同不@1-3 不争@2-4"));
    QCOMPARE(run(QStringLiteral("争"), true), QStringLiteral("争@0-1"));
    QCOMPARE(run(QStringLiteral("用KOL推广，𠀀😀"), false),
             QStringLiteral("用@0-1 kol@1-4 推广@4-6 广^@5-6 𠀀@7-8"));
}

void TestSearch::normalizer_foldsWidthCaseAndAccents_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width latin") << QStringLiteral("ＫＯＬ") << QStringLiteral("kol");
    QTest::newRow("case") << QStringLiteral("Kuaishou") << QStringLiteral("kuaishou");
    QTest::newRow("accents") << QStringLiteral("Café Ñandú") << QStringLiteral("cafe nandu");
    QTest::newRow("full-width digits") << QStringLiteral("２０１９") << QStringLiteral("2019");
    QTest::newRow("han unchanged") << QStringLiteral("齐齐哈尔𠀀") << QStringLiteral("齐齐哈尔𠀀");
    QTest::newRow("compatibility ideograph") << QString(QChar(0xF900)) << QString(QChar(0x8C48));
    QTest::newRow("kana keep voicing") << QStringLiteral("ガギグ") << QStringLiteral("ガギグ");
    QTest::newRow("ligature") << QStringLiteral("ﬁne") << QStringLiteral("fine");
}

void TestSearch::normalizer_foldsWidthCaseAndAccents()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdU32String(TextNormalizer::normalized(input)), expected);
}

void TestSearch::parser_buildsSafeExpressions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expression");
    QTest::newRow("two words") << QStringLiteral("大同 不争") << QStringLiteral("\"大同\" AND \"不争\"");
    QTest::newRow("one character is a prefix") << QStringLiteral("争") << QStringLiteral("\"争\"*");
    QTest::newRow("mixed script term") << QStringLiteral("KOL推广") << QStringLiteral("\"kol\" + \"推广\"");
    // Chinese words a phrase separates are next to each other in the text with or
    // without that gap.
    QTest::newRow("phrase") << QStringLiteral("\"大同 不争\"")
                            << QStringLiteral("(\"大同\" + \"不争\" OR \"大同不争\")");
    QTest::newRow("or") << QStringLiteral("自在 OR 不争") << QStringLiteral("(\"自在\" OR \"不争\")");
    QTest::newRow("exclude") << QStringLiteral("海 -苹果") << QStringLiteral("(\"海\"*) NOT (\"苹果\")");
    QTest::newRow("operators are words")
        << QStringLiteral("NEAR AND NOT") << QStringLiteral("\"near\" AND \"and\" AND \"not\"");
    QTest::newRow("quotes and brackets") << QStringLiteral("\"\"(不争)\"") << QStringLiteral("\"不争\"");
    QTest::newRow("prefix word") << QStringLiteral("kuai*") << QStringLiteral("\"kuai\"*");
    QTest::newRow("filters only") << QStringLiteral("city:大同 mode:phone") << QString();
}

void TestSearch::parser_buildsSafeExpressions()
{
    QFETCH(QString, input);
    QFETCH(QString, expression);
    QCOMPARE(SearchQuery::parse(input).toFtsExpression(), expression);
}

void TestSearch::cjkAndLatinQueries_equalBruteForceScan()
{
    demo::Random rng(7);
    int checked = 0, nonEmpty = 0;
    // Substrings of the corpus (they exist), of 1 to 4 CJK characters.
    while (checked < 300) {
        const auto& text = m_segments[rng.below(m_segments.size())].second;
        if (text.size() < 4)
            continue;
        const size_t at = rng.below(text.size() - 3);
        const size_t length = size_t(rng.between(1, 4));
        std::u32string q = text.substr(at, length);
        bool allCjk = true;
        for (char32_t c : q)
            allCjk = allCjk && TextNormalizer::classify(c) == CharClass::Cjk;
        if (!allCjk)
            continue;
        const QString query = QString::fromStdU32String(q);
        const auto expected = bruteForce(query);
        QCOMPARE(engine(query), expected);
        nonEmpty += expected.empty() ? 0 : 1;
        ++checked;
    }
    QCOMPARE(nonEmpty, checked);
    // Random character combinations: mostly absent, so false hits would show.
    const QString alphabet = QStringLiteral("大同不争自在烟台活得真我们的了是在有海城墙面𠀀𠀁");
    const auto letters = alphabet.toUcs4();
    for (int i = 0; i < 150; ++i) {
        std::u32string q;
        const int length = int(rng.between(1, 4));
        for (int k = 0; k < length; ++k)
            q.push_back(letters[qsizetype(rng.below(letters.size()))]);
        const QString query = QString::fromStdU32String(q);
        QCOMPARE(engine(query), bruteForce(query));
    }
    // Latin words and digits, case and width folded.
    for (const char* word : {"KOL", "kol", "ＫＯＬ", "Kuaishou", "vlog", "remote", "brand", "KPI", "app",
                             "café", "cafe", "wi", "fi", "2019", "30", "ok", "nothere"})
        QCOMPARE(engine(QString::fromUtf8(word)), bruteForce(QString::fromUtf8(word)));
    // Supplementary characters.
    for (const char* q : {"𠀀", "𠀀大", "𠀁𠀂", "不争", "ガギ", "ギグ", "国어"})
        QCOMPARE(engine(QString::fromUtf8(q)), bruteForce(QString::fromUtf8(q)));
}

void TestSearch::phrasesWithAGapBetweenChineseWords_equalBruteForceScan()
{
    // What a quoted phrase of Chinese words means: the words in order, each next to the
    // one before, with nothing between them or only spaces and punctuation.
    auto scan = [this](const std::vector<std::u32string>& words) {
        std::set<RowId> out;
        for (const auto& [id, text] : m_segments) {
            for (size_t from = text.find(words.front()); from != std::u32string::npos;
                 from = text.find(words.front(), from + 1)) {
                size_t at = from + words.front().size();
                bool all = true;
                for (size_t w = 1; w < words.size() && all; ++w) {
                    while (at < text.size() && TextNormalizer::classify(text[at]) == CharClass::Separator)
                        ++at;
                    all = text.compare(at, words[w].size(), words[w]) == 0;
                    at += words[w].size();
                }
                if (all) {
                    out.insert(id);
                    break;
                }
            }
        }
        return out;
    };
    demo::Random rng(11);
    int checked = 0, withGapInText = 0;
    for (int tries = 0; checked < 200 && tries < 20000; ++tries) {
        // Words of the corpus as a person would type them: 2 or 3 words of 2 or 3
        // characters, spaced, whether the text has a gap there (，) or not.
        const auto& text = m_segments[rng.below(m_segments.size())].second;
        if (text.size() < 10)
            continue;
        size_t at = rng.below(text.size() - 9);
        std::vector<std::u32string> words;
        bool gapInText = false;
        const int count = int(rng.between(2, 3));
        for (int w = 0; w < count; ++w) {
            while (w > 0 && at < text.size() && TextNormalizer::classify(text[at]) == CharClass::Separator) {
                gapInText = true;
                ++at;
            }
            const size_t length = size_t(rng.between(2, 3));
            if (at + length > text.size())
                break;
            std::u32string word = text.substr(at, length);
            if (!std::all_of(word.begin(), word.end(),
                             [](char32_t c) { return TextNormalizer::classify(c) == CharClass::Cjk; }))
                break;
            words.push_back(word);
            at += length;
        }
        if (int(words.size()) != count)
            continue;
        QStringList typed;
        for (const auto& w : words)
            typed << QString::fromStdU32String(w);
        const QString query = QLatin1Char('"') + typed.join(QLatin1Char(' ')) + QLatin1Char('"');
        const auto expected = scan(words);
        QVERIFY(!expected.empty()); // the words were taken from the text
        QCOMPARE(engine(query), expected);
        withGapInText += gapInText ? 1 : 0;
        ++checked;
    }
    QCOMPARE(checked, 200);
    QVERIFY2(withGapInText > 0, "no phrase spanned punctuation of the text");
    // Written together in the text, found with a space in the query; and the other way.
    QVERIFY(!engine(QStringLiteral("\"大同人 不争\"")).empty());
    QCOMPARE(engine(QStringLiteral("\"大同人 不争\"")), engine(QStringLiteral("\"大同人不争\"")));
    // Unquoted, the words may be anywhere in the segment.
    QVERIFY(engine(QStringLiteral("大同人 不争")).size() >= engine(QStringLiteral("\"大同人 不争\"")).size());
    // Latin words of a phrase stay words next to each other.
    QVERIFY(!engine(QStringLiteral("\"au lait\"")).empty());
    QVERIFY(engine(QStringLiteral("\"lait au\"")).empty());
}

void TestSearch::hostileInput_isSearchedAsTextNeverAnError_data()
{
    QTest::addColumn<QString>("input");
    for (const char* s : {"\"",
                          "\"\"",
                          "(",
                          ")",
                          "*",
                          "-",
                          "OR",
                          "AND",
                          "NOT",
                          "NEAR(a b)",
                          "a NEAR/2 b",
                          "\"不争",
                          "不争\"",
                          "(不争",
                          "col:text",
                          "city:",
                          ":",
                          "-\"\"",
                          "^不争",
                          "'; DROP TABLE segments; --",
                          "{col1 col2}: x",
                          "x:y:z",
                          "\\",
                          "\t\n",
                          "😀😀",
                          "𠀀*",
                          "**",
                          "- -",
                          "OR OR OR",
                          "\u200b",
                          "a\"b\"c",
                          "city:\"",
                          "theme:\"不争"})
        QTest::newRow(s) << QString::fromUtf8(s);
    QTest::newRow("long") << QString(20000, QChar(0x4E0D));
}

void TestSearch::hostileInput_isSearchedAsTextNeverAnError()
{
    QFETCH(QString, input);
    const auto segmentsBefore = m_corpus->db().sql().execAndGet("SELECT count(*) FROM segments").getInt();
    auto results = SearchEngine(*m_corpus).search(SearchQuery::parse(input));
    if (!results) {
        // Nothing to look for is the only acceptable failure, and it says so.
        QCOMPARE(results.error().code, Error::Code::InvalidArgument);
        QVERIFY(results.error().message.contains(QStringLiteral("search for")));
    }
    QCOMPARE(m_corpus->db().sql().execAndGet("SELECT count(*) FROM segments").getInt(), segmentsBefore);
}

void TestSearch::index_followsEditsDeletesUndoAndRebuild()
{
    const QStringList queries{QStringLiteral("不争"), QStringLiteral("争"),     QStringLiteral("刀削面"),
                              QStringLiteral("kol"),  QStringLiteral("烟火气"), QStringLiteral("心里有底")};
    const auto verifyAll = [&] {
        reloadSegments();
        for (const QString& q : queries) {
            if (engine(q) != bruteForce(q))
                return false;
        }
        return m_corpus->db().checkSearchIndex().isEmpty();
    };
    QVERIFY(verifyAll());
    auto& transcripts = m_corpus->transcripts();
    const auto segments = *transcripts.segments(m_corpus->interviews().list()->back().id);
    const Segment edited = segments.front();
    QVERIFY(test::write(*m_corpus, [&](const WriteScope& w) {
        return transcripts.setText(w, edited.id, QStringLiteral("刀削面和烟火气，KOL 也不争。"));
    }));
    QVERIFY(engine(QStringLiteral("刀削面")).contains(edited.id));
    QVERIFY(verifyAll());
    QVERIFY(test::write(*m_corpus, [&](const WriteScope& w) {
        return transcripts.setText(w, edited.id, edited.text);
    })); // undo
    QVERIFY(!engine(QStringLiteral("刀削面")).contains(edited.id) ||
            bruteForce(QStringLiteral("刀削面")).contains(edited.id));
    QVERIFY(verifyAll());
    QVERIFY(test::write(
        *m_corpus, [&](const WriteScope& w) { return transcripts.removeSegment(w, segments.at(1).id); }));
    QVERIFY(verifyAll());
    // Deleting an interview takes its segments out of the index (cascade).
    QVERIFY(test::write(*m_corpus, [&](const WriteScope& w) {
        return m_corpus->interviews().remove(w, segments.front().interviewId);
    }));
    QVERIFY(verifyAll());
    QVERIFY(m_corpus->db().rebuildSearchIndex());
    QVERIFY(verifyAll());
    // A corrupted index is noticed by the check and mended by a rebuild.
    // (the index loses a row that its table still has, as a crash outside SQLite's
    // transaction rules could leave it)
    m_corpus->db().sql().exec("INSERT INTO fts_segments(fts_segments, rowid, text) "
                              "SELECT 'delete', id, text FROM segments ORDER BY id LIMIT 1");
    QVERIFY(!m_corpus->db().checkSearchIndex().isEmpty());
    QVERIFY(m_corpus->db().rebuildSearchIndex());
    QVERIFY(verifyAll());
}

void TestSearch::demo_filtersOrAndExclusion()
{
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Demo")));
    QVERIFY(demo);
    SearchEngine engine(**demo);
    const auto count = [&](const QString& q) {
        return engine.countSegments(SearchQuery::parse(q)).value_or(-1);
    };
    QCOMPARE(count(QStringLiteral("不争")), 4);
    QCOMPARE(count(QStringLiteral("不争 city:烟台")), 0);
    QCOMPARE(count(QStringLiteral("自在 city:烟台")), count(QStringLiteral("自在")));
    QCOMPARE(count(QStringLiteral("不争 speaker:DT-005")), 1);
    QCOMPARE(count(QStringLiteral("不争 interviewer:周明")), 2);
    QCOMPARE(count(QStringLiteral("海 mode:phone")), count(QStringLiteral("海 方式:电话")));
    QVERIFY(count(QStringLiteral("海 mode:phone")) < count(QStringLiteral("海")));
    QCOMPARE(count(QStringLiteral("不争 OR 自在")), count(QStringLiteral("不争")) +
                                                        count(QStringLiteral("自在")) -
                                                        count(QStringLiteral("不争 自在")));
    QCOMPARE(count(QStringLiteral("不争 -姥姥")),
             count(QStringLiteral("不争")) - count(QStringLiteral("不争 姥姥")));
    QCOMPARE(count(QStringLiteral("brand")), 1);
    // The interview's date, both ends included, at the precision typed.
    const int all = count(QStringLiteral("不争"));
    QCOMPARE(count(QStringLiteral("不争 from:2026-10-16")) + count(QStringLiteral("不争 to:2026-10-15")),
             all);
    QCOMPARE(count(QStringLiteral("不争 from:2026-10 to:2026-10")), all);
    QCOMPARE(count(QStringLiteral("不争 从:2026-11")), 0);
    QCOMPARE(count(QStringLiteral("不争 to:2026-10-16")), count(QStringLiteral("不争 到:2026-10-16")));
    // A participant of the interview with this gender, age band or category.
    SQLite::Database& db = (*demo)->db().sql();
    const auto withParticipant = [&](const char* column, const QString& value) {
        SQLite::Statement st(db,
                             std::string("SELECT count(DISTINCT s.id) FROM segments s JOIN fts_segments f ON "
                                         "f.rowid = s.id JOIN interview_participants ip ON ip.interview_id = "
                                         "s.interview_id JOIN participants p ON p.id = ip.participant_id "
                                         "WHERE fts_segments MATCH ? AND p.") +
                                 column + " = ?");
        st.bind(1, SearchQuery::parse(QStringLiteral("不争")).toFtsExpression().toStdString());
        st.bind(2, value.toStdString());
        st.executeStep();
        return st.getColumn(0).getInt();
    };
    const QString someGender = QString::fromStdString(
        db.execAndGet("SELECT gender FROM participants WHERE code = 'DT-005'").getString());
    const QString someCategory = QString::fromStdString(
        db.execAndGet("SELECT category FROM participants WHERE code = 'DT-003'").getString());
    QVERIFY(!someGender.isEmpty() && !someCategory.isEmpty());
    QCOMPARE(count(QStringLiteral("不争 gender:") + someGender), withParticipant("gender", someGender));
    QCOMPARE(count(QStringLiteral("不争 性别:") + someGender), withParticipant("gender", someGender));
    QCOMPARE(count(QStringLiteral("不争 category:") + someCategory),
             withParticipant("category", someCategory));
    QVERIFY(count(QStringLiteral("不争 category:") + someCategory) > 0);
    QVERIFY(count(QStringLiteral("不争 category:") + someCategory) < all);
    QCOMPARE(count(QStringLiteral("BRAND")), 1);
    // theme: segments that a quote of the theme (or a sub-theme) covers.
    QVERIFY(count(QStringLiteral("争 theme:生活节奏")) >= 1);
    QCOMPARE(count(QStringLiteral("争 theme:吃")), 0);
    // Searching elsewhere: the city's spirit word and its insight.
    auto results = engine.search(SearchQuery::parse(QStringLiteral("活得真")));
    QVERIFY(results);
    bool city = false, insight = false;
    for (const auto& hit : results->elsewhere) {
        city = city || hit.kind == HitKind::City;
        insight = insight || hit.kind == HitKind::Insight;
    }
    QVERIFY(city && insight);
}

void TestSearch::results_rankedGroupedWithCodePointHighlights()
{
    const RowId interview = m_corpus->interviews().list()->front().id;
    Segment s;
    s.interviewId = interview;
    s.speaker = QStringLiteral("DT-001");
    s.startMs = 83'000;
    s.text = QStringLiteral("𠀀😀我说：心里有底的不争，不争。");
    const RowId id = *test::write(
        *m_corpus, [&](const WriteScope& w) { return m_corpus->transcripts().insertSegment(w, s); });
    auto results = SearchEngine(*m_corpus).search(SearchQuery::parse(QStringLiteral("\"心里有底的不争\"")));
    QVERIFY(results);
    QCOMPARE(results->totalSegments, 1);
    QCOMPARE(results->groups.size(), size_t(1));
    const SearchHit& hit = results->groups.front().hits.front();
    QCOMPARE(hit.id, id);
    QCOMPARE(hit.startMs.value_or(-1), 83'000);
    QCOMPARE(hit.speaker, QStringLiteral("DT-001"));
    QCOMPARE(hit.snippet.highlights.size(), 1);
    // 𠀀 and 😀 count as one position each.
    QCOMPARE(hit.snippet.highlights.front(), (TextSpan{5, 12}));
    QCOMPARE(codePointMid(hit.snippet.text, hit.snippet.highlights.front()),
             QStringLiteral("心里有底的不争"));

    // Ranking: of two segments of the same length, the one that repeats the word ranks first.
    Segment once = s, thrice = s;
    once.text = QStringLiteral("瀚澜是一个词，这里还有别的话要说。");
    thrice.text = QStringLiteral("瀚澜瀚澜瀚澜，这里还有别的话要说。");
    const RowId onceId = *test::write(
        *m_corpus, [&](const WriteScope& w) { return m_corpus->transcripts().insertSegment(w, once); });
    const RowId thriceId = *test::write(
        *m_corpus, [&](const WriteScope& w) { return m_corpus->transcripts().insertSegment(w, thrice); });
    auto ranked = SearchEngine(*m_corpus).search(SearchQuery::parse(QStringLiteral("瀚澜")));
    QVERIFY(ranked);
    std::vector<RowId> order;
    for (const auto& group : ranked->groups) {
        for (const auto& h : group.hits) {
            if (h.kind == HitKind::Segment)
                order.push_back(h.id);
        }
    }
    QCOMPARE(order, (std::vector<RowId>{thriceId, onceId}));
}

void TestSearch::ranking_equalsFts5Bm25()
{
    // tianye_bm25 reads document lengths with a moving cursor; its scores must be
    // FTS5's bm25() for every matching row, whatever the order rows arrive in.
    auto& db = m_corpus->db().sql();
    for (const char* q :
         {"\"不争\"", "\"我们\"", "\"争\"*", "\"kol\"", "\"大同\" AND \"不争\"", "\"时候\" OR \"心里\""}) {
        for (const char* order : {"ORDER BY rowid", "ORDER BY rowid DESC", "ORDER BY random()"}) {
            SQLite::Statement st(
                db, std::string("SELECT tianye_bm25(fts_segments, 'fts_segments'), bm25(fts_segments) "
                                "FROM fts_segments WHERE fts_segments MATCH ? ") +
                        order);
            st.bind(1, q);
            int rows = 0;
            while (st.executeStep()) {
                const double ours = st.getColumn(0).getDouble();
                const double theirs = st.getColumn(1).getDouble();
                QVERIFY2(std::abs(ours - theirs) <= 1e-9 * std::max(1.0, std::abs(theirs)),
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                        .arg(QString::fromUtf8(q))
                                        .arg(rows)
                                        .arg(ours)
                                        .arg(theirs)));
                ++rows;
            }
            QVERIFY(rows > 0);
        }
    }
}

void TestSearch::results_pageWithoutLosingTotal()
{
    SearchEngine engine(*m_corpus);
    const auto query = SearchQuery::parse(QStringLiteral("我们"));
    auto first = engine.search(query, 0, 10);
    QVERIFY(first);
    QVERIFY(first->totalSegments > 20);
    QVERIFY(first->hasMore);
    std::set<RowId> seen;
    int pages = 0;
    for (int offset = 0; offset < first->totalSegments; offset += 10, ++pages) {
        auto page = engine.search(query, offset, 10);
        QVERIFY(page);
        QCOMPARE(page->totalSegments, first->totalSegments);
        for (const auto& g : page->groups) {
            for (const auto& h : g.hits) {
                if (h.kind == HitKind::Segment)
                    QVERIFY2(seen.insert(h.id).second, "a hit appeared on two pages");
            }
        }
    }
    QCOMPARE(qint64(seen.size()), first->totalSegments);
}

void TestSearch::preparedRankings_giveTheSamePages_andYieldToEdits()
{
    SearchEngine engine(*m_corpus);
    auto& db = m_corpus->db().sql();
    const auto pageIds = [&](const QString& q, int offset) {
        std::vector<std::pair<RowId, double>> out;
        auto results = engine.search(SearchQuery::parse(q), offset, 50);
        if (!results)
            return out;
        // Transcript hits in page order: groups keep rank order within, so collect and sort by score.
        for (const auto& g : results->groups) {
            for (const auto& h : g.hits) {
                if (h.kind == HitKind::Segment)
                    out.emplace_back(h.id, h.rank);
            }
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second < b.second : a.first < b.first;
        });
        return out;
    };
    db.exec("DELETE FROM search_prepared");
    const QStringList queries{QStringLiteral("我们"), QStringLiteral("时候"), QStringLiteral("我"),
                              QStringLiteral("kol")};
    std::map<std::pair<QString, int>, std::vector<std::pair<RowId, double>>> live;
    for (const QString& q : queries) {
        for (int offset : {0, 50, 150, 200})
            live[{q, offset}] = pageIds(q, offset);
    }
    auto prepared = engine.prepareFrequentQueries(100);
    QVERIFY(prepared);
    QVERIFY(*prepared > 0);
    const auto expressions = db.execAndGet("SELECT count(*) FROM search_prepared").getInt();
    QCOMPARE(expressions, *prepared);
    QVERIFY(db.execAndGet("SELECT count(*) FROM search_prepared WHERE expression = '\"我们\"'").getInt() ==
            1);
    for (const QString& q : queries) {
        for (int offset : {0, 50, 150, 200})
            QCOMPARE(pageIds(q, offset), (live[{q, offset}]));
    }

    // An edit makes every prepared ranking stale: the new text ranks at once.
    const RowId edited = m_segments.front().first;
    QVERIFY(test::write(*m_corpus, [&](const WriteScope& w) {
        return m_corpus->transcripts().setText(w, edited, QStringLiteral("我们我们我们我们。"));
    }));
    QCOMPARE(db.execAndGet("SELECT count(*) FROM search_prepared p JOIN search_state v ON v.id = 1 "
                           "WHERE p.version = v.version")
                 .getInt(),
             0);
    const auto after = pageIds(QStringLiteral("我们"), 0);
    QVERIFY(!after.empty());
    QCOMPARE(after.front().first, edited);
    reloadSegments();
}

// Rankings are prepared while the window goes on writing: those of a text that changed
// while they were ranked are not stored, and a stop ends the work at once.
void TestSearch::preparedRankings_notStoredWhenATranscriptChangedMeanwhile_andStoppable()
{
    auto& db = m_corpus->db().sql();
    db.exec("DELETE FROM search_prepared");
    SQLite::Database other(QFile::encodeName(m_corpus->databasePath()).toStdString(), SQLite::OPEN_READWRITE);
    bool edited = false;
    auto prepared = SearchIndex(m_corpus->db()).prepareRankings(100, [&](const QString& term) {
        if (!edited) { // another connection changes a transcript while the words are ranked
            other.exec("UPDATE search_state SET version = version + 1 WHERE id = 1");
            edited = true;
        }
        return SearchQuery::parse(term).toFtsExpression();
    });
    QVERIFY(prepared);
    QVERIFY(edited);
    QCOMPARE(*prepared, 0);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM search_prepared").getInt(), 0);

    auto stopped = SearchEngine(*m_corpus).prepareFrequentQueries(100, [] { return true; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM search_prepared").getInt(), 0);

    auto done = SearchEngine(*m_corpus).prepareFrequentQueries(100);
    QVERIFY(done && *done > 0);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM search_prepared p JOIN search_state v ON v.id = 1 "
                           "WHERE p.version = v.version")
                 .getInt(),
             *done);
}

// Which interviews consent puts at risk is remembered between searches (it costs ~20 ms
// on 10,000 interviews), but never past a write: a withdrawal made by another
// connection (the window while the CLI reads, a sync) marks the very next results.
void TestSearch::withdrawalOnAnotherConnection_marksTheNextResultsWithheld()
{
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Withdrawn")));
    QVERIFY(demo);
    SearchEngine engine(**demo);
    const auto withheldHits = [&] {
        int n = 0;
        auto results = engine.search(SearchQuery::parse(QStringLiteral("不争 speaker:DT-005")));
        for (const auto& g : results->groups)
            for (const auto& h : g.hits)
                n += h.kind == HitKind::Segment && h.withheld != Withheld::No;
        return n;
    };
    QCOMPARE(withheldHits(), 0);
    QCOMPARE(withheldHits(), 0); // remembered
    SQLite::Database other(QFile::encodeName((*demo)->databasePath()).toStdString(), SQLite::OPEN_READWRITE);
    other.exec("UPDATE participants SET consent_status = 'withdrawn' WHERE code = 'DT-005'");
    QCOMPARE(withheldHits(), 1);
    other.exec("UPDATE participants SET consent_status = 'given' WHERE code = 'DT-005'");
    QCOMPARE(withheldHits(), 0);

    // And reading it never reads the transcripts' rows: a withdrawn participant's
    // segments are found, with their interview, in an index alone.
    SQLite::Statement plan(other, "EXPLAIN QUERY PLAN SELECT interview_id FROM consent_risk_interviews");
    QStringList steps;
    while (plan.executeStep())
        steps << QString::fromUtf8(plan.getColumn(3).getText());
    QVERIFY2(steps.filter(QStringLiteral("segments")).isEmpty() ||
                 !steps.filter(QStringLiteral("COVERING INDEX segments_speaker_interview")).isEmpty(),
             qPrintable(steps.join(QStringLiteral("; "))));
    QVERIFY2(steps.filter(QRegularExpression(QStringLiteral("SEARCH s USING INDEX"))).isEmpty(),
             qPrintable(steps.join(QStringLiteral("; "))));
}

// Keyword in context: a line per hit (two in one segment are two lines), each with the
// hit between its contexts; a limit stops the reading and says so.
void TestSearch::concordance_everyHitInTranscriptOrder_andStopsAtItsLimit()
{
    SearchEngine engine(*m_corpus);
    const SearchQuery query = SearchQuery::parse(QStringLiteral("我们"));
    auto all = engine.concordance(query, 10, std::numeric_limits<qsizetype>::max());
    QVERIFY(all);
    QVERIFY(!all->cut);
    QCOMPARE(all->segments, *engine.countSegments(query));
    qsizetype expected = 0;
    for (const auto& [id, text] : m_segments)
        for (size_t at = text.find(U"我们"); at != std::u32string::npos; at = text.find(U"我们", at + 2))
            ++expected;
    QCOMPARE(qsizetype(all->lines.size()), expected);
    QVERIFY(qsizetype(all->lines.size()) > all->segments); // some segments say it twice
    for (const ConcordanceLine& l : all->lines) {
        QCOMPARE(l.hit, QStringLiteral("我们"));
        QVERIFY(codePointCount(l.left) <= 10 && codePointCount(l.right) <= 10);
        QVERIFY(!all->interviews.value(l.interviewId).isEmpty());
    }
    auto some = engine.concordance(query, 10, 5);
    QVERIFY(some);
    QVERIFY(some->cut);
    QCOMPARE(some->lines.size(), size_t(5));
    for (size_t i = 0; i < 5; ++i)
        QCOMPARE(some->lines[i].segmentId, all->lines[i].segmentId);
    auto stopped = engine.concordance(query, 10, 1000, [] { return true; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
