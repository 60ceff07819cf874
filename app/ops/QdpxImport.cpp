// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// REFI-QDA import: a .qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette read
// into a new project, with the report of what came across (ops/Qdpx.h).
#include "core/TextAnchor.h"
#include "formats/Qde.h"
#include "formats/QdpxArchive.h"
#include "formats/TranscriptImport.h"
#include "media/MediaLibrary.h"
#include "ops/Qdpx.h"
#include "ops/QdpxMapping.h"
#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/CityRepository.h"
#include "store/Database.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace tianye::ops {

namespace qde = formats::qde;
using formats::QdpxArchive;
using formats::qde::QdeFile;
using namespace qdpx;

namespace {

// One line of a source's text as a segment: where its words start and end (code
// points in the text as normalized: line breaks are "\n").
struct LinePlace
{
    qint64 lineStart = 0;
    qint64 textStart = 0;
    qint64 textEnd = 0;
};

class Importer
{
public:
    Importer(QdpxArchive& archive, qde::Project& qde, QdpxReport& report, const QdpxImportOptions& options,
             const QdpxProgress& progress)
        : m_zip(archive)
        , m_qde(qde)
        , m_report(report)
        , m_options(options)
        , m_progress(progress)
    {}

    Status run(Project& project)
    {
        try {
            plan();
            return write(project);
        } catch (const StoreFailure& f) {
            return std::unexpected(f.error);
        }
    }

private:
    QdpxReportLine& line(const QString& kind)
    {
        for (auto& l : m_report.lines)
            if (l.kind == kind)
                return l;
        m_report.lines.push_back({kind, 0, 0, 0, {}});
        return m_report.lines.back();
    }
    QString sourceKind(qde::SourceKind k) const
    {
        switch (k) {
        case qde::SourceKind::Text:
            return Verbs::tr("Text sources");
        case qde::SourceKind::Picture:
            return Verbs::tr("Picture sources");
        case qde::SourceKind::Pdf:
            return Verbs::tr("PDF sources");
        case qde::SourceKind::Audio:
            return Verbs::tr("Audio sources");
        case qde::SourceKind::Video:
            return Verbs::tr("Video sources");
        }
        return {};
    }
    // The field a variable of the file fills: the user's choice, else the guess by name.
    QString fieldOfVariable(const QString& guid) const
    {
        const QString name = m_variableName.value(guid);
        const auto chosen = m_options.fields.find(name);
        return chosen != m_options.fields.end() ? *chosen : fieldOf(name);
    }
    QString valueOf(const std::vector<qde::VariableValue>& values, const QString& field) const
    {
        for (const auto& v : values)
            if (fieldOfVariable(v.variable) == field)
                return v.value.trimmed();
        return {};
    }
    // The text of a note (inline or in the archive).
    QString noteText(const QString& guid)
    {
        const auto it = m_notes.find(guid);
        if (it == m_notes.end())
            return {};
        m_usedNotes.insert(guid);
        const qde::Note& n = m_qde.notes[std::size_t(*it)];
        if (!n.path.isEmpty()) {
            QString why;
            const QString entry = m_zip.entryFor(n.path, &why);
            if (entry.isEmpty())
                return n.text;
            auto bytes = m_zip.read(entry);
            if (!bytes)
                return n.text;
            auto text = formats::TranscriptImporter::decode(*bytes, entry);
            return text ? *text : n.text;
        }
        return n.text;
    }
    QString notesText(const QStringList& refs)
    {
        QStringList parts;
        for (const QString& r : refs) {
            const QString t = noteText(r).trimmed();
            if (!t.isEmpty())
                parts << t;
        }
        return parts.join(QStringLiteral("\n\n"));
    }

    // What the file holds, counted, and how it maps; nothing written yet.
    void plan()
    {
        m_report.project = m_qde.name;
        m_report.origin = m_qde.origin;
        // Every kind first, in the report's order: references to lines stay valid.
        m_report.lines.reserve(32);
        for (const char* kind :
             {"Users", "Codes", "Variables", "Cases", "Text sources", "Audio sources", "Video sources",
              "PDF sources", "Picture sources", "Text selections", "Codings",
              "Picture, PDF, audio and video selections", "Sync points", "Notes", "Sets", "Other elements"})
            line(Verbs::tr(kind));
        for (std::size_t i = 0; i < m_qde.notes.size(); ++i)
            m_notes.insert(m_qde.notes[i].guid, qsizetype(i));
        for (const auto& v : m_qde.variables)
            m_variableName.insert(v.guid, v.name);

        line(Verbs::tr("Users")).read = int(m_qde.users.size());
        line(Verbs::tr("Codes")).read = int(m_qde.codes.size());
        line(Verbs::tr("Variables")).read = int(m_qde.variables.size());
        line(Verbs::tr("Cases")).read = int(m_qde.cases.size());
        for (const auto& s : m_qde.sources)
            ++line(sourceKind(s.kind)).read;
        auto& selections = line(Verbs::tr("Text selections"));
        auto& codings = line(Verbs::tr("Codings"));
        auto& others = line(Verbs::tr("Picture, PDF, audio and video selections"));
        auto& sync = line(Verbs::tr("Sync points"));
        for (const auto& s : m_qde.sources) {
            selections.read += int(s.selections.size());
            for (const auto& sel : s.selections)
                codings.read += int(sel.codings.size());
            codings.read += int(s.codings.size()) + s.otherSelectionCodings;
            others.read += s.otherSelections;
            for (const auto& t : s.transcripts)
                sync.read += int(t.syncPoints.size());
        }
        line(Verbs::tr("Notes")).read = int(m_qde.notes.size());
        line(Verbs::tr("Sets")).read = int(m_qde.sets.size());
        for (auto it = m_qde.others.begin(); it != m_qde.others.end(); ++it) {
            auto& l = line(Verbs::tr("Other elements"));
            l.read += it.value();
            l.dropped += it.value();
            l.why << Verbs::tr("%1 × <%2>: Tianye has nothing to hold them").arg(it.value()).arg(it.key());
        }
        if (!m_qde.sets.empty()) {
            auto& l = line(Verbs::tr("Sets"));
            l.dropped = int(m_qde.sets.size());
            for (const auto& set : m_qde.sets)
                l.why << Verbs::tr("set “%1” (%2 codes, %3 sources): Tianye has no sets yet")
                             .arg(set.name, QString::number(set.codes.size()),
                                  QString::number(set.sources.size()));
        }
        int regionCodings = 0;
        for (const auto& s : m_qde.sources)
            regionCodings += s.otherSelectionCodings;
        if (regionCodings) {
            codings.dropped += regionCodings;
            codings.why << Verbs::tr("%n coding(s) of picture, PDF or media regions (see their selections)",
                                     nullptr, regionCodings);
        }
        if (others.read) {
            others.dropped = others.read;
            others.why << Verbs::tr("Tianye codes words of transcripts, not regions of pictures, PDFs or "
                                    "recordings: the files are kept, the selections are not");
        }

        for (const auto& c : m_qde.cases)
            m_caseByGuid.insert(c.guid, &c);
        for (const auto& src : m_qde.sources)
            m_sourceByGuid.insert(src.guid, &src);
        // Who may speak at a line's start: participants' codes (case names), users,
        // interviewers named on sources.
        for (const auto& c : m_qde.cases)
            m_knownSpeakers.insert(c.name.trimmed());
        for (const auto& u : m_qde.users)
            m_knownSpeakers.insert(u.name.trimmed());
        for (const auto& src : m_qde.sources)
            for (const QString& name :
                 valueOf(src.values, var::Interviewers)
                     .split(QRegularExpression(QStringLiteral("\\s*[,，、;；]\\s*")), Qt::SkipEmptyParts))
                m_knownSpeakers.insert(name);
        for (const char* role : {"访谈员", "采访者", "采访人", "访问员", "访员", "主持人", "研究员", "记者",
                                 "Interviewer", "Moderator", "Researcher", "Q", "A", "I", "R"})
            m_knownSpeakers.insert(QString::fromUtf8(role));

        // Cases: cities (Kind = city), the rest participants.
        for (const auto& c : m_qde.cases) {
            if (valueOf(c.values, var::Kind).compare(QLatin1String("city"), Qt::CaseInsensitive) == 0) {
                m_cityCases.insert(c.guid);
                for (const QString& s : c.sources)
                    m_sourceCity.insert(s, c.name.trimmed());
            }
        }
        for (const auto& c : m_qde.cases) {
            if (m_cityCases.contains(c.guid))
                continue;
            for (const QString& s : c.sources)
                m_sourceParticipants[s] << c.guid;
        }
        // Audio and video linked to a text source by the text their transcript points at.
        QHash<QString, QString> textByPath;
        for (const auto& s : m_qde.sources)
            if (s.kind == qde::SourceKind::Text && !s.path.isEmpty())
                textByPath.insert(s.path.toLower(), s.guid);
        for (const auto& s : m_qde.sources) {
            if (s.kind != qde::SourceKind::Audio && s.kind != qde::SourceKind::Video)
                continue;
            for (const auto& t : s.transcripts) {
                const QString text = textByPath.value(t.plainTextPath.toLower());
                if (!text.isEmpty()) {
                    m_mediaOf[text] << &s;
                    m_linkedMedia.insert(&s);
                    for (const auto& sp : t.syncPoints)
                        if (sp.position >= 0 && sp.timeMs >= 0)
                            m_syncOf[text].push_back(sp);
                    break;
                }
            }
        }
    }

    // The city a source belongs to (by name).
    QString cityOf(const qde::Source& s)
    {
        QString name = valueOf(s.values, var::City);
        if (name.isEmpty())
            name = m_sourceCity.value(s.guid);
        if (name.isEmpty())
            for (const QString& p : m_sourceParticipants.value(s.guid)) {
                if (const qde::Case* c = m_caseByGuid.value(p))
                    name = valueOf(c->values, var::City);
                if (!name.isEmpty())
                    break;
            }
        if (name.isEmpty())
            name = Verbs::tr("Imported (no city given)");
        return name;
    }

    RowId cityId(Project& project, const WriteScope& w, const QString& name)
    {
        if (m_cities.contains(name))
            return m_cities.value(name);
        City c;
        c.name = name;
        const RowId id = orThrow(project.cities().add(w, c));
        m_cities.insert(name, id);
        return id;
    }

    // The file's GUID as the record's UUID, unless it is not one (a key the reader
    // made up) or was used already: then the record gets a UUID of its own.
    QString uniqueUuid(const QString& guid, QSet<QString>& used)
    {
        if (guid.isEmpty() || QUuid::fromString(guid).isNull() || used.contains(guid))
            return {};
        used.insert(guid);
        return guid;
    }

    // The text of a source, decoded, line breaks made "\n"; positions in the file
    // count code points of the text as written (CRLF as two), except ATLAS.ti's (one).
    struct SourceText
    {
        QString text;
        std::vector<qint64> crBefore; // for each "\r\n" removed: its position in the file's count
    };
    std::optional<SourceText> textOf(const qde::Source& s, const QString& path, const QString& inlineText,
                                     bool hasInline, QString* why)
    {
        SourceText out;
        if (!path.isEmpty()) {
            const QString entry = m_zip.entryFor(path, why);
            if (entry.isEmpty())
                return std::nullopt;
            auto bytes = m_zip.read(entry);
            if (!bytes) {
                *why = bytes.error().message;
                return std::nullopt;
            }
            if (bytes->isEmpty())
                return out;
            auto decoded = formats::TranscriptImporter::decode(*bytes, entry);
            if (!decoded) {
                *why = decoded.error().message;
                return std::nullopt;
            }
            out.text = *decoded;
        } else if (hasInline) {
            out.text = inlineText;
        } else {
            Q_UNUSED(s);
            return out;
        }
        const bool crlfIsOne = m_qde.origin.contains(QLatin1String("ATLAS"), Qt::CaseInsensitive);
        if (out.text.contains(QLatin1Char('\r'))) {
            QString normal;
            normal.reserve(out.text.size());
            qint64 cp = 0;
            for (qsizetype i = 0; i < out.text.size(); ++i) {
                const QChar c = out.text.at(i);
                if (c == QLatin1Char('\r')) {
                    const bool pair = i + 1 < out.text.size() && out.text.at(i + 1) == QLatin1Char('\n');
                    if (pair) {
                        if (!crlfIsOne)
                            out.crBefore.push_back(cp);
                        ++cp;
                        continue;
                    }
                    normal += QLatin1Char('\n');
                    ++cp;
                    continue;
                }
                normal += c;
                if (!c.isLowSurrogate())
                    ++cp;
            }
            out.text = normal;
        }
        return out;
    }
    // A position of the file's count as a position in the normalized text.
    static qint64 normalPosition(const SourceText& t, qint64 position)
    {
        const auto removed =
            std::lower_bound(t.crBefore.begin(), t.crBefore.end(), position) - t.crBefore.begin();
        return position - qint64(removed);
    }

    Status write(Project& project)
    {
        Session session(project);
        const QString label = Verbs::tr("Import REFI-QDA Project");
        QSet<QString> usedResearchers, usedThemes, usedCities, usedParticipants, usedInterviews, usedQuotes;

        // Step one: people, codes, cities and participants.
        auto first = session.run(label, [&](const WriteScope& w) {
            auto& users = line(Verbs::tr("Users"));
            for (const auto& u : m_qde.users) {
                const QString name =
                    u.name.trimmed().isEmpty() ? Verbs::tr("User %1").arg(u.guid.left(8)) : u.name.trimmed();
                if (m_researchers.contains(name)) {
                    m_userResearcher.insert(u.guid, m_researchers.value(name));
                    ++users.imported;
                    continue;
                }
                Researcher r;
                r.uuid = uniqueUuid(u.guid, usedResearchers);
                r.name = name;
                const RowId id = orThrow(project.researchers().add(w, r));
                m_researchers.insert(name, id);
                m_userResearcher.insert(u.guid, id);
                ++users.imported;
            }

            auto& codes = line(Verbs::tr("Codes"));
            std::vector<RowId> themeIds(m_qde.codes.size(), NoRow);
            std::vector<int> position(m_qde.codes.size() + 1, 0);
            for (std::size_t i = 0; i < m_qde.codes.size(); ++i) {
                const auto& c = m_qde.codes[i];
                Theme t;
                t.uuid = uniqueUuid(c.guid, usedThemes);
                t.name = c.name.trimmed().isEmpty() ? Verbs::tr("(unnamed code)") : c.name.trimmed();
                t.description = c.description;
                t.color = QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(c.color).hasMatch()
                              ? c.color.toLower()
                              : QString();
                t.memo = notesText(c.noteRefs);
                t.parentId = c.parent >= 0 ? themeIds[std::size_t(c.parent)] : NoRow;
                t.position = position[std::size_t(c.parent + 1)]++;
                themeIds[i] = orThrow(project.themes().add(w, t));
                m_themes.insert(c.guid, themeIds[i]);
                ++codes.imported;
                if (!c.codable)
                    codes.why << Verbs::tr(
                                     "“%1” is a grouping code (not codable) there; it came in as an ordinary "
                                     "theme: Tianye has no grouping themes yet")
                                     .arg(t.name);
            }

            auto& cases = line(Verbs::tr("Cases"));
            int caseRefs = 0;
            for (const auto& c : m_qde.cases)
                caseRefs += int(c.codes.size() + c.selections.size());
            if (caseRefs > 0)
                cases.why << Verbs::tr(
                    "%n code or selection reference(s) on cases are not kept: Tianye ties themes "
                    "to quotes, not to people",
                    nullptr, caseRefs);
            auto& variables = line(Verbs::tr("Variables"));
            QSet<QString> variablesUsed;
            // Cities first: participants and sources refer to them by name.
            std::vector<const qde::Case*> ordered;
            for (const auto& c : m_qde.cases)
                if (m_cityCases.contains(c.guid))
                    ordered.push_back(&c);
            for (const auto& c : m_qde.cases)
                if (!m_cityCases.contains(c.guid))
                    ordered.push_back(&c);
            for (const qde::Case* casePtr : ordered) {
                const qde::Case& c = *casePtr;
                for (const auto& v : c.values)
                    variablesUsed.insert(v.variable);
                if (m_cityCases.contains(c.guid)) {
                    if (m_cities.contains(c.name.trimmed()) || c.name.trimmed().isEmpty()) {
                        ++cases.dropped;
                        cases.why
                            << Verbs::tr("city “%1” appears twice; its sources go to the first").arg(c.name);
                        continue;
                    }
                    City city;
                    city.uuid = uniqueUuid(c.guid, usedCities);
                    city.name = c.name.trimmed();
                    city.notes = c.description;
                    city.region = valueOf(c.values, var::Region);
                    city.spiritWord = valueOf(c.values, var::SpiritWord);
                    // Its other variables: lines of the city's notes, by name.
                    QStringList other;
                    for (const auto& v : c.values) {
                        const QString field = fieldOfVariable(v.variable);
                        if (field != var::Kind && field != var::Region && field != var::SpiritWord &&
                            !v.value.trimmed().isEmpty())
                            other << QStringLiteral("%1: %2").arg(m_variableName.value(v.variable),
                                                                  v.value.trimmed());
                    }
                    if (!other.isEmpty())
                        city.notes = QStringList{city.notes, other.join(QLatin1Char('\n'))}
                                         .join(QStringLiteral("\n\n"))
                                         .trimmed();
                    m_cities.insert(city.name, orThrow(project.cities().add(w, city)));
                    ++cases.imported;
                    continue;
                }
                Participant p;
                p.uuid = uniqueUuid(c.guid, usedParticipants);
                QString code = valueOf(c.values, var::Code);
                if (code.isEmpty())
                    code = c.name.trimmed();
                if (code.isEmpty())
                    code = QStringLiteral("P-%1").arg(m_participants.size() + 1, 3, 10, QLatin1Char('0'));
                QString unique = code;
                for (int n = 2; m_participantCodes.contains(unique); ++n)
                    unique = QStringLiteral("%1-%2").arg(code, QString::number(n));
                if (unique != code)
                    cases.why << Verbs::tr("case “%1” appears more than once: the next one became “%2”")
                                     .arg(code, unique);
                p.code = unique;
                m_participantCodes.insert(unique);
                p.notes = c.description;
                QString cityName = valueOf(c.values, var::City);
                for (const QString& ref : c.sources) {
                    if (!cityName.isEmpty())
                        break;
                    if (const qde::Source* src = m_sourceByGuid.value(ref))
                        cityName = cityOf(*src);
                }
                if (cityName.isEmpty())
                    cityName = Verbs::tr("Imported (no city given)");
                p.cityId = cityId(project, w, cityName);
                QJsonObject attributes;
                for (const auto& v : c.values) {
                    const QString field = fieldOfVariable(v.variable);
                    const QString value = v.value.trimmed();
                    if (field == var::RealName)
                        p.realName = value;
                    else if (field == var::Contact)
                        p.contact = value;
                    else if (field == var::Gender)
                        p.gender = value;
                    else if (field == var::AgeBand)
                        p.ageBand = value;
                    else if (field == var::Occupation)
                        p.occupation = value;
                    else if (field == var::Category)
                        p.category = value;
                    else if (field == var::Tie && cityTieFromKey(value))
                        p.tie = *cityTieFromKey(value);
                    else if (field == var::Consent && consentStatusFromKey(value))
                        p.consent = *consentStatusFromKey(value);
                    else if (field == var::City || field == var::Kind || field == var::Code)
                        continue;
                    else if (!m_variableName.value(v.variable).isEmpty())
                        attributes.insert(m_variableName.value(v.variable), value);
                }
                if (!attributes.isEmpty())
                    p.attributesJson =
                        QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
                m_participants.insert(c.guid, orThrow(project.participants().add(w, p)));
                ++cases.imported;
            }
            for (const auto& s : m_qde.sources)
                for (const auto& v : s.values)
                    variablesUsed.insert(v.variable);
            variables.imported = int(variablesUsed.size());
            for (const auto& v : m_qde.variables)
                if (!variablesUsed.contains(v.guid)) {
                    ++variables.dropped;
                    variables.why
                        << Verbs::tr("variable “%1” has no value on any case or source").arg(v.name);
                }
        });
        if (!first)
            return first;

        // Then the sources, a few at a time (one step each: a big project does not
        // become one huge step).
        const media::MediaLibrary library(project);
        QDir().mkpath(project.cacheDir());
        QTemporaryDir temp(QDir(project.cacheDir()).filePath(QStringLiteral("qdpx-XXXXXX")));
        if (!temp.isValid())
            return fail(Error::Code::Io, Verbs::tr("Cannot create a temporary folder in %1.")
                                             .arg(QDir::toNativeSeparators(project.cacheDir())));
        std::vector<const qde::Source*> pending;
        for (const auto& s : m_qde.sources)
            if (!m_linkedMedia.contains(&s))
                pending.push_back(&s);
        const int total = int(pending.size());
        qint64 batchChars = 0;
        std::vector<const qde::Source*> batch;
        int done = 0;
        const auto flush = [&]() -> Status {
            if (batch.empty())
                return {};
            // Files first (hashing, copying), outside the write.
            std::vector<std::vector<media::StoredFile>> stored(batch.size());
            std::vector<QStringList> kept(batch.size());
            for (std::size_t i = 0; i < batch.size(); ++i) {
                QList<const qde::Source*> files;
                if (batch[i]->kind != qde::SourceKind::Text)
                    files << batch[i];
                files << m_mediaOf.value(batch[i]->guid);
                for (const qde::Source* f : files) {
                    QString why;
                    const QString entry = m_zip.entryFor(f->path, &why);
                    auto& l = line(sourceKind(f->kind));
                    if (entry.isEmpty()) {
                        l.why << Verbs::tr("“%1”: %2; not brought in").arg(f->name, why);
                        if (f != batch[i])
                            ++l.dropped;
                        continue;
                    }
                    const QString fileName = QFileInfo(entry).fileName();
                    const QString target = temp.filePath(fileName);
                    if (auto extracted = m_zip.extractTo(entry, target); !extracted)
                        return std::unexpected(extracted.error());
                    if (f->kind == qde::SourceKind::Audio || f->kind == qde::SourceKind::Video) {
                        auto s = library.store(target);
                        QFile::remove(target);
                        if (s) {
                            if (f != batch[i])
                                ++l.imported;
                            stored[i].push_back(*s);
                            stored[i].back().record.originalName = f->name.isEmpty() ? fileName : f->name;
                            continue;
                        }
                        l.why << Verbs::tr("“%1” cannot be played here (%2): kept as a file")
                                     .arg(f->name, s.error().message);
                        if (auto again = m_zip.extractTo(entry, target); !again)
                            return std::unexpected(again.error());
                    }
                    // Kept beside the project, named in the interview's field notes.
                    const QString dir = QDir(project.folder()).filePath(QStringLiteral("attachments"));
                    QDir().mkpath(dir);
                    QString safe = (f->name.isEmpty() ? fileName : f->name);
                    safe.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")),
                                 QStringLiteral("_"));
                    if (QFileInfo(safe).suffix().isEmpty() && !QFileInfo(fileName).suffix().isEmpty())
                        safe += QLatin1Char('.') + QFileInfo(fileName).suffix();
                    QString keptName = safe;
                    for (int n = 2; QFileInfo::exists(QDir(dir).filePath(keptName)); ++n)
                        keptName = QStringLiteral("%1-%2").arg(n).arg(safe);
                    if (!QFile::rename(target, QDir(dir).filePath(keptName)) &&
                        !QFile::copy(target, QDir(dir).filePath(keptName)))
                        return fail(Error::Code::Io,
                                    Verbs::tr("Cannot write %1.")
                                        .arg(QDir::toNativeSeparators(QDir(dir).filePath(keptName))));
                    QFile::remove(target);
                    kept[i] << QStringLiteral("attachments/") + keptName;
                    if (f != batch[i])
                        ++l.imported;
                    m_report.keptFiles << QStringLiteral("attachments/") + keptName;
                }
            }
            auto step = session.run(label, [&](const WriteScope& w) {
                for (std::size_t i = 0; i < batch.size(); ++i)
                    writeSource(project, w, *batch[i], stored[i], kept[i], usedInterviews, usedQuotes);
            });
            if (!step) {
                for (const auto& files : stored)
                    for (const auto& f : files)
                        media::MediaLibrary::unstore(f);
                return step;
            }
            batch.clear();
            batchChars = 0;
            return {};
        };
        for (const qde::Source* s : pending) {
            if (m_progress && !m_progress(done, total))
                return fail(Error::Code::Cancelled, Verbs::tr("Import stopped."));
            ++done;
            batch.push_back(s);
            QString why;
            const QString entry = s->path.isEmpty() ? QString() : m_zip.entryFor(s->path, &why);
            batchChars += entry.isEmpty() ? s->plainText.size() : m_zip.sizeOf(entry) / 2;
            if (batchChars > 4'000'000 || batch.size() >= 200)
                if (auto flushed = flush(); !flushed)
                    return flushed;
        }
        if (auto flushed = flush(); !flushed)
            return flushed;
        if (m_progress)
            m_progress(total, total);

        auto& sync = line(Verbs::tr("Sync points"));
        if (sync.read > sync.imported) {
            sync.dropped = sync.read - sync.imported;
            sync.why << Verbs::tr(
                "%n sync point(s) not at the start or end of a line of text: segment times come "
                "only from those",
                nullptr, sync.dropped);
        }
        auto& codings = line(Verbs::tr("Codings"));
        if (m_codingsWithSelections > 0)
            codings.why << Verbs::tr("%n coding(s) of selections left out (see Text selections)", nullptr,
                                     m_codingsWithSelections);
        auto& notes = line(Verbs::tr("Notes"));
        notes.imported = int(m_usedNotes.size());
        for (const auto& n : m_qde.notes)
            if (!m_usedNotes.contains(n.guid)) {
                ++notes.dropped;
                notes.why
                    << Verbs::tr(
                           "note “%1”: about the project as a whole or about nothing; Tianye keeps notes "
                           "on themes, quotes, participants and interviews")
                           .arg(n.name.isEmpty() ? n.guid : n.name);
            }
        return {};
    }

    void writeSource(Project& project, const WriteScope& w, const qde::Source& s,
                     const std::vector<media::StoredFile>& stored, const QStringList& kept,
                     QSet<QString>& usedInterviews, QSet<QString>& usedQuotes)
    {
        auto& sourceLine = line(sourceKind(s.kind));
        auto& selections = line(Verbs::tr("Text selections"));
        auto& codings = line(Verbs::tr("Codings"));
        auto& sync = line(Verbs::tr("Sync points"));

        // The text: the source's own, a PDF's or picture's text, or a recording's transcript.
        QString path = s.path;
        QString inlineText = s.plainText;
        bool hasInline = s.hasPlainText;
        if (s.kind != qde::SourceKind::Text) {
            path = s.richTextPath; // Representation / TextDescription plainTextPath, kept there
            if (path.isEmpty() && !hasInline && !s.transcripts.empty()) {
                path = s.transcripts.front().plainTextPath;
                inlineText = s.transcripts.front().plainText;
                hasInline = path.isEmpty();
            }
            if (s.kind == qde::SourceKind::Audio || s.kind == qde::SourceKind::Video)
                path = path == s.path ? QString() : path;
        }
        QString why;
        auto text = textOf(s, path, inlineText, hasInline, &why);
        if (!text) {
            sourceLine.why << Verbs::tr(
                                  "“%1”: its text could not be read (%2); the interview has no transcript")
                                  .arg(s.name, why);
            text = SourceText{};
        }

        if (s.kind != qde::SourceKind::Text && stored.empty() && kept.empty() &&
            text->text.trimmed().isEmpty()) {
            // Neither a file nor a text came across (the report says why): no interview.
            ++sourceLine.dropped;
            return;
        }

        Interview iv;
        iv.uuid = uniqueUuid(s.guid, usedInterviews);
        iv.cityId = cityId(project, w, cityOf(s));
        iv.summary = s.description;
        QStringList notes;
        const QString fieldNotes = notesText(s.noteRefs);
        if (!fieldNotes.isEmpty())
            notes << fieldNotes;
        QString started = valueOf(s.values, var::Date);
        QDateTime when = QDateTime::fromString(started, Qt::ISODate);
        if (!when.isValid())
            when = QDateTime::fromString(started.left(10), QStringLiteral("yyyy-MM-dd"));
        if (!when.isValid())
            when = QDateTime::fromString(s.created, Qt::ISODate);
        if (when.isValid())
            iv.startedAt = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        iv.place = valueOf(s.values, var::Place);
        // Values that do not fit their field are kept in the field notes, by name.
        QSet<QString> unfit;
        if (!started.isEmpty() && !QDateTime::fromString(started, Qt::ISODate).isValid() &&
            !QDateTime::fromString(started.left(10), QStringLiteral("yyyy-MM-dd")).isValid())
            unfit << var::Date;
        if (auto mode = interviewModeFromKey(valueOf(s.values, var::Mode)))
            iv.mode = *mode;
        else if (!valueOf(s.values, var::Mode).isEmpty())
            unfit << var::Mode;
        const QString language = valueOf(s.values, var::Language);
        if (!language.isEmpty())
            iv.language = language;
        bool minutesOk = false;
        const qint64 minutes = valueOf(s.values, var::Duration).toLongLong(&minutesOk);
        if (minutesOk && minutes > 0 && minutes <= 100'000)
            iv.durationMs = minutes * 60000;
        else if (!valueOf(s.values, var::Duration).isEmpty())
            unfit << var::Duration;
        if (!valueOf(s.values, var::Status).isEmpty() &&
            !interviewStatusFromKey(valueOf(s.values, var::Status)))
            unfit << var::Status;
        for (const QString& name :
             valueOf(s.values, var::Interviewers)
                 .split(QRegularExpression(QStringLiteral("\\s*[,，、;；]\\s*")), Qt::SkipEmptyParts)) {
            if (!m_researchers.contains(name))
                m_researchers.insert(name, orThrow(project.researchers().findOrAdd(w, name)));
            iv.interviewerIds << m_researchers.value(name);
        }
        for (const QString& c : m_sourceParticipants.value(s.guid))
            if (m_participants.contains(c) && !iv.participantIds.contains(m_participants.value(c)))
                iv.participantIds << m_participants.value(c);
        // Variables an interview has no field for (none at all, or a participant's), and
        // values that do not fit: kept in the field notes, by name.
        static const QSet<QString> interviewFields{
            var::City,     var::Date,     var::Place,        var::Mode,         var::Status,
            var::Language, var::Duration, var::Interviewers, var::Participants, var::Kind};
        QStringList extra;
        for (const auto& v : s.values) {
            const QString field = fieldOfVariable(v.variable);
            if (field == var::RealName || field == var::Contact) {
                // A name or a contact on a source is no interview's detail: not kept.
                line(Verbs::tr("Variables")).why
                    << Verbs::tr("“%1” on “%2” names a person or a contact: not kept (Tianye keeps them on "
                                 "participants only)")
                           .arg(m_variableName.value(v.variable), s.name);
                continue;
            }
            if ((!interviewFields.contains(field) || unfit.contains(field)) && !v.value.trimmed().isEmpty())
                extra << QStringLiteral("%1: %2").arg(m_variableName.value(v.variable), v.value.trimmed());
        }
        if (!extra.isEmpty())
            notes << extra.join(QLatin1Char('\n'));
        for (const QString& k : kept)
            notes << Verbs::tr("Kept from the REFI-QDA project: %1 (%2; Tianye cannot code it yet)")
                         .arg(k, sourceKind(s.kind));

        // Segments: one per non-empty line, with the speaker before a colon.
        std::vector<Segment> segments;
        std::vector<LinePlace> places;
        const QString& t = text->text;
        // Sync points in the text's own count (CRLF as one), by position.
        std::vector<qde::SyncPoint> syncPoints = m_syncOf.value(s.guid);
        for (auto& sp : syncPoints)
            sp.position = normalPosition(*text, sp.position);
        std::sort(syncPoints.begin(), syncPoints.end(),
                  [](const qde::SyncPoint& a, const qde::SyncPoint& b) { return a.position < b.position; });
        const auto syncAt = [&](qint64 from) {
            return std::lower_bound(syncPoints.begin(), syncPoints.end(), from,
                                    [](const qde::SyncPoint& sp, qint64 p) { return sp.position < p; });
        };
        // A name before a colon is a speaker when the file knows it (a case, a user) or
        // when it starts two lines or more: "10:30 we met" and "我觉得：…" are words.
        QHash<QString, int> prefixes;
        for (const QString& l : t.split(QLatin1Char('\n')))
            if (const QString name = splitSpeaker(l).first; !name.isEmpty())
                ++prefixes[name];
        qint64 cp = 0;
        qsizetype i = 0;
        while (i <= t.size()) {
            qsizetype end = t.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = t.size();
            const QString lineText = t.mid(i, end - i);
            const qint64 lineCp = codePointCount(lineText);
            if (!lineText.trimmed().isEmpty()) {
                auto [speaker, prefix] = splitSpeaker(lineText);
                if (!speaker.isEmpty() && !m_knownSpeakers.contains(speaker) && prefixes.value(speaker) < 2) {
                    speaker.clear();
                    prefix = 0;
                }
                Segment seg;
                seg.speaker = speaker;
                seg.text = lineText.mid(prefix);
                LinePlace place{cp, cp + codePointCount(QStringView(lineText).left(prefix)), cp + lineCp};
                for (auto it = syncAt(place.lineStart);
                     it != syncPoints.end() && it->position <= place.textEnd; ++it) {
                    if (!seg.startMs && it->position <= place.textStart)
                        seg.startMs = it->timeMs;
                    if (it->position == place.textEnd && it->timeMs >= seg.startMs.value_or(0))
                        seg.endMs = it->timeMs;
                }
                segments.push_back(std::move(seg));
                places.push_back(place);
            }
            cp += lineCp + 1;
            i = end + 1;
        }
        std::vector<RowId> segmentIds;
        if (!segments.empty()) {
            iv.status = InterviewStatus::Transcribed;
        } else if (!stored.empty()) {
            iv.status = InterviewStatus::Recorded;
        }
        if (!s.selections.empty() && !segments.empty())
            iv.status = InterviewStatus::Coded;
        if (auto status = interviewStatusFromKey(valueOf(s.values, var::Status)))
            iv.status = *status;
        iv.fieldNotes = notes.join(QStringLiteral("\n\n"));
        const RowId interviewId = orThrow(project.interviews().add(w, iv));
        ++sourceLine.imported;
        if (!segments.empty())
            segmentIds = orThrow(project.transcripts().appendSegments(w, interviewId, segments));
        for (const auto& seg : segments)
            sync.imported += (seg.startMs ? 1 : 0) + (seg.endMs ? 1 : 0);
        for (const media::StoredFile& f : stored) {
            Media m = f.record;
            m.interviewId = interviewId;
            orThrow(project.media().add(w, m));
        }

        // Position in the text → (segment, offset): a position in a speaker's name goes
        // to the words' start; one in the line breaks between segments to the next
        // segment's start (a start) or the last one's end (an end).
        const auto locate = [&](qint64 position,
                                bool isEnd) -> std::optional<std::pair<std::size_t, qint64>> {
            if (places.empty())
                return std::nullopt;
            auto it = std::upper_bound(places.begin(), places.end(), position,
                                       [](qint64 p, const LinePlace& l) { return p < l.lineStart; });
            if (it == places.begin())
                return std::pair{std::size_t(0), qint64(0)};
            const std::size_t k = std::size_t(it - places.begin()) - 1;
            const LinePlace& l = places[k];
            if (position <= l.textEnd)
                return std::pair{k, std::max<qint64>(0, position - l.textStart)};
            if (isEnd || k + 1 == places.size())
                return std::pair{k, l.textEnd - l.textStart};
            return std::pair{k + 1, qint64(0)};
        };
        const auto quote = [&](const QString& guid, qint64 start, qint64 end,
                               const std::vector<qde::Coding>& cs, const QStringList& noteRefs,
                               const QString& name) -> bool {
            const qint64 length = codePointCount(t) + qint64(text->crBefore.size());
            if (start < 0 || end <= start || start >= length) {
                selections.why << Verbs::tr(
                                      "“%1” in “%2”: characters %3–%4 are not in its text (%5 characters)")
                                      .arg(name, s.name, QString::number(start), QString::number(end),
                                           QString::number(length));
                return false;
            }
            const auto a = locate(normalPosition(*text, start), false);
            if (end > length)
                selections.why << Verbs::tr("“%1” in “%2” ends after its text (%3 characters): cut there")
                                      .arg(name, s.name, QString::number(length));
            const auto b = locate(normalPosition(*text, std::min(end, length)), true);
            if (!a || !b || std::pair{a->first, a->second} >= std::pair{b->first, b->second}) {
                selections.why << Verbs::tr("“%1” in “%2” selects only a speaker's name or line breaks")
                                      .arg(name, s.name);
                return false;
            }
            Quote q;
            q.uuid = uniqueUuid(guid, usedQuotes);
            q.interviewId = interviewId;
            q.startSegmentId = segmentIds[a->first];
            q.startOffset = a->second;
            q.endSegmentId = segmentIds[b->first];
            q.endOffset = b->second;
            q.note = notesText(noteRefs);
            for (const auto& c : cs) {
                if (m_themes.contains(c.code)) {
                    if (!q.themeIds.contains(m_themes.value(c.code)))
                        q.themeIds << m_themes.value(c.code);
                    ++codings.imported;
                } else {
                    ++codings.dropped;
                    codings.why << Verbs::tr("a coding in “%1” names a code the file does not have (%2)")
                                       .arg(s.name, c.code);
                }
            }
            orThrow(project.quotes().add(w, q));
            return true;
        };
        if (segmentIds.empty() && !s.selections.empty())
            selections.why << Verbs::tr("“%1” has no text here: its %2 selections cannot come across")
                                  .arg(s.name, QString::number(s.selections.size()));
        for (const auto& sel : s.selections) {
            if (!segmentIds.empty() && quote(sel.guid, sel.start, sel.end, sel.codings, sel.noteRefs,
                                             sel.name.isEmpty() ? sel.guid : sel.name)) {
                ++selections.imported;
                continue;
            }
            ++selections.dropped;
            codings.dropped += int(sel.codings.size());
            m_codingsWithSelections += int(sel.codings.size());
        }
        if (!s.codings.empty()) {
            // A code on the whole source: a quote of all of its words.
            if (!segmentIds.empty() &&
                quote(QString(), places.front().textStart,
                      places.back().textEnd + qint64(text->crBefore.size()), s.codings, {}, s.name)) {
                codings.why << Verbs::tr(
                                   "“%1” was coded as a whole: it came in as one quote of all its words")
                                   .arg(s.name);
            } else {
                codings.dropped += int(s.codings.size());
                codings.why << Verbs::tr("“%1” was coded as a whole but has no text to quote").arg(s.name);
            }
        }
    }

    QdpxArchive& m_zip;
    qde::Project& m_qde;
    QdpxReport& m_report;
    QdpxImportOptions m_options;
    QdpxProgress m_progress;
    QHash<QString, qsizetype> m_notes;
    QSet<QString> m_usedNotes;
    QHash<QString, QString> m_variableName;
    QSet<QString> m_cityCases;
    QHash<QString, QString> m_sourceCity;
    QHash<QString, QStringList> m_sourceParticipants;
    QHash<QString, QList<const qde::Source*>> m_mediaOf; // text source → audio/video sources
    QSet<const qde::Source*> m_linkedMedia;
    QHash<QString, const qde::Case*> m_caseByGuid;
    QHash<QString, const qde::Source*> m_sourceByGuid;
    QSet<QString> m_knownSpeakers;
    QHash<QString, std::vector<qde::SyncPoint>> m_syncOf;
    QHash<QString, RowId> m_cities, m_researchers;
    QHash<QString, RowId> m_userResearcher, m_themes, m_participants;
    QSet<QString> m_participantCodes;
    int m_codingsWithSelections = 0;
};

} // namespace

Result<QdpxReport> importQdpx(const QString& file, const QString& destination,
                              const QdpxImportOptions& options, const QdpxProgress& progress)
{
    auto opened = openQdpx(file);
    if (!opened)
        return std::unexpected(opened.error());
    auto& archive = opened->first;
    auto* qde = &opened->second;

    QString folder = QFileInfo(destination).absoluteFilePath();
    if (!folder.endsWith(QLatin1String(Project::FolderSuffix)))
        folder += QLatin1String(Project::FolderSuffix);
    const bool existed = QFileInfo::exists(folder);
    if (existed && !QDir(folder).isEmpty())
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 exists and is not empty: choose a new folder for the imported project.")
                        .arg(QDir::toNativeSeparators(folder)));
    QString name = qde->name.trimmed();
    if (name.isEmpty())
        name = QFileInfo(file).completeBaseName();
    auto project = Project::create(folder, name);
    if (!project)
        return std::unexpected(project.error());
    QdpxReport report;
    report.file = file;
    report.folder = (*project)->folder();
    Importer importer(*archive, *qde, report, options, progress);
    auto done = importer.run(**project);
    project->reset();
    if (!done) {
        // Nothing is left at destination.
        QDir(folder).removeRecursively();
        if (existed)
            QDir().mkpath(folder);
        return std::unexpected(done.error());
    }
    return report;
}

Result<QdpxReport> importQdpxInto(Session& session, const QString& file, const QdpxImportOptions& options,
                                  const QdpxProgress& progress)
{
    Project& here = session.project();
    QDir().mkpath(here.cacheDir());
    QTemporaryDir temp(QDir(here.cacheDir()).filePath(QStringLiteral("qdpx-import-XXXXXX")));
    if (!temp.isValid())
        return fail(Error::Code::Io, Verbs::tr("Cannot create a temporary folder in %1.")
                                         .arg(QDir::toNativeSeparators(here.cacheDir())));
    const QString folder = temp.filePath(QStringLiteral("imported") + QLatin1String(Project::FolderSuffix));
    auto report = importQdpx(file, folder, options, progress);
    if (!report)
        return report;
    return mergeQdpxImport(session, std::move(*report));
}

Result<QdpxReport> mergeQdpxImport(Session& session, QdpxReport made)
{
    Project& here = session.project();
    QdpxReport report = std::move(made);
    // Interviews this project has already (the same GUID: a file exported from here
    // and coded elsewhere, or this file imported before) stay as they are here: their
    // transcripts are not brought in twice. Taken out of the imported copy first.
    {
        auto imported = Project::open(report.folder);
        if (!imported)
            return std::unexpected(imported.error());
        auto ours = here.interviews().list();
        if (!ours)
            return std::unexpected(ours.error());
        QSet<QString> existing;
        for (const Interview& iv : *ours)
            existing.insert(iv.uuid);
        QList<Interview> twice;
        auto list = (*imported)->interviews().list();
        if (!list)
            return std::unexpected(list.error());
        for (const Interview& iv : *list)
            if (existing.contains(iv.uuid))
                twice << iv;
        if (!twice.isEmpty()) {
            Session aside(**imported);
            auto removed = aside.run(Verbs::tr("Import REFI-QDA Project"), [&](const WriteScope& w) {
                for (const Interview& iv : twice)
                    orThrow((*imported)->interviews().remove(w, iv.id));
            });
            if (!removed)
                return std::unexpected(removed.error());
            for (auto& l : report.lines)
                if (l.kind == Verbs::tr("Text sources")) {
                    l.imported -= int(twice.size());
                    l.dropped += int(twice.size());
                    l.why << Verbs::tr(
                        "%n source(s) are interviews this project has already (the same GUID): "
                        "left as they are here; codings made on them elsewhere are not brought in",
                        nullptr, int(twice.size()));
                }
        }
    }
    auto merged = mergeProject(session, report.folder);
    if (!merged)
        return std::unexpected(merged.error());
    // Files kept beside the imported project move beside this one, under names of
    // their own; only once the merge is in.
    const QDir keptDir(QDir(report.folder).filePath(QStringLiteral("attachments")));
    QStringList kept;
    if (keptDir.exists()) {
        const QDir target(QDir(here.folder()).filePath(QStringLiteral("attachments")));
        QDir().mkpath(target.path());
        for (const QString& f : keptDir.entryList(QDir::Files)) {
            QString name = f;
            for (int n = 2; target.exists(name); ++n)
                name = QStringLiteral("%1-%2.%3")
                           .arg(QFileInfo(f).completeBaseName(), QString::number(n), QFileInfo(f).suffix());
            if (!QFile::copy(keptDir.filePath(f), target.filePath(name)))
                return fail(Error::Code::DiskFull,
                            Verbs::tr("The import was merged, but %1 could not be copied to %2.")
                                .arg(f, QDir::toNativeSeparators(target.path())));
            kept << QStringLiteral("attachments/") + name;
        }
    }
    report.keptFiles = kept;
    report.merged = *merged;
    report.folder = here.folder();
    return report;
}

} // namespace tianye::ops
