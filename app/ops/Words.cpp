// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Words.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "search/SearchEngine.h"
#include "search/SearchQuery.h"
#include "store/CityRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/Project.h"
#include "store/ThemeRepository.h"
#include "store/WordCorpus.h"
#include "words/Expressions.h"
#include "words/Keyness.h"
#include "words/Lexicon.h"
#include "words/Segmenter.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tianye::ops {

namespace {

// The project dictionary's private-use language tags (BCP 47 "x-") for the stop list.
const QString StopTag = QStringLiteral("x-tianye-stop");
const QString KeepTag = QStringLiteral("x-tianye-keep");

// Interviews whose participants' turns are read for discovering expressions: all of
// them up to about this many segments, else an even sample of interviews.
constexpr qint64 DiscoverySegments = 150'000;

QString fromU32(std::u32string_view s)
{
    return QString::fromUcs4(s.data(), qsizetype(s.size()));
}

} // namespace

struct WordIndex::Data
{
    static constexpr std::uint32_t NoTerm = 0xFFFFFFFFu;
    struct Slot
    {
        QString label;
        qint64 characters = 0;
    };
    struct Entry
    {
        std::uint32_t term;
        std::uint16_t slot;
        std::uint32_t count;
    };
    struct Doc
    {
        RowId cityId = NoRow;
        std::vector<Slot> slots;
        std::vector<Entry> entries;
    };
    struct Speaker
    {
        RowId participantId = NoRow;
        bool interviewer = false;
    };

    std::shared_ptr<words::Lexicon> lexicon;
    std::vector<std::u32string> terms;
    std::vector<words::TermKind> kinds;
    std::vector<bool> expression;
    std::unordered_map<std::u32string, std::uint32_t, words::TermHash, std::equal_to<>> ids;
    QHash<RowId, Doc> docs;
    QHash<QPair<RowId, QString>, Speaker> speakers;
    QSet<RowId> atRisk;
    qint64 stamp = 0;
    QStringList expressions;

    std::vector<std::uint32_t> byLexicon; // a lexicon word's term id, by its index (or none)

    std::uint32_t intern(const words::Term& t)
    {
        if (t.entry && t.entry->word) {
            if (byLexicon.size() <= t.entry->index)
                byLexicon.resize(std::max<std::size_t>(lexicon->words(), t.entry->index + 1), NoTerm);
            std::uint32_t& id = byLexicon[t.entry->index];
            if (id == NoTerm)
                id = intern(t.text, t.kind);
            return id;
        }
        return intern(t.text, t.kind);
    }

    std::uint32_t intern(std::u32string_view term, words::TermKind kind)
    {
        if (const auto it = ids.find(term); it != ids.end())
            return it->second;
        const auto id = std::uint32_t(terms.size());
        terms.emplace_back(term);
        kinds.push_back(kind);
        const words::Lexicon::Entry* e = kind == words::TermKind::Han ? lexicon->find(term) : nullptr;
        expression.push_back(e && e->discovered);
        ids.emplace(std::u32string(term), id);
        return id;
    }

    // Reads (again) the interviews given, or all; withheld segments are left out.
    Status read(WordCorpus& corpus, const QSet<RowId>* only, const QHash<RowId, RowId>& cities,
                const Progress& progress)
    {
        auto withheld = corpus.withheldSegments();
        if (!withheld)
            return std::unexpected(withheld.error());
        if (only) {
            for (const RowId id : *only)
                docs.remove(id);
        } else {
            docs.clear();
        }
        for (auto it = cities.begin(); it != cities.end(); ++it) {
            if (!only || only->contains(it.key()))
                docs[it.key()].cityId = it.value();
        }
        words::Segmenter segmenter(lexicon);
        std::unordered_map<std::uint64_t, std::uint32_t> counts;
        RowId current = NoRow;
        Doc* doc = nullptr;
        qint64 done = 0;
        const qint64 total = only ? only->size() : cities.size();
        const auto flush = [&] {
            if (!doc)
                return;
            for (const auto& [key, n] : counts)
                doc->entries.push_back(Entry{std::uint32_t(key >> 16), std::uint16_t(key & 0xFFFF), n});
            counts.clear();
        };
        std::vector<text::NormalizedChar> chars;
        const Status ok = corpus.forEachSegment(only, [&](const WordCorpus::Segment& s) {
            if (s.interviewId != current) {
                flush();
                current = s.interviewId;
                const auto it = docs.find(current);
                doc = it == docs.end() ? nullptr : &*it;
                if (progress && !progress(++done, total))
                    return false;
            }
            if (!doc || withheld->contains(s.id))
                return true;
            const QString label = QString::fromUtf8(s.speaker.data(), qsizetype(s.speaker.size()));
            std::size_t slot = 0;
            while (slot < doc->slots.size() && doc->slots[slot].label != label)
                ++slot;
            if (slot == doc->slots.size()) {
                if (slot >= 0xFFFF)
                    return true; // more labels than anyone speaks: the rest are not counted
                doc->slots.push_back(Slot{label, 0});
            }
            chars.clear();
            text::TextNormalizer::fromUtf8(s.text.data(), s.text.size(), chars);
            qint64 letters = 0;
            for (const auto& c : chars)
                letters += c.cls != text::CharClass::Separator;
            doc->slots[slot].characters += letters;
            segmenter.segment(chars, [&](const words::Term& t) {
                if (t.kind == words::TermKind::Number)
                    return;
                const std::uint32_t id = intern(t);
                ++counts[(std::uint64_t(id) << 16) | slot];
            });
            return true;
        });
        flush();
        if (!ok)
            return ok;
        return {};
    }

    Status readSpeakers(WordCorpus& corpus)
    {
        auto list = corpus.speakers();
        if (!list)
            return std::unexpected(list.error());
        speakers.clear();
        for (const WordCorpus::Speaker& s : *list)
            speakers.insert({s.interviewId, s.label}, Speaker{s.participantId, s.interviewer});
        return {};
    }
};

WordIndex::WordIndex()
    : d(std::make_unique<Data>())
{}

WordIndex::~WordIndex() = default;

Result<std::shared_ptr<WordIndex>> WordIndex::build(Project& project, const Progress& progress)
{
    auto base = words::Lexicon::shared();
    if (!base)
        return std::unexpected(base.error());
    auto stops = stopListOf(project);
    if (!stops)
        return std::unexpected(stops.error());
    std::shared_ptr<WordIndex> index(new WordIndex);
    Data& d = *index->d;
    WordCorpus corpus(project.db());
    // Inside the snapshot, orThrow turns an error into a StoreFailure: snapshot returns it.
    const Status read = corpus.snapshot([&] {
        const auto interviews = orThrow(corpus.interviews());
        QHash<RowId, RowId> cities;
        for (const auto& i : interviews)
            cities.insert(i.id, i.cityId);
        d.stamp = orThrow(corpus.lastStamp());
        d.atRisk = orThrow(corpus.interviewsAtRisk());
        orThrow(d.readSpeakers(corpus));
        const QSet<RowId> withheld = orThrow(corpus.withheldSegments());
        const qint64 segments = orThrow(corpus.segmentCount());

        // Expressions: from the participants' turns of all interviews, or of an even
        // sample of them on a big project.
        words::ExpressionFinder finder(**base, *stops);
        const qint64 stride = std::max<qint64>(1, (segments + DiscoverySegments - 1) / DiscoverySegments);
        QSet<RowId> sample;
        qint64 n = 0;
        for (const auto& i : interviews)
            if (n++ % stride == 0)
                sample.insert(i.id);
        std::vector<text::NormalizedChar> chars;
        std::u32string run;
        qint64 sampled = 0;
        RowId current = NoRow;
        const qint64 total = qint64(sample.size()) + interviews.size();
        auto scanned =
            corpus.forEachSegment(stride == 1 ? nullptr : &sample, [&](const WordCorpus::Segment& s) {
                if (s.interviewId != current) {
                    current = s.interviewId;
                    if (progress && !progress(++sampled, total))
                        return false;
                }
                const QString label = QString::fromUtf8(s.speaker.data(), qsizetype(s.speaker.size()));
                if (withheld.contains(s.id) || d.speakers.value({s.interviewId, label}).interviewer)
                    return true;
                chars.clear();
                text::TextNormalizer::fromUtf8(s.text.data(), s.text.size(), chars);
                for (std::size_t k = 0; k <= chars.size(); ++k) {
                    if (k < chars.size() && chars[k].cls == text::CharClass::Cjk) {
                        run.push_back(chars[k].c);
                    } else if (!run.empty()) {
                        finder.addRun(run);
                        run.clear();
                    }
                }
                return true;
            });
        orThrow(std::move(scanned));
        const std::vector<words::Expression> found =
            finder.find([&] { return progress && !progress(sampled, total); });
        if (progress && !progress(sampled, total))
            throw StoreFailure{Error{Error::Code::Cancelled, tianye::ops::Verbs::tr("Stopped.")}};
        d.lexicon = std::make_shared<words::Lexicon>(**base);
        // An expression must win over the split the word list would make of it.
        words::Segmenter plain(*base);
        const double scale = (*base)->total() / double(std::max<std::size_t>(finder.characters(), 1));
        for (const words::Expression& e : found) {
            double split = 0;
            std::vector<text::NormalizedChar> ec;
            for (const char32_t c : e.text)
                ec.push_back(text::NormalizedChar{c, text::CharClass::Cjk, 0, 0});
            plain.segment(ec, [&](const words::Term& t) {
                const words::Lexicon::Entry* w = (*base)->find(t.text);
                split += (w && w->word ? w->logCount : 0) - (*base)->logTotal();
            });
            const double needed = std::exp(split + (*base)->logTotal()) * 2 + 1;
            d.lexicon->add(e.text, std::max(e.count * scale, needed), false, true);
            d.expressions << fromU32(e.text);
        }
        const qint64 already = sampled;
        orThrow(d.read(corpus, nullptr, cities,
                       [&](qint64 done, qint64) { return !progress || progress(already + done, total); }));
    });
    if (!read)
        return std::unexpected(read.error());
    return index;
}

Result<qint64> WordIndex::update(Project& project, const Progress& progress)
{
    WordCorpus corpus(project.db());
    qint64 reread = 0;
    const Status read = corpus.snapshot([&] {
        const auto interviews = orThrow(corpus.interviews());
        const QSet<RowId> changed = orThrow(corpus.changedSince(d->stamp));
        const qint64 stamp = orThrow(corpus.lastStamp());
        const QSet<RowId> atRisk = orThrow(corpus.interviewsAtRisk());
        orThrow(d->readSpeakers(corpus));
        QHash<RowId, RowId> cities;
        QSet<RowId> again = changed + atRisk + d->atRisk;
        for (const auto& i : interviews) {
            cities.insert(i.id, i.cityId);
            const auto doc = d->docs.find(i.id);
            if (doc == d->docs.end())
                again.insert(i.id);
            else
                doc->cityId = i.cityId;
        }
        for (auto it = d->docs.begin(); it != d->docs.end();)
            it = cities.contains(it.key()) ? std::next(it) : d->docs.erase(it);
        for (auto it = again.begin(); it != again.end();)
            it = cities.contains(*it) ? std::next(it) : again.erase(it);
        QHash<RowId, RowId> some;
        for (const RowId id : again)
            some.insert(id, cities.value(id));
        orThrow(d->read(corpus, &again, some, progress));
        d->stamp = stamp;
        d->atRisk = atRisk;
        reread = again.size();
    });
    if (!read)
        return std::unexpected(read.error());
    return reread;
}

Result<WordsReport> WordIndex::compare(const WordsComparison& c, const words::StopList& stops) const
{
    QSet<RowId> target = c.target;
    if (c.cityId != NoRow) {
        target.clear();
        for (auto it = d->docs.cbegin(); it != d->docs.cend(); ++it)
            if (it->cityId == c.cityId)
                target.insert(it.key());
    }
    WordsReport report;
    struct Stat
    {
        qint64 target = 0, reference = 0;
        int targetInterviews = 0, referenceInterviews = 0;
        RowId lastInterview = NoRow;
    };
    std::vector<Stat> stats(d->terms.size());
    struct Said
    {
        std::uint32_t term;
        qint64 speaker;
        std::uint32_t count;
    };
    std::vector<Said> said;
    QSet<qint64> targetSpeakers;
    for (auto it = d->docs.cbegin(); it != d->docs.cend(); ++it) {
        const RowId id = it.key();
        const bool inTarget = target.contains(id);
        const bool inReference =
            !inTarget && (c.referenceCities.isEmpty() ? (c.reference.isEmpty() || c.reference.contains(id))
                                                      : c.referenceCities.contains(it->cityId));
        if (!inTarget && !inReference)
            continue;
        const Data::Doc& doc = *it;
        std::vector<qint64> speakerOf(doc.slots.size(), -1); // -1: left out
        for (std::size_t s = 0; s < doc.slots.size(); ++s) {
            const Data::Speaker who = d->speakers.value({id, doc.slots[s].label});
            if (who.interviewer && !c.includeInterviewers)
                continue;
            // A participant is one speaker across interviews; an unresolved label is one
            // speaker of its interview.
            speakerOf[s] = who.participantId != NoRow ? who.participantId : -(id * 4096 + qint64(s) + 2);
            (inTarget ? report.targetCharacters : report.referenceCharacters) += doc.slots[s].characters;
            if (inTarget)
                targetSpeakers.insert(speakerOf[s]);
        }
        // An interview counts when something of it is counted (not one all withheld, or
        // only the interviewer's turns).
        if (std::any_of(speakerOf.begin(), speakerOf.end(), [](qint64 who) { return who != -1; }))
            ++(inTarget ? report.targetInterviews : report.referenceInterviews);
        for (const Data::Entry& e : doc.entries) {
            if (speakerOf[e.slot] == -1)
                continue;
            Stat& st = stats[e.term];
            const bool first = st.lastInterview != id;
            st.lastInterview = id;
            if (inTarget) {
                st.target += e.count;
                st.targetInterviews += first;
                said.push_back(Said{e.term, speakerOf[e.slot], e.count});
            } else {
                st.reference += e.count;
                st.referenceInterviews += first;
            }
        }
    }
    report.minInterviews = c.minInterviews > 0            ? c.minInterviews
                           : c.frequency                  ? 1
                           : report.targetInterviews <= 3 ? 1
                           : report.targetInterviews <= 9 ? 2
                                                          : 3;
    // Per term: how many of the target's speakers use it, and the largest share.
    std::sort(said.begin(), said.end(), [](const Said& a, const Said& b) {
        return a.term != b.term ? a.term < b.term : a.speaker < b.speaker;
    });
    std::vector<std::pair<int, double>> spread(d->terms.size(), {0, 0.0});
    for (std::size_t i = 0; i < said.size();) {
        const std::uint32_t term = said[i].term;
        qint64 most = 0;
        int speakers = 0;
        while (i < said.size() && said[i].term == term) {
            const qint64 who = said[i].speaker;
            qint64 n = 0;
            while (i < said.size() && said[i].term == term && said[i].speaker == who)
                n += said[i++].count;
            most = std::max(most, n);
            ++speakers;
        }
        spread[term] = {speakers, stats[term].target ? double(most) / double(stats[term].target) : 0.0};
    }
    const double tc = double(report.targetCharacters), rc = double(report.referenceCharacters);
    const bool enoughSpeakers = targetSpeakers.size() >= 3;
    for (std::size_t t = 0; t < d->terms.size(); ++t) {
        const Stat& st = stats[t];
        if (st.target == 0 || st.targetInterviews < report.minInterviews)
            continue;
        const std::u32string& term = d->terms[t];
        if (d->kinds[t] == words::TermKind::Han ? int(term.size()) < c.minLength : term.size() < 2)
            continue;
        if (!c.frequency && enoughSpeakers && spread[t].second > c.maxSpeakerShare)
            continue;
        const double ratio = words::logRatio(double(st.target), double(st.reference), tc, rc);
        const double ll = words::logLikelihood(double(st.target), double(st.reference), tc, rc);
        if (!c.frequency && (ratio <= 0 || ll < c.minKeyness))
            continue;
        if (stops.stops(term, d->kinds[t] == words::TermKind::Han ? d->lexicon->find(term) : nullptr))
            continue;
        TermRow row;
        row.term = fromU32(term);
        row.expression = d->expression[t];
        row.targetUses = st.target;
        row.referenceUses = st.reference;
        row.targetPer10k = tc > 0 ? st.target * 10000.0 / tc : 0;
        row.referencePer10k = rc > 0 ? st.reference * 10000.0 / rc : 0;
        row.logLikelihood = ll;
        row.logRatio = ratio;
        row.targetInterviews = st.targetInterviews;
        row.referenceInterviews = st.referenceInterviews;
        row.targetSpeakers = spread[t].first;
        row.topSpeakerShare = spread[t].second;
        report.terms.append(row);
    }
    std::sort(report.terms.begin(), report.terms.end(), [&](const TermRow& a, const TermRow& b) {
        if (c.frequency && a.targetUses != b.targetUses)
            return a.targetUses > b.targetUses;
        return a.logLikelihood != b.logLikelihood ? a.logLikelihood > b.logLikelihood : a.term < b.term;
    });
    if (c.top > 0 && report.terms.size() > c.top)
        report.terms.resize(c.top);
    return report;
}

QStringList WordIndex::expressions() const
{
    return d->expressions;
}

qint64 WordIndex::characters() const
{
    qint64 n = 0;
    for (const Data::Doc& doc : std::as_const(d->docs))
        for (const Data::Slot& s : doc.slots)
            n += s.characters;
    return n;
}

int WordIndex::interviews() const
{
    return int(d->docs.size());
}

QString WordIndex::wordList() const
{
    return d->lexicon ? d->lexicon->path() : QString();
}

bool WordIndex::interviewer(RowId interviewId, const QString& label) const
{
    return d->speakers.value({interviewId, label}).interviewer;
}

bool WordIndex::termAt(const QString& text, qsizetype start, qsizetype length) const
{
    if (!d->lexicon)
        return false;
    words::Segmenter segmenter(d->lexicon);
    std::vector<text::NormalizedChar> chars;
    text::TextNormalizer::fromString(text, chars);
    bool found = false;
    segmenter.segment(chars, [&](const words::Term& t) {
        found =
            found || (qsizetype(t.sourceStart) == start && qsizetype(t.sourceEnd - t.sourceStart) == length);
    });
    return found;
}

Result<std::vector<dossier::WordItem>> cityWords(Project& project, RowId cityId, int top,
                                                 const std::function<bool()>& cancelled)
{
    auto city = project.cities().get(cityId);
    if (!city)
        return std::unexpected(city.error());
    auto index = WordIndex::build(project, [&](qint64, qint64) { return !cancelled || !cancelled(); });
    if (!index)
        return std::unexpected(index.error());
    auto stops = stopListOf(project);
    if (!stops)
        return std::unexpected(stops.error());
    WordsComparison c;
    c.cityId = cityId;
    c.top = top;
    auto report = (*index)->compare(c, *stops);
    if (!report)
        return std::unexpected(report.error());
    std::vector<dossier::WordItem> out;
    search::SearchEngine engine(project);
    for (const TermRow& t : report->terms) {
        dossier::WordItem w;
        w.term = t.term;
        w.uses = int(t.targetUses);
        w.interviews = t.targetInterviews;
        w.speakers = t.targetSpeakers;
        const QString query = QStringLiteral("\"%1\" city:\"%2\"").arg(t.term, city->name);
        auto lines = engine.concordance(search::SearchQuery::parse(query), 14, 200);
        if (lines) {
            for (const search::ConcordanceLine& l : lines->lines) {
                if (l.withheld != Withheld::No || (*index)->interviewer(l.interviewId, l.speaker) ||
                    !(*index)->termAt(l.left + l.hit + l.right, l.left.toUcs4().size(),
                                      l.hit.toUcs4().size()))
                    continue;
                w.example = QStringLiteral("…%1%2%3…").arg(l.left.trimmed(), l.hit, l.right.trimmed());
                break;
            }
        }
        out.push_back(std::move(w));
    }
    return out;
}

Result<QSet<RowId>> interviewsWith(Project& project, const QString& attribute, const QString& value)
{
    return WordCorpus(project.db()).interviewsWith(attribute, value);
}

Result<words::StopList> stopListOf(Project& project)
{
    words::StopList list;
    auto stop = project.dictionary().words(StopTag);
    if (!stop)
        return std::unexpected(stop.error());
    auto keep = project.dictionary().words(KeepTag);
    if (!keep)
        return std::unexpected(keep.error());
    for (const QString& w : *stop)
        list.addWord(w);
    for (const QString& w : *keep)
        list.keepWord(w);
    return list;
}

Status leaveOutWord(Session& session, const QString& word)
{
    const QString w = word.trimmed();
    return session.run(tianye::ops::Verbs::tr("Leave Out “%1”").arg(w), [&](const WriteScope& scope) {
        orThrow(session.project().dictionary().remove(scope, w, KeepTag));
        orThrow(session.project().dictionary().add(scope, w, StopTag));
    });
}

Status includeWord(Session& session, const QString& word)
{
    const QString w = word.trimmed();
    return session.run(tianye::ops::Verbs::tr("Include “%1”").arg(w), [&](const WriteScope& scope) {
        orThrow(session.project().dictionary().remove(scope, w, StopTag));
        orThrow(session.project().dictionary().add(scope, w, KeepTag));
    });
}

Result<RowId> makeThemeFromTerm(Session& session, const QString& term, const QString& description)
{
    const QString name = term.trimmed();
    if (name.isEmpty())
        return fail(Error::Code::InvalidArgument, tianye::ops::Verbs::tr("A theme needs a name."));
    auto existing = session.project().themes().findByName(name);
    if (existing && *existing != NoRow)
        return *existing;
    RowId made = NoRow;
    auto ok = session.run(tianye::ops::Verbs::tr("Make Theme from “%1”").arg(name), [&](const WriteScope& w) {
        ThemeRepository& themes = session.project().themes();
        Theme t;
        t.name = name;
        t.description = description;
        t.position = 1'000'000;
        made = orThrow(themes.add(w, t));
        orThrow(themes.move(w, made, NoRow, 1'000'000));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return made;
}

formats::Sheet wordsSheet(const WordsReport& report, const QString& target, const QString& reference)
{
    formats::Sheet sheet;
    sheet.name = tianye::ops::Verbs::tr("Words");
    sheet.header = {tianye::ops::Verbs::tr("Term"),
                    tianye::ops::Verbs::tr("Expression"),
                    tianye::ops::Verbs::tr("Keyness (log-likelihood)"),
                    tianye::ops::Verbs::tr("Log ratio"),
                    tianye::ops::Verbs::tr("Uses: %1").arg(target),
                    tianye::ops::Verbs::tr("Uses: %1").arg(reference),
                    tianye::ops::Verbs::tr("Per 10,000 characters: %1").arg(target),
                    tianye::ops::Verbs::tr("Per 10,000 characters: %1").arg(reference),
                    tianye::ops::Verbs::tr("Interviews: %1").arg(target),
                    tianye::ops::Verbs::tr("Interviews: %1").arg(reference),
                    tianye::ops::Verbs::tr("Speakers: %1").arg(target)};
    for (const TermRow& t : report.terms)
        sheet.rows.append(QVariantList{t.term, t.expression ? tianye::ops::Verbs::tr("yes") : QString(),
                                       std::round(t.logLikelihood * 100) / 100,
                                       std::round(t.logRatio * 100) / 100, t.targetUses, t.referenceUses,
                                       std::round(t.targetPer10k * 100) / 100,
                                       std::round(t.referencePer10k * 100) / 100, t.targetInterviews,
                                       t.referenceInterviews, t.targetSpeakers});
    sheet.widths = {{0, 14}, {2, 12}, {3, 10}};
    return sheet;
}

Status exportWords(const WordsReport& report, const QString& target, const QString& reference,
                   const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return fail(Error::Code::InvalidArgument,
                    tianye::ops::Verbs::tr("%1: a word list is written as .csv or .xlsx.")
                        .arg(QDir::toNativeSeparators(path)));
    return formats::writeSheet(
        wordsSheet(report, target, reference),
        suffix == QLatin1String("xlsx") ? formats::SheetFormat::Xlsx : formats::SheetFormat::Csv, path);
}

} // namespace tianye::ops
