// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "media/MediaLibrary.h"
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
    // Keeping a recording takes three steps. prepare: makes the WAV whole and encodes
    // it (slow for long recordings; any thread, files only). Then the encoded file is
    // stored and attached with its markers by the verb (ops::keepRecording). cleanUp:
    // the working files, once attached.
    struct Prepared
    {
        QString file;
        qint64 durationMs = 0;
    };
    static Result<Prepared> prepare(const QString& wavPath, RecordingCodec codec);
    // prepare, then the encoded file stored into mediaDir (MediaLibrary::store): all the
    // file work of keeping a recording, for a worker thread.
    struct Ready
    {
        Prepared prepared;
        StoredFile stored;
    };
    static Result<Ready> ready(const QString& wavPath, RecordingCodec codec, const QString& mediaDir);
    static void cleanUp(const QString& wavPath, const Prepared& prepared);
    // Deletes an unfinished recording the user chose not to keep.
    static void discard(const UnfinishedRecording& recording);
    // WAV → Opus (Ogg) or FLAC with GStreamer.
    static Status encode(const QString& wavPath, const QString& outPath, RecordingCodec codec);
};

} // namespace tianye::media
