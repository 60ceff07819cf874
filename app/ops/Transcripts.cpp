// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Transcripts.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/DictionaryRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/ResearcherRepository.h"
#include "store/TranscriptRepository.h"

namespace tianye::ops {

Result<std::vector<std::pair<int, RowId>>> editTranscript(Session& session, RowId interviewId,
                                                          const std::vector<RowId>& removed,
                                                          const std::vector<TranscriptBlock>& blocks,
                                                          const QString& mergeKey)
{
    std::vector<std::pair<int, RowId>> created;
    auto ok = session.run(
        Verbs::tr("Edit Transcript"),
        [&](const WriteScope& w) {
            created.clear();
            TranscriptRepository& repo = session.project().transcripts();
            for (RowId id : removed)
                orThrow(repo.removeSegment(w, id));
            for (size_t i = 0; i < blocks.size(); ++i) {
                const TranscriptBlock& b = blocks[i];
                if (b.action == TranscriptBlock::Action::SetText) {
                    orThrow(repo.setText(w, b.segmentId, b.text));
                } else if (b.action == TranscriptBlock::Action::Insert) {
                    Segment s;
                    s.interviewId = interviewId;
                    s.speaker = b.speaker;
                    s.text = b.text;
                    created.emplace_back(int(i), orThrow(repo.insertSegment(w, s, int(i))));
                }
            }
        },
        mergeKey);
    if (!ok)
        return std::unexpected(ok.error());
    return created;
}

Result<RowId> splitSegment(Session& session, RowId segmentId, qsizetype offset, std::optional<qint64> startMs)
{
    RowId made = NoRow;
    auto ok = session.run(Verbs::tr("Split Segment"), [&](const WriteScope& w) {
        made = orThrow(session.project().transcripts().splitSegment(w, segmentId, offset, startMs));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return made;
}

Result<RowId> joinSegments(Session& session, RowId segmentId)
{
    RowId kept = NoRow;
    auto ok = session.run(Verbs::tr("Join Segments"), [&](const WriteScope& w) {
        kept = orThrow(session.project().transcripts().mergeWithPrevious(w, segmentId));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return kept;
}

Status setSegmentSpeaker(Session& session, RowId segmentId, const QString& speaker)
{
    return session.run(Verbs::tr("Change Speaker to %1").arg(speaker), [&](const WriteScope& w) {
        orThrow(session.project().transcripts().setSpeaker(w, segmentId, speaker));
    });
}

Status renameSpeaker(Session& session, RowId interviewId, const QString& from, const QString& to)
{
    return session.run(Verbs::tr("Rename Speaker %1 to %2").arg(from, to), [&](const WriteScope& w) {
        orThrow(session.project().transcripts().renameSpeaker(w, interviewId, from, to));
    });
}

Status setSegmentTimes(Session& session, RowId segmentId, std::optional<qint64> startMs,
                       std::optional<qint64> endMs)
{
    return session.run(Verbs::tr("Set Segment Time"), [&](const WriteScope& w) {
        orThrow(session.project().transcripts().setTimes(w, segmentId, startMs, endMs));
    });
}

Status tieSpeaker(Session& session, RowId interviewId, const QString& label, RowId participantId,
                  RowId researcherId)
{
    Project& project = session.project();
    QString who;
    if (participantId != NoRow) {
        auto p = project.participants().get(participantId);
        if (!p)
            return std::unexpected(p.error());
        who = p->code;
    } else if (researcherId != NoRow) {
        auto r = project.researchers().get(researcherId);
        if (!r)
            return std::unexpected(r.error());
        who = r->name;
    }
    const QString step = who.isEmpty() ? Verbs::tr("Untie Speaker %1").arg(label)
                                       : Verbs::tr("Tie Speaker %1 to %2").arg(label, who);
    return session.run(step, [&](const WriteScope& w) {
        orThrow(project.transcripts().tieSpeaker(w, interviewId, label, participantId, researcherId));
    });
}

Status addDictionaryWord(Session& session, const QString& word, const QString& language)
{
    return session.run(Verbs::tr("Add “%1” to the Project Dictionary").arg(word), [&](const WriteScope& w) {
        orThrow(session.project().dictionary().add(w, word, language));
    });
}

Status importTranscript(Session& session, RowId interviewId, const std::vector<Segment>& segments,
                        const QString& fileName, const ImportProgress& progress)
{
    // Nothing typed may be left out of the project or land inside the import.
    if (auto saved = session.flushTyping(); !saved)
        return saved;
    // A copy before a bulk change: the import is undoable, and the backup is the
    // second line. Without it nothing is imported.
    if (auto backup = session.backupNow(QStringLiteral("before-import")); !backup)
        return fail(backup.error().code, Verbs::tr("Nothing was imported: %1").arg(backup.error().message));
    return session.runAside(
        Verbs::tr("Import Transcript %1").arg(fileName), [&](Project& project, const WriteScope& w) {
            orThrow(project.transcripts().appendSegments(w, interviewId, segments, progress));
        });
}

} // namespace tianye::ops
