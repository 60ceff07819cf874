// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "store/CityRepository.h"
#include "store/DictionaryRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/TranscriptRepository.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptEditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace tianye;
using namespace tianye::ui;
using tianye::test::type;
using tianye::test::whenModal;

// The transcription editor, driven from the keyboard inside the interview page.
// The store is the judge of what was saved.
class TestTranscriptEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typeTwoSpeakersWithTimes_renameSpeaker_undo();
    void splitAndJoin_keepQuotes_andUndo();
    void snippets_expandWithTab();
    void spellCheck_marksTehNotChinese_andProjectDictionary();
    void findReplace_foldsWidthAndCase_oneUndoStep();
    void externalChange_reachesTheEditor();
    void exportFromThePage_includesUnsavedTyping();

private:
    std::vector<Segment> stored() { return *m_session->project()->transcripts().segments(m_interview); }
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(m_editor, key, mods);
    }
    void moveTo(int block, int offset = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    RowId m_interview = NoRow;
    TranscriptEditor* m_editor = nullptr;
};

void TestTranscriptEditor::initTestCase()
{
    test::startGuiTests(QStringLiteral("transcripteditor"));
}

void TestTranscriptEditor::init()
{
    QSettings().clear();
    static int n = 0;
    m_session = std::make_unique<ProjectSession>();
    QVERIFY(m_session->create(m_dir.filePath(QStringLiteral("p%1").arg(++n))));
    Project& project = *m_session->project();
    City city;
    city.name = QStringLiteral("大同");
    Interview iv;
    iv.cityId = *test::write(project, [&](const WriteScope& w) { return project.cities().add(w, city); });
    iv.startedAt = QStringLiteral("2026-10-14T15:30");
    m_interview = *test::write(project, [&](const WriteScope& w) { return project.interviews().add(w, iv); });
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1300, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_editor = m_window->openInterview(m_interview)->transcriptEditor();
    QVERIFY(m_editor);
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
}

void TestTranscriptEditor::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestTranscriptEditor::moveTo(int block, int offset)
{
    QTextCursor c(m_editor->document()->findBlockByNumber(block));
    c.setPosition(c.block().position() + offset);
    m_editor->setTextCursor(c);
}

void TestTranscriptEditor::typeTwoSpeakersWithTimes_renameSpeaker_undo()
{
    qint64 now = 5'000;
    m_editor->setTimeSource([&now]() -> std::optional<qint64> { return now; });

    // The first segment: typed into the empty transcript, saved while typing.
    type(m_editor, QStringLiteral("王师傅，您这面馆开了多少年了？"));
    QTRY_COMPARE(stored().size(), size_t(1));
    QCOMPARE(stored()[0].text, QStringLiteral("王师傅，您这面馆开了多少年了？"));
    m_editor->setSpeakerOfCurrent(QStringLiteral("访谈员"));

    // Enter starts the next segment; it carries on with the same speaker until
    // Ctrl+N says otherwise.
    press(Qt::Key_Return);
    QCOMPARE(stored().size(), size_t(2));
    type(m_editor, QStringLiteral("二十一年了。"));
    m_editor->setSpeakerOfCurrent(QStringLiteral("DT-001"));
    QCOMPARE(m_editor->speakers(), (QStringList{QStringLiteral("访谈员"), QStringLiteral("DT-001")}));

    // Ctrl+J at the start of a segment stamps the player's time on it…
    moveTo(1, 0);
    now = 9'000;
    press(Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(stored()[1].startMs, 9'000);
    // …and in the middle of one starts a new segment there at that time.
    moveTo(1, 3); // after 二十一
    now = 11'500;
    press(Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(stored().size(), size_t(3));
    QCOMPARE(stored()[1].text, QStringLiteral("二十一"));
    QCOMPARE(stored()[2].text, QStringLiteral("年了。"));
    QCOMPARE(stored()[2].startMs, 11'500);

    // Ctrl+1: the first speaker.
    moveTo(2, 0);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(stored()[2].speaker, QStringLiteral("访谈员"));
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(stored()[2].speaker, QStringLiteral("DT-001"));

    // Rename a speaker from the margin (double-click its name): every segment follows.
    whenModal([](QWidget* dialog) {
        auto* field = dialog->findChild<QLineEdit*>();
        QVERIFY(field);
        field->selectAll();
        type(field, QStringLiteral("王师傅"));
        QTest::keyClick(field, Qt::Key_Return);
    });
    const QRect second = m_editor->cursorRect(QTextCursor(m_editor->document()->findBlockByNumber(1)));
    QWidget* margin = nullptr;
    for (QWidget* w : m_editor->findChildren<QWidget*>()) {
        if (w->accessibleName() == QStringLiteral("Speakers and times"))
            margin = w;
    }
    QVERIFY(margin);
    QTest::mouseDClick(margin, Qt::LeftButton, {}, QPoint(12, second.center().y()));
    QTRY_COMPARE(stored()[1].speaker, QStringLiteral("王师傅"));
    QCOMPARE(stored()[2].speaker, QStringLiteral("王师傅"));
    QCOMPARE(stored()[0].speaker, QStringLiteral("访谈员"));

    // Ctrl+Z in the editor undoes through the project's history.
    m_window->activateWindow();
    m_editor->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored()[1].speaker, QStringLiteral("DT-001"));
    QCOMPARE(stored()[2].speaker, QStringLiteral("DT-001"));
    QTRY_COMPARE(m_editor->speakers(), (QStringList{QStringLiteral("访谈员"), QStringLiteral("DT-001")}));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored()[1].speaker, QStringLiteral("王师傅"));
}

void TestTranscriptEditor::splitAndJoin_keepQuotes_andUndo()
{
    Project& project = *m_session->project();
    Segment s;
    s.interviewId = m_interview;
    s.speaker = QStringLiteral("DT-001");
    s.text = QStringLiteral("人家开十家是人家的本事，我不跟人家争。");
    const RowId segment =
        *test::write(project, [&](const WriteScope& w) { return project.transcripts().insertSegment(w, s); });
    Quote q;
    q.interviewId = m_interview;
    q.startSegmentId = q.endSegmentId = segment;
    q.startOffset = 12; // 我不跟人家争
    q.endOffset = 18;
    const RowId quote =
        *test::write(project, [&](const WriteScope& w) { return project.quotes().add(w, q); });
    QTRY_COMPARE(m_editor->document()->blockCount(), 1);
    QTRY_COMPARE(m_editor->document()->firstBlock().text(), s.text);

    moveTo(0, 12);
    press(Qt::Key_Return);
    QCOMPARE(stored().size(), size_t(2));
    QCOMPARE(*project.quotes().currentText(quote), QStringLiteral("我不跟人家争"));
    QCOMPARE(m_editor->textCursor().blockNumber(), 1);

    // Typing in the new segment, then Backspace at its start joins it back.
    type(m_editor, QStringLiteral("嗯，"));
    moveTo(1, 0);
    press(Qt::Key_Backspace);
    QCOMPARE(stored().size(), size_t(1));
    QCOMPARE(stored()[0].text, QStringLiteral("人家开十家是人家的本事，嗯，我不跟人家争。"));
    QCOMPARE(*project.quotes().currentText(quote), QStringLiteral("我不跟人家争"));

    // Undo the join, the typing and the split: back to the one segment as it was.
    QUndoStack* history = m_session->undoStack();
    connect(m_session.get(), &ProjectSession::undoFailed, this, [](const QString& a, const Error& e) {
        QFAIL(qPrintable(a + QStringLiteral(": ") + e.message));
    });
    QCOMPARE(history->undoText(), QStringLiteral("Join Segments"));
    history->undo();
    QCOMPARE(stored().size(), size_t(2));
    QCOMPARE(history->undoText(), QStringLiteral("Edit Transcript"));
    history->undo();
    QCOMPARE(stored()[1].text, QStringLiteral("我不跟人家争。"));
    QCOMPARE(history->undoText(), QStringLiteral("Split Segment"));
    history->undo();
    QCOMPARE(stored().size(), size_t(1));
    QCOMPARE(stored()[0].text, s.text);
    QCOMPARE(*project.quotes().currentText(quote), QStringLiteral("我不跟人家争"));
    QTRY_COMPARE(m_editor->document()->firstBlock().text(), s.text);
    QCOMPARE(m_editor->document()->blockCount(), 1);
}

void TestTranscriptEditor::snippets_expandWithTab()
{
    type(m_editor, QStringLiteral("他说到这里 laugh"));
    press(Qt::Key_Tab);
    QCOMPARE(m_editor->document()->firstBlock().text(), QStringLiteral("他说到这里 [笑]"));
    QTRY_COMPARE(stored().size(), size_t(1));
    QTRY_COMPARE(stored()[0].text, QStringLiteral("他说到这里 [笑]"));
}

void TestTranscriptEditor::spellCheck_marksTehNotChinese_andProjectDictionary()
{
    m_editor->setSpellLanguage(QStringLiteral("en_US"));
    QCOMPARE(m_editor->spellLanguage(), QStringLiteral("en_US"));
    type(m_editor, QStringLiteral("I saw teh 大同不争 spirit of Datong"));
    QTRY_VERIFY(m_editor->isMisspelt(0, QStringLiteral("teh")));
    QVERIFY(!m_editor->isMisspelt(0, QStringLiteral("大同不争")));
    QVERIFY(!m_editor->isMisspelt(0, QStringLiteral("spirit")));
    QVERIFY(m_editor->isMisspelt(0, QStringLiteral("Datong")));

    // Added to the project dictionary: accepted here, stored for the whole team.
    m_editor->addToDictionary(QStringLiteral("Datong"));
    QVERIFY(!m_editor->isMisspelt(0, QStringLiteral("Datong")));
    QCOMPARE(*m_session->project()->dictionary().words(QStringLiteral("en_US")),
             QStringList{QStringLiteral("Datong")});
    // A new editor (another window, a later day) knows it too.
    QTRY_COMPARE(stored().size(), size_t(1));
    TranscriptEditor other(m_session.get(), m_interview);
    other.setSpellLanguage(QStringLiteral("en_US"));
    QVERIFY(other.isMisspelt(0, QStringLiteral("teh")));
    QVERIFY(!other.isMisspelt(0, QStringLiteral("Datong")));

    m_editor->setSpellLanguage(QString());
    QVERIFY(!m_editor->isMisspelt(0, QStringLiteral("teh")));
}

void TestTranscriptEditor::findReplace_foldsWidthAndCase_oneUndoStep()
{
    Project& project = *m_session->project();
    for (const char* text : {"很多ＫＯＬ来拍过。", "kol 也来过。", "没有别人。"}) {
        Segment s;
        s.interviewId = m_interview;
        s.text = QString::fromUtf8(text);
        QVERIFY(test::write(project,
                            [&](const WriteScope& w) { return project.transcripts().insertSegment(w, s); }));
    }
    QTRY_COMPARE(m_editor->document()->blockCount(), 3);
    moveTo(0, 0);
    press(Qt::Key_H, Qt::ControlModifier);
    auto* bar = m_window->findChild<FindBar*>();
    QVERIFY(bar && bar->isVisible());
    type(bar->findField(), QStringLiteral("KOL"));
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("ＫＯＬ"));
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("kol"));

    type(bar->replaceField(), QStringLiteral("网红"));
    const int steps = m_session->undoStack()->count();
    bar->findChild<QPushButton*>(QStringLiteral("replaceAll"))->click();
    QCOMPARE(stored()[0].text, QStringLiteral("很多网红来拍过。"));
    QCOMPARE(stored()[1].text, QStringLiteral("网红 也来过。"));
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    m_session->undoStack()->undo();
    QCOMPARE(stored()[0].text, QStringLiteral("很多ＫＯＬ来拍过。"));
    QCOMPARE(stored()[1].text, QStringLiteral("kol 也来过。"));
    QTRY_COMPARE(m_editor->document()->firstBlock().text(), QStringLiteral("很多ＫＯＬ来拍过。"));
}

void TestTranscriptEditor::externalChange_reachesTheEditor()
{
    Project& project = *m_session->project();
    Segment s;
    s.interviewId = m_interview;
    s.speaker = QStringLiteral("DT-001");
    s.text = QStringLiteral("城墙修了十几年。");
    const RowId id =
        *test::write(project, [&](const WriteScope& w) { return project.transcripts().insertSegment(w, s); });
    QTRY_COMPARE(m_editor->document()->firstBlock().text(), s.text);
    QVERIFY(test::write(project, [&](const WriteScope& w) {
        return project.transcripts().setText(w, id, QStringLiteral("城墙修了十几年，一块砖一块砖。"));
    }));
    QTRY_COMPARE(m_editor->document()->firstBlock().text(), QStringLiteral("城墙修了十几年，一块砖一块砖。"));
}

void TestTranscriptEditor::exportFromThePage_includesUnsavedTyping()
{
    type(m_editor, QStringLiteral("好的，我们开始吧。"));
    m_editor->setSpeakerOfCurrent(QStringLiteral("访谈员"));
    type(m_editor, QStringLiteral("Ready."));
    auto* page = m_window->findChild<InterviewPage*>();
    const QString path = m_dir.filePath(QStringLiteral("out.srt"));
    QVERIFY(page->exportTranscriptTo(path)); // at once: the typing is saved first
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString srt = QString::fromUtf8(file.readAll());
    QVERIFY2(srt.contains(QStringLiteral("访谈员: 好的，我们开始吧。Ready.")), qPrintable(srt));
    QVERIFY(srt.contains(QStringLiteral("00:00:00,000 --> ")));
    QVERIFY(!page->exportTranscriptTo(m_dir.filePath(QStringLiteral("out.pdf"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.pdf"))));
}

QTEST_MAIN(TestTranscriptEditor)
#include "tst_transcripteditor.moc"
