// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/TextAnchor.h"

#include <QTest>

using namespace tianye;

Q_DECLARE_METATYPE(tianye::TextSpan)

class TestTextAnchor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints_countSupplementaryCharactersOnce();
    void codePointMid_isInverseOfOffsets();
    void reanchor_data();
    void reanchor();
    void reanchor_manySpansAtOnce();
    void reanchor_largeTextWithScatteredEdits();
};

void TestTextAnchor::codePoints_countSupplementaryCharactersOnce()
{
    const QString text = QStringLiteral("a𠀀b😀c");
    QCOMPARE(text.size(), 7); // UTF-16 units
    QCOMPARE(codePointCount(text), 5);
    QCOMPARE(codePointToUtf16(text, 2), 3);
    QCOMPARE(codePointToUtf16(text, 4), 6);
    QCOMPARE(utf16ToCodePoint(text, 6), 4);
    QCOMPARE(codePointToUtf16(text, 99), 7);
}

void TestTextAnchor::codePointMid_isInverseOfOffsets()
{
    const QString text = QStringLiteral("大同𠀀不争😀 KOL");
    QCOMPARE(codePointMid(text, {2, 5}), QStringLiteral("𠀀不争"));
    QCOMPARE(codePointMid(text, {5, 6}), QStringLiteral("😀"));
    QCOMPARE(codePointMid(text, {7, 10}), QStringLiteral("KOL"));
}

void TestTextAnchor::reanchor_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<TextSpan>("span");
    QTest::addColumn<QString>("expectedWords");
    QTest::addColumn<bool>("detached");

    const QString base = QStringLiteral("我们大同人不争，日子慢慢过。");
    // The quote "大同人不争" is code points 2..7.
    QTest::newRow("unchanged") << base << base << TextSpan{2, 7} << QStringLiteral("大同人不争") << false;
    QTest::newRow("insert before shifts") << base << QStringLiteral("其实我们大同人不争，日子慢慢过。")
                                          << TextSpan{2, 7} << QStringLiteral("大同人不争") << false;
    QTest::newRow("delete before shifts") << base << QStringLiteral("大同人不争，日子慢慢过。")
                                          << TextSpan{2, 7} << QStringLiteral("大同人不争") << false;
    QTest::newRow("edit after keeps") << base << QStringLiteral("我们大同人不争，日子就这么慢慢过。")
                                      << TextSpan{2, 7} << QStringLiteral("大同人不争") << false;
    QTest::newRow("insert at start edge stays out")
        << base << QStringLiteral("我们山西大同人不争，日子慢慢过。") << TextSpan{2, 7}
        << QStringLiteral("大同人不争") << false;
    QTest::newRow("insert at end edge stays out") << base << QStringLiteral("我们大同人不争吗，日子慢慢过。")
                                                  << TextSpan{2, 7} << QStringLiteral("大同人不争") << false;
    QTest::newRow("insert inside joins") << base << QStringLiteral("我们大同人从来不争，日子慢慢过。")
                                         << TextSpan{2, 7} << QStringLiteral("大同人从来不争") << false;
    QTest::newRow("delete inside shrinks") << base << QStringLiteral("我们大同不争，日子慢慢过。")
                                           << TextSpan{2, 7} << QStringLiteral("大同不争") << false;
    QTest::newRow("replace first word stays in") << base << QStringLiteral("我们云冈人不争，日子慢慢过。")
                                                 << TextSpan{2, 7} << QStringLiteral("云冈人不争") << false;
    QTest::newRow("replace last word stays in") << base << QStringLiteral("我们大同人不抢，日子慢慢过。")
                                                << TextSpan{2, 7} << QStringLiteral("大同人不抢") << false;
    QTest::newRow("all words deleted is detached")
        << base << QStringLiteral("我们，日子慢慢过。") << TextSpan{2, 7} << QString() << true;
    QTest::newRow("all words replaced is detached")
        << base << QStringLiteral("我们北京朋友，日子慢慢过。") << TextSpan{2, 7} << QString() << true;
    QTest::newRow("whole text cleared is detached")
        << base << QString() << TextSpan{2, 7} << QString() << true;

    // Supplementary characters and emoji count as one position each.
    const QString wide = QStringLiteral("𠀀😀大同不争😀𠀀");
    QTest::newRow("supplementary before, unchanged")
        << wide << wide << TextSpan{2, 6} << QStringLiteral("大同不争") << false;
    QTest::newRow("insert supplementary before") << wide << QStringLiteral("😀😀𠀀😀大同不争😀𠀀")
                                                 << TextSpan{2, 6} << QStringLiteral("大同不争") << false;
    QTest::newRow("delete supplementary before")
        << wide << QStringLiteral("😀大同不争😀𠀀") << TextSpan{2, 6} << QStringLiteral("大同不争") << false;
    QTest::newRow("emoji inside the quote")
        << QStringLiteral("他说😀不争就好") << QStringLiteral("他说😀😀不争就好") << TextSpan{2, 5}
        << QStringLiteral("😀😀不争") << false;
    QTest::newRow("latin word recapitalised, word added after the edge")
        << QStringLiteral("现在 remote 的机会也多了") << QStringLiteral("现在 Remote work 的机会也多了")
        << TextSpan{3, 9} << QStringLiteral("Remote") << false;
    QTest::newRow("latin words inserted inside")
        << QStringLiteral("用 KOL 推广") << QStringLiteral("用 KOL 和 Kuaishou 推广") << TextSpan{0, 9}
        << QStringLiteral("用 KOL 和 Kuaishou 推广") << false;
    QTest::newRow("edits on both sides and inside")
        << base << QStringLiteral("嗯，我们大同人真不争呢，日子慢慢过吧。") << TextSpan{2, 7}
        << QStringLiteral("大同人真不争") << false;
}

void TestTextAnchor::reanchor()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(TextSpan, span);
    QFETCH(QString, expectedWords);
    QFETCH(bool, detached);

    const auto result = tianye::reanchor(oldText, newText, std::span(&span, 1));
    QCOMPARE(result.size(), size_t(1));
    QCOMPARE(result.front().detached, detached);
    if (!detached)
        QCOMPARE(codePointMid(newText, result.front().span), expectedWords);
    else
        QCOMPARE(result.front().span.length(), 0);
    QVERIFY(result.front().span.start >= 0);
    QVERIFY(result.front().span.end <= codePointCount(newText));
}

void TestTextAnchor::reanchor_manySpansAtOnce()
{
    const QString oldText = QStringLiteral("烟台自在，大同不争，齐齐哈尔活得真。");
    const QString newText = QStringLiteral("我觉得烟台很自在，大同不争，齐齐哈尔人活得真！");
    const std::vector<TextSpan> spans{{0, 4}, {5, 9}, {10, 17}};
    const auto result = tianye::reanchor(oldText, newText, spans);
    QCOMPARE(codePointMid(newText, result[0].span), QStringLiteral("烟台很自在"));
    QCOMPARE(codePointMid(newText, result[1].span), QStringLiteral("大同不争"));
    QCOMPARE(codePointMid(newText, result[2].span), QStringLiteral("齐齐哈尔人活得真"));
}

void TestTextAnchor::reanchor_largeTextWithScatteredEdits()
{
    // A 20,000-character segment edited in many places (a find/replace): every quote
    // still covers its words.
    QString oldText;
    for (int i = 0; i < 2000; ++i)
        oldText += QStringLiteral("第%1句话不争。").arg(i % 10);
    QString newText = oldText;
    newText.replace(QStringLiteral("第3句"), QStringLiteral("第三句"));
    const qsizetype at = oldText.indexOf(QStringLiteral("第7句话不争"), 5000);
    const TextSpan span{utf16ToCodePoint(oldText, at), utf16ToCodePoint(oldText, at) + 6};
    const auto result = tianye::reanchor(oldText, newText, std::span(&span, 1));
    QVERIFY(!result.front().detached);
    QCOMPARE(codePointMid(newText, result.front().span), QStringLiteral("第7句话不争"));
}

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
