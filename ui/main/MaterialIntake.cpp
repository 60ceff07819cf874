// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/MaterialIntake.h"

#include "app/FileDialogs.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "core/TimeCode.h"
#include "formats/TranscriptImport.h"
#include "media/MediaLibrary.h"
#include "media/Recording.h"
#include "ops/Media.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Transcripts.h"
#include "store/Project.h"
#include "transcript/ImportTranscriptDialog.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace tianye::ui {

MaterialIntake::MaterialIntake(ProjectSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void MaterialIntake::route(RowId interviewId, const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        const QString file = url.toLocalFile();
        const QString name = QFileInfo(file).fileName();
        if (file.isEmpty()) {
            Q_EMIT failed(
                tr("Add Files"),
                {Error::Code::InvalidArgument,
                 tr("%1 is not a file on this computer; download it first.").arg(url.toDisplayString())});
        } else if (fileKindOf(file) == FileKind::Audio) {
            attachAudio(interviewId, file);
        } else if (fileKindOf(file) == FileKind::Transcript) {
            importTranscript(interviewId, file);
        } else {
            Q_EMIT failed(tr("Add Files"),
                          {Error::Code::InvalidArgument,
                           tr("%1 is neither audio (%2) nor a transcript (%3).")
                               .arg(name, suffixNames(FileKind::Audio), suffixNames(FileKind::Transcript))});
        }
    }
}

void MaterialIntake::attachAudio(RowId interviewId, const QString& file)
{
    Project* project = m_session->project();
    if (!project)
        return;
    const QString name = QFileInfo(file).fileName();
    const QString folder = project->folder();
    // Hashing and copying a long recording take seconds: in a worker, outside any write.
    Q_EMIT message(tr("Copying %1 into the project…").arg(name), 0);
    using Stored = Result<media::StoredFile>;
    auto* watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher, interviewId, name, folder] {
        watcher->deleteLater();
        const Stored stored = watcher->result();
        if (!m_session->project() || m_session->project()->folder() != folder)
            return; // the project was closed meanwhile; the copy stays in its media/ folder
        if (!stored) {
            Q_EMIT message({}, 0);
            return Q_EMIT failed(tr("Attach Audio"), stored.error());
        }
        if (auto ok = ops::attachMedia(*m_session->ops(), interviewId, *stored); !ok) {
            Q_EMIT message({}, 0);
            return Q_EMIT failed(tr("Attach Audio"), ok.error());
        }
        Q_EMIT message(tr("Attached %1.").arg(name), 5000);
        Q_EMIT audioAttached(interviewId);
    });
    watcher->setFuture(QtConcurrent::run(
        [file, dir = project->mediaDir()] { return media::MediaLibrary(dir).store(file); }));
}

void MaterialIntake::importTranscript(RowId interviewId, const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    auto* progress = new QProgressDialog(tr("Reading %1…").arg(name), tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Import Transcript"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    using Outcome = Result<formats::ImportedTranscript>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    const QString folder = m_session->project() ? m_session->project()->folder() : QString();
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, progress, cancelled, interviewId, file, folder] {
                watcher->deleteLater();
                // Closing a progress dialog reports it as cancelled: read the flag first.
                const bool wasCancelled = *cancelled;
                progress->close();
                if (wasCancelled || !m_session->project() || m_session->project()->folder() != folder)
                    return;
                const Outcome outcome = watcher->result();
                // An encoding that is not clear is chosen in the preview.
                if (!outcome && outcome.error().code != Error::Code::Encoding)
                    Q_EMIT failed(tr("Import Transcript"), outcome.error());
                else
                    preview(interviewId, file, outcome);
            });
    watcher->setFuture(QtConcurrent::run([file] { return formats::TranscriptImporter::readFile(file); }));
}

void MaterialIntake::preview(RowId interviewId, const QString& file,
                             const Result<formats::ImportedTranscript>& read)
{
    Project* project = m_session->project();
    if (!project)
        return;
    auto existing = ops::Reader(*project).segments(interviewId);
    if (!existing) {
        Q_EMIT failed(tr("Import Transcript"), existing.error());
        return;
    }
    ImportTranscriptDialog dialog(file, read, int(existing->size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const formats::ImportedTranscript& transcript = dialog.transcript();
    const QString name = QFileInfo(file).fileName();
    // Large files take a while to write: progress with Cancel (which rolls the whole
    // import back). The import writes on a connection of its own in a worker; the
    // dialog is window-modal, so nothing else edits meanwhile.
    QProgressDialog progress(tr("Importing %1…").arg(name), tr("Cancel"), 0, int(transcript.segments.size()),
                             m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import Transcript"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto done = std::make_shared<std::atomic<qsizetype>>(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &progress, [&progress, done, cancel] {
        // wasCanceled(): cancel() (and Escape) do not emit canceled().
        if (progress.wasCanceled())
            *cancel = true;
        else
            progress.setValue(int(done->load()));
    });
    poll.start();
    auto ok = ops::importTranscript(*m_session->ops(), interviewId, transcript.segments, name,
                                    [done, cancel](qsizetype n, qsizetype) {
                                        *done = n;
                                        return !cancel->load();
                                    });
    poll.stop();
    progress.reset();
    if (!ok && ok.error().code == Error::Code::Cancelled) {
        Q_EMIT message(ok.error().message, 8000);
        return;
    }
    if (!ok) {
        Q_EMIT failed(tr("Import Transcript"), ok.error());
        return;
    }
    Q_EMIT message(tr("Imported %1: %n segment(s).", nullptr, int(transcript.segments.size())).arg(name),
                   5000);
}

void MaterialIntake::offerRecovery()
{
    Project* project = m_session->project();
    if (!project)
        return;
    const auto found = media::Recording::unfinished(media::Recording::folderOf(*project));
    if (found.empty())
        return;
    qint64 total = 0;
    for (const auto& r : found)
        total += r.durationMs;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Unfinished Recording"),
        tr("This project has %n unfinished recording(s), %1 of audio: Tianye or the computer stopped while "
           "recording. Recover into the interview?",
           nullptr, int(found.size()))
            .arg(formatTimeCode(total)),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("recoverRecordings"));
    box->setInformativeText(tr("Not now keeps the audio on disk; you are asked again next time."));
    QPushButton* recover = box->addButton(tr("Recover"), QMessageBox::AcceptRole);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(recover);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(recover, &QPushButton::clicked, this, [this, found] {
        const auto codec =
            media::recordingCodecFromKey(settings::recordingKeep.get()).value_or(media::RecordingCodec::Opus);
        const QString mediaDir = m_session->project()->mediaDir();
        for (const media::UnfinishedRecording& r : found) {
            // Encoding and copying into media/ in a worker; attaching here, through the verb.
            using Kept = media::Recording::Ready;
            auto* watcher = new QFutureWatcher<Result<Kept>>(this);
            connect(watcher, &QFutureWatcher<Result<Kept>>::finished, this, [this, watcher, r] {
                watcher->deleteLater();
                const Result<Kept> kept = watcher->result();
                Project* now = m_session->project();
                if (!now)
                    return;
                if (!kept)
                    return Q_EMIT failed(tr("Recover Recording"), kept.error());
                auto interview = ops::Reader(*now).resolveInterview(r.interviewUuid);
                if (!interview || *interview == NoRow)
                    return Q_EMIT failed(
                        tr("Recover Recording"),
                        Error{Error::Code::NotFound,
                              tr("The interview of the recording %1 is no longer in the project.")
                                  .arg(r.wavPath)});
                auto ok = ops::attachRecording(*m_session->ops(), *interview, kept->stored, r.markers,
                                               ops::RecordingStep::Recovered);
                if (!ok)
                    return Q_EMIT failed(tr("Recover Recording"), ok.error());
                media::Recording::cleanUp(r.wavPath, kept->prepared);
                Q_EMIT message(tr("Recovered %1 of audio into its interview.")
                                   .arg(formatTimeCode(kept->prepared.durationMs)),
                               10'000);
            });
            watcher->setFuture(QtConcurrent::run([wav = r.wavPath, codec, mediaDir] {
                return media::Recording::ready(wav, codec, mediaDir);
            }));
        }
    });
    box->open();
}

} // namespace tianye::ui
