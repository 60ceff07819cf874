// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "media/Recorder.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tianye {
class Project;
}

namespace tianye::media {

// How a finished recording is kept: Opus (compact speech, the default), FLAC
// (lossless, about half of WAV) or the WAV itself.
enum class RecordingCodec
{
    Opus,
    Flac,
    Wav,
};
QString toKey(RecordingCodec codec);
std::optional<RecordingCodec> recordingCodecFromKey(QStringView key);

// A recording found on disk that was never attached: the app or the laptop stopped
// while recording, or before keeping it.
struct UnfinishedRecording
{
    QString wavPath;
    QString journalPath;
    QString interviewUuid;
    QString started; // ISO date-time, UTC
    qint64 durationMs = 0;
    QList<RecordingMark> markers;
};

class Recording final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::Recording)

public:
    // Where recordings are written while they run: the project's recordings/ folder.
    static QString folderOf(const Project& project);
    static std::vector<UnfinishedRecording> unfinished(const QString& folder);
    // The three steps of keeping a recording. prepare: makes the WAV whole and
    // encodes it (slow for long recordings; any thread, files only). attach: the
    // encoded file into media/ and the interview, as a recording, with its markers
    // (the project's thread). cleanUp: the working files, once attached.
    struct Prepared
    {
        QString file;
        qint64 durationMs = 0;
    };
    static Result<Prepared> prepare(const QString& wavPath, RecordingCodec codec);
    static Result<RowId> attach(Project& project, RowId interviewId, const Prepared& prepared,
                                const QList<RecordingMark>& markers);
    static void cleanUp(const QString& wavPath, const Prepared& prepared);
    // All three; nothing is removed unless the media record is stored.
    static Result<RowId> keep(Project& project, RowId interviewId, const QString& wavPath,
                              const QList<RecordingMark>& markers, RecordingCodec codec);
    static Result<RowId> keep(Project& project, const UnfinishedRecording& recording, RecordingCodec codec);
    // Deletes an unfinished recording the user chose not to keep.
    static void discard(const UnfinishedRecording& recording);
    // WAV → Opus (Ogg) or FLAC with GStreamer.
    static Status encode(const QString& wavPath, const QString& outPath, RecordingCodec codec);
};

} // namespace tianye::media
