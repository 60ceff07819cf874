// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "demo/DemoProject.h"

#include "core/TextAnchor.h"
#include "core/TimeCode.h"
#include "media/MediaLibrary.h"
#include "ops/Session.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace tianye::demo {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

struct Context
{
    Project& project;
    const WriteScope& w;
    QHash<QString, RowId> themes;        // key -> id
    QHash<QString, RowId> researchers;   // name -> id
    QHash<QString, RowId> participants;  // code -> id
    QHash<QString, RowId> interviews;    // key -> id
    QHash<QString, QList<RowId>> quotes; // interview key -> quote ids in order
};

void addThemes(Context& ctx, const QJsonArray& themes, RowId parent)
{
    int position = 0;
    for (const auto& value : themes) {
        const QJsonObject o = value.toObject();
        Theme t;
        t.parentId = parent;
        t.name = str(o, "name");
        t.description = str(o, "description");
        t.color = str(o, "color");
        t.position = position++;
        const RowId id = orThrow(ctx.project.themes().add(ctx.w, t));
        ctx.themes.insert(str(o, "key"), id);
        addThemes(ctx, o.value(QLatin1String("children")).toArray(), id);
    }
}

void addInterview(Context& ctx, RowId cityId, const QJsonObject& city, const QJsonObject& o,
                  const QString& audioDir, int cityIndex)
{
    Interview iv;
    iv.cityId = cityId;
    iv.startedAt = str(o, "started_at");
    iv.durationMs = o.value(QLatin1String("duration_min")).toInteger() * 60'000;
    iv.place = str(o, "place");
    iv.mode = interviewModeFromKey(str(o, "mode")).value_or(InterviewMode::InPerson);
    iv.status = interviewStatusFromKey(str(o, "status")).value_or(InterviewStatus::Planned);
    iv.summary = str(o, "summary");
    iv.fieldNotes = str(o, "field_notes");
    for (const auto& code : o.value(QLatin1String("participants")).toArray())
        iv.participantIds << ctx.participants.value(code.toString());
    for (const auto& name : o.value(QLatin1String("interviewers")).toArray())
        iv.interviewerIds << ctx.researchers.value(name.toString());
    const RowId id = orThrow(ctx.project.interviews().add(ctx.w, iv));
    const QString key = str(o, "key");
    ctx.interviews.insert(key, id);

    std::vector<Segment> segments;
    for (const auto& value : o.value(QLatin1String("segments")).toArray()) {
        const QJsonArray row = value.toArray();
        Segment s;
        s.speaker = row.at(0).toString();
        s.startMs = parseTimeCode(row.at(1).toString());
        s.text = row.at(2).toString();
        segments.push_back(s);
    }
    for (size_t i = 0; i + 1 < segments.size(); ++i)
        segments[i].endMs = segments[i + 1].startMs;
    const std::vector<RowId> segmentIds =
        orThrow(ctx.project.transcripts().appendSegments(ctx.w, id, segments));

    for (const auto& value : o.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject q = value.toObject();
        const auto index = size_t(q.value(QLatin1String("segment")).toInt());
        const QString& text = segments.at(index).text;
        const QString words = str(q, "text");
        const qsizetype at = text.indexOf(words);
        if (at < 0)
            throw StoreFailure{
                {Error::Code::Internal, QStringLiteral("demo quote not in its segment: ") + words}};
        Quote quote;
        quote.interviewId = id;
        quote.startSegmentId = quote.endSegmentId = segmentIds.at(index);
        quote.startOffset = utf16ToCodePoint(text, at);
        quote.endOffset = quote.startOffset + codePointCount(words);
        quote.audioStartMs = segments.at(index).startMs;
        quote.audioEndMs = segments.at(index).endMs;
        quote.note = str(q, "note");
        quote.translation = str(q, "translation");
        quote.starred = q.value(QLatin1String("starred")).toBool();
        quote.inDossier = q.value(QLatin1String("in_dossier")).toBool();
        for (const auto& theme : q.value(QLatin1String("themes")).toArray())
            quote.themeIds << ctx.themes.value(theme.toString());
        ctx.quotes[key] << orThrow(ctx.project.quotes().add(ctx.w, quote));
    }

    if (o.value(QLatin1String("audio")).toBool()) {
        // Copy the embedded recording out under a readable name; the library keeps that name.
        const QString file =
            QStringLiteral("%1/%2 %3.wav").arg(audioDir, str(city, "name"), iv.startedAt.left(10));
        QFile::remove(file);
        if (!QFile::copy(QStringLiteral(":/demo/audio/city-%1.wav").arg(cityIndex + 1), file))
            throw StoreFailure{
                {Error::Code::Io, DemoProject::tr("Cannot write the demo recording %1.").arg(file)}};
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        Media record = orThrow(media::MediaLibrary(ctx.project).store(file)).record;
        record.interviewId = id;
        orThrow(ctx.project.media().add(ctx.w, record));
    }
}

} // namespace

Result<std::unique_ptr<Project>> DemoProject::create(const QString& path)
{
    auto project = Project::create(path, {});
    if (!project)
        return project;
    if (auto filled = fill(**project); !filled)
        return std::unexpected(filled.error());
    return project;
}

Status DemoProject::fill(Project& project)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Internal, tr("The demo data is missing from this build."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QTemporaryDir audioDir;
    if (!audioDir.isValid())
        return fail(Error::Code::Io, tr("Cannot create a temporary folder: %1").arg(audioDir.errorString()));

    // Through the one door like any change; the demo's single step is not kept for undo.
    ops::Session session(project);
    return session.run(tr("Write the Demo Project"), [&](const WriteScope& w) {
        Context ctx{project, w, {}, {}, {}, {}, {}};
        orThrow(project.db().setMeta(QStringLiteral("name"), str(root, "name")));
        for (const auto& name : root.value(QLatin1String("researchers")).toArray())
            ctx.researchers.insert(name.toString(),
                                   orThrow(project.researchers().findOrAdd(w, name.toString())));
        project.db().setAuthor(
            ctx.researchers.value(root.value(QLatin1String("researchers")).toArray().at(0).toString()));
        addThemes(ctx, root.value(QLatin1String("themes")).toArray(), NoRow);

        QHash<QString, RowId> cityIds;
        const QJsonArray cities = root.value(QLatin1String("cities")).toArray();
        for (int c = 0; c < cities.size(); ++c) {
            const QJsonObject co = cities.at(c).toObject();
            City city;
            city.name = str(co, "name");
            city.region = str(co, "region");
            city.notes = str(co, "notes");
            city.spiritWord = str(co, "spirit");
            city.insightStatement = str(co, "statement");
            city.targetInterviews = co.value(QLatin1String("target")).toInt();
            const RowId cityId = orThrow(project.cities().add(w, city));
            cityIds.insert(city.name, cityId);
            for (const auto& value : co.value(QLatin1String("participants")).toArray()) {
                const QJsonObject po = value.toObject();
                Participant p;
                p.cityId = cityId;
                p.code = str(po, "code");
                p.realName = str(po, "real_name");
                p.gender = str(po, "gender");
                p.ageBand = str(po, "age");
                p.occupation = str(po, "occupation");
                p.category = str(po, "category");
                p.tie = cityTieFromKey(str(po, "tie")).value_or(CityTie::Unknown);
                p.consent = consentStatusFromKey(str(po, "consent")).value_or(ConsentStatus::Pending);
                p.consentDate = str(po, "consent_date");
                ctx.participants.insert(p.code, orThrow(project.participants().add(w, p)));
            }
            for (const auto& value : co.value(QLatin1String("interviews")).toArray())
                addInterview(ctx, cityId, co, value.toObject(), audioDir.path(), c);
        }

        int position = 0;
        for (const auto& value : root.value(QLatin1String("insights")).toArray()) {
            const QJsonObject o = value.toObject();
            Insight in;
            in.cityId = cityIds.value(str(o, "city"));
            in.kind = insightKindFromKey(str(o, "kind")).value_or(InsightKind::Supporting);
            in.title = str(o, "title");
            in.statement = str(o, "statement");
            in.position = position++;
            for (const auto& ev : o.value(QLatin1String("evidence")).toArray()) {
                const QJsonArray ref = ev.toArray();
                in.quoteIds << ctx.quotes.value(ref.at(0).toString()).value(ref.at(1).toInt());
            }
            orThrow(project.insights().add(w, in));
        }
        project.db().setAuthor(NoRow);
    });
}

} // namespace tianye::demo
