// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"
#include "media/MediaLibrary.h"
#include "media/Recording.h"

// Verbs on media: audio attached to an interview (Attach Audio…, files dropped on an
// interview), recordings kept or recovered.
namespace tianye::ops {

class Session;

// "Attach <name>": a file already stored in media/ (MediaLibrary::store, off the
// window's thread) becomes one of the interview's recordings. When the record cannot
// be written, a file store() copied is removed again.
Result<RowId> attachMedia(Session& session, RowId interviewId, const media::StoredFile& file);
// Stores the file, then attaches it (scripts, tests: on the calling thread).
Result<RowId> attachFile(Session& session, RowId interviewId, const QString& sourcePath);

// How a recording came to be kept, which names the step.
enum class RecordingStep
{
    Recorded, // "Record Audio": stopped and kept in the record window or tianye-cli record
    Recovered // "Recover Recording": found unfinished when the project opened
};
// The encoded recording (stored as MediaOrigin::Recorded) attached with its markers.
Result<RowId> attachRecording(Session& session, RowId interviewId, const media::StoredFile& file,
                              const QList<media::RecordingMark>& markers, RecordingStep step);
// All of keeping a recording on the calling thread: prepare (encode), store, attach,
// and the working files removed once it is attached.
Result<RowId> keepRecording(Session& session, RowId interviewId, const QString& wavPath,
                            const QList<media::RecordingMark>& markers, media::RecordingCodec codec,
                            RecordingStep step = RecordingStep::Recorded);
// An unfinished recording kept into its interview (found by the journal's UUID).
Result<RowId> recoverRecording(Session& session, const media::UnfinishedRecording& recording,
                               media::RecordingCodec codec);

} // namespace tianye::ops
