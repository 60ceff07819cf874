// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "demo/CorpusGenerator.h"

#include "core/TextAnchor.h"
#include "demo/Random.h"
#include "ops/Session.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QDate>
#include <QStringList>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <vector>

namespace tianye::demo {

namespace {

// Words of the kind researchers hear: mostly two-character words, some one-character
// particles, some idioms, some English and numbers, as in real mixed transcripts.
constexpr std::array Words{
    "我们",     "他们",     "自己",     "时候",   "觉得",   "生活",   "城市",     "工作",      "孩子",
    "父母",     "朋友",     "邻居",     "老家",   "回来",   "出去",   "北京",     "上海",      "这边",
    "那边",     "现在",     "以前",     "后来",   "其实",   "就是",   "因为",     "所以",      "但是",
    "可能",     "一直",     "慢慢",     "节奏",   "安静",   "热闹",   "舒服",     "压力",      "房子",
    "收入",     "吃饭",     "面馆",     "刀削面", "烤肉",   "海边",   "城墙",     "古城",      "冬天",
    "夏天",     "下雪",     "苹果",     "葡萄酒", "湿地",   "丹顶鹤", "短视频",   "直播",      "粉丝",
    "游客",     "导游",     "老师",     "学生",   "医生",   "病人",   "老板",     "客人",      "生意",
    "不争",     "自在",     "真实",     "踏实",   "实在",   "着急",   "不急",     "心里",      "日子",
    "家乡",     "回流",     "外地",     "本地",   "年轻人", "老人",   "退休",     "变化",      "发展",
    "旅游",     "文化",     "历史",     "传统",   "手艺",   "味道",   "喜欢",     "知道",      "明白",
    "希望",     "担心",     "习惯",     "感觉",   "认识",   "聊天",   "散步",     "晒太阳",    "喝酒",
    "一起",     "每天",     "周末",     "晚上",   "早上",   "下午",   "一点",     "很多",      "特别",
    "比较",     "非常",     "挺好",     "的",     "了",     "也",     "都",       "就",        "还",
    "在",       "是",       "有",       "说",     "去",     "来",     "吧",       "呢",        "啊",
    "不慌不忙", "实实在在", "心里有底", "人情味", "烟火气", "慢生活", "熟人社会", "说走就走",  "KOL",
    "Kuaishou", "vlog",     "remote",   "brand",  "KPI",    "app",    "Wi-Fi",    "OK",        "café",
    "2019",     "2023",     "30",       "100",    "五年",   "二十年", "三百碗",   "零下三十度"};
constexpr std::array Punctuation{"，", "，", "，", "。", "。", "？", "！", "……"};

constexpr std::array<std::pair<const char*, const char*>, 40> CityNames{{
    {"大同", "DT"},  {"烟台", "YT"}, {"齐齐哈尔", "QQ"}, {"成都", "CD"},   {"西安", "XA"}, {"洛阳", "LY"},
    {"泉州", "QZ"},  {"大理", "DL"}, {"哈尔滨", "HB"},   {"青岛", "QD"},   {"长沙", "CS"}, {"重庆", "CQ"},
    {"昆明", "KM"},  {"贵阳", "GY"}, {"南宁", "NN"},     {"桂林", "GL"},   {"厦门", "XM"}, {"福州", "FZ"},
    {"苏州", "SZ"},  {"扬州", "YZ"}, {"绍兴", "SX"},     {"景德镇", "JD"}, {"开封", "KF"}, {"天水", "TS"},
    {"敦煌", "DH"},  {"喀什", "KS"}, {"拉萨", "LS"},     {"西宁", "XN"},   {"银川", "YC"}, {"包头", "BT"},
    {"延边", "YB"},  {"丹东", "DD"}, {"潮州", "CZ"},     {"汕头", "ST"},   {"北海", "BH"}, {"三亚", "SY"},
    {"宜宾", "YB2"}, {"自贡", "ZG"}, {"恩施", "ES"},     {"赣州", "GZ"},
}};

constexpr std::array<std::pair<const char*, std::array<const char*, 3>>, 8> ThemeTree{{
    {"生活节奏", {"不慌不忙", "闲暇与休息", "工作与压力"}},
    {"归属感", {"回流", "家人与邻里", "离开与留下"}},
    {"吃", {"地方小吃", "夜宵", "家常味道"}},
    {"直爽与真实", {"说话直", "不装", "人情"}},
    {"山海与气候", {"海", "冬天", "湿地"}},
    {"城市变化", {"产业转型", "旅游", "短视频"}},
    {"代际", {"父母的期待", "年轻人的选择", "老人"}},
    {"手艺与传统", {"老手艺", "节庆", "方言"}},
}};

constexpr std::array Occupations{"面馆老板", "导游",     "中学教师", "医生",     "短视频博主",
                                 "公务员",   "民宿主人", "果农",     "退休工人", "护士",
                                 "大学生",   "司机",     "设计师",   "厨师"};
constexpr std::array Categories{"创业者",     "文旅从业者", "教师",     "医生",
                                "内容创作者", "公务员",     "退休人员", "学生"};
constexpr std::array AgeBands{"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
constexpr std::array Interviewers{"林晓", "Anna Berg", "周明", "Marco Rossi", "陈静"};

// The vocabulary: the real words above at the top ranks, then pseudo-words made of
// common-range Han characters, 30,000 in all, drawn with a Zipf distribution
// (weight 1/(rank+2.7)), as word frequencies in real transcripts fall off. A small
// vocabulary would put every word in a third of all segments and make search
// figures meaningless.
class Vocabulary final
{
public:
    static const Vocabulary& instance()
    {
        static const Vocabulary v;
        return v;
    }
    const QString& draw(Random& rng) const
    {
        const double u = double(rng.next() >> 11) * (1.0 / 9007199254740992.0) * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_words[size_t(
            std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_words.size()) - 1))];
    }

private:
    Vocabulary()
    {
        constexpr size_t Size = 30'000;
        Random rng(0x5459); // fixed: the vocabulary is the same for every seed
        std::vector<QString> real;
        for (const char* w : Words)
            real.push_back(QString::fromUtf8(w));
        // Interleave: real words keep their order among the first few hundred ranks.
        size_t next = 0;
        while (m_words.size() < Size) {
            if (next < real.size() && (m_words.size() < 40 || rng.chance(40))) {
                m_words.push_back(real[next++]);
                continue;
            }
            const int roll = int(rng.below(100));
            const int length = roll < 10 ? 1 : roll < 80 ? 2 : roll < 92 ? 3 : 4;
            QString word;
            for (int k = 0; k < length; ++k)
                word += QChar(char16_t(0x4E00 + rng.below(0x51A5)));
            m_words.push_back(word);
        }
        double total = 0;
        m_cumulative.reserve(m_words.size());
        for (size_t r = 0; r < m_words.size(); ++r) {
            total += 1.0 / (double(r) + 2.7);
            m_cumulative.push_back(total);
        }
    }
    std::vector<QString> m_words;
    std::vector<double> m_cumulative;
};

void appendSentence(Random& rng, QString& out)
{
    const Vocabulary& vocabulary = Vocabulary::instance();
    const int words = int(rng.between(6, 18));
    for (int w = 0; w < words; ++w) {
        const QString& word = vocabulary.draw(rng);
        const bool latin = word.front().unicode() < 0x80;
        // Latin words and numbers stand apart from Chinese by spaces, as typists write them.
        if (latin && !out.isEmpty() && !out.back().isSpace())
            out += QLatin1Char(' ');
        out += word;
        if (latin)
            out += QLatin1Char(' ');
    }
    if (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    out += QString::fromUtf8(Punctuation[rng.below(Punctuation.size())]);
}

// A transcript of about `chars` code points in segments of 40-400.
std::vector<Segment> makeTranscript(Random& rng, int chars, const QString& participantCode, qint64& total)
{
    std::vector<Segment> segments;
    qint64 written = 0;
    qint64 timeMs = int(rng.between(2, 10)) * 1000;
    bool interviewer = true;
    while (written < chars) {
        Segment s;
        s.speaker = interviewer ? QStringLiteral("访谈员") : participantCode;
        const int target = interviewer ? int(rng.between(15, 80)) : int(rng.between(60, 400));
        while (s.text.size() < target)
            appendSentence(rng, s.text);
        const qint64 length = codePointCount(s.text);
        s.startMs = timeMs;
        timeMs += length * 220 + rng.between(500, 3000); // about 4.5 characters a second, with pauses
        s.endMs = timeMs;
        written += length;
        segments.push_back(std::move(s));
        interviewer = !interviewer;
    }
    total += written;
    return segments;
}

} // namespace

QString CorpusGenerator::sampleText(quint64 seed, int chars)
{
    Random rng(seed);
    QString out;
    while (codePointCount(out) < chars)
        appendSentence(rng, out);
    return out;
}

Result<CorpusGenerator::Totals> CorpusGenerator::generate(Project& project, const Options& o,
                                                          const Progress& progress)
{
    if (o.cities < 1 || o.interviewsPerCity < 0 || o.charsPerInterview < 0 || o.quotes < 0)
        return fail(Error::Code::InvalidArgument, tr("The corpus sizes must be positive."));
    Random rng(o.seed);
    Totals totals;
    std::vector<RowId> themeIds;
    std::vector<RowId> researcherIds;
    std::vector<RowId> cityIds;
    std::vector<QString> cityCodes;

    // Through the one door like any change, a batch a step; the steps are not kept for
    // undo (a generated corpus is large).
    ops::Session session(project);
    auto setup = session.run(tr("Generate a Corpus"), [&](const WriteScope& w) {
        for (const char* name : Interviewers)
            researcherIds.push_back(orThrow(project.researchers().findOrAdd(w, QString::fromUtf8(name))));
        int position = 0;
        for (const auto& [parentName, children] : ThemeTree) {
            Theme parent;
            parent.name = QString::fromUtf8(parentName);
            parent.position = position++;
            const RowId parentId = orThrow(project.themes().add(w, parent));
            themeIds.push_back(parentId);
            int childPosition = 0;
            for (const char* childName : children) {
                Theme child;
                child.parentId = parentId;
                child.name = QString::fromUtf8(childName);
                child.position = childPosition++;
                themeIds.push_back(orThrow(project.themes().add(w, child)));
            }
        }
        totals.themes = qint64(themeIds.size());
        for (int c = 0; c < o.cities; ++c) {
            const auto& [name, code] = CityNames[size_t(c) % CityNames.size()];
            const int round = c / int(CityNames.size());
            City city;
            city.name = QString::fromUtf8(name) + (round ? QString::number(round + 1) : QString());
            city.targetInterviews = o.interviewsPerCity;
            cityIds.push_back(orThrow(project.cities().add(w, city)));
            cityCodes.push_back(QString::fromLatin1(code) + (round ? QString::number(round + 1) : QString()));
        }
        totals.cities = o.cities;
    });
    if (!setup)
        return std::unexpected(setup.error());

    const qint64 totalInterviews = qint64(o.cities) * o.interviewsPerCity;
    // Spread the quotes evenly, the remainder over the first interviews.
    const qint64 quotesPerInterview = totalInterviews ? o.quotes / totalInterviews : 0;
    qint64 extraQuotes = totalInterviews ? o.quotes % totalInterviews : 0;
    constexpr int Batch = 50; // interviews per transaction
    const QDate firstDay(2026, 3, 1);
    qint64 done = 0;
    for (int c = 0; c < o.cities; ++c) {
        for (int start = 0; start < o.interviewsPerCity; start += Batch) {
            auto batch = session.run(tr("Generate a Corpus"), [&](const WriteScope& w) {
                for (int i = start; i < std::min(o.interviewsPerCity, start + Batch); ++i) {
                    Participant p;
                    p.cityId = cityIds[size_t(c)];
                    p.code =
                        QStringLiteral("%1-%2").arg(cityCodes[size_t(c)]).arg(i + 1, 4, 10, QLatin1Char('0'));
                    p.gender = rng.chance(50) ? QStringLiteral("女") : QStringLiteral("男");
                    p.ageBand = QString::fromUtf8(AgeBands[rng.below(AgeBands.size())]);
                    p.occupation = QString::fromUtf8(Occupations[rng.below(Occupations.size())]);
                    p.category = QString::fromUtf8(Categories[rng.below(Categories.size())]);
                    p.tie = CityTie(rng.between(1, 4));
                    p.consent = rng.chance(3) ? ConsentStatus::Withdrawn : ConsentStatus::Given;
                    const RowId participantId = orThrow(project.participants().add(w, p));

                    Interview iv;
                    iv.cityId = cityIds[size_t(c)];
                    iv.startedAt = firstDay.addDays(rng.between(0, 240)).toString(Qt::ISODate) +
                                   QStringLiteral("T%1:00").arg(rng.between(8, 20), 2, 10, QLatin1Char('0'));
                    iv.mode = rng.chance(30)
                                  ? InterviewMode::Phone
                                  : (rng.chance(10) ? InterviewMode::Video : InterviewMode::InPerson);
                    iv.status = InterviewStatus(rng.between(0, 4));
                    iv.durationMs = rng.between(20, 120) * 60'000;
                    iv.participantIds = {participantId};
                    iv.interviewerIds = {researcherIds[rng.below(researcherIds.size())]};
                    iv.summary = sampleText(rng.next(), 40);
                    const RowId interviewId = orThrow(project.interviews().add(w, iv));

                    auto segments = makeTranscript(rng, o.charsPerInterview, p.code, totals.characters);
                    for (const Options::Planted& plant : o.planted) {
                        if (plant.city != c || segments.size() < 2 || !rng.chance(plant.percent))
                            continue;
                        for (int u = 0; u < plant.uses; ++u) {
                            // A participant's turn (odd positions), after a comma or at its start.
                            Segment& turn = segments[1 + 2 * rng.below(segments.size() / 2)];
                            const qsizetype comma = turn.text.indexOf(
                                QStringLiteral("，"),
                                rng.below(std::uint64_t(std::max<qsizetype>(1, turn.text.size()))));
                            const qsizetype at = comma < 0 ? 0 : comma + 1;
                            turn.text.insert(at, plant.expression + QStringLiteral("，"));
                            totals.characters += codePointCount(plant.expression) + 1;
                        }
                    }
                    const auto segmentIds =
                        orThrow(project.transcripts().appendSegments(w, interviewId, segments));
                    totals.segments += qint64(segments.size());

                    qint64 quotes = quotesPerInterview + (extraQuotes > 0 ? 1 : 0);
                    if (extraQuotes > 0)
                        --extraQuotes;
                    for (qint64 q = 0; q < quotes && !segments.empty(); ++q) {
                        const size_t s = rng.below(segments.size());
                        const qsizetype length = codePointCount(segments[s].text);
                        Quote quote;
                        quote.interviewId = interviewId;
                        quote.startSegmentId = quote.endSegmentId = segmentIds[s];
                        quote.startOffset =
                            qsizetype(rng.below(std::uint64_t(std::max<qsizetype>(1, length - 10))));
                        quote.endOffset = std::min(length, quote.startOffset + rng.between(8, 60));
                        quote.text = codePointMid(segments[s].text, {quote.startOffset, quote.endOffset});
                        quote.audioStartMs = segments[s].startMs;
                        quote.audioEndMs = segments[s].endMs;
                        quote.starred = rng.chance(20);
                        quote.inDossier = rng.chance(10);
                        const int themes = int(rng.between(1, 3));
                        for (int t = 0; t < themes; ++t)
                            quote.themeIds << themeIds[rng.below(themeIds.size())];
                        orThrow(project.quotes().add(w, quote));
                        ++totals.quotes;
                    }
                    ++totals.participants;
                    ++totals.interviews;
                }
            });
            session.undoStack()->clear();
            if (!batch)
                return std::unexpected(batch.error());
            done = totals.interviews;
            if (progress && !progress(done, totalInterviews))
                return totals;
        }
    }
    return totals;
}

} // namespace tianye::demo
