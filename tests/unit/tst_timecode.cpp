// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/TimeCode.h"

#include <QTest>

using namespace tianye;

class TestTimeCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void format_roundTrips();
};

void TestTimeCode::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("hh:mm:ss") << QStringLiteral("01:02:03") << qint64(3'723'000);
    QTest::newRow("mm:ss") << QStringLiteral("01:23") << qint64(83'000);
    QTest::newRow("srt comma") << QStringLiteral("00:00:01,5") << qint64(1'500);
    QTest::newRow("vtt dot") << QStringLiteral("00:01:02.034") << qint64(62'034);
    QTest::newRow("single-digit hour") << QStringLiteral("1:00:00") << qint64(3'600'000);
    QTest::newRow("bad seconds") << QStringLiteral("00:00:61") << qint64(-1);
    QTest::newRow("garbage") << QStringLiteral("12ab") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestTimeCode::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = parseTimeCode(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

void TestTimeCode::format_roundTrips()
{
    for (qint64 ms : {qint64(0), qint64(999), qint64(59'999), qint64(3'723'456), qint64(36'000'000)}) {
        QCOMPARE(parseTimeCode(formatTimeCode(ms, true)).value_or(-1), ms);
        QCOMPARE(parseTimeCode(formatTimeCode(ms)).value_or(-1), ms / 1000 * 1000);
    }
    QCOMPARE(formatTimeCode(3'723'000), QStringLiteral("01:02:03"));
}

QTEST_GUILESS_MAIN(TestTimeCode)
#include "tst_timecode.moc"
