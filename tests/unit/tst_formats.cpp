// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "formats/SaveFile.h"
#include "formats/TranscriptExport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace tianye;
using namespace tianye::formats;

// Golden files: tests/data/transcript-export/<case>/segments.json is the input,
// expected.txt, expected.srt and expected.vtt the exact output.
class TestFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportTranscript_matchesGoldenFiles_data();
    void exportTranscript_matchesGoldenFiles();
    void formatNames();
    void readAtMost_wholeOrOneByteOverTheLimit();
};

namespace {

std::vector<Segment> readSegments(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return test::segmentsFromJson(QJsonDocument::fromJson(file.readAll()).array());
}

} // namespace

void TestFormats::exportTranscript_matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("format");
    const QDir root(QStringLiteral(TIANYE_TEST_DATA "/transcript-export"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!cases.isEmpty());
    for (const QString& name : cases) {
        for (const char* format : {"txt", "srt", "vtt"})
            QTest::newRow(qPrintable(name + QLatin1Char('/') + QLatin1String(format)))
                << root.filePath(name) << QString::fromLatin1(format);
    }
}

void TestFormats::exportTranscript_matchesGoldenFiles()
{
    QFETCH(QString, folder);
    QFETCH(QString, format);
    const auto segments = readSegments(folder + QStringLiteral("/segments.json"));
    QVERIFY(!segments.empty());
    const QString actual = exportTranscript(segments, *transcriptFormatFromName(format));
    QFile expected(folder + QStringLiteral("/expected.") + format);
    if (!expected.exists() && qEnvironmentVariableIsSet("TIANYE_WRITE_GOLDEN")) {
        QVERIFY(expected.open(QIODevice::WriteOnly));
        expected.write(actual.toUtf8());
        QFAIL("golden file written: review it, commit it and run again");
    }
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
    QCOMPARE(actual, QString::fromUtf8(expected.readAll()));
}

void TestFormats::formatNames()
{
    QCOMPARE(transcriptFormatFromName(u"SRT"), TranscriptFormat::Srt);
    QCOMPARE(transcriptFormatFromName(u"webvtt"), TranscriptFormat::Vtt);
    QVERIFY(!transcriptFormatFromName(u"docx"));
    QCOMPARE(suffixOf(TranscriptFormat::Txt), QStringLiteral("txt"));
}

void TestFormats::readAtMost_wholeOrOneByteOverTheLimit()
{
    // Larger than one read piece (1 MiB), from where the device stands.
    QByteArray bytes(3 * 1024 * 1024 + 17, 'x');
    bytes[0] = 'a';
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    buffer.seek(1);
    QCOMPARE(formats::readAtMost(buffer, 10 * 1024 * 1024), bytes.mid(1));
    // Over the limit: the limit and one byte more, so the caller can tell.
    buffer.seek(0);
    const QByteArray cut = formats::readAtMost(buffer, 2 * 1024 * 1024);
    QCOMPARE(cut.size(), 2 * 1024 * 1024 + 1);
    QCOMPARE(cut, bytes.left(cut.size()));
    // A sequential device (no size to go by) is read to its end.
    QProcess cat;
    cat.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("head -c 2500000 /dev/zero")});
    QVERIFY(cat.waitForStarted());
    QVERIFY(cat.waitForFinished());
    QCOMPARE(formats::readAtMost(cat, 5'000'000).size(), 2'500'000);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
