// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// REFI-QDA export: a Tianye project written as a .qdpx (ops/Qdpx.h says how it maps).
#include "core/TextAnchor.h"
#include "formats/Qde.h"
#include "formats/QdpxArchive.h"
#include "media/MediaLibrary.h"
#include "ops/Qdpx.h"
#include "ops/QdpxMapping.h"
#include "ops/Verbs.h"
#include "store/CityRepository.h"
#include "store/ConsentSets.h"
#include "store/Database.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace tianye::ops {

namespace qde = formats::qde;
using formats::qde::QdeFile;
using namespace qdpx;

namespace {

class Exporter
{
public:
    Exporter(Project& project, const QdpxExportOptions& options)
        : m_project(project)
        , m_options(options)
    {}

    Result<QdpxExported> run(const QString& file, const QdpxProgress& progress)
    {
        try {
            return write(file, progress);
        } catch (const StoreFailure& f) {
            return std::unexpected(f.error);
        }
    }

private:
    QString variable(const QString& name, const QString& type = QStringLiteral("Text"))
    {
        auto it = m_variables.find(name);
        if (it != m_variables.end())
            return *it;
        const QString guid = stableGuid(QStringLiteral("variable:") + name);
        m_qde.variables.push_back({guid, name, type, {}});
        m_variables.insert(name, guid);
        return guid;
    }
    void value(std::vector<qde::VariableValue>& into, const QString& name, const QString& text,
               const QString& type = QStringLiteral("Text"))
    {
        if (!text.isEmpty())
            into.push_back({variable(name, type), text});
    }
    QString note(const QString& key, const QString& name, const QString& text, const QString& user = {},
                 qint64 created = 0)
    {
        const QString guid = stableGuid(key);
        m_qde.notes.push_back({guid, name, text, {}, user, xsdDateTime(created)});
        ++m_out.notes;
        return guid;
    }
    QString user(RowId researcher) const { return m_users.value(researcher); }

    Result<QdpxExported> write(const QString& file, const QdpxProgress& progress)
    {
        m_out.file = file;
        const ConsentSets consent = orThrow(ConsentSets::read(m_project.db()));
        m_qde.name = m_project.name();
        m_qde.origin = QStringLiteral("Tianye %1").arg(QCoreApplication::applicationVersion()).trimmed();
        m_qde.created = xsdDateTime(QDateTime::currentMSecsSinceEpoch());

        for (const Researcher& r : orThrow(m_project.researchers().list())) {
            m_users.insert(r.id, guidOf(r.uuid));
            m_researcherNames.insert(r.id, r.name);
            m_qde.users.push_back({guidOf(r.uuid), r.name});
        }
        m_out.users = int(m_qde.users.size());

        // Themes: parents before children, in codebook order.
        const auto themes = orThrow(m_project.themes().list());
        QHash<RowId, int> codeIndex;
        QHash<RowId, QString> themeGuid;
        for (const Theme& t : themes)
            themeGuid.insert(t.id, guidOf(t.uuid));
        std::function<void(RowId, int)> addCodes = [&](RowId parent, int parentIndex) {
            for (const Theme& t : themes) {
                if (t.parentId != parent)
                    continue;
                qde::Code c;
                c.guid = themeGuid.value(t.id);
                c.name = t.name;
                c.description = t.description;
                c.color = t.color;
                c.parent = parentIndex;
                if (!t.memo.trimmed().isEmpty())
                    c.noteRefs << note(QStringLiteral("memo:") + t.uuid, t.name, t.memo, user(t.authorId),
                                       t.updatedAt);
                const int index = int(m_qde.codes.size());
                codeIndex.insert(t.id, index);
                m_qde.codes.push_back(std::move(c));
                addCodes(t.id, index);
            }
        };
        addCodes(NoRow, -1);
        m_out.codes = int(m_qde.codes.size());

        const auto cities = orThrow(m_project.cities().list());
        QHash<RowId, QString> cityName;
        QHash<RowId, qsizetype> cityCase;
        for (const City& c : cities) {
            cityName.insert(c.id, c.name);
            qde::Case k{guidOf(c.uuid), c.name, c.notes, {}, {}, {}, {}};
            value(k.values, var::Kind, QStringLiteral("city"));
            value(k.values, var::Region, c.region);
            value(k.values, var::SpiritWord, c.spiritWord);
            cityCase.insert(c.id, qsizetype(m_qde.cases.size()));
            m_qde.cases.push_back(std::move(k));
            // The insight board does not fit the format: written as a note about the project.
            QStringList insight;
            if (!c.spiritWord.isEmpty())
                insight << c.spiritWord;
            if (!c.insightStatement.isEmpty())
                insight << c.insightStatement;
            for (const Insight& in : orThrow(m_project.insights().list(c.id)))
                insight << (in.title.isEmpty() ? in.statement
                                               : in.title + QStringLiteral("\n") + in.statement);
            if (!insight.isEmpty())
                m_qde.noteRefs << note(QStringLiteral("insights:") + c.uuid,
                                       Verbs::tr("%1: insights").arg(c.name),
                                       insight.join(QStringLiteral("\n\n")));
        }

        QHash<RowId, qsizetype> participantCase;
        QHash<RowId, QString> participantCode;
        // Speaker labels that are a participant's real name, anywhere in the project
        // (a name shared by two participants is written as neither: "speaker").
        QHash<QString, QString> codeOfName;
        QSet<QString> sharedNames;
        for (const Participant& p : orThrow(m_project.participants().list())) {
            participantCode.insert(p.id, p.code);
            const QString name = p.realName.trimmed();
            if (!name.isEmpty()) {
                if (codeOfName.contains(name) && codeOfName.value(name) != p.code)
                    sharedNames.insert(name);
                codeOfName.insert(name, p.code);
            }
            if (consent.participants.contains(p.id)) {
                ++m_out.withdrawnParticipants;
                continue;
            }
            // Real names and contacts never leave: the code is the participant's name here.
            // Nor do their notes (they name people as often as not).
            qde::Case k{guidOf(p.uuid), p.code, {}, {}, {}, {}, {}};
            value(k.values, var::Kind, QStringLiteral("participant"));
            value(k.values, var::City, cityName.value(p.cityId));
            value(k.values, var::Gender, p.gender);
            value(k.values, var::AgeBand, p.ageBand);
            value(k.values, var::Occupation, p.occupation);
            value(k.values, var::Category, p.category);
            if (p.tie != CityTie::Unknown)
                value(k.values, var::Tie, toKey(p.tie));
            value(k.values, var::Consent, toKey(p.consent));
            const QJsonObject attributes = QJsonDocument::fromJson(p.attributesJson.toUtf8()).object();
            for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                const QString text =
                    it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
                value(k.values, it.key(), text);
            }
            participantCase.insert(p.id, qsizetype(m_qde.cases.size()));
            m_qde.cases.push_back(std::move(k));
        }

        formats::QdpxWriter zip(file);
        if (auto begun = zip.begin(); !begun)
            return std::unexpected(begun.error());

        const auto interviews = orThrow(m_project.interviews().list());
        const media::MediaLibrary library(m_project);
        int done = 0;
        for (const Interview& iv : interviews) {
            if (progress && !progress(done++, int(interviews.size())))
                return fail(Error::Code::Cancelled, Verbs::tr("Export stopped."));
            if (consent.interviews.contains(iv.id)) {
                ++m_out.withheldInterviews;
                continue;
            }
            qde::Source s;
            s.kind = qde::SourceKind::Text;
            s.guid = guidOf(iv.uuid);
            QStringList codes;
            for (RowId p : iv.participantIds)
                if (!consent.participants.contains(p))
                    codes << participantCode.value(p);
            s.name = QStringList{cityName.value(iv.cityId), iv.startedAt.left(10),
                                 codes.join(QStringLiteral(", "))}
                         .join(QLatin1Char(' '))
                         .simplified();
            s.path = QStringLiteral("internal://%1.txt").arg(s.guid);
            s.creatingUser = user(iv.authorId);
            s.created = xsdDateTime(iv.createdAt);
            s.modified = xsdDateTime(iv.updatedAt);
            s.description = iv.summary;
            value(s.values, var::City, cityName.value(iv.cityId));
            if (!iv.startedAt.isEmpty()) {
                QString when = iv.startedAt;
                if (when.size() == 16)
                    when += QStringLiteral(":00");
                if (QDateTime::fromString(when, Qt::ISODate).isValid())
                    value(s.values, var::Date, when, QStringLiteral("DateTime"));
            }
            value(s.values, var::Place, iv.place);
            value(s.values, var::Mode, toKey(iv.mode));
            value(s.values, var::Status, toKey(iv.status));
            value(s.values, var::Language, iv.language);
            if (iv.durationMs > 0)
                value(s.values, var::Duration, QString::number((iv.durationMs + 30000) / 60000),
                      QStringLiteral("Integer"));
            QStringList interviewers;
            for (RowId r : iv.interviewerIds)
                interviewers << m_researcherNames.value(r);
            value(s.values, var::Interviewers, interviewers.join(QStringLiteral(", ")));
            value(s.values, var::Participants, codes.join(QStringLiteral(", ")));
            if (!iv.fieldNotes.trimmed().isEmpty())
                s.noteRefs << note(QStringLiteral("fieldnotes:") + iv.uuid,
                                   Verbs::tr("Field notes: %1").arg(s.name), iv.fieldNotes, user(iv.authorId),
                                   iv.updatedAt);

            // The text: one line per segment a withdrawn participant did not say.
            struct Placed
            {
                qint64 textStart = 0;
            };
            QHash<RowId, Placed> placed;
            QString text;
            qint64 pos = 0;
            std::vector<qde::SyncPoint> syncPoints;
            bool first = true;
            // A label that names a participant (a real name, an ASR label tied to them) is
            // written as their code: the real name never leaves.
            QHash<QString, QString> speakerAs;
            for (const SpeakerLabel& label : orThrow(m_project.transcripts().speakerLabels(iv.id))) {
                if (label.participantId != NoRow && participantCode.contains(label.participantId))
                    speakerAs.insert(label.label, participantCode.value(label.participantId));
                else if (sharedNames.contains(label.label.trimmed()))
                    speakerAs.insert(label.label, Verbs::tr("speaker"));
                else if (codeOfName.contains(label.label.trimmed()))
                    speakerAs.insert(label.label, codeOfName.value(label.label.trimmed()));
            }
            bool withheldHere = false;
            for (const Segment& seg : orThrow(m_project.transcripts().segments(iv.id))) {
                if (consent.segments.contains(seg.id)) {
                    ++m_out.withheldSegments;
                    withheldHere = true;
                    continue;
                }
                if (!first) {
                    text += QLatin1Char('\n');
                    ++pos;
                }
                first = false;
                const qint64 lineStart = pos;
                const QString prefix = speakerPrefix(speakerAs.value(seg.speaker, seg.speaker));
                text += prefix;
                pos += codePointCount(prefix);
                placed.insert(seg.id, {pos});
                QString words = seg.text;
                words.replace(QLatin1Char('\n'), QLatin1Char(' '));
                text += words;
                pos += codePointCount(words);
                if (seg.startMs)
                    syncPoints.push_back(
                        {stableGuid(seg.uuid + QStringLiteral(":start")), *seg.startMs, lineStart});
                if (seg.endMs)
                    syncPoints.push_back({stableGuid(seg.uuid + QStringLiteral(":end")), *seg.endMs, pos});
            }
            if (auto added = zip.add(QStringLiteral("sources/%1.txt").arg(s.guid), text.toUtf8()); !added)
                return std::unexpected(added.error());

            for (const Quote& q : orThrow(m_project.quotes().list(iv.id))) {
                if (consent.quotes.contains(q.id)) {
                    ++m_out.withheldQuotes;
                    continue;
                }
                if (q.detached || !placed.contains(q.startSegmentId) || !placed.contains(q.endSegmentId)) {
                    ++m_out.detachedQuotes;
                    continue;
                }
                qde::TextSelection sel;
                sel.guid = guidOf(q.uuid);
                sel.name = codePointMid(q.text, {0, std::min<qsizetype>(40, codePointCount(q.text))});
                sel.start = placed.value(q.startSegmentId).textStart + q.startOffset;
                sel.end = placed.value(q.endSegmentId).textStart + q.endOffset;
                sel.creatingUser = user(q.authorId);
                sel.created = xsdDateTime(q.createdAt);
                for (RowId t : q.themeIds) {
                    if (!themeGuid.contains(t))
                        continue;
                    sel.codings.push_back({stableGuid(q.uuid + QLatin1Char(':') + themeGuid.value(t)),
                                           themeGuid.value(t), sel.creatingUser, sel.created});
                    ++m_out.codings;
                }
                if (!q.note.trimmed().isEmpty())
                    sel.noteRefs << note(QStringLiteral("note:") + q.uuid, sel.name, q.note, sel.creatingUser,
                                         q.updatedAt);
                s.selections.push_back(std::move(sel));
                ++m_out.selections;
            }

            for (RowId p : iv.participantIds)
                if (participantCase.contains(p))
                    m_qde.cases[std::size_t(participantCase.value(p))].sources << s.guid;
            if (cityCase.contains(iv.cityId))
                m_qde.cases[std::size_t(cityCase.value(iv.cityId))].sources << s.guid;

            const QString textPath = s.path;
            const QString textName = s.name;
            m_qde.sources.push_back(std::move(s));
            ++m_out.textSources;

            if (!m_options.withMedia)
                continue;
            for (const Media& m : orThrow(m_project.media().list(iv.id))) {
                // The recording holds every voice: where someone's words are withheld, it
                // does not leave either.
                if (withheldHere) {
                    ++m_out.withheldRecordings;
                    continue;
                }
                const QString path = library.pathOf(m);
                if (!QFileInfo(path).isFile()) {
                    m_out.recordingsMissing << m.originalName;
                    continue;
                }
                qde::Source a;
                a.kind = qde::SourceKind::Audio;
                a.guid = guidOf(m.uuid);
                // Named after the interview: a recording's own file name often names the person.
                a.name = m.format.isEmpty() ? textName : textName + QLatin1Char('.') + m.format;
                const QString name = m.format.isEmpty() ? a.guid : a.guid + QLatin1Char('.') + m.format;
                a.path = QStringLiteral("internal://") + name;
                a.creatingUser = user(m.authorId);
                a.created = xsdDateTime(m.createdAt);
                a.transcripts.push_back({stableGuid(QStringLiteral("transcript:") + m.uuid),
                                         textName,
                                         textPath,
                                         {},
                                         syncPoints,
                                         0});
                if (auto added = zip.addFile(QStringLiteral("sources/") + name, path); !added)
                    return std::unexpected(added.error());
                m_qde.sources.push_back(std::move(a));
                ++m_out.audioSources;
            }
        }
        m_out.cases = int(m_qde.cases.size());
        const QByteArray qde = QdeFile::toBytes(m_qde);
        if (qde.isEmpty())
            return fail(Error::Code::Internal,
                        Verbs::tr("Could not write %1: the project could not be written as XML.").arg(file));
        if (auto added = zip.add(QStringLiteral("project.qde"), qde); !added)
            return std::unexpected(added.error());
        if (auto finished = zip.finish(); !finished)
            return std::unexpected(finished.error());
        m_out.bytes = QFileInfo(file).size();
        return m_out;
    }

    Project& m_project;
    QdpxExportOptions m_options;
    qde::Project m_qde;
    QdpxExported m_out;
    QHash<QString, QString> m_variables;
    QHash<RowId, QString> m_users;           // researcher → their GUID in the file
    QHash<RowId, QString> m_researcherNames; // researcher → name
};

} // namespace

QStringList QdpxExported::notCarried()
{
    return {Verbs::tr(
                "a quote's star, its place in the dossier, its translation and its audio in and out points"),
            Verbs::tr(
                "the insight boards (written as a note about the project, which comes back as a note only)"),
            Verbs::tr("speaker ties to participants, and recording markers"),
            Verbs::tr("participants' real names, contacts and notes (never exported)"),
            Verbs::tr("the project dictionary, saved searches and the history of changes")};
}

Result<QdpxExported> exportQdpx(Project& project, const QString& file, const QdpxExportOptions& options,
                                const QdpxProgress& progress)
{
    return Exporter(project, options).run(file, progress);
}

} // namespace tianye::ops
