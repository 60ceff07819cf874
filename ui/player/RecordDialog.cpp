// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "player/RecordDialog.h"

#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "core/TimeCode.h"
#include "ops/Media.h"
#include "ops/Reader.h"
#include "store/Project.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace tianye::ui {

RecordDialog::RecordDialog(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_interviewId(interviewId)
    , m_recorder(new media::Recorder(this))
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(tr("Record Interview"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("recordDevice"));
    m_keep = new QComboBox(this);
    m_keep->setObjectName(QStringLiteral("recordKeep"));
    m_keep->addItem(tr("Opus (compact speech, about 15 MB an hour)"),
                    media::toKey(media::RecordingCodec::Opus));
    m_keep->addItem(tr("FLAC (lossless, about half of WAV)"), media::toKey(media::RecordingCodec::Flac));
    m_keep->addItem(tr("WAV (lossless, uncompressed)"), media::toKey(media::RecordingCodec::Wav));
    m_keep->setCurrentIndex(std::max(0, m_keep->findData(settings::recordingKeep.get())));
    form->addRow(tr("&Microphone:"), m_device);
    form->addRow(tr("&Keep as:"), m_keep);
    layout->addLayout(form);

    m_level = new QProgressBar(this);
    m_level->setObjectName(QStringLiteral("recordLevel"));
    m_level->setRange(0, 60); // dBFS from -60 to 0
    m_level->setTextVisible(false);
    m_level->setAccessibleName(tr("Input level"));
    m_elapsed = new QLabel(formatTimeCode(0), this);
    m_elapsed->setObjectName(QStringLiteral("recordElapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setStyleHint(QFont::Monospace);
    m_elapsed->setFont(big);
    auto* meter = new QHBoxLayout;
    meter->addWidget(m_elapsed);
    meter->addWidget(m_level, 1);
    layout->addLayout(meter);

    auto* controls = new QHBoxLayout;
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_stop = new QPushButton(tr("&Stop and Keep"), this);
    m_stop->setObjectName(QStringLiteral("recordStop"));
    controls->addWidget(m_record);
    controls->addWidget(m_stop);
    controls->addStretch();
    layout->addLayout(controls);

    auto* markerRow = new QHBoxLayout;
    m_markerLabel = new QLineEdit(this);
    m_markerLabel->setObjectName(QStringLiteral("markerLabel"));
    m_markerLabel->setPlaceholderText(tr("Marker label (optional), e.g. good quote here"));
    m_marker = new QPushButton(tr("Add &Marker (F8)"), this);
    m_marker->setObjectName(QStringLiteral("addMarker"));
    markerRow->addWidget(m_markerLabel, 1);
    markerRow->addWidget(m_marker);
    layout->addLayout(markerRow);
    m_markers = new QListWidget(this);
    m_markers->setObjectName(QStringLiteral("markerList"));
    m_markers->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_markers);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    // F8 drops a marker wherever the focus is in Tianye (notes can be typed meanwhile).
    auto* markerKey =
        new QShortcut(QKeySequence(Qt::Key_F8), this, nullptr, nullptr, Qt::ApplicationShortcut);
    connect(markerKey, &QShortcut::activated, this, &RecordDialog::addMarker);
    connect(m_markerLabel, &QLineEdit::returnPressed, this, &RecordDialog::addMarker);
    connect(m_marker, &QPushButton::clicked, this, &RecordDialog::addMarker);
    connect(m_record, &QPushButton::clicked, this, &RecordDialog::record);
    connect(m_stop, &QPushButton::clicked, this, &RecordDialog::stopAndKeep);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    connect(m_keep, &QComboBox::activated, this,
            [this] { settings::recordingKeep.set(m_keep->currentData().toString()); });
    connect(m_recorder, &media::Recorder::levelChanged, this, [this](double peak) {
        const double db = peak > 0 ? 20.0 * std::log10(peak) : -60.0;
        m_level->setValue(int(std::lround(std::clamp(db, -60.0, 0.0) + 60.0)));
    });
    connect(m_recorder, &media::Recorder::durationChanged, this,
            [this](qint64 ms) { m_elapsed->setText(formatTimeCode(ms)); });
    connect(m_recorder, &media::Recorder::failed, this, &RecordDialog::failed);
    fillDevices();
    updateState();
}

RecordDialog::~RecordDialog()
{
    m_keeping.waitForFinished();
}

void RecordDialog::fillDevices()
{
    const QString saved = settings::recordingDevice.get();
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    for (const QAudioDevice& d : QMediaDevices::audioInputs()) {
        m_device->addItem(d.description(), QVariant::fromValue(d));
        if (d.description() == saved || (saved.isEmpty() && d == fallback))
            m_device->setCurrentIndex(m_device->count() - 1);
    }
    if (m_device->count() == 0)
        m_status->setText(tr("No microphone was found. Connect one and open this window again."));
}

void RecordDialog::updateState()
{
    const auto state = m_recorder->state();
    m_record->setText(state == media::Recorder::State::Recording ? tr("&Pause")
                      : state == media::Recorder::State::Paused  ? tr("&Resume")
                                                                 : tr("&Record"));
    m_record->setEnabled(!m_busy && m_device->count() > 0);
    m_stop->setEnabled(!m_busy && state != media::Recorder::State::Idle);
    m_marker->setEnabled(state != media::Recorder::State::Idle);
    m_device->setEnabled(!m_busy && state == media::Recorder::State::Idle);
    m_keep->setEnabled(!m_busy);
}

void RecordDialog::record()
{
    switch (m_recorder->state()) {
    case media::Recorder::State::Idle: {
        const auto device = m_device->currentData().value<QAudioDevice>();
        auto interview = ops::Reader(*m_session->project()).interview(m_interviewId);
        if (!interview) {
            m_status->setText(interview.error().message);
            return updateState();
        }
        if (auto started =
                m_recorder->start(device, media::Recording::folderOf(*m_session->project()), interview->uuid);
            !started) {
            m_status->setText(started.error().message);
            return updateState();
        }
        settings::recordingDevice.set(device.description());
        m_markers->clear();
        m_status->setText(tr("Recording. The audio is saved as it arrives."));
        break;
    }
    case media::Recorder::State::Recording:
        m_recorder->pause();
        m_status->setText(tr("Paused."));
        break;
    case media::Recorder::State::Paused:
        m_recorder->resume();
        m_status->setText(tr("Recording. The audio is saved as it arrives."));
        break;
    }
    updateState();
}

void RecordDialog::addMarker()
{
    if (m_recorder->state() == media::Recorder::State::Idle)
        return;
    m_recorder->addMarker(m_markerLabel->text());
    const media::RecordingMark& mark = m_recorder->markers().back();
    m_markers->addItem(mark.label.isEmpty()
                           ? formatTimeCode(mark.timeMs)
                           : QStringLiteral("%1  %2").arg(formatTimeCode(mark.timeMs), mark.label));
    m_markers->scrollToBottom();
    m_markerLabel->clear();
}

void RecordDialog::stopAndKeep()
{
    if (m_recorder->state() == media::Recorder::State::Idle || m_busy)
        return;
    const QList<media::RecordingMark> marks = m_recorder->markers();
    auto wav = m_recorder->stop();
    if (!wav)
        return failed(wav.error());
    m_busy = true;
    updateState();
    const auto codec =
        media::recordingCodecFromKey(m_keep->currentData().toString()).value_or(media::RecordingCodec::Opus);
    m_status->setText(tr("Keeping the recording…"));
    // Encoding and copying into media/ run in a worker; attaching happens here, through the verb.
    using Ready = Result<media::Recording::Ready>;
    auto* watcher = new QFutureWatcher<Ready>(this);
    connect(watcher, &QFutureWatcher<Ready>::finished, this, [this, watcher, wavPath = *wav, marks] {
        watcher->deleteLater();
        m_busy = false;
        const Ready ready = watcher->result();
        if (!ready) {
            updateState();
            return failed(ready.error());
        }
        auto media = ops::attachRecording(*m_session->ops(), m_interviewId, ready->stored, marks,
                                          ops::RecordingStep::Recorded);
        updateState();
        if (!media)
            return failed(media.error());
        media::Recording::cleanUp(wavPath, ready->prepared);
        m_status->setText(tr("The recording (%1) is attached to the interview.")
                              .arg(formatTimeCode(ready->prepared.durationMs)));
        Q_EMIT kept(*media);
    });
    QFuture<Ready> work = QtConcurrent::run([wavPath = *wav, codec, dir = m_session->project()->mediaDir()] {
        return media::Recording::ready(wavPath, codec, dir);
    });
    watcher->setFuture(work);
    m_keeping = QFuture<void>(work);
}

void RecordDialog::failed(const Error& error)
{
    m_status->setText(tr("%1 What was recorded is kept on disk and offered again when the project opens.")
                          .arg(error.message));
    updateState();
}

void RecordDialog::closeEvent(QCloseEvent* event)
{
    if (m_recorder->state() != media::Recorder::State::Idle || m_busy) {
        m_status->setText(tr("Stop the recording before closing this window."));
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RecordDialog::reject()
{
    if (m_recorder->state() != media::Recorder::State::Idle || m_busy) {
        m_status->setText(tr("Stop the recording before closing this window."));
        return;
    }
    QDialog::reject();
}

} // namespace tianye::ui
