// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Media.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/Project.h"

#include <algorithm>

namespace tianye::ops {

namespace {

Result<RowId> attachStored(Session& session, const QString& label, RowId interviewId,
                           const media::StoredFile& file, const QList<media::RecordingMark>& markers)
{
    RowId id = NoRow;
    auto ok = session.run(label, [&](const WriteScope& w) {
        Media record = file.record;
        record.interviewId = interviewId;
        id = orThrow(session.project().media().add(w, record));
        for (const media::RecordingMark& m : markers) {
            Marker marker;
            marker.mediaId = id;
            marker.timeMs = std::min(m.timeMs, record.durationMs);
            marker.label = m.label;
            orThrow(session.project().media().addMarker(w, marker));
        }
    });
    if (!ok) {
        media::MediaLibrary::unstore(file);
        return std::unexpected(ok.error());
    }
    return id;
}

} // namespace

Result<RowId> attachMedia(Session& session, RowId interviewId, const media::StoredFile& file)
{
    return attachStored(session, Verbs::tr("Attach %1").arg(file.record.originalName), interviewId, file, {});
}

Result<RowId> attachFile(Session& session, RowId interviewId, const QString& sourcePath)
{
    auto stored = media::MediaLibrary(session.project()).store(sourcePath);
    if (!stored)
        return std::unexpected(stored.error());
    return attachMedia(session, interviewId, *stored);
}

Result<RowId> attachRecording(Session& session, RowId interviewId, const media::StoredFile& file,
                              const QList<media::RecordingMark>& markers, RecordingStep step)
{
    const QString label =
        step == RecordingStep::Recorded ? Verbs::tr("Record Audio") : Verbs::tr("Recover Recording");
    return attachStored(session, label, interviewId, file, markers);
}

Result<RowId> keepRecording(Session& session, RowId interviewId, const QString& wavPath,
                            const QList<media::RecordingMark>& markers, media::RecordingCodec codec,
                            RecordingStep step)
{
    auto ready = media::Recording::ready(wavPath, codec, session.project().mediaDir());
    if (!ready)
        return std::unexpected(ready.error());
    auto media = attachRecording(session, interviewId, ready->stored, markers, step);
    if (media)
        media::Recording::cleanUp(wavPath, ready->prepared);
    return media;
}

Result<RowId> recoverRecording(Session& session, const media::UnfinishedRecording& recording,
                               media::RecordingCodec codec)
{
    auto interview = session.project().interviews().resolve(recording.interviewUuid);
    if (!interview)
        return std::unexpected(interview.error());
    if (*interview == NoRow)
        return fail(Error::Code::NotFound,
                    Verbs::tr("The interview of the recording %1 is no longer in the project.")
                        .arg(recording.wavPath));
    return keepRecording(session, *interview, recording.wavPath, recording.markers, codec,
                         RecordingStep::Recovered);
}

} // namespace tianye::ops
