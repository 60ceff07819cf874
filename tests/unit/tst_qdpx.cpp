// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "core/TextAnchor.h"
#include "demo/DemoProject.h"
#include "formats/Qde.h"
#include "formats/QdpxArchive.h"
#include "media/MediaLibrary.h"
#include "ops/Qdpx.h"
#include "ops/Quotes.h"
#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/CityRepository.h"
#include "store/ConsentSets.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace tianye;

// REFI-QDA project exchange (.qdpx): a Tianye project out and back in, files in the
// shape other tools write, and archives from outside that try to do harm.
class TestQdpx final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void export_validatesAgainstProjectXsd();
    void roundTrip_keepsCitiesPeopleTextsQuotesThemesAndNotes();
    void export_leavesOutWhatAWithdrawnParticipantSaid();
    void positions_countCodePoints_supplementaryAndEmojiAsOne();
    void export_writesASpeakerWhoIsAParticipantAsTheirCode();
    void foreignFile_importsWithReportCountsEqualToTheFile();
    void atlasTi_countsCrLfAsOne();
    void syncPoints_giveSegmentTimes_inTheFilesCount();
    void preview_guessesFields_andTheUsersChoiceWins();
    void import_intoOpenProject_mergesOnce();
    void foreignNamesAndBrokenGuids_stayInTheProject();
    void hostileArchives_areRefusedNamingTheEntry_data();
    void hostileArchives_areRefusedNamingTheEntry();
    void sourcePathsOutsideTheArchive_areNotRead();
    void import_refusesAFolderInUse_andLeavesNothingBehind();
    void cli_exportAndImport();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<Project> demo(const QString& name);
    QString exportDemo(const QString& name, Project** keep = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_demo;
    QString m_demoFile;
};

namespace {

const QString Data = QStringLiteral(TIANYE_TEST_DATA "/qdpx");

using Entries = QList<QPair<QString, QByteArray>>;

bool writeZip(const QString& file, const Entries& entries)
{
    QuaZip zip(file);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, bytes] : entries) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        f.write(bytes);
        f.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QByteArray readFile(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The nvivo-style fixture as a zip: sources under "Sources/" as NVivo writes them.
Entries nvivoEntries()
{
    Entries out;
    const QDir dir(Data + QStringLiteral("/nvivo-style"));
    for (const QString& f : dir.entryList(QDir::Files)) {
        const QString name = f == QLatin1String("project.qde") ? f : QStringLiteral("Sources/") + f;
        out.append({name, readFile(dir.filePath(f))});
    }
    return out;
}

QByteArray entryOf(const QString& file, const QString& name)
{
    auto archive = formats::QdpxArchive::open(file);
    if (!archive)
        return {};
    auto bytes = (*archive)->read(name);
    return bytes ? *bytes : QByteArray();
}

// A result's value held by the caller (range-for over a temporary's value() would dangle).
template <class T> T held(Result<T> result)
{
    return std::move(result.value());
}

QString transcriptOf(Project& p, RowId interview)
{
    QStringList lines;
    for (const Segment& s : held(p.transcripts().segments(interview)))
        lines << s.speaker + QLatin1Char('|') + s.text;
    return lines.join(QLatin1Char('\n'));
}

const ops::QdpxReportLine* lineOf(const ops::QdpxReport& r, const char* kind)
{
    return r.line(ops::Verbs::tr(kind));
}

} // namespace

void TestQdpx::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = demo(QStringLiteral("Demo"));
    QVERIFY(m_demo);
    m_demoFile = path(QStringLiteral("demo.qdpx"));
    auto done = ops::exportQdpx(*m_demo, m_demoFile);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
}

std::unique_ptr<Project> TestQdpx::demo(const QString& name)
{
    auto p = demo::DemoProject::create(path(name));
    if (!p)
        qWarning() << p.error().message;
    return p ? std::move(*p) : nullptr;
}

void TestQdpx::export_validatesAgainstProjectXsd()
{
    const QByteArray qde = entryOf(m_demoFile, QStringLiteral("project.qde"));
    QVERIFY(!qde.isEmpty());
    const QString file = path(QStringLiteral("demo-project.qde"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(qde);
    f.close();
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                              Data + QStringLiteral("/Project.xsd"), file});
    QVERIFY2(xmllint.waitForFinished(60'000), "xmllint (libxml2-utils) must be installed");
    QVERIFY2(xmllint.exitCode() == 0, xmllint.readAllStandardError().constData());
    // Every source the file names is in the archive.
    auto read = formats::qde::QdeFile::read(qde, file);
    QVERIFY(read);
    auto archive = formats::QdpxArchive::open(m_demoFile);
    QVERIFY(archive);
    int audio = 0;
    for (const auto& s : read->sources) {
        QString why;
        QVERIFY2(!(*archive)->entryFor(s.path, &why).isEmpty(), qPrintable(s.path + QLatin1Char(' ') + why));
        audio += s.kind == formats::qde::SourceKind::Audio;
    }
    QVERIFY(audio > 0);
}

void TestQdpx::roundTrip_keepsCitiesPeopleTextsQuotesThemesAndNotes()
{
    auto report = ops::importQdpx(m_demoFile, path(QStringLiteral("Back")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto back = Project::open(report->folder);
    QVERIFY(back);
    Project& b = **back;
    Project& a = *m_demo;
    const ConsentSets consent = ConsentSets::read(a.db()).value();

    // Cities, with region and spirit word.
    QStringList citiesA, citiesB;
    for (const City& c : held(a.cities().list()))
        citiesA << c.name + QLatin1Char('|') + c.region + QLatin1Char('|') + c.spiritWord;
    for (const City& c : held(b.cities().list()))
        citiesB << c.name + QLatin1Char('|') + c.region + QLatin1Char('|') + c.spiritWord;
    citiesA.sort();
    citiesB.sort();
    QCOMPARE(citiesB, citiesA);

    // Participants who did not withdraw, with their attributes; never a real name.
    const auto person = [](const Participant& p) {
        return QStringList{p.uuid,
                           p.code,
                           p.gender,
                           p.ageBand,
                           p.occupation,
                           p.category,
                           toKey(p.tie),
                           toKey(p.consent),
                           p.attributesJson == QLatin1String("{}") ? QString() : p.attributesJson}
            .join(QLatin1Char('|'));
    };
    QStringList peopleA, peopleB;
    for (const Participant& p : held(a.participants().list()))
        if (!consent.participants.contains(p.id))
            peopleA << person(p);
    for (const Participant& p : held(b.participants().list())) {
        QVERIFY(p.realName.isEmpty());
        QVERIFY(p.contact.isEmpty());
        peopleB << person(p);
    }
    peopleA.sort();
    peopleB.sort();
    QCOMPARE(peopleB, peopleA);

    // Themes: the tree, colours, descriptions, memos.
    const auto themeLines = [](Project& p) {
        QHash<RowId, QString> names;
        const auto themes = p.themes().list().value();
        for (const Theme& t : themes)
            names.insert(t.id, t.name);
        QStringList out;
        for (const Theme& t : themes)
            out << QStringList{t.uuid, names.value(t.parentId), t.name, t.color, t.description, t.memo}.join(
                QLatin1Char('|'));
        out.sort();
        return out;
    };
    QCOMPARE(themeLines(b), themeLines(a));

    // Interviews: the same UUIDs, metadata, and transcript text byte-equal where nobody withdrew.
    QHash<QString, Interview> byUuid;
    for (const Interview& iv : held(b.interviews().list()))
        byUuid.insert(iv.uuid, iv);
    int compared = 0, quotesCompared = 0;
    for (const Interview& iv : held(a.interviews().list())) {
        if (consent.interviews.contains(iv.id)) {
            QVERIFY(!byUuid.contains(iv.uuid));
            continue;
        }
        QVERIFY2(byUuid.contains(iv.uuid), qPrintable(iv.uuid));
        const Interview& other = byUuid.value(iv.uuid);
        QCOMPARE(other.startedAt, iv.startedAt);
        QCOMPARE(other.place, iv.place);
        QCOMPARE(other.mode, iv.mode);
        QCOMPARE(other.status, iv.status);
        QCOMPARE(other.summary, iv.summary);
        QCOMPARE(other.fieldNotes, iv.fieldNotes);
        QCOMPARE(other.participantIds.size(),
                 iv.participantIds.size() -
                     std::count_if(iv.participantIds.begin(), iv.participantIds.end(),
                                   [&](RowId p) { return consent.participants.contains(p); }));
        QCOMPARE(other.interviewerIds.size(), iv.interviewerIds.size());
        bool risky = false;
        for (const Segment& s : held(a.transcripts().segments(iv.id)))
            risky = risky || consent.segments.contains(s.id);
        if (!risky) {
            // Labels that name a participant come back as the participant's code.
            QHash<QString, QString> speakerAs;
            for (const SpeakerLabel& label : held(a.transcripts().speakerLabels(iv.id)))
                if (label.participantId != NoRow)
                    speakerAs.insert(label.label, a.participants().get(label.participantId).value().code);
            const auto segA = a.transcripts().segments(iv.id).value();
            const auto segB = b.transcripts().segments(other.id).value();
            QCOMPARE(segB.size(), segA.size());
            // Times travel as sync points of the recording: only where there is one.
            const bool timed = !a.media().list(iv.id).value().empty();
            for (std::size_t i = 0; i < segA.size(); ++i) {
                QCOMPARE(segB[i].text.toUtf8(), segA[i].text.toUtf8());
                QCOMPARE(segB[i].speaker, speakerAs.value(segA[i].speaker, segA[i].speaker));
                if (timed) {
                    QCOMPARE(segB[i].startMs, segA[i].startMs);
                    QCOMPARE(segB[i].endMs, segA[i].endMs);
                }
            }
            ++compared;
        }
        // Quotes on the same characters with the same themes and notes.
        QHash<QString, Quote> quotesB;
        for (const Quote& q : held(b.quotes().list(other.id)))
            quotesB.insert(q.uuid, q);
        for (const Quote& q : held(a.quotes().list(iv.id))) {
            if (consent.quotes.contains(q.id) || q.detached) {
                QVERIFY(!quotesB.contains(q.uuid));
                continue;
            }
            QVERIFY2(quotesB.contains(q.uuid), qPrintable(q.text));
            const Quote& qb = quotesB.value(q.uuid);
            QCOMPARE(b.quotes().currentText(qb.id).value(), a.quotes().currentText(q.id).value());
            QCOMPARE(qb.note, q.note);
            QStringList themesA, themesB;
            for (RowId t : q.themeIds)
                themesA << a.themes().get(t).value().uuid;
            for (RowId t : qb.themeIds)
                themesB << b.themes().get(t).value().uuid;
            themesA.sort();
            themesB.sort();
            QCOMPARE(themesB, themesA);
            ++quotesCompared;
        }
        // The recordings came along.
        QCOMPARE(b.media().list(other.id).value().size(), a.media().list(iv.id).value().size());
    }
    QVERIFY(compared > 5);
    QVERIFY(quotesCompared > 10);
    // Researchers came back as themselves.
    QStringList researchersA, researchersB;
    for (const Researcher& r : held(a.researchers().list()))
        researchersA << r.name;
    for (const Researcher& r : held(b.researchers().list()))
        researchersB << r.name;
    researchersA.sort();
    researchersB.sort();
    QCOMPARE(researchersB, researchersA);
}

void TestQdpx::export_leavesOutWhatAWithdrawnParticipantSaid()
{
    Project& a = *m_demo;
    const ConsentSets consent = ConsentSets::read(a.db()).value();
    QVERIFY(!consent.participants.isEmpty());
    QVERIFY(!consent.segments.isEmpty() || !consent.interviews.isEmpty());
    // Every text entry of the archive, as one string.
    auto archive = formats::QdpxArchive::open(m_demoFile);
    QVERIFY(archive);
    QString all;
    QuaZip zip(m_demoFile);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    const QStringList names = zip.getFileNameList();
    for (const QString& name : names)
        if (name.endsWith(QLatin1String(".txt")) || name.endsWith(QLatin1String(".qde")))
            all += QString::fromUtf8((*archive)->read(name).value());
    // What they said, segment by segment, is nowhere (long enough to be their own words).
    int checked = 0;
    for (const Interview& iv : held(a.interviews().list()))
        for (const Segment& s : held(a.transcripts().segments(iv.id)))
            if ((consent.segments.contains(s.id) || consent.interviews.contains(iv.id)) &&
                s.text.size() >= 12) {
                QVERIFY2(!all.contains(s.text), qPrintable(s.text));
                ++checked;
            }
    QVERIFY(checked > 0);
    // Real names never leave as a case, a variable or a speaker label (names spoken
    // inside the words are issue 23's redaction, not this export's).
    const QString qde = QString::fromUtf8((*archive)->read(QStringLiteral("project.qde")).value());
    QString speakers;
    for (const QString& name : names)
        if (name.endsWith(QLatin1String(".txt")))
            for (const QString& line :
                 QString::fromUtf8((*archive)->read(name).value()).split(QLatin1Char('\n')))
                if (line.contains(QStringLiteral(": ")))
                    speakers += line.section(QStringLiteral(": "), 0, 0) + QLatin1Char('\n');
    for (const Participant& p : held(a.participants().list())) {
        if (!p.realName.isEmpty()) {
            QVERIFY2(!qde.contains(QStringLiteral("name=\"%1\"").arg(p.realName)), qPrintable(p.realName));
            QVERIFY2(!qde.contains(QStringLiteral(">%1<").arg(p.realName)), qPrintable(p.realName));
            QVERIFY2(!speakers.contains(p.realName), qPrintable(p.realName));
        }
        if (consent.participants.contains(p.id))
            QVERIFY2(!all.contains(QStringLiteral("name=\"%1\"").arg(p.code)), qPrintable(p.code));
    }
}

void TestQdpx::positions_countCodePoints_supplementaryAndEmojiAsOne()
{
    auto made = Project::create(path(QStringLiteral("Wide")));
    QVERIFY(made);
    Project& p = **made;
    ops::Session session(p);
    RowId interview = NoRow;
    const QString words = QStringLiteral("老街𠀀的面😀很好");
    QVERIFY(session.run(QStringLiteral("set up"), [&](const WriteScope& w) {
        City c;
        c.name = QStringLiteral("大同");
        Interview iv;
        iv.cityId = orThrow(p.cities().add(w, c));
        interview = orThrow(p.interviews().add(w, iv));
        Segment a;
        a.speaker = QStringLiteral("说话人1");
        a.text = QStringLiteral("你好😀。");
        Segment b;
        b.speaker = QStringLiteral("说话人2");
        b.text = words;
        const auto ids = orThrow(p.transcripts().appendSegments(w, interview, {a, b}));
        Quote q;
        q.interviewId = interview;
        q.startSegmentId = ids[1];
        q.startOffset = 2; // 𠀀
        q.endSegmentId = ids[1];
        q.endOffset = 6; // through 😀
        orThrow(p.quotes().add(w, q));
    }));
    const QString file = path(QStringLiteral("wide.qdpx"));
    QVERIFY(ops::exportQdpx(p, file));
    auto read = formats::qde::QdeFile::read(entryOf(file, QStringLiteral("project.qde")), file);
    QVERIFY(read);
    QCOMPARE(read->sources.size(), std::size_t(1));
    const auto& sel = read->sources.front().selections.front();
    // "说话人1: 你好😀。\n说话人2: " is 6 + 4 + 1 + 6 code points: 17; then 老街 → 19.
    QCOMPARE(sel.start, qint64(19));
    QCOMPARE(sel.end, qint64(23));
    const QString text =
        QString::fromUtf8(entryOf(file, QStringLiteral("sources/%1.txt").arg(read->sources.front().guid)));
    QCOMPARE(codePointMid(text, {sel.start, sel.end}), QStringLiteral("𠀀的面😀"));

    auto report = ops::importQdpx(file, path(QStringLiteral("WideBack")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto back = Project::open(report->folder);
    QVERIFY(back);
    const auto quotes = (*back)->quotes().list().value();
    QCOMPARE(quotes.size(), std::size_t(1));
    QCOMPARE((*back)->quotes().currentText(quotes.front().id).value(), QStringLiteral("𠀀的面😀"));
}

void TestQdpx::export_writesASpeakerWhoIsAParticipantAsTheirCode()
{
    auto made = Project::create(path(QStringLiteral("Names")));
    QVERIFY(made);
    Project& p = **made;
    ops::Session session(p);
    const media::MediaLibrary library(p);
    // A recording named after the person, as field recordings often are.
    const auto addRecording = [&](const WriteScope& w, RowId interview, const QByteArray& bytes) {
        Media m;
        m.interviewId = interview;
        m.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        m.originalName = QStringLiteral("王秀兰_0501.m4a");
        m.format = QStringLiteral("m4a");
        m.sizeBytes = bytes.size();
        orThrow(p.media().add(w, m));
        QDir().mkpath(QFileInfo(library.pathOf(m)).absolutePath());
        QFile f(library.pathOf(m));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    };
    QVERIFY(session.run(QStringLiteral("set up"), [&](const WriteScope& w) {
        City c;
        c.name = QStringLiteral("烟台");
        const RowId city = orThrow(p.cities().add(w, c));
        const auto person = [&](const char* code, const char* name, ConsentStatus consent) {
            Participant x;
            x.cityId = city;
            x.code = QString::fromUtf8(code);
            x.realName = QString::fromUtf8(name);
            x.consent = consent;
            return orThrow(p.participants().add(w, x));
        };
        const RowId xiulan = person("YT-009", "王秀兰", ConsentStatus::Given);
        person("YT-010", "王大海", ConsentStatus::Given); // not in the first interview
        const RowId withdrew = person("YT-011", "李四", ConsentStatus::Withdrawn);
        const auto segment = [](const char* speaker, const char* text) {
            Segment x;
            x.speaker = QString::fromUtf8(speaker);
            x.text = QString::fromUtf8(text);
            return x;
        };
        Interview first;
        first.cityId = city;
        first.startedAt = QStringLiteral("2026-05-01T10:00");
        first.participantIds << xiulan;
        const RowId one = orThrow(p.interviews().add(w, first));
        orThrow(p.transcripts().appendSegments(w, one,
                                               {segment("王秀兰", "海边长大的。"),
                                                segment("说话人2", "天天看海。"),
                                                segment("王大海", "我也来说一句。")}));
        orThrow(p.transcripts().tieSpeaker(w, one, QStringLiteral("说话人2"), xiulan, NoRow));
        addRecording(w, one, QByteArray("first recording"));
        Interview second;
        second.cityId = city;
        second.startedAt = QStringLiteral("2026-05-02T10:00");
        second.participantIds << xiulan << withdrew;
        const RowId two = orThrow(p.interviews().add(w, second));
        orThrow(p.transcripts().appendSegments(
            w, two, {segment("YT-009", "码头变了。"), segment("YT-011", "别写我。")}));
        addRecording(w, two, QByteArray("second recording, both voices"));
    }));
    const QString file = path(QStringLiteral("names.qdpx"));
    auto done = ops::exportQdpx(p, file);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->withheldRecordings, 1);
    auto read = formats::qde::QdeFile::read(entryOf(file, QStringLiteral("project.qde")), file);
    QVERIFY(read);
    QStringList texts, audio;
    for (const auto& src : read->sources) {
        if (src.kind == formats::qde::SourceKind::Text)
            texts << QString::fromUtf8(entryOf(file, QStringLiteral("sources/%1.txt").arg(src.guid)));
        else
            audio << src.name;
    }
    // Labels that are a participant's real name or tied to one go out as the code,
    // in or outside the interview's own participants.
    QCOMPARE(texts,
             (QStringList{QStringLiteral("YT-009: 海边长大的。\nYT-009: 天天看海。\nYT-010: 我也来说一句。"),
                          QStringLiteral("YT-009: 码头变了。")}));
    // The recording where someone's words are withheld holds their voice: it stays.
    // The other is named after the interview, not after the person.
    QCOMPARE(audio.size(), qsizetype(1));
    QVERIFY2(!audio.front().contains(QStringLiteral("王秀兰")), qPrintable(audio.front()));
}

void TestQdpx::foreignFile_importsWithReportCountsEqualToTheFile()
{
    const QString file = path(QStringLiteral("nvivo.qdpx"));
    QVERIFY(writeZip(file, nvivoEntries()));
    auto report = ops::importQdpx(file, path(QStringLiteral("FromNvivo")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    const QString text = report->text();

    // Counts read equal the elements in project.qde.
    const QByteArray qde = readFile(Data + QStringLiteral("/nvivo-style/project.qde"));
    const auto count = [&](const char* element) {
        return int(qde.count(QByteArray(QByteArray("<") + element + ' ')));
    };
    QCOMPARE(lineOf(*report, "Users")->read, count("User"));
    QCOMPARE(lineOf(*report, "Codes")->read, count("Code"));
    QCOMPARE(lineOf(*report, "Variables")->read, count("Variable"));
    QCOMPARE(lineOf(*report, "Cases")->read, count("Case"));
    QCOMPARE(lineOf(*report, "Text sources")->read, count("TextSource"));
    QCOMPARE(lineOf(*report, "PDF sources")->read, count("PDFSource"));
    QCOMPARE(lineOf(*report, "Picture sources")->read, count("PictureSource"));
    QCOMPARE(lineOf(*report, "Text selections")->read, count("PlainTextSelection"));
    QCOMPARE(lineOf(*report, "Codings")->read, int(qde.count("<Coding ")));
    QCOMPARE(lineOf(*report, "Notes")->read, count("Note"));
    QCOMPARE(lineOf(*report, "Sets")->read, count("Set"));
    // Every element read is imported or left out with a reason: nothing silently.
    for (const auto& l : report->lines) {
        QVERIFY2(l.imported + l.dropped == l.read || (l.kind == ops::Verbs::tr("Variables")),
                 qPrintable(QStringLiteral("%1: %2 read, %3 + %4")
                                .arg(l.kind)
                                .arg(l.read)
                                .arg(l.imported)
                                .arg(l.dropped)));
        if (l.dropped)
            QVERIFY2(!l.why.isEmpty(), qPrintable(l.kind));
    }
    QCOMPARE(lineOf(*report, "Text selections")->imported, 3);
    QCOMPARE(lineOf(*report, "Codings")->imported, 3);
    QCOMPARE(lineOf(*report, "Codings")->dropped, 2); // a code the file lacks; a PDF region
    QCOMPARE(lineOf(*report, "Notes")->imported, 3);
    QCOMPARE(lineOf(*report, "Sets")->dropped, 1);
    QCOMPARE(lineOf(*report, "Picture sources")->dropped, 1); // relative:// lies outside the archive
    QVERIFY(text.contains(QStringLiteral("Place")));          // the grouping code is named
    QVERIFY(text.contains(QStringLiteral("relative://photos/wall.jpg")));
    QCOMPARE(report->keptFiles.size(), qsizetype(1)); // the PDF
    QVERIFY(QFileInfo::exists(QDir(report->folder).filePath(report->keptFiles.front())));

    auto opened = Project::open(report->folder);
    QVERIFY(opened);
    Project& p = **opened;
    // Cities from the variable; participants with their attributes.
    QStringList cities;
    for (const City& c : held(p.cities().list()))
        cities << c.name;
    cities.sort();
    QCOMPARE(cities, (QStringList{QStringLiteral("Imported (no city given)"), QStringLiteral("大同"),
                                  QStringLiteral("齐齐哈尔")}));
    const RowId p01 = p.participants().findByCode(QStringLiteral("P01")).value();
    const Participant one = p.participants().get(p01).value();
    QCOMPARE(one.gender, QStringLiteral("女"));
    QCOMPARE(one.ageBand, QStringLiteral("58"));
    QCOMPARE(QJsonDocument::fromJson(one.attributesJson.toUtf8())
                 .object()
                 .value(QStringLiteral("Education"))
                 .toString(),
             QStringLiteral("高中"));
    // The interview: speakers split off, the quote on the same characters (CRLF counted as two).
    RowId interview = NoRow;
    for (const Interview& iv : held(p.interviews().list()))
        if (iv.participantIds.contains(p01))
            interview = iv.id;
    QVERIFY(interview != NoRow);
    QCOMPARE(p.interviews().get(interview).value().startedAt, QStringLiteral("2024-05-02T00:00"));
    const auto segments = p.transcripts().segments(interview).value();
    QCOMPARE(segments.size(), std::size_t(4));
    QCOMPARE(segments[1].speaker, QStringLiteral("P01"));
    QCOMPARE(segments[1].text, QStringLiteral("一辈子了。𠀀城墙下长大的😀，不争。"));
    QStringList quotes;
    for (const Quote& q : held(p.quotes().list(interview))) {
        QStringList themes;
        for (RowId t : q.themeIds)
            themes << p.themes().get(t).value().name;
        quotes << p.quotes().currentText(q.id).value() + QLatin1Char('|') + themes.join(QLatin1Char(',')) +
                      QLatin1Char('|') + q.note;
    }
    QCOMPARE(quotes, (QStringList{QStringLiteral("𠀀城墙下长大的😀|城墙|She grew up under the wall."),
                                  QStringLiteral("不争|不争|")}));
    // Notes: on a code → its memo; on a source → the interview's field notes.
    const RowId code = p.themes().findByName(QStringLiteral("不争")).value();
    QCOMPARE(p.themes().get(code).value().memo, QStringLiteral("Not fighting over things."));
    bool fieldNote = false;
    for (const Interview& iv : held(p.interviews().list()))
        fieldNote = fieldNote || iv.fieldNotes.contains(QStringLiteral("Phone interview, noisy line."));
    QVERIFY(fieldNote);
}

void TestQdpx::atlasTi_countsCrLfAsOne()
{
    Entries entries = nvivoEntries();
    for (auto& [name, bytes] : entries)
        if (name == QLatin1String("project.qde")) {
            bytes.replace("NVivo 12", "ATLAS.ti 23");
            // The first selection lies after one CRLF: one less in ATLAS.ti's count.
            bytes.replace("startPosition=\"34\" endPosition=\"42\"",
                          "startPosition=\"33\" endPosition=\"41\"");
        }
    const QString file = path(QStringLiteral("atlas.qdpx"));
    QVERIFY(writeZip(file, entries));
    auto report = ops::importQdpx(file, path(QStringLiteral("FromAtlas")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto opened = Project::open(report->folder);
    QVERIFY(opened);
    QStringList texts;
    for (const Quote& q : held((*opened)->quotes().list()))
        texts << (*opened)->quotes().currentText(q.id).value();
    QVERIFY2(texts.contains(QStringLiteral("𠀀城墙下长大的😀")), qPrintable(texts.join(QLatin1Char('/'))));
}

void TestQdpx::syncPoints_giveSegmentTimes_inTheFilesCount()
{
    // A CRLF transcript of a recording: sync points count CRLF as two, like positions.
    const QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="timed" origin="MAXQDA 24">
 <Sources>
  <TextSource guid="22222222-0000-0000-0000-000000000001" name="timed" plainTextPath="internal://t.txt"/>
  <AudioSource guid="22222222-0000-0000-0000-000000000002" name="timed.wav" path="internal://a.wav">
   <Transcript guid="22222222-0000-0000-0000-000000000003" plainTextPath="internal://t.txt">
    <SyncPoint guid="22222222-0000-0000-0000-000000000004" timeStamp="1000" position="0"/>
    <SyncPoint guid="22222222-0000-0000-0000-000000000005" timeStamp="2000" position="3"/>
    <SyncPoint guid="22222222-0000-0000-0000-000000000006" timeStamp="3000" position="5"/>
    <SyncPoint guid="22222222-0000-0000-0000-000000000007" timeStamp="4000" position="8"/>
   </Transcript>
  </AudioSource>
 </Sources>
</Project>)";
    const QString file = path(QStringLiteral("timed.qdpx"));
    QVERIFY(writeZip(file, {{QStringLiteral("project.qde"), qde},
                            {QStringLiteral("sources/t.txt"), QStringLiteral("一二三\r\n四五六").toUtf8()},
                            {QStringLiteral("sources/a.wav"), QByteArray("not really audio")}}));
    auto report = ops::importQdpx(file, path(QStringLiteral("Timed")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto opened = Project::open(report->folder);
    QVERIFY(opened);
    const auto interviews = (*opened)->interviews().list().value();
    QCOMPARE(interviews.size(), std::size_t(1)); // the recording belongs to its text's interview
    const auto segments = (*opened)->transcripts().segments(interviews.front().id).value();
    QCOMPARE(segments.size(), std::size_t(2));
    QCOMPARE(segments[0].startMs, std::optional<qint64>(1000));
    QCOMPARE(segments[0].endMs, std::optional<qint64>(2000));
    QCOMPARE(segments[1].startMs, std::optional<qint64>(3000));
    QCOMPARE(segments[1].endMs, std::optional<qint64>(4000));
    QCOMPARE(lineOf(*report, "Sync points")->imported, 4);
    // The file Tianye cannot play is kept beside the project, not lost.
    QCOMPARE(report->keptFiles.size(), qsizetype(1));
}

void TestQdpx::preview_guessesFields_andTheUsersChoiceWins()
{
    const QString file = path(QStringLiteral("nvivo-map.qdpx"));
    QVERIFY(writeZip(file, nvivoEntries()));
    auto preview = ops::previewQdpx(file);
    QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->sources, 4);
    QCOMPARE(preview->cases, 2);
    QCOMPARE(preview->selections, 4);
    QStringList seen;
    for (const auto& v : preview->variables)
        seen << QStringLiteral("%1→%2 (%3/%4: %5)")
                    .arg(v.name, v.field)
                    .arg(v.cases)
                    .arg(v.sources)
                    .arg(v.samples.join(QLatin1Char(',')));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("Gender→Gender (1/0: 女)"), QStringLiteral("Age→Age band (1/0: 58)"),
                          QStringLiteral("City→City (2/0: 大同,齐齐哈尔)"),
                          QStringLiteral("Education→ (1/0: 高中)"),
                          QStringLiteral("Interview date→Date (0/1: 2024-05-02)")}));

    // The user's choice wins over the guess: Education is the occupation, Age stays as it is.
    ops::QdpxImportOptions options;
    options.fields.insert(QStringLiteral("Education"), QStringLiteral("Occupation"));
    options.fields.insert(QStringLiteral("Age"), QString());
    auto report = ops::importQdpx(file, path(QStringLiteral("Mapped")), options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto opened = Project::open(report->folder);
    QVERIFY(opened);
    const Participant one = (*opened)
                                ->participants()
                                .get((*opened)->participants().findByCode(QStringLiteral("P01")).value())
                                .value();
    QCOMPARE(one.occupation, QStringLiteral("高中"));
    QVERIFY(one.ageBand.isEmpty());
    QCOMPARE(
        QJsonDocument::fromJson(one.attributesJson.toUtf8()).object().value(QStringLiteral("Age")).toString(),
        QStringLiteral("58"));

    // The same from the command line.
    const auto listed = test::runCli({QStringLiteral("qdpx"), QStringLiteral("preview"), file});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(QStringLiteral("“Education”")), qPrintable(listed.out));
    const auto mapped = test::runCli({QStringLiteral("qdpx"), QStringLiteral("import"), file,
                                      path(QStringLiteral("MappedCli")), QStringLiteral("--map"),
                                      QStringLiteral("Education=occupation")});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    auto cli = Project::open(path(QStringLiteral("MappedCli.tianye")));
    QVERIFY(cli);
    QCOMPARE((*cli)
                 ->participants()
                 .get((*cli)->participants().findByCode(QStringLiteral("P01")).value())
                 .value()
                 .occupation,
             QStringLiteral("高中"));
    const auto wrong =
        test::runCli({QStringLiteral("qdpx"), QStringLiteral("import"), file, path(QStringLiteral("Wrong")),
                      QStringLiteral("--map"), QStringLiteral("Age=height")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QStringLiteral("Age=height")));
}

void TestQdpx::import_intoOpenProject_mergesOnce()
{
    auto here = demo(QStringLiteral("Into"));
    QVERIFY(here);
    const QString file = path(QStringLiteral("nvivo-into.qdpx"));
    QVERIFY(writeZip(file, nvivoEntries()));
    const int before = int((*here).interviews().list().value().size());
    ops::Session session(*here);
    auto report = ops::importQdpxInto(session, file);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report->merged);
    QCOMPARE(int(here->interviews().list().value().size()), before + 3); // two texts and the PDF
    QVERIFY(here->cities().findByName(QStringLiteral("齐齐哈尔")).value() != NoRow);
    QVERIFY(QFileInfo::exists(QDir(here->folder()).filePath(report->keptFiles.front())));
    // One undo step takes it all out again.
    QVERIFY(session.undo());
    QCOMPARE(int(here->interviews().list().value().size()), before);
    QVERIFY(session.redo());
    // The same file again brings nothing twice: no interview, no transcript line, no recording.
    const auto countRows = [&] {
        int rows = 0;
        for (const Interview& iv : held(here->interviews().list()))
            rows += int(here->transcripts().segments(iv.id).value().size() +
                        here->media().list(iv.id).value().size() + here->quotes().list(iv.id).value().size());
        return rows;
    };
    const int rows = countRows();
    auto again = ops::importQdpxInto(session, file);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(int(here->interviews().list().value().size()), before + 3);
    QCOMPARE(countRows(), rows);
    QVERIFY2(again->text().contains(QStringLiteral("this project has already")), qPrintable(again->text()));

    // A file exported from here (and coded elsewhere) does not double its transcripts.
    const QString fromHere = path(QStringLiteral("from-here.qdpx"));
    QVERIFY(ops::exportQdpx(*here, fromHere));
    auto back = ops::importQdpxInto(session, fromHere);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(int(here->interviews().list().value().size()), before + 3);
    QCOMPARE(countRows(), rows);
}

void TestQdpx::foreignNamesAndBrokenGuids_stayInTheProject()
{
    const QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="names">
 <CodeBook><Codes>
  <Code guid="bad" name="甲" isCodable="true"/>
  <Code guid="bad" name="乙" isCodable="true"/>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="11111111-0000-0000-0000-0000000000a1" name="姓名" typeOfVariable="Text"/>
  <Variable guid="11111111-0000-0000-0000-0000000000a2" name="手机" typeOfVariable="Text"/>
 </Variables>
 <Cases>
  <Case guid="11111111-0000-0000-0000-0000000000c1" name="P1">
   <VariableValue><VariableRef targetGUID="11111111-0000-0000-0000-0000000000a1"/><TextValue>张三丰</TextValue></VariableValue>
   <VariableValue><VariableRef targetGUID="11111111-0000-0000-0000-0000000000a2"/><TextValue>13800001111</TextValue></VariableValue>
   <SourceRef targetGUID="11111111-0000-0000-0000-0000000000d1"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="11111111-0000-0000-0000-0000000000d1" name="t">
   <PlainTextContent>P1: 你好世界。</PlainTextContent>
   <PlainTextSelection guid="11111111-0000-0000-0000-0000000000e1" startPosition="4" endPosition="6">
    <Coding guid="11111111-0000-0000-0000-0000000000f1"><CodeRef targetGUID="bad"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>)";
    const QString file = path(QStringLiteral("names-in.qdpx"));
    QVERIFY(writeZip(file, {{QStringLiteral("project.qde"), qde}}));
    auto report = ops::importQdpx(file, path(QStringLiteral("NamesIn")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto opened = Project::open(report->folder);
    QVERIFY(opened);
    Project& p = **opened;
    // Two codes with the same malformed GUID are two themes; a coding naming it is
    // named in the report, not given to either.
    QCOMPARE(p.themes().list().value().size(), std::size_t(2));
    const auto quotes = p.quotes().list().value();
    QCOMPARE(quotes.size(), std::size_t(1));
    QVERIFY(quotes.front().themeIds.isEmpty());
    QCOMPARE(p.quotes().currentText(quotes.front().id).value(), QStringLiteral("你好"));
    QCOMPARE(lineOf(*report, "Codings")->dropped, 1);
    // A name and a phone number are the participant's real name and contact, which
    // never leave the project again.
    const Participant one =
        p.participants().get(p.participants().findByCode(QStringLiteral("P1")).value()).value();
    QCOMPARE(one.realName, QStringLiteral("张三丰"));
    QCOMPARE(one.contact, QStringLiteral("13800001111"));
    QCOMPARE(one.attributesJson.contains(QStringLiteral("张三丰")), false);
    const QString out = path(QStringLiteral("names-out.qdpx"));
    QVERIFY(ops::exportQdpx(p, out));
    QuaZip zip(out);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    auto archive = formats::QdpxArchive::open(out);
    QVERIFY(archive);
    for (const QString& name : zip.getFileNameList()) {
        const QString text = QString::fromUtf8((*archive)->read(name).value());
        QVERIFY2(!text.contains(QStringLiteral("张三丰")) && !text.contains(QStringLiteral("13800001111")),
                 qPrintable(name));
    }
}

void TestQdpx::hostileArchives_areRefusedNamingTheEntry_data()
{
    QTest::addColumn<QByteArray>("qde");
    QTest::addColumn<QString>("extraName");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("problem");
    const QByteArray plain("<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
    QTest::newRow("zip slip") << plain << QStringLiteral("../../evil.txt") << QByteArray("x")
                              << QStringLiteral("“../../evil.txt”, a path that points outside");
    QTest::newRow("absolute entry") << plain << QStringLiteral("/etc/evil") << QByteArray("x")
                                    << QStringLiteral("“/etc/evil”");
    QTest::newRow("zip bomb") << plain << QStringLiteral("sources/bomb.txt")
                              << QByteArray(64 * 1024 * 1024, '\0')
                              << QStringLiteral("“sources/bomb.txt” would unpack");
    QTest::newRow("billion laughs")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                      "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" "
                      "name=\"&b;\"/>")
        << QString() << QByteArray() << QStringLiteral("DTD");
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                      "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&e;\"/>")
        << QString() << QByteArray() << QStringLiteral("DTD");
    QTest::newRow("codebook as project")
        << QByteArray("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>") << QString() << QByteArray()
        << QStringLiteral("root element is <CodeBook> in the namespace “urn:QDA-XML:codebook:1.0”");
    QTest::newRow("cut short") << QByteArray("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Users>")
                               << QString() << QByteArray() << QStringLiteral("cut short");
    QByteArray deep("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>");
    for (int i = 0; i < 200; ++i)
        deep += "<Code guid=\"6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5c\" name=\"a\" isCodable=\"true\">";
    QTest::newRow("nested too deep") << deep << QString() << QByteArray() << QStringLiteral("nest deeper");
}

void TestQdpx::hostileArchives_areRefusedNamingTheEntry()
{
    QFETCH(QByteArray, qde);
    QFETCH(QString, extraName);
    QFETCH(QByteArray, extra);
    QFETCH(QString, problem);
    const QString file = path(QStringLiteral("hostile-%1.qdpx")
                                  .arg(QString::fromUtf8(QTest::currentDataTag()))
                                  .replace(QLatin1Char(' '), QLatin1Char('-')));
    Entries entries{{QStringLiteral("project.qde"), qde}};
    if (!extraName.isEmpty())
        entries.append({extraName, extra});
    QVERIFY(writeZip(file, entries));
    const QString destination = path(QStringLiteral("Hostile-%1")
                                         .arg(QString::fromUtf8(QTest::currentDataTag()))
                                         .replace(QLatin1Char(' '), QLatin1Char('-')));
    auto report = ops::importQdpx(file, destination);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(problem), qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QDir::toNativeSeparators(file)),
             qPrintable(report.error().message));
    QVERIFY(!QFileInfo::exists(destination + QStringLiteral(".tianye")));
}

void TestQdpx::sourcePathsOutsideTheArchive_areNotRead()
{
    // A file beside the archive that a source tries to reach.
    QFile secret(path(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-CONTENT");
    secret.close();
    const QByteArray qde =
        QStringLiteral("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"paths\"><Sources>"
                       "<TextSource guid=\"11111111-0000-0000-0000-000000000001\" name=\"relative\" "
                       "plainTextPath=\"relative://../secret.txt\"/>"
                       "<TextSource guid=\"11111111-0000-0000-0000-000000000002\" name=\"absolute\" "
                       "plainTextPath=\"%1\"/>"
                       "<TextSource guid=\"11111111-0000-0000-0000-000000000003\" name=\"escaping\" "
                       "plainTextPath=\"internal://../secret.txt\"/>"
                       "<TextSource guid=\"11111111-0000-0000-0000-000000000004\" name=\"inline\">"
                       "<PlainTextContent>一句话。</PlainTextContent></TextSource>"
                       "</Sources></Project>")
            .arg(path(QStringLiteral("secret.txt")))
            .toUtf8();
    const QString file = path(QStringLiteral("paths.qdpx"));
    QVERIFY(writeZip(file, {{QStringLiteral("project.qde"), qde}}));
    auto report = ops::importQdpx(file, path(QStringLiteral("Paths")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    auto opened = Project::open(report->folder);
    QVERIFY(opened);
    QString all;
    for (const Interview& iv : held((*opened)->interviews().list()))
        all += transcriptOf(**opened, iv.id);
    QVERIFY(!all.contains(QStringLiteral("SECRET")));
    QVERIFY(all.contains(QStringLiteral("一句话。")));
    const QString text = report->text();
    QVERIFY2(text.contains(QStringLiteral("relative://../secret.txt")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("internal://../secret.txt")), qPrintable(text));
    QVERIFY2(text.contains(path(QStringLiteral("secret.txt"))), qPrintable(text));
}

void TestQdpx::import_refusesAFolderInUse_andLeavesNothingBehind()
{
    const QString file = path(QStringLiteral("nvivo-busy.qdpx"));
    QVERIFY(writeZip(file, nvivoEntries()));
    const QString busy = path(QStringLiteral("Busy.tianye"));
    QVERIFY(QDir().mkpath(busy));
    QFile keep(QDir(busy).filePath(QStringLiteral("keep.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    const auto before = test::snapshot(busy);
    auto report = ops::importQdpx(file, busy);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QDir::toNativeSeparators(busy)),
             qPrintable(report.error().message));
    QCOMPARE(test::snapshot(busy), before);
    // Not a zip at all.
    const QString notZip = path(QStringLiteral("notes.qdpx"));
    QFile f(notZip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just text");
    f.close();
    auto bad = ops::importQdpx(notZip, path(QStringLiteral("NotZip")));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("not a readable zip")),
             qPrintable(bad.error().message));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("NotZip.tianye"))));
}

void TestQdpx::cli_exportAndImport()
{
    const QString file = path(QStringLiteral("cli.qdpx"));
    const auto out = test::runCli({QStringLiteral("qdpx"), QStringLiteral("export"), m_demo->folder(),
                                   QStringLiteral("-o"), file, QStringLiteral("--without-media")});
    QVERIFY2(out.exitCode == 0, qPrintable(out.err));
    QVERIFY(out.out.contains(QStringLiteral("consent rule")));
    QVERIFY(out.out.contains(QStringLiteral("cannot carry")));
    auto read = formats::qde::QdeFile::read(entryOf(file, QStringLiteral("project.qde")), file);
    QVERIFY(read);
    for (const auto& s : read->sources)
        QVERIFY(s.kind == formats::qde::SourceKind::Text); // --without-media
    const auto in = test::runCli(
        {QStringLiteral("qdpx"), QStringLiteral("import"), file, path(QStringLiteral("CliBack"))});
    QVERIFY2(in.exitCode == 0, qPrintable(in.err));
    QVERIFY2(in.out.contains(QStringLiteral("Text sources")), qPrintable(in.out));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("CliBack.tianye/project.db"))));
    const auto bad = test::runCli({QStringLiteral("qdpx"), QStringLiteral("import"), file});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestQdpx)
#include "tst_qdpx.moc"
