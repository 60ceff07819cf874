// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "LogBench.h"

#include "BenchOutput.h"
#include "cities/CityListModel.h"
#include "demo/CorpusGenerator.h"
#include "interviews/InterviewFilterModel.h"
#include "interviews/InterviewTableModel.h"
#include "ops/Interviews.h"
#include "ops/Participants.h"
#include "ops/Session.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <cstdio>

namespace tianye::bench {

int runLog(const QStringList& args)
{
    const int interviews = option(args, QStringLiteral("--interviews"), QStringLiteral("10000")).toInt();
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    if (!dir.isValid() || interviews < 10) {
        std::fprintf(stderr, "tianye-bench log: needs --interviews >= 10 and a writable --dir\n");
        return 2;
    }
    const QString bench = QStringLiteral("log");
    auto created = Project::create(dir.filePath(QStringLiteral("log")));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    Project& project = **created;
    demo::CorpusGenerator::Options options;
    options.cities = 10;
    options.interviewsPerCity = interviews / options.cities;
    options.charsPerInterview = 300; // the log shows counts, not text
    options.quotes = interviews * 3;
    options.seed = 7;
    auto generated = demo::CorpusGenerator::generate(project, options);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
        return 1;
    }
    report(bench, QStringLiteral("interviews"), double(generated->interviews), QStringLiteral("count"));

    QElapsedTimer timer;
    timer.start();
    ui::CityListModel cities;
    cities.setProject(&project);
    report(bench, QStringLiteral("city_list_load"), msSince(timer), QStringLiteral("ms"));

    ui::InterviewTableModel model;
    ui::InterviewFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::InterviewTableModel::SortRole);
    timer.restart();
    model.setProject(&project);
    report(bench, QStringLiteral("log_load_all_cities"), msSince(timer), QStringLiteral("ms"));
    proxy.sort(ui::InterviewTableModel::Date);
    report(bench, QStringLiteral("sort_by_date"), msSince(timer), QStringLiteral("ms"));
    proxy.sort(ui::InterviewTableModel::Duration, Qt::DescendingOrder);
    report(bench, QStringLiteral("sort_by_duration"), msSince(timer), QStringLiteral("ms"));

    // Typing a filter: every keystroke filters the whole log again.
    const QString typed = QStringLiteral("DT-0042");
    double worst = 0;
    double total = 0;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        proxy.setFilterWords(typed.left(n));
        const double ms = msSince(timer);
        worst = std::max(worst, ms);
        total += ms;
    }
    report(bench, QStringLiteral("filter_keystroke_mean"), total / double(typed.size()),
           QStringLiteral("ms"));
    report(bench, QStringLiteral("filter_keystroke_worst"), worst, QStringLiteral("ms"));
    report(bench, QStringLiteral("filter_rows_left"), proxy.rowCount(), QStringLiteral("count"));
    proxy.setFilterWords({});
    msSince(timer);

    // An edit to one interview reaches its row only.
    const RowId first = model.interviewAt(0);
    ops::Session session(project);
    ops::setInterviewStatus(session, {first}, InterviewStatus::Coded);
    report(bench, QStringLiteral("edit_one_interview_to_row"), msSince(timer), QStringLiteral("ms"));
    // An edit to a participant re-reads the log lines (codes, occupations) and signals
    // only the rows that differ.
    const RowId participant = project.interviews().get(first)->participantIds.value(0);
    ops::setParticipantField(session, participant, ParticipantField::Occupation, QStringLiteral("面馆老板"));
    report(bench, QStringLiteral("edit_participant_to_rows"), msSince(timer), QStringLiteral("ms"));

    timer.restart();
    model.setCity(cities.index(1).data(ui::CityListModel::CityIdRole).toLongLong());
    report(bench, QStringLiteral("switch_to_one_city"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace tianye::bench
