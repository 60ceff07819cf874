// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "DossierBench.h"

#include "BenchOutput.h"
#include "charts/BarChart.h"
#include "demo/CorpusGenerator.h"
#include "dossier/Dossier.h"
#include "dossier/Render.h"
#include "ops/Insights.h"
#include "ops/Session.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tianye::bench {

int runDossier(const QStringList& args)
{
    const int interviews = option(args, QStringLiteral("--interviews"), QStringLiteral("200")).toInt();
    const int quotes = option(args, QStringLiteral("--quotes"), QStringLiteral("2000")).toInt();
    QTemporaryDir temp;
    const QString dir = option(args, QStringLiteral("--dir"), temp.path());
    const QString bench = QStringLiteral("dossier");

    QElapsedTimer timer;
    timer.start();
    auto created =
        Project::create(QDir(dir).filePath(QStringLiteral("dossier-bench")), QStringLiteral("Bench"));
    if (!created)
        return failure(created.error().message);
    Project& project = **created;
    demo::CorpusGenerator::Options options;
    options.cities = 1;
    options.interviewsPerCity = interviews;
    options.charsPerInterview = 3000;
    options.quotes = quotes;
    auto totals = demo::CorpusGenerator::generate(project, options);
    if (!totals)
        return failure(totals.error().message);
    const RowId city = project.cities().list()->front().id;
    // Six insights of five quotes each, as a creative lead would write them.
    auto ids = QuoteCatalog(project.db()).ids({});
    ops::Session session(project);
    for (int i = 0; i < 6 && ids; ++i) {
        Insight in;
        in.cityId = city;
        in.position = i;
        QList<RowId> evidence;
        for (int k = 0; k < 5; ++k)
            evidence << ids->at(size_t((i * 97 + k * 13) % int(ids->size())));
        const auto insight = ops::addInsight(session, city, QStringLiteral("洞察 %1").arg(i + 1));
        if (!insight)
            return failure(insight.error().message);
        ops::setInsightField(session, *insight, InsightField::Statement,
                             demo::CorpusGenerator::sampleText(quint64(i + 7), 120));
        ops::setEvidence(session, *insight, evidence, ops::EvidenceChange::Added, int(evidence.size()));
    }
    report(bench, QStringLiteral("generate"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("interviews"), double(totals->interviews), QStringLiteral("count"));
    report(bench, QStringLiteral("quotes"), double(totals->quotes), QStringLiteral("count"));
    report(bench, QStringLiteral("characters"), double(totals->characters), QStringLiteral("count"));

    for (const dossier::Format format :
         {dossier::Format::Pdf, dossier::Format::Odt, dossier::Format::Html, dossier::Format::Markdown}) {
        const QString name = dossier::suffix(format);
        timer.restart();
        QElapsedTimer total;
        total.start();
        dossier::Options opts;
        auto model = dossier::buildCity(project.db().sql(), city, opts);
        if (!model)
            return failure(model.error().message);
        const double built = msSince(timer);
        const dossier::ChartImages charts = dossier::drawCharts(*model, opts, dossier::paintBarChart);
        const double drawn = msSince(timer);
        auto bytes = dossier::render(*model, charts, format, opts);
        if (!bytes)
            return failure(bytes.error().message);
        const QString file = QDir(dir).filePath(QStringLiteral("dossier.") + name);
        if (auto saved = dossier::save(*bytes, file); !saved)
            return failure(saved.error().message);
        const double rendered = msSince(timer);
        if (format == dossier::Format::Pdf) {
            report(bench, QStringLiteral("model"), built, QStringLiteral("ms"));
            report(bench, QStringLiteral("charts"), drawn, QStringLiteral("ms"));
        }
        report(bench, name + QStringLiteral("_render_and_save"), rendered, QStringLiteral("ms"));
        report(bench, name + QStringLiteral("_export_total"), double(total.nsecsElapsed()) / 1e6,
               QStringLiteral("ms"));
        report(bench, name + QStringLiteral("_size"), double(QFileInfo(file).size()) / 1024.0,
               QStringLiteral("KiB"));
    }
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace tianye::bench
