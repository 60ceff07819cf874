// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "AudioTestSupport.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "media/MediaLibrary.h"
#include "media/Player.h"
#include "ops/Media.h"
#include "ops/Quotes.h"
#include "player/PlayerBar.h"
#include "quotes/QuoteDetails.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/TranscriptRepository.h"
#include "transcript/TranscriptEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tianye;
using namespace tianye::ui;

// Transcribing with the player on the interview page, on a real (null) audio
// device: the keys work while typing in the editor, the transcript follows the
// audio, a quote plays exactly its range.
class TestTranscriptionPlayer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysWorkWhileTyping();
    void transcriptAndAudioFollowEachOther();
    void playQuote_playsItsRange();
    void missingRecording_isLocatedFromThePage();
    void compressedRecording_measuredOnAttach_andAttachUndoes();
    void keys_areRebindableInPreferences();

private:
    test::NullAudio m_audio;
    std::unique_ptr<test::DemoWindow> m_demo;
    ProjectSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    InterviewPage* m_page = nullptr;
    media::Player* player() { return m_page->playerBar()->player(); }
};

void TestTranscriptionPlayer::initTestCase()
{
    TIANYE_NEED(test::NullAudio::unavailable());
    const QString why = m_audio.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    test::startGuiTests(QStringLiteral("player"));
    m_demo = std::make_unique<test::DemoWindow>(QStringLiteral("demo"));
    if (QTest::currentTestFailed())
        return;
    m_session = &m_demo->session();
    m_window = &m_demo->window();
    // The first interview with a recording.
    auto media = m_session->project()->media().list();
    QVERIFY(media && !media->empty());
    m_page = m_window->openInterview(media->front().interviewId);
    QVERIFY(m_page);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->playerBar()->hasAudio(), 20'000);
    QVERIFY(m_page->playerBar()->isVisible());
    QVERIFY(player()->durationMs() > 10'000);
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
}

void TestTranscriptionPlayer::cleanupTestCase()
{
    m_session = nullptr;
    m_window = nullptr;
    m_demo.reset();
}

void TestTranscriptionPlayer::keysWorkWhileTyping()
{
    TranscriptEditor* editor = m_page->transcriptEditor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    const QString before = editor->toPlainText();
    player()->seek(4000);

    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(player()->state(), media::Player::State::Playing);
    QTRY_VERIFY(player()->position() > 4100);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(player()->state(), media::Player::State::Paused);
    const qint64 paused = player()->position();
    QVERIFY2(paused > 4100, qPrintable(QString::number(paused)));

    QTest::keyClick(editor, Qt::Key_F2);
    QCOMPARE(player()->position(), paused + 2000);
    QTest::keyClick(editor, Qt::Key_F1);
    QTest::keyClick(editor, Qt::Key_F1);
    QCOMPARE(player()->position(), paused - 2000);
    QTest::keyClick(editor, Qt::Key_F4);
    QCOMPARE(player()->speed(), 1.1);
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("playerSpeed"))->currentText(),
             QStringLiteral("1.1×"));
    QTest::keyClick(editor, Qt::Key_F3);
    QTest::keyClick(editor, Qt::Key_F3);
    QCOMPARE(player()->speed(), 0.9);
    QTest::keyClick(editor, Qt::Key_F4);
    // None of them typed into the transcript, and focus stayed there.
    QCOMPARE(editor->toPlainText(), before);
    QVERIFY(editor->hasFocus());

    // Resuming after a pause starts 1.5 s back (auto-rewind).
    player()->seek(6000);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(player()->position() > 6100);
    QTest::keyClick(editor, Qt::Key_Escape);
    const qint64 stop = player()->position();
    QSignalSpy moved(player(), &media::Player::positionChanged);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!moved.isEmpty());
    QVERIFY2(std::abs(moved.first().first().toLongLong() - (stop - 1500)) <= 20,
             qPrintable(QStringLiteral("%1 %2").arg(stop).arg(moved.first().first().toLongLong())));
    QTest::keyClick(editor, Qt::Key_Escape);
}

void TestTranscriptionPlayer::transcriptAndAudioFollowEachOther()
{
    TranscriptEditor* editor = m_page->transcriptEditor();
    auto segments = *m_session->project()->transcripts().segments(m_page->interviewId());
    // A segment with times in the middle of the recording.
    int index = -1;
    for (size_t i = 1; i < segments.size(); ++i) {
        if (segments[i].startMs && *segments[i].startMs + 500 < player()->durationMs()) {
            index = int(i);
            break;
        }
    }
    QVERIFY(index >= 0);
    // Clicking a time in the transcript seeks (the margin emits seekRequested).
    Q_EMIT editor->seekRequested(*segments[size_t(index)].startMs);
    QCOMPARE(player()->position(), *segments[size_t(index)].startMs);
    QTRY_COMPARE(editor->playingSegmentIndex(), index);
    // While playing, the segment being heard is highlighted.
    player()->play();
    QTRY_VERIFY_WITH_TIMEOUT(editor->playingSegmentIndex() >= index, 2000);
    player()->pause();
    bool highlighted = false;
    for (const auto& s : editor->extraSelections())
        highlighted |= s.format.property(QTextFormat::FullWidthSelection).toBool() &&
                       s.cursor.block().blockNumber() == editor->playingSegmentIndex();
    QVERIFY(highlighted);

    // Ctrl+J at the start of a segment stamps the player's time on it.
    player()->seek(*segments[size_t(index)].startMs + 250);
    QTextCursor c(editor->document()->findBlockByNumber(index));
    editor->setTextCursor(c);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_J, Qt::ControlModifier);
    QTRY_COMPARE(
        m_session->project()->transcripts().segments(m_page->interviewId())->at(size_t(index)).startMs,
        std::optional<qint64>(*segments[size_t(index)].startMs + 250));
}

void TestTranscriptionPlayer::playQuote_playsItsRange()
{
    auto quotes = *m_session->project()->quotes().list(m_page->interviewId());
    QVERIFY(!quotes.empty());
    // The demo's recordings are short clips: give the quote a range inside it.
    QVERIFY(ops::setQuoteField(*m_session->ops(), quotes.front().id, QuoteField::AudioStartMs, qint64(2000)));
    QVERIFY(ops::setQuoteField(*m_session->ops(), quotes.front().id, QuoteField::AudioEndMs, qint64(3200)));
    const Quote q = *m_session->project()->quotes().get(quotes.front().id);
    QVERIFY(q.audioStartMs && q.audioEndMs);
    auto* list = m_page->findChild<QListWidget*>(QStringLiteral("quoteList"));
    list->setCurrentRow(0);
    auto* play = m_page->quoteDetails()->findChild<QPushButton*>(QStringLiteral("playQuote"));
    QVERIFY(play->isVisible() && play->isEnabled());
    play->click();
    QCOMPARE(player()->state(), media::Player::State::Playing);
    QVERIFY(std::abs(player()->position() - *q.audioStartMs) <= 20);
    const qint64 length = std::min<qint64>(*q.audioEndMs, player()->durationMs()) - *q.audioStartMs;
    QElapsedTimer wall;
    wall.start();
    QTRY_COMPARE_WITH_TIMEOUT(player()->state(), media::Player::State::Paused, int(length) + 3000);
    QCOMPARE(player()->position(), 3200);
    QVERIFY2(wall.elapsed() >= length - 100, qPrintable(QString::number(wall.elapsed())));
}

void TestTranscriptionPlayer::missingRecording_isLocatedFromThePage()
{
    Project& project = *m_session->project();
    auto all = *project.media().list();
    QVERIFY(all.size() >= 2);
    const Media other = all.at(1);
    const media::MediaLibrary library(project);
    const QString stored = library.pathOf(other);
    const QString kept = m_demo->scratch(QStringLiteral("kept elsewhere.wav"));
    QVERIFY(QFile::copy(stored, kept));
    QVERIFY(QFile::remove(stored));

    InterviewPage* page = m_window->openInterview(other.interviewId);
    QVERIFY(page && page != m_page);
    auto* list = page->findChild<QTreeWidget*>(QStringLiteral("mediaList"));
    QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("(missing)")));
    QVERIFY(!page->playerBar()->isVisible()); // nothing to play, nothing else broken
    QVERIFY(page->transcriptEditor()->document()->blockCount() > 1);

    // Locating another file is refused with a message naming both.
    const QString wrong = m_demo->scratch(QStringLiteral("wrong.wav"));
    QVERIFY(QFile::copy(library.pathOf(all.at(0)), wrong));
    QVERIFY(!page->locateMedia(other.id, wrong));
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget* box = QApplication::activeModalWidget();
    QVERIFY(box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))
                ->text()
                .contains(QStringLiteral("wrong.wav")));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!QFileInfo::exists(stored));

    QVERIFY(page->locateMedia(other.id, kept));
    QVERIFY(QFileInfo::exists(stored));
    QVERIFY(!list->topLevelItem(0)->text(0).contains(QStringLiteral("(missing)")));
    QTRY_VERIFY_WITH_TIMEOUT(page->playerBar()->hasAudio(), 20'000);
}

// The length of a compressed file is read when it is attached, so the player never
// writes it later outside the history (that write made Undo of "Attach x.mp3" fail).
void TestTranscriptionPlayer::compressedRecording_measuredOnAttach_andAttachUndoes()
{
    Project& project = *m_session->project();
    // An interview without audio gets an MP3 (whose header gives no length).
    auto interviews = *project.interviews().list();
    auto media = *project.media().list();
    RowId bare = NoRow;
    for (const Interview& iv : interviews)
        if (std::none_of(media.begin(), media.end(), [&](const Media& m) { return m.interviewId == iv.id; }))
            bare = iv.id;
    QVERIFY(bare != NoRow);
    const QString wav = m_demo->scratch(QStringLiteral("call.wav"));
    QVERIFY(test::writeToneWav(wav, 16'000, {0.5, 0.5, 0.5, 0.5}));
    const QString mp3 = m_demo->scratch(QStringLiteral("call.mp3"));
    QProcess gst;
    gst.start(QStringLiteral("gst-launch-1.0"),
              {QStringLiteral("-q"), QStringLiteral("filesrc"), QStringLiteral("location=") + wav,
               QStringLiteral("!"), QStringLiteral("wavparse"), QStringLiteral("!"),
               QStringLiteral("audioconvert"), QStringLiteral("!"), QStringLiteral("lamemp3enc"),
               QStringLiteral("!"), QStringLiteral("filesink"), QStringLiteral("location=") + mp3});
    QVERIFY(gst.waitForFinished(30'000) && gst.exitCode() == 0);
    auto id = ops::attachFile(*m_session->ops(), bare, mp3);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY2(std::abs(project.media().get(*id)->durationMs - 4000) <= 120,
             qPrintable(QString::number(project.media().get(*id)->durationMs)));
    InterviewPage* page = m_window->openInterview(bare);
    QTRY_VERIFY_WITH_TIMEOUT(page->playerBar()->hasAudio(), 20'000);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Attach call.mp3"));
    auto undone = m_session->ops()->undo();
    QVERIFY2(undone, undone ? "" : qPrintable(undone.error().message));
    QVERIFY(!project.media().get(*id));
}

void TestTranscriptionPlayer::keys_areRebindableInPreferences()
{
    m_window->openInterview(m_page->interviewId());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    test::whenModal(
        [](QWidget* dialog) {
            dialog->findChild<QKeySequenceEdit*>(QStringLiteral("keyPlayPause"))
                ->setKeySequence(QKeySequence(Qt::Key_F9));
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("skipSeconds"))->setValue(5);
            QMetaObject::invokeMethod(dialog, "accept");
        },
        QStringLiteral("preferencesDialog"));
    m_window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    QTRY_VERIFY(m_page->isVisible());
    TranscriptEditor* editor = m_page->transcriptEditor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    player()->seek(1000);
    QTest::keyClick(editor, Qt::Key_F2);
    QCOMPARE(player()->position(), 6000);
    QTest::keyClick(editor, Qt::Key_F9);
    QCOMPARE(player()->state(), media::Player::State::Playing);
    QTest::keyClick(editor, Qt::Key_F9);
    QCOMPARE(player()->state(), media::Player::State::Paused);
    // Esc no longer plays.
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(player()->state(), media::Player::State::Paused);
}

QTEST_MAIN(TestTranscriptionPlayer)
#include "tst_transcriptionplayer.moc"
