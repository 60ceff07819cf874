// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewPage.h"

#include "app/DateTimeField.h"
#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "app/UnsavedTyping.h"
#include "core/TimeCode.h"
#include "formats/TranscriptExport.h"
#include "media/MediaLibrary.h"
#include "media/PcmDecoder.h"
#include "ops/Interviews.h"
#include "ops/Quotes.h"
#include "player/PlayerBar.h"
#include "player/RecordDialog.h"
#include "player/WaveformView.h"
#include "quotes/QuoteDetails.h"
#include "spell/SpellChecker.h"
#include "store/Change.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"
#include "themes/ThemePicker.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptEditor.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

const QString StoredDateTime = QStringLiteral("yyyy-MM-ddTHH:mm");

template <class E> void fillEnum(QComboBox* box, std::initializer_list<E> values)
{
    for (E v : values)
        box->addItem(label(v), QVariant::fromValue(v));
}

QListWidgetItem* checkItem(QListWidget* list, const QString& text, RowId id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QList<RowId> checkedIds(QListWidget* list)
{
    QList<RowId> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

// Sets a text without touching the editor (cursor, undo) when it already shows it.
void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

InterviewPage::InterviewPage(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(interviewId)
{
    setObjectName(QStringLiteral("interviewPage"));
    setAcceptDrops(true);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("interviewSplitter"));
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createForm());
    splitter->addWidget(scroll);
    splitter->addWidget(createMaterial());
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

QWidget* InterviewPage::createForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_startedAt = new DateTimeField(form);
    m_startedAt->setObjectName(QStringLiteral("startedAtEdit"));
    m_startedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startedAt->setCalendarPopup(true);
    connect(m_startedAt, &QDateTimeEdit::editingFinished, this, [this] {
        setField(int(InterviewField::StartedAt), m_startedAt->dateTime().toString(StoredDateTime),
                 tr("Change Interview Date"));
    });
    layout->addRow(tr("&Date and time:"), m_startedAt);

    m_duration = new QTimeEdit(form);
    m_duration->setObjectName(QStringLiteral("durationEdit"));
    m_duration->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    connect(m_duration, &QTimeEdit::editingFinished, this, [this] {
        setField(int(InterviewField::DurationMs), qint64(m_duration->time().msecsSinceStartOfDay()),
                 tr("Change Interview Duration"));
    });
    layout->addRow(tr("D&uration:"), m_duration);

    m_place = new QLineEdit(form);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("e.g. a tea house near the Drum Tower"));
    connect(m_place, &QLineEdit::editingFinished, this,
            [this] { setField(int(InterviewField::Place), m_place->text().trimmed(), tr("Change Place")); });
    layout->addRow(tr("&Place:"), m_place);

    m_mode = new QComboBox(form);
    m_mode->setObjectName(QStringLiteral("modeEdit"));
    fillEnum(m_mode, {InterviewMode::InPerson, InterviewMode::Phone, InterviewMode::Video});
    connect(m_mode, &QComboBox::activated, this, [this] {
        setField(int(InterviewField::Mode), m_mode->currentData(), tr("Change Interview Mode"));
    });
    layout->addRow(tr("&Mode:"), m_mode);

    m_language = new QComboBox(form);
    m_language->setObjectName(QStringLiteral("languageEdit"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese and English"), QStringLiteral("zh,en"));
    m_language->addItem(tr("Cantonese"), QStringLiteral("yue"));
    connect(m_language, &QComboBox::activated, this, [this] {
        setField(int(InterviewField::Language), m_language->currentData(), tr("Change Interview Language"));
    });
    layout->addRow(tr("&Language:"), m_language);

    m_status = new QComboBox(form);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    fillEnum(m_status, {InterviewStatus::Planned, InterviewStatus::Recorded, InterviewStatus::Transcribed,
                        InterviewStatus::Coded, InterviewStatus::Reviewed});
    connect(m_status, &QComboBox::activated, this,
            [this] { setField(int(InterviewField::State), m_status->currentData(), tr("Change Status")); });
    layout->addRow(tr("&Status:"), m_status);

    m_participants = new QListWidget(form);
    m_participants->setObjectName(QStringLiteral("participantsEdit"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setMaximumHeight(120);
    connect(m_participants, &QListWidget::itemChanged, this, [this] { commitPeople(m_participants); });
    layout->addRow(tr("Pa&rticipants:"), m_participants);

    auto* interviewers = new QWidget(form);
    auto* interviewersLayout = new QVBoxLayout(interviewers);
    interviewersLayout->setContentsMargins(0, 0, 0, 0);
    m_interviewers = new QListWidget(interviewers);
    m_interviewers->setObjectName(QStringLiteral("interviewersEdit"));
    m_interviewers->setAccessibleName(tr("Interviewers"));
    m_interviewers->setMaximumHeight(100);
    connect(m_interviewers, &QListWidget::itemChanged, this, [this] { commitPeople(m_interviewers); });
    auto* addInterviewer = new QPushButton(tr("Add Interviewer…"), interviewers);
    connect(addInterviewer, &QPushButton::clicked, this, &InterviewPage::addInterviewer);
    interviewersLayout->addWidget(m_interviewers);
    interviewersLayout->addWidget(addInterviewer, 0, Qt::AlignLeft);
    layout->addRow(tr("&Interviewers:"), interviewers);

    const auto textArea = [&](QPlainTextEdit*& edit, const char* name, InterviewField field) {
        edit = new QPlainTextEdit(form);
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(90);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
            if (m_loading)
                return;
            // Saved after a pause; kept (and tried again) while saving fails.
            const QString text = edit->toPlainText();
            m_session->typing()->typed(
                this, typingKey(field), text, [this, field, text, id = m_id, key = typingKey(field)] {
                    return ops::setInterviewField(*m_session->ops(), id, field, text, key);
                });
        });
    };
    textArea(m_summary, "summaryEdit", InterviewField::Summary);
    layout->addRow(tr("Su&mmary:"), m_summary);
    textArea(m_fieldNotes, "fieldNotesEdit", InterviewField::FieldNotes);
    layout->addRow(tr("&Field notes:"), m_fieldNotes);
    return form;
}

QWidget* InterviewPage::createMaterial()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);

    auto* mediaBox = new QGroupBox(tr("Audio"), splitter);
    auto* mediaLayout = new QVBoxLayout(mediaBox);
    m_media = new QTreeWidget(mediaBox);
    m_media->setObjectName(QStringLiteral("mediaList"));
    m_media->setAccessibleName(tr("Attached audio"));
    m_media->setRootIsDecorated(false);
    m_media->setHeaderLabels({tr("File"), tr("Format"), tr("Duration"), tr("Size")});
    m_media->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_media->header()->setStretchLastSection(false);
    m_media->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_media, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = m_media->itemAt(pos);
        if (!item || !item->data(0, Qt::UserRole + 1).toBool())
            return;
        const RowId id = item->data(0, Qt::UserRole).value<RowId>();
        QMenu menu(this);
        menu.addAction(tr("Locate File…"), this, [this, id, item] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Locate %1").arg(item->data(0, Qt::UserRole + 2).toString()), {},
                tr("Audio (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr);;All files (*)"));
            if (!path.isEmpty())
                locateMedia(id, path);
        });
        menu.exec(m_media->viewport()->mapToGlobal(pos));
    });
    auto* attach = new QPushButton(tr("Attach Audio…"), mediaBox);
    attach->setObjectName(QStringLiteral("attachAudio"));
    connect(attach, &QPushButton::clicked, this, &InterviewPage::attachAudio);
    // Enter or a double click plays that recording.
    connect(m_media, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_playMedia = item->data(0, Qt::UserRole).value<RowId>();
        loadAudio();
    });
    auto* record = new QPushButton(tr("Record…"), mediaBox);
    record->setObjectName(QStringLiteral("recordAudio"));
    record->setToolTip(tr("Record the interview from this computer's microphone"));
    connect(record, &QPushButton::clicked, this, [this] {
        auto* dialog = new RecordDialog(m_session, m_id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // What was just recorded goes into the player.
        connect(dialog, &RecordDialog::kept, this, [this](RowId mediaId) {
            m_playMedia = mediaId;
            loadAudio();
        });
        dialog->show();
    });
    mediaLayout->addWidget(m_media);
    auto* mediaButtons = new QHBoxLayout;
    mediaButtons->addWidget(attach);
    mediaButtons->addWidget(record);
    mediaButtons->addStretch();
    mediaLayout->addLayout(mediaButtons);

    auto* transcriptBox = new QGroupBox(tr("Transcript"), splitter);
    auto* transcriptLayout = new QVBoxLayout(transcriptBox);
    m_transcriptInfo = new QLabel(transcriptBox);
    m_transcript = new TranscriptEditor(m_session, m_id, transcriptBox);
    m_findBar = new FindBar(m_transcript, transcriptBox);
    connect(m_transcript, &TranscriptEditor::findRequested, m_findBar, &FindBar::open);
    connect(m_transcript, &TranscriptEditor::editFailed, this, &InterviewPage::report);
    m_spelling = new QComboBox(transcriptBox);
    m_spelling->setObjectName(QStringLiteral("spellingLanguage"));
    m_spelling->setAccessibleName(tr("Spell checking"));
    m_spelling->addItem(tr("Default spelling (%1)").arg(settings::spellLanguage.get()), QString());
    m_spelling->addItem(tr("No spell checking"), QStringLiteral("-"));
    for (const QString& language : spell::SpellChecker::availableLanguages())
        m_spelling->addItem(language, language);
    connect(m_spelling, &QComboBox::activated, this, [this] {
        setField(int(InterviewField::SpellLanguage), m_spelling->currentData(), tr("Change Spell Checking"));
        applySpelling();
    });
    auto* importTranscript = new QPushButton(tr("Import Transcript…"), transcriptBox);
    importTranscript->setObjectName(QStringLiteral("importTranscript"));
    connect(importTranscript, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import Transcript"), {}, tr("Transcripts (*.txt *.srt *.vtt *.docx);;All files (*)"));
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
            this, tr("Export Transcript"), m_title.section(QStringLiteral(" · "), 0, 0),
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
        m_quoteDetails->setAudioAvailable(ready);
        if (ready && m_pendingQuotePlay != NoRow)
            playQuote(std::exchange(m_pendingQuotePlay, NoRow));
    });
    createPlayerKeys();
    transcriptLayout->addWidget(m_findBar);

    auto* quotesBox = new QGroupBox(tr("Quotes"), splitter);
    auto* quotesLayout = new QVBoxLayout(quotesBox);
    auto* makeQuoteButton = new QPushButton(tr("Make Quote"), quotesBox);
    makeQuoteButton->setObjectName(QStringLiteral("makeQuote"));
    makeQuoteButton->setToolTip(tr("Make the selected words of the transcript a quote and tag it (Ctrl+M)"));
    connect(makeQuoteButton, &QPushButton::clicked, this, &InterviewPage::makeQuote);
    auto* makeQuoteAction = new QAction(tr("Make Quote"), this);
    makeQuoteAction->setObjectName(QStringLiteral("makeQuoteAction"));
    makeQuoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    makeQuoteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(makeQuoteAction, &QAction::triggered, this, &InterviewPage::makeQuote);
    addAction(makeQuoteAction);
    m_quotes = new QListWidget(quotesBox);
    m_quotes->setObjectName(QStringLiteral("quoteList"));
    m_quotes->setAccessibleName(tr("Quotes of this interview"));
    m_quotes->setWordWrap(true);
    m_quoteDetails = new QuoteDetails(m_session, quotesBox);
    connect(m_quoteDetails, &QuoteDetails::failed, this, &InterviewPage::report);
    connect(m_quoteDetails, &QuoteDetails::reanchorRequested, this, &InterviewPage::reanchorQuote);
    connect(m_quoteDetails, &QuoteDetails::playRequested, this, &InterviewPage::playQuote);
    connect(m_quotes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_quoteDetails->showQuote(item ? item->data(Qt::UserRole).value<RowId>() : NoRow);
    });
    connect(m_quotes, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_transcript->selectQuote(item->data(Qt::UserRole).value<RowId>()))
            m_transcript->setFocus();
    });
    quotesLayout->addWidget(makeQuoteButton, 0, Qt::AlignLeft);
    quotesLayout->addWidget(m_quotes, 2);
    quotesLayout->addWidget(m_quoteDetails, 3);

    splitter->addWidget(mediaBox);
    splitter->addWidget(transcriptBox);
    splitter->addWidget(quotesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    return splitter;
}

QString InterviewPage::title() const
{
    return m_title;
}

void InterviewPage::reload()
{
    auto interview = m_session->project()->interviews().get(m_id);
    if (!interview) {
        Q_EMIT gone();
        return;
    }
    m_cityId = interview->cityId;
    reloadForm(*interview);
    reloadPeople(*interview);
    reloadMedia();
    reloadTranscript();
    reloadQuotes();
    loadAudio();
}

void InterviewPage::reloadForm(const Interview& iv)
{
    m_loading = true;
    m_startedAt->setDateTime(QDateTime::fromString(iv.startedAt, StoredDateTime));
    m_duration->setTime(
        QTime::fromMSecsSinceStartOfDay(int(std::clamp<qint64>(iv.durationMs, 0, 86'399'000))));
    if (m_place->text() != iv.place)
        m_place->setText(iv.place);
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(iv.mode)));
    int language = m_language->findData(iv.language);
    if (language < 0) {
        m_language->addItem(iv.language, iv.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_status->setCurrentIndex(m_status->findData(QVariant::fromValue(iv.status)));
    const QString spelling = m_session->project()->interviews().spellLanguage(iv.id).value_or(QString());
    if (const int at = m_spelling->findData(spelling); at >= 0 && at != m_spelling->currentIndex()) {
        m_spelling->setCurrentIndex(at);
        applySpelling();
    }
    // Words that wait to be saved rather than what the project has.
    const UnsavedTyping* typing = m_session->typing();
    setPlainText(m_summary, typing->waiting(typingKey(InterviewField::Summary)).value_or(iv.summary));
    setPlainText(m_fieldNotes,
                 typing->waiting(typingKey(InterviewField::FieldNotes)).value_or(iv.fieldNotes));
    m_loading = false;
}

void InterviewPage::reloadPeople(const Interview& iv)
{
    Project* project = m_session->project();
    m_loading = true;
    m_participants->clear();
    QStringList codes;
    if (auto people = project->participants().list(iv.cityId)) {
        for (const Participant& p : *people) {
            const bool in = iv.participantIds.contains(p.id);
            QString text = p.code;
            if (!p.occupation.isEmpty())
                text += QStringLiteral(" · ") + p.occupation;
            checkItem(m_participants, text, p.id, in);
            if (in)
                codes << p.code;
        }
    }
    m_interviewers->clear();
    if (auto researchers = project->researchers().list()) {
        for (const Researcher& r : *researchers)
            checkItem(m_interviewers, r.name, r.id, iv.interviewerIds.contains(r.id));
    }
    m_loading = false;

    const QString date = iv.startedAt.left(10);
    const QString title =
        codes.isEmpty() ? date : QString(codes.join(QStringLiteral(", ")) + QStringLiteral(" · ") + date);
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
}

void InterviewPage::reloadMedia()
{
    Project* project = m_session->project();
    m_media->clear();
    auto media = project->media().list(m_id);
    if (!media)
        return;
    const media::MediaLibrary library(*project);
    const QLocale locale;
    for (const Media& m : *media) {
        auto* item = new QTreeWidgetItem(m_media);
        item->setText(0, m.originalName);
        item->setText(1, m.format.toUpper());
        item->setText(2, m.durationMs > 0 ? formatTimeCode(m.durationMs) : QString());
        item->setText(3, locale.formattedDataSize(m.sizeBytes));
        item->setData(0, Qt::UserRole, QVariant::fromValue(m.id));
        item->setData(0, Qt::UserRole + 2, m.originalName);
        if (!QFileInfo::exists(library.pathOf(m))) {
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(
                0, tr("The file %1 is missing from the project's media folder.").arg(m.originalName));
            item->setText(0, tr("%1 (missing)").arg(m.originalName));
            item->setData(0, Qt::UserRole + 1, true);
            item->setToolTip(
                0, tr("The file %1 is missing from the project's media folder. Right-click to locate it.")
                       .arg(m.originalName));
        }
    }
}

void InterviewPage::reloadTranscript()
{
    // The editor follows the store by itself; this keeps the counts above it.
    auto segments = m_session->project()->transcripts().segments(m_id);
    qsizetype characters = 0;
    std::vector<qint64> starts;
    if (segments) {
        for (const Segment& s : *segments) {
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
    auto segments = m_session->project()->transcripts().segments(m_id);
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

void InterviewPage::reloadQuotes()
{
    const RowId current = m_quoteDetails->quoteId();
    const QSignalBlocker block(m_quotes);
    m_quotes->clear();
    auto quotes = m_session->project()->quotes().list(m_id);
    if (!quotes)
        return;
    QHash<RowId, Theme> themes;
    if (auto all = m_session->project()->themes().list())
        for (const Theme& t : *all)
            themes.insert(t.id, t);
    const QHash<RowId, Withheld> withheld =
        QuoteCatalog(m_session->project()->db()).withheldIn(m_id).value_or(QHash<RowId, Withheld>());
    std::vector<TranscriptEditor::QuoteMark> marks;
    for (const Quote& q : *quotes) {
        QStringList names;
        for (RowId t : q.themeIds)
            names << themes.value(t).name;
        QString label = q.starred ? QString(QStringLiteral("★ ") + q.text) : q.text;
        if (!names.isEmpty())
            label += QStringLiteral("\n") + names.join(QStringLiteral(" · "));
        auto* item = new QListWidgetItem(label, m_quotes);
        item->setData(Qt::UserRole, q.id);
        if (q.detached) {
            item->setToolTip(tr("The words of this quote were deleted from the transcript."));
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            item->setText(tr("Detached: %1").arg(label));
        }
        if (const Withheld why = withheld.value(q.id, Withheld::No); why != Withheld::No) {
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            item->setToolTip(withheldReason(why));
        }
        if (q.id == current)
            m_quotes->setCurrentItem(item);
        if (!q.detached && q.startSegmentId != NoRow && q.endSegmentId != NoRow) {
            const QString color = q.themeIds.isEmpty() ? QString() : themes.value(q.themeIds.first()).color;
            marks.push_back({q.id, q.startSegmentId, q.startOffset, q.endSegmentId, q.endOffset,
                             QColor::isValidColorName(color) ? QColor::fromString(color) : QColor()});
        }
    }
    m_transcript->setQuoteMarks(std::move(marks));
    if (!m_quotes->currentItem())
        m_quoteDetails->showQuote(NoRow);
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
    auto media = project->media().list(m_id);
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
            if (auto markers = project->media().markers(m.id))
                for (const Marker& marker : *markers) {
                    marks.push_back({marker.timeMs, marker.label});
                    flags.push_back({marker.timeMs, marker.label});
                }
            m_playerBar->waveform()->setMarkers(std::move(marks));
            m_transcript->setRecordingMarkers(std::move(flags));
            if (m.sha256 != m_audioSha) {
                m_audioSha = m.sha256;
                m_audioMediaId = m.id;
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

bool InterviewPage::locateMedia(RowId mediaId, const QString& path)
{
    Project* project = m_session->project();
    auto media = project->media().get(mediaId);
    if (!media)
        return false;
    if (Status linked = media::MediaLibrary(*project).relink(*media, path); !linked) {
        report(tr("Locate File"), linked.error());
        return false;
    }
    reloadMedia();
    loadAudio();
    return true;
}

void InterviewPage::playQuote(RowId quoteId)
{
    auto quote = m_session->project()->quotes().get(quoteId);
    if (!quote)
        return;
    if (!quote->audioStartMs) {
        report(tr("Play Quote"), {Error::Code::InvalidArgument,
                                  tr("This quote has no audio range: its segments have no times.")});
        return;
    }
    if (!m_playerBar->hasAudio()) {
        if (m_audioSha.isEmpty()) {
            report(tr("Play Quote"), {Error::Code::NotFound, tr("This interview has no audio to play.")});
            return;
        }
        m_pendingQuotePlay = quoteId; // played once the audio is ready
        return;
    }
    const qint64 from = *quote->audioStartMs;
    const qint64 to = quote->audioEndMs.value_or(from + 5000);
    m_playerBar->player()->playRange(from, to);
}

void InterviewPage::makeQuote()
{
    if (!m_transcript->saveTyping(tr("Make Quote")))
        return;
    auto quote = m_transcript->quoteFromSelection();
    if (!quote) {
        report(tr("Make Quote"),
               {Error::Code::InvalidArgument, tr("Select the words of the quote in the transcript first.")});
        return;
    }
    QString words =
        m_transcript->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    ThemePicker picker(m_session->project(), {}, words.trimmed(), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    auto made = ops::makeQuote(*m_session->ops(), *quote, picker.chosen());
    if (!made) {
        report(tr("Make Quote"), made.error());
        return;
    }
    showQuote(*made);
    m_transcript->setFocus();
}

void InterviewPage::showQuote(RowId quoteId)
{
    for (int i = 0; i < m_quotes->count(); ++i) {
        if (m_quotes->item(i)->data(Qt::UserRole).value<RowId>() == quoteId) {
            m_quotes->setCurrentRow(i);
            break;
        }
    }
    m_transcript->selectQuote(quoteId);
}

void InterviewPage::reanchorQuote(RowId quoteId)
{
    if (!m_transcript->saveTyping(tr("Attach Quote")))
        return;
    auto at = m_transcript->quoteFromSelection();
    if (!at) {
        report(tr("Attach Quote"), {Error::Code::InvalidArgument,
                                    tr("Select the words this quote should cover in the transcript first.")});
        return;
    }
    if (auto ok = ops::reanchorQuote(*m_session->ops(), quoteId, *at); !ok)
        report(tr("Attach Quote"), ok.error());
}

void InterviewPage::onChange(const Change& change)
{
    switch (change.entity) {
    case Entity::Interview:
        if (!change.ids.contains(m_id))
            return;
        if (change.kind == ChangeKind::Removed) {
            Q_EMIT gone();
            return;
        }
        if (auto iv = m_session->project()->interviews().get(m_id)) {
            reloadForm(*iv);
            reloadPeople(*iv);
        }
        return;
    case Entity::Participant:
    case Entity::Researcher:
        if (auto iv = m_session->project()->interviews().get(m_id))
            reloadPeople(*iv);
        return;
    case Entity::Media:
        reloadMedia();
        loadAudio();
        return;
    case Entity::Segment:
        reloadTranscript();
        return;
    case Entity::Quote:
    case Entity::Theme:
        reloadQuotes();
        return;
    default:
        return;
    }
}

void InterviewPage::setField(int field, const QVariant& value, const QString& label, const QString& mergeKey)
{
    if (m_loading)
        return;
    if (auto ok = ops::setInterviewField(*m_session->ops(), m_id, InterviewField(field), value, mergeKey);
        !ok)
        report(label, ok.error());
}

void InterviewPage::commitPeople(QListWidget* list)
{
    if (m_loading)
        return;
    const QList<RowId> ids = checkedIds(list);
    const bool participants = list == m_participants;
    const QString label = participants ? tr("Change Participants") : tr("Change Interviewers");
    auto ok = participants ? ops::setInterviewParticipants(*m_session->ops(), m_id, ids)
                           : ops::setInterviewInterviewers(*m_session->ops(), m_id, ids);
    if (!ok)
        report(label, ok.error());
}

void InterviewPage::addInterviewer()
{
    bool accepted = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Interviewer"), tr("Name:"), QLineEdit::Normal, {}, &accepted)
            .trimmed();
    if (!accepted || name.isEmpty())
        return;
    if (auto ok = ops::addInterviewer(*m_session->ops(), m_id, name); !ok)
        report(tr("Add Interviewer"), ok.error());
}

void InterviewPage::attachAudio()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach Audio"), {},
        tr("Audio (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr);;All files (*)"));
    if (files.isEmpty())
        return;
    QList<QUrl> urls;
    for (const QString& f : files)
        urls.append(QUrl::fromLocalFile(f));
    Q_EMIT filesDropped(m_id, urls);
}

QString InterviewPage::typingKey(InterviewField field) const
{
    // The key is also the merge key: typing into one field is one undo step until
    // another edit comes between.
    return QStringLiteral("interview/%1/%2").arg(m_id).arg(int(field));
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
