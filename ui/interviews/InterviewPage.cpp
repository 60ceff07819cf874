// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewPage.h"

#include "app/ErrorBox.h"
#include "app/FileDialogs.h"
#include "app/LastWriteLabel.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "formats/TranscriptExport.h"
#include "interviews/InterviewForm.h"
#include "interviews/MediaPanel.h"
#include "interviews/QuotesPanel.h"
#include "media/MediaLibrary.h"
#include "media/PcmDecoder.h"
#include "ops/Interviews.h"
#include "ops/Reader.h"
#include "player/PlayerBar.h"
#include "player/WaveformView.h"
#include "quotes/QuoteDetails.h"
#include "spell/SpellChecker.h"
#include "store/Change.h"
#include "store/Project.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptEditor.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace tianye::ui {

InterviewPage::InterviewPage(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(interviewId)
{
    setObjectName(QStringLiteral("interviewPage"));
    setAcceptDrops(true);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("interviewSplitter"));
    auto* formColumn = new QWidget(splitter);
    auto* scroll = new QScrollArea(formColumn);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new InterviewForm(m_session, m_id, scroll);
    connect(m_form, &InterviewForm::titleChanged, this, &InterviewPage::titleChanged);
    connect(m_form, &InterviewForm::failed, this, &InterviewPage::report);
    scroll->setWidget(m_form);
    m_lastWrite = new LastWriteLabel(QStringLiteral("interviewLastChanged"), formColumn);
    auto* formLayout = new QVBoxLayout(formColumn);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(scroll, 1);
    formLayout->addWidget(m_lastWrite);

    auto* material = new QSplitter(Qt::Vertical, splitter);
    m_mediaPanel = new MediaPanel(m_session, m_id, material);
    connect(m_mediaPanel, &MediaPanel::failed, this, &InterviewPage::report);
    connect(m_mediaPanel, &MediaPanel::filesChosen, this,
            [this](const QList<QUrl>& urls) { Q_EMIT filesDropped(m_id, urls); });
    connect(m_mediaPanel, &MediaPanel::playChosen, this, [this](RowId mediaId) {
        m_playMedia = mediaId;
        loadAudio();
    });
    connect(m_mediaPanel, &MediaPanel::relinked, this, &InterviewPage::loadAudio);
    QWidget* transcript = createTranscript();
    m_quotesPanel = new QuotesPanel(m_session, m_id, m_transcript, material);
    connect(m_quotesPanel, &QuotesPanel::failed, this, &InterviewPage::report);
    connect(m_quotesPanel, &QuotesPanel::playRequested, this, &InterviewPage::playQuote);
    // Ctrl+M works wherever the focus is on the page (mostly: in the transcript).
    auto* makeQuote = new QAction(tr("Make Quote"), this);
    makeQuote->setObjectName(QStringLiteral("makeQuoteAction"));
    makeQuote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    makeQuote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(makeQuote, &QAction::triggered, m_quotesPanel, &QuotesPanel::makeQuote);
    addAction(makeQuote);
    material->addWidget(m_mediaPanel);
    material->addWidget(transcript);
    material->addWidget(m_quotesPanel);
    material->setStretchFactor(0, 1);
    material->setStretchFactor(1, 4);
    material->setStretchFactor(2, 2);

    splitter->addWidget(formColumn);
    splitter->addWidget(material);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, &InterviewPage::onChange);
    reload();
    applySpelling();
}

InterviewPage::~InterviewPage() = default;

QWidget* InterviewPage::createTranscript()
{
    auto* transcriptBox = new QGroupBox(tr("Transcript"), this);
    auto* transcriptLayout = new QVBoxLayout(transcriptBox);
    m_transcriptInfo = new QLabel(transcriptBox);
    m_transcript = new TranscriptEditor(m_session, m_id, transcriptBox);
    m_findBar = new FindBar(m_transcript, transcriptBox);
    connect(m_transcript, &TranscriptEditor::findRequested, m_findBar, &FindBar::open);
    connect(m_transcript, &TranscriptEditor::editFailed, this, &InterviewPage::report);
    connect(m_transcript, &TranscriptEditor::statusMessage, this, &InterviewPage::statusMessage);
    m_spelling = new QComboBox(transcriptBox);
    m_spelling->setObjectName(QStringLiteral("spellingLanguage"));
    m_spelling->setAccessibleName(tr("Spell checking"));
    m_spelling->addItem(tr("Default spelling (%1)").arg(settings::spellLanguage.get()), QString());
    m_spelling->addItem(tr("No spell checking"), QStringLiteral("-"));
    for (const QString& language : spell::SpellChecker::availableLanguages())
        m_spelling->addItem(language, language);
    connect(m_spelling, &QComboBox::activated, this, [this] {
        if (auto ok = ops::setInterviewField(*m_session->ops(), m_id, InterviewField::SpellLanguage,
                                             m_spelling->currentData());
            !ok)
            report(tr("Change Spell Checking"), ok.error());
        applySpelling();
    });
    auto* importTranscript = new QPushButton(tr("Import Transcript…"), transcriptBox);
    importTranscript->setObjectName(QStringLiteral("importTranscript"));
    connect(importTranscript, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Import Transcript"), {}, openFilter(FileKind::Transcript));
        if (!file.isEmpty())
            Q_EMIT filesDropped(m_id, {QUrl::fromLocalFile(file)});
    });
    auto* transcriptHead = new QHBoxLayout;
    transcriptHead->addWidget(m_transcriptInfo, 1);
    transcriptHead->addWidget(m_spelling);
    transcriptHead->addWidget(importTranscript);
    auto* exportTranscript = new QPushButton(tr("Export…"), transcriptBox);
    exportTranscript->setObjectName(QStringLiteral("exportTranscript"));
    exportTranscript->setToolTip(tr("Save the transcript as TXT, SRT or WebVTT"));
    connect(exportTranscript, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Transcript"), title().section(QStringLiteral(" · "), 0, 0),
            tr("Text with speakers and times (*.txt);;SubRip subtitles (*.srt);;WebVTT subtitles (*.vtt)"),
            &filter);
        if (!path.isEmpty())
            exportTranscriptTo(path);
    });
    transcriptHead->addWidget(exportTranscript);
    transcriptLayout->addLayout(transcriptHead);
    m_playerBar = new PlayerBar(transcriptBox);
    transcriptLayout->addWidget(m_playerBar);
    transcriptLayout->addWidget(m_transcript);
    media::Player* player = m_playerBar->player();
    m_transcript->setTimeSource([this]() -> std::optional<qint64> {
        if (!m_playerBar->hasAudio())
            return std::nullopt;
        return m_playerBar->player()->position();
    });
    connect(m_transcript, &TranscriptEditor::seekRequested, player, &media::Player::seek);
    connect(player, &media::Player::positionChanged, this,
            [this, player](qint64 ms) { m_transcript->setPlaybackPosition(ms, player->isPlaying()); });
    connect(m_playerBar, &PlayerBar::audioReady, this, [this](bool ready) {
        m_quotesPanel->details()->setAudioAvailable(ready);
        if (ready && m_pendingQuotePlay != NoRow)
            playQuote(std::exchange(m_pendingQuotePlay, NoRow));
        if (ready && m_pendingSegmentPlay != NoRow)
            playSegment(std::exchange(m_pendingSegmentPlay, NoRow));
    });
    createPlayerKeys();
    transcriptLayout->addWidget(m_findBar);

    return transcriptBox;
}

QString InterviewPage::title() const
{
    return m_form->title();
}

QuoteDetails* InterviewPage::quoteDetails() const
{
    return m_quotesPanel->details();
}

void InterviewPage::makeQuote()
{
    m_quotesPanel->makeQuote();
}

void InterviewPage::showQuote(RowId quoteId)
{
    m_quotesPanel->showQuote(quoteId);
}

bool InterviewPage::locateMedia(RowId mediaId, const QString& path)
{
    return m_mediaPanel->locate(mediaId, path);
}

void InterviewPage::reload(int parts)
{
    if (m_gone)
        return;
    if (parts & FormPart) {
        auto interview = ops::Reader(*m_session->project()).interview(m_id);
        if (!interview) {
            m_gone = true;
            Q_EMIT gone();
            return;
        }
        m_cityId = interview->cityId;
        m_form->load(*interview);
        reloadSpelling(*interview);
    }
    if (parts & MediaPart)
        m_mediaPanel->reload();
    if (parts & TranscriptPart)
        reloadTranscript();
    if (parts & QuotesPart)
        m_quotesPanel->reload();
    if (parts & MediaPart)
        loadAudio();
    if (parts & (FormPart | TranscriptPart)) {
        ops::Reader read(*m_session->project());
        auto write = read.lastWriteOfInterview(m_id);
        m_lastWrite->setWrite(write ? *write : std::nullopt, read.thisDevice());
    }
}

void InterviewPage::onChange(const Change& change)
{
    if (m_gone)
        return; // nothing to follow until the window deletes the page
    if (change.entity == Entity::Interview && change.kind == ChangeKind::Removed &&
        change.ids.contains(m_id)) {
        m_gone = true;
        Q_EMIT gone();
        return;
    }
    int parts = 0;
    if (m_form->follows(change, m_cityId))
        parts |= FormPart;
    if (m_mediaPanel->follows(change))
        parts |= MediaPart;
    if (m_quotesPanel->follows(change))
        parts |= QuotesPart;
    if (change.entity == Entity::Interview && change.ids.contains(m_id) &&
        (change.fields.isEmpty() || change.fields.contains(QStringLiteral("material"))))
        parts |= TranscriptPart | QuotesPart;
    if (change.entity == Entity::Segment &&
        std::any_of(change.ids.begin(), change.ids.end(),
                    [this](RowId id) { return m_segmentIds.contains(id); })) {
        parts |= TranscriptPart;
        // Who said the words decides how a quote is credited, and whether it is withheld.
        if (change.fields.isEmpty() || change.fields.contains(QStringLiteral("speaker")))
            parts |= QuotesPart;
    }
    if (parts)
        reload(parts);
}

void InterviewPage::reloadSpelling(const Interview& iv)
{
    const QString spelling = ops::Reader(*m_session->project()).spellLanguage(iv.id).value_or(QString());
    if (const int at = m_spelling->findData(spelling); at >= 0 && at != m_spelling->currentIndex()) {
        m_spelling->setCurrentIndex(at);
        applySpelling();
    }
}

void InterviewPage::reloadTranscript()
{
    // The editor follows the store by itself; this keeps the counts above it.
    auto segments = ops::Reader(*m_session->project()).segments(m_id);
    m_segmentIds.clear();
    qsizetype characters = 0;
    std::vector<qint64> starts;
    if (segments) {
        for (const Segment& s : *segments) {
            m_segmentIds.insert(s.id);
            characters += s.text.size();
            if (s.startMs)
                starts.push_back(*s.startMs);
        }
    }
    m_playerBar->waveform()->setSegmentStarts(std::move(starts));
    m_transcriptInfo->setText(
        segments && !segments->empty()
            ? tr("%n segment(s)", nullptr, int(segments->size())) + QStringLiteral(" · ") +
                  tr("%n character(s)", nullptr, int(characters))
            : tr("No transcript yet: type it here, or drop a transcript file here to import it."));
}

bool InterviewPage::exportTranscriptTo(const QString& path)
{
    if (!m_transcript->saveTyping(tr("Export Transcript")))
        return false;
    const auto format = formats::transcriptFormatFromName(QFileInfo(path).suffix());
    const QString name = QFileInfo(path).fileName();
    if (!format) {
        report(tr("Export Transcript"), {Error::Code::InvalidArgument,
                                         tr("%1: choose a name ending in .txt, .srt or .vtt.").arg(name)});
        return false;
    }
    auto segments = ops::Reader(*m_session->project()).segments(m_id);
    if (!segments) {
        report(tr("Export Transcript"), segments.error());
        return false;
    }
    if (auto written = formats::writeTranscript(*segments, *format, path); !written) {
        report(tr("Export Transcript"), written.error());
        return false;
    }
    return true;
}

void InterviewPage::applySpelling()
{
    const QString chosen = m_spelling->currentData().toString();
    m_transcript->setSpellLanguage(chosen == QLatin1String("-") ? QString()
                                   : chosen.isEmpty()           ? settings::spellLanguage.get()
                                                                : chosen);
}

void InterviewPage::createPlayerKeys()
{
    // Keys that work while typing in the transcript (the editor does not claim them).
    const auto key = [this](const QString& name, const QString& text, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_playerKeys << a;
    };
    key(QStringLiteral("playPauseAction"), tr("Play or Pause"), [this] { m_playerBar->player()->toggle(); });
    key(QStringLiteral("backAction"), tr("Back"), [this] { m_playerBar->back(); });
    key(QStringLiteral("forwardAction"), tr("Forward"), [this] { m_playerBar->forward(); });
    key(QStringLiteral("slowerAction"), tr("Slower"), [this] { m_playerBar->slower(); });
    key(QStringLiteral("fasterAction"), tr("Faster"), [this] { m_playerBar->faster(); });
    applyPlayerSettings();
}

void InterviewPage::applyPlayerSettings()
{
    const QStringList sequences{settings::keyPlayPause.get(), settings::keyBack.get(),
                                settings::keyForward.get(), settings::keySlower.get(),
                                settings::keyFaster.get()};
    for (qsizetype i = 0; i < m_playerKeys.size() && i < sequences.size(); ++i)
        m_playerKeys[i]->setShortcut(QKeySequence::fromString(sequences.at(i), QKeySequence::PortableText));
    m_playerBar->player()->setAutoRewindMs(settings::autoRewindMs.get());
}

void InterviewPage::loadAudio()
{
    Project* project = m_session->project();
    auto media = ops::Reader(*project).mediaOf(m_id);
    const media::MediaLibrary library(*project);
    if (media) {
        // The recording chosen for the player, else the first one whose file is here.
        std::stable_partition(media->begin(), media->end(),
                              [this](const Media& m) { return m.id == m_playMedia; });
        for (const Media& m : *media) {
            if (!QFileInfo::exists(library.pathOf(m)))
                continue;
            std::vector<WaveformView::Marker> marks;
            std::vector<TranscriptEditor::RecordingMarker> flags;
            if (auto markers = ops::Reader(*project).markers(m.id))
                for (const Marker& marker : *markers) {
                    marks.push_back({marker.timeMs, marker.label});
                    flags.push_back({marker.timeMs, marker.label});
                }
            m_playerBar->waveform()->setMarkers(std::move(marks));
            m_transcript->setRecordingMarkers(std::move(flags));
            if (m.sha256 != m_audioSha) {
                m_audioSha = m.sha256;
                m_playerBar->setSource(library.pathOf(m),
                                       media::PcmDecoder::cachePath(project->cacheDir(), m.sha256),
                                       m.originalName);
            }
            return;
        }
    }
    if (!m_audioSha.isEmpty()) {
        m_audioSha.clear();
        m_playerBar->setSource({}, {}, {});
    }
}

void InterviewPage::playQuote(RowId quoteId)
{
    auto quote = ops::Reader(*m_session->project()).quote(quoteId);
    if (!quote)
        return;
    if (!quote->audioStartMs) {
        report(tr("Play Quote"), {Error::Code::InvalidArgument,
                                  tr("This quote has no audio range: its segments have no times.")});
        return;
    }
    if (!audioReady(tr("Play Quote"), m_pendingQuotePlay, quoteId))
        return;
    const qint64 from = *quote->audioStartMs;
    const qint64 to = quote->audioEndMs.value_or(from + 5000);
    m_playerBar->player()->playRange(from, to);
}

bool InterviewPage::audioReady(const QString& action, RowId& pending, RowId id)
{
    if (m_playerBar->hasAudio())
        return true;
    if (m_audioSha.isEmpty())
        report(action, {Error::Code::NotFound, tr("This interview has no audio to play.")});
    else
        pending = id; // played once the audio is ready
    return false;
}

void InterviewPage::showWords(RowId segmentId, TextSpan at)
{
    m_transcript->selectWords(segmentId, at);
    m_transcript->setFocus();
}

void InterviewPage::playSegment(RowId segmentId)
{
    std::optional<qint64> from;
    if (auto segments = ops::Reader(*m_session->project()).segments(m_id)) {
        for (const Segment& s : *segments)
            if (s.id == segmentId)
                from = s.startMs;
    }
    if (!from) {
        report(tr("Play"), {Error::Code::InvalidArgument, tr("These words have no time in the recording.")});
        return;
    }
    if (!audioReady(tr("Play"), m_pendingSegmentPlay, segmentId))
        return;
    m_playerBar->player()->seek(*from);
    m_playerBar->player()->play();
}

void InterviewPage::report(const QString& action, const Error& error)
{
    showErrorBox(this, action, error);
}

void InterviewPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void InterviewPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(m_id, urls);
}

} // namespace tianye::ui
