// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "formats/TextEncoding.h"
#include "formats/TranscriptExport.h"
#include "formats/TranscriptImport.h"
#include "store/Backups.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>

#include <SQLiteCpp/Database.h>

using namespace tianye;
using namespace tianye::formats;

// Golden files: tests/data/transcript-import/<case>/input.* is what a tool or a
// typist wrote, expected.json what Tianye must read from it.
class TestTranscriptImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenFiles_data();
    void goldenFiles();
    void roundTrip_importExportImport_data();
    void roundTrip_importExportImport();
    void clockTimes();
    void hostileFiles_areRefusedWithTheFileNamed_data();
    void hostileFiles_areRefusedWithTheFileNamed();
    void hugeFile_isRefusedBeforeReading();
    void encodings_areFound_data();
    void encodings_areFound();
    void encodings_unclearOrWrong_areRefusedNamingTheLine();
    void encodings_chosenByTheUser_win();
    void cli_importsAndPrintsWhatItImported();
    void cli_encodingOption();
    void cli_badFile_changesNothing();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString Root = QStringLiteral(TIANYE_TEST_DATA "/transcript-import");

QString inputOf(const QString& folder)
{
    return QDir(folder).entryInfoList({QStringLiteral("input.*")}).value(0).filePath();
}

QString dump(const std::vector<Segment>& segments)
{
    QStringList lines;
    for (const Segment& s : segments) {
        lines << QStringLiteral("%1 | %2 | %3 | %4")
                     .arg(s.speaker, s.startMs ? QString::number(*s.startMs) : QStringLiteral("-"),
                          s.endMs ? QString::number(*s.endMs) : QStringLiteral("-"), s.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray zipWith(const QList<std::pair<QString, QByteArray>>& files)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto& [name, data] : files) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return {};
        file.write(data);
        file.close();
    }
    zip.close();
    return bytes;
}

} // namespace

void TestTranscriptImport::goldenFiles_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList cases = QDir(Root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(cases.size() >= 9);
    for (const QString& name : cases)
        QTest::newRow(qPrintable(name)) << QDir(Root).filePath(name);
}

void TestTranscriptImport::goldenFiles()
{
    QFETCH(QString, folder);
    QFile expectedFile(QDir(folder).filePath(QStringLiteral("expected.json")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const std::vector<Segment> want =
        test::segmentsFromJson(expected.value(QStringLiteral("segments")).toArray());

    auto got = TranscriptImporter::readFile(inputOf(folder));
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(dump(got->segments), dump(want));
    QCOMPARE(got->format, expected.value(QStringLiteral("format")).toString());
    QCOMPARE(got->encoding, expected.value(QStringLiteral("encoding")).toString());
    const QJsonArray skipped = expected.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(got->skipped.size(), skipped.size());
    for (qsizetype i = 0; i < skipped.size(); ++i)
        QVERIFY2(got->skipped[i].startsWith(skipped[i].toString()), qPrintable(got->skipped[i]));
}

void TestTranscriptImport::roundTrip_importExportImport_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("format");
    for (const QString& name : QDir(Root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const char* format : {"txt", "srt", "vtt"})
            QTest::newRow(qPrintable(name + QLatin1Char('/') + QLatin1String(format)))
                << QDir(Root).filePath(name) << QString::fromLatin1(format);
    }
}

// What a file says survives export and import: speakers, texts and every time the
// first import knew (TXT carries start times only; cues need both, so SRT and VTT
// add times where none were known, which the comparison leaves aside).
void TestTranscriptImport::roundTrip_importExportImport()
{
    QFETCH(QString, folder);
    QFETCH(QString, format);
    auto first = TranscriptImporter::readFile(inputOf(folder));
    QVERIFY(first);
    const QString text = exportTranscript(first->segments, *transcriptFormatFromName(format));
    auto second =
        TranscriptImporter::parse(text.toUtf8(), *importFormatFromName(format), QStringLiteral("x"));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->segments.size(), first->segments.size());
    for (size_t i = 0; i < first->segments.size(); ++i) {
        const Segment& a = first->segments[i];
        const Segment& b = second->segments[i];
        QCOMPARE(b.speaker, a.speaker);
        QCOMPARE(b.text, a.text);
        if (a.startMs)
            QCOMPARE(b.startMs, a.startMs);
        if (a.endMs && format != QLatin1String("txt"))
            QCOMPARE(b.endMs, a.endMs);
    }
}

void TestTranscriptImport::clockTimes()
{
    QCOMPARE(TranscriptImporter::parseClock(u"0:49"), 49'000);
    QCOMPARE(TranscriptImporter::parseClock(u"01:23"), 83'000);
    QCOMPARE(TranscriptImporter::parseClock(u"1:02:03"), 3'723'000);
    QCOMPARE(TranscriptImporter::parseClock(u"00:00:01,5"), 1'500);
    QCOMPARE(TranscriptImporter::parseClock(u"00:00:01.045"), 1'045);
    QCOMPARE(TranscriptImporter::parseClock(u"00:61:00"), std::nullopt);
    QCOMPARE(TranscriptImporter::parseClock(u"12:60"), std::nullopt);
    QCOMPARE(TranscriptImporter::parseClock(u"noon"), std::nullopt);
}

void TestTranscriptImport::hostileFiles_areRefusedWithTheFileNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(2000, '\0') + QByteArray(2000, '\x7f');
    QTest::newRow("binary") << QStringLiteral("photo.txt") << png << QStringLiteral("binary");
    QTest::newRow("undecodable") << QStringLiteral("odd.txt") << QByteArray("\xff\xfe\xfd\xff\x80", 5).mid(2)
                                 << QStringLiteral("encoding");
    QTest::newRow("blank text") << QStringLiteral("blank.txt") << QByteArray("\n \n\t\n")
                                << QStringLiteral("no transcript text");
    QTest::newRow("srt without timings")
        << QStringLiteral("broken.srt") << QByteArray("1\nhello\n\n2\nworld\n")
        << QStringLiteral("no cue has a time line");
    QTest::newRow("vtt without header")
        << QStringLiteral("plain.vtt") << QByteArray("00:00:01.000 --> 00:00:02.000\nhi\n")
        << QStringLiteral("does not start with WEBVTT");
    QTest::newRow("broken zip") << QStringLiteral("broken.docx")
                                << QByteArray("PK\x03\x04garbage-not-a-zip", 22)
                                << QStringLiteral("not a readable zip");
    QTest::newRow("zip without document")
        << QStringLiteral("photos.docx") << zipWith({{QStringLiteral("a.jpg"), QByteArray("jpeg")}})
        << QStringLiteral("no word/document.xml");
    // Zip slip: an entry whose path climbs out of the archive (Windows separators too).
    QTest::newRow("zip slip") << QStringLiteral("slip.docx")
                              << zipWith({{QStringLiteral("word/document.xml"),
                                           QByteArray("<w:document><w:p><w:t>hi</w:t></w:p></w:document>")},
                                          {QStringLiteral("../../.bashrc"), QByteArray("evil")}})
                              << QStringLiteral("outside the archive");
    QTest::newRow("zip slip, backslashes")
        << QStringLiteral("slip2.docx")
        << zipWith({{QStringLiteral("word/document.xml"),
                     QByteArray("<w:document><w:p><w:t>hi</w:t></w:p></w:document>")},
                    {QStringLiteral("word\\..\\..\\evil.txt"), QByteArray("evil")}})
        << QStringLiteral("outside the archive");
    // A zip bomb: 20 MB of one letter packs into a few kB.
    QTest::newRow("zip bomb") << QStringLiteral("bomb.docx")
                              << zipWith({{QStringLiteral("word/document.xml"), QByteArray(20 << 20, 'a')}})
                              << QStringLiteral("zip bomb");
    // Billion laughs and external entities come in through a DTD.
    const QByteArray laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><w:document><w:p><w:t>&lol2;</w:t></w:p>"
        "</w:document>";
    QTest::newRow("billion laughs") << QStringLiteral("laughs.docx")
                                    << zipWith({{QStringLiteral("word/document.xml"), laughs}})
                                    << QStringLiteral("DTD");
    const QByteArray external =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<w:document><w:p><w:t>&x;</w:t></w:p></w:document>";
    QTest::newRow("external entity") << QStringLiteral("xxe.docx")
                                     << zipWith({{QStringLiteral("word/document.xml"), external}})
                                     << QStringLiteral("DTD");
    QTest::newRow("damaged xml") << QStringLiteral("cut.docx")
                                 << zipWith({{QStringLiteral("word/document.xml"),
                                              QByteArray("<w:document><w:p>")}})
                                 << QStringLiteral("damaged");
}

void TestTranscriptImport::hostileFiles_areRefusedWithTheFileNamed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    auto got = TranscriptImporter::readFile(path);
    QVERIFY2(!got, qPrintable(got ? dump(got->segments) : QString()));
    QVERIFY2(got.error().message.contains(name), qPrintable(got.error().message));
    QVERIFY2(got.error().message.contains(says), qPrintable(got.error().message));
}

void TestTranscriptImport::hugeFile_isRefusedBeforeReading()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: takes no disk
    file.close();
    auto got = TranscriptImporter::readFile(path);
    QVERIFY(!got);
    QVERIFY2(got.error().message.contains(QStringLiteral("huge.txt")), qPrintable(got.error().message));
    QVERIFY2(got.error().message.contains(QStringLiteral("200")), qPrintable(got.error().message));
}

namespace {

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder(text);
}

const QString ChineseLines =
    QStringLiteral("DT-004：我在大同住了三十年，每天早上去公园打太极拳。\n"
                   "访谈员：您觉得这座城市最大的变化是什么？\n"
                   "DT-004：古城墙修好了，游客多了，可是老街坊们还是不争不抢，日子过得踏实。\n"
                   "访谈员：年轻人呢？\n"
                   "DT-004：年轻人去北京的多，过年回来都说还是家里好。\n");

} // namespace

void TestTranscriptImport::encodings_areFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("Chinese, UTF-8") << ChineseLines << ChineseLines.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("Chinese, GBK from Windows")
        << ChineseLines << encoded(ChineseLines, "GB18030") << QStringLiteral("GB18030");
    QTest::newRow("Chinese, UTF-16LE without a mark")
        << ChineseLines << encoded(ChineseLines, "UTF-16LE") << QStringLiteral("UTF-16LE");
    QTest::newRow("Chinese, UTF-16BE without a mark")
        << ChineseLines << encoded(ChineseLines, "UTF-16BE") << QStringLiteral("UTF-16BE");
    const QString traditional = QStringLiteral("受訪者：我們這裡的人說話很直，有什麼說什麼，不會拐彎抹角。\n"
                                               "訪談員：這種性格是從哪裡來的？\n"
                                               "受訪者：冬天太冷了，大家都得互相幫忙，久而久之就這樣了。\n");
    QTest::newRow("Chinese, Big5 from Taiwan")
        << traditional << encoded(traditional, "Big5") << QStringLiteral("Big5");
    const QString german = QStringLiteral(
        "Interviewerin: Was hat Sie an der Stadt überrascht?\n"
        "Müller: Die Straßen sind breiter als in München, und die Leute grüßen einen auf dem Markt.\n"
        "Interviewerin: Würden Sie wiederkommen?\n"
        "Müller: Ja, schöner als ich dachte – ich käme gern im Frühjahr zurück.\n");
    QTest::newRow("German, Latin-1") << german << encoded(german, "windows-1252")
                                     << QStringLiteral("windows-1252");
    const QString japanese =
        QStringLiteral("インタビュアー：この町の一番の魅力は何ですか？\n"
                       "佐藤：海がきれいで、人がのんびりしているところです。毎朝散歩しています。\n"
                       "インタビュアー：ありがとうございました。\n");
    QTest::newRow("Japanese, Shift_JIS")
        << japanese << encoded(japanese, "Shift_JIS") << QStringLiteral("Shift_JIS");
    const QString russian = QStringLiteral("Интервьюер: Что вам больше всего нравится в этом городе?\n"
                                           "Иванова: Море, спокойствие и люди, которые никуда не спешат.\n");
    QTest::newRow("Russian, windows-1251")
        << russian << encoded(russian, "windows-1251") << QStringLiteral("windows-1251");
}

void TestTranscriptImport::encodings_areFound()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, data);
    QFETCH(QString, encoding);
    QString used;
    auto got = TranscriptImporter::decode(data, QStringLiteral("notes.txt"), &used);
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(used, encoding);
    QCOMPARE(*got, text);
}

void TestTranscriptImport::encodings_unclearOrWrong_areRefusedNamingTheLine()
{
    // A zero byte in the middle of text is binary data, named by its line.
    auto binary = TranscriptImporter::decode(QByteArray("line one\nline two\nline\0three\n", 29),
                                             QStringLiteral("cut.txt"));
    QVERIFY(!binary);
    QVERIFY2(binary.error().message.contains(QStringLiteral("cut.txt")), qPrintable(binary.error().message));
    QVERIFY2(binary.error().message.contains(QStringLiteral("line 3")), qPrintable(binary.error().message));

    // A few accented bytes could be any of several encodings: asked, not guessed.
    auto unclear = TranscriptImporter::decode(QByteArray("caf\xe9 \xe0 l'\xee"), QStringLiteral("short.txt"));
    QVERIFY2(!unclear, qPrintable(unclear ? *unclear : QString()));
    QVERIFY2(unclear.error().message.contains(QStringLiteral("short.txt")),
             qPrintable(unclear.error().message));
    QVERIFY2(unclear.error().message.contains(QStringLiteral("not clear")),
             qPrintable(unclear.error().message));

    // UTF-8 chosen for a GBK file: the line with the first bytes that are not UTF-8.
    const QByteArray gbk = "Interviewer: hello\n" + encoded(ChineseLines, "GB18030");
    auto wrong = TranscriptImporter::decode(gbk, QStringLiteral("gbk.txt"), nullptr, QStringLiteral("UTF-8"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("gbk.txt")), qPrintable(wrong.error().message));
    QVERIFY2(wrong.error().message.contains(QStringLiteral("line 2")), qPrintable(wrong.error().message));

    auto unknown =
        TranscriptImporter::decode(gbk, QStringLiteral("gbk.txt"), nullptr, QStringLiteral("Klingon-8"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("Klingon-8")),
             qPrintable(unknown.error().message));
}

void TestTranscriptImport::encodings_chosenByTheUser_win()
{
    const QString french =
        QStringLiteral("Enquêtrice : Qu'est-ce qui vous a étonnée ?\nDupont : La mer, le calme.\n");
    const QByteArray latin9 = encoded(french, "ISO-8859-15");
    QString used;
    auto got =
        TranscriptImporter::decode(latin9, QStringLiteral("fr.txt"), &used, QStringLiteral("ISO-8859-15"));
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(*got, french);
    QCOMPARE(used, QStringLiteral("ISO-8859-15"));
    // Every offered choice is one the decoder knows.
    for (const QString& name : TextEncoding::choices())
        QVERIFY2(QStringDecoder(name.toLatin1().constData()).isValid(), qPrintable(name));
}

void TestTranscriptImport::cli_importsAndPrintsWhatItImported()
{
    const QString folder = m_dir.filePath(QStringLiteral("cli.tianye"));
    RowId interview = NoRow;
    {
        auto project = Project::create(folder);
        QVERIFY(project);
        City city;
        city.name = QStringLiteral("烟台");
        Interview iv;
        iv.cityId =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); });
        iv.startedAt = QStringLiteral("2026-10-21T14:00");
        interview =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->interviews().add(w, iv); });
    }
    const auto run =
        test::runCli({QStringLiteral("import-transcript"), folder, QStringLiteral("--interview"),
                      QString::number(interview), QDir(Root).filePath(QStringLiteral("vtt-zoom/input.vtt"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("segments: 3")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("speakers: Anna Berg, 王海")), qPrintable(run.out));
    auto project = Project::open(folder);
    QVERIFY(project);
    auto segments = (*project)->transcripts().segments(interview);
    QCOMPARE(segments->size(), size_t(3));
    // A backup first, as the window does: it holds the project as it was (no segments).
    const std::vector<BackupInfo> backups = Backups::list((*project)->backupDir());
    const auto before = std::find_if(backups.begin(), backups.end(), [](const BackupInfo& b) {
        return b.reason == QLatin1String("before-import");
    });
    QVERIFY(before != backups.end());
    QVERIFY(Backups::verify(before->path));
    SQLite::Database backup(before->path.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(backup.execAndGet("SELECT count(*) FROM segments").getInt(), 0);
    QCOMPARE(backup.execAndGet("SELECT count(*) FROM interviews").getInt(), 1);
    QCOMPARE(segments->at(1).speaker, QStringLiteral("王海"));
    QCOMPARE(segments->at(1).startMs, 6300);
}

void TestTranscriptImport::cli_badFile_changesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("bad.tianye"));
    {
        auto project = Project::create(folder);
        QVERIFY(project);
        City city;
        city.name = QStringLiteral("大同");
        Interview iv;
        iv.cityId =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); });
        QVERIFY(
            test::write(**project, [&](const WriteScope& w) { return (*project)->interviews().add(w, iv); }));
    }
    const QString bad = m_dir.filePath(QStringLiteral("bomb.docx"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zipWith({{QStringLiteral("word/document.xml"), QByteArray(20 << 20, 'a')}}));
    file.close();
    const auto before = test::snapshot(folder);
    const auto run = test::runCli({QStringLiteral("import-transcript"), folder, QStringLiteral("--interview"),
                                   QStringLiteral("1"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bomb.docx")), qPrintable(run.err));
    QCOMPARE(test::snapshot(folder), before);
}

void TestTranscriptImport::cli_encodingOption()
{
    const QString folder = m_dir.filePath(QStringLiteral("enc.tianye"));
    RowId interview = NoRow;
    {
        auto project = Project::create(folder);
        QVERIFY(project);
        City city;
        city.name = QStringLiteral("齐齐哈尔");
        Interview iv;
        iv.cityId =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); });
        interview =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->interviews().add(w, iv); });
    }
    const QString file = m_dir.filePath(QStringLiteral("kr.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray("A: caf\xe9 \xe0 l'\xee\n"));
    out.close();
    const QStringList base{QStringLiteral("import-transcript"), folder, QStringLiteral("--interview"),
                           QString::number(interview), file};
    const auto before = test::snapshot(folder);
    const auto refused = test::runCli(base);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("kr.txt")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("--encoding")), qPrintable(refused.err));
    QCOMPARE(test::snapshot(folder), before);

    const auto run =
        test::runCli(base + QStringList{QStringLiteral("--encoding"), QStringLiteral("windows-1252")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("windows-1252")), qPrintable(run.out));
    auto project = Project::open(folder);
    QVERIFY(project);
    auto segments = (*project)->transcripts().segments(interview);
    QCOMPARE(segments->size(), size_t(1));
    QCOMPARE(segments->at(0).text, QStringLiteral("café à l'î"));
}

QTEST_GUILESS_MAIN(TestTranscriptImport)
#include "tst_transcriptimport.moc"
