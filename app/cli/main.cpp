// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "charts/BarChart.h"
#include "cli/BackupCommands.h"
#include "cli/CliContext.h"
#include "cli/DossierCommand.h"
#include "cli/MediaCommands.h"
#include "cli/ProjectCommands.h"
#include "cli/QdpxCommand.h"
#include "cli/QuoteCommands.h"
#include "cli/RecordAudioCommand.h"
#include "cli/RecordCommands.h"
#include "cli/SearchCommand.h"
#include "cli/TeamCommands.h"
#include "cli/TranscriptCommands.h"
#include "cli/WordsCommand.h"

#include <QCoreApplication>

#include <map>

using namespace tianye::cli;

namespace {

struct Command
{
    Handler run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("init"),
         {ProjectCommands::runInit, QT_TRANSLATE_NOOP("tianye::cli", "Create an empty project")}},
        {QStringLiteral("info"),
         {ProjectCommands::runInfo, QT_TRANSLATE_NOOP("tianye::cli", "Show cities and counts per city")}},
        {QStringLiteral("city"),
         {RecordCommands::runCity, QT_TRANSLATE_NOOP("tianye::cli", "Add, change or list cities")}},
        {QStringLiteral("interview"),
         {RecordCommands::runInterview, QT_TRANSLATE_NOOP("tianye::cli", "Log or list interviews")}},
        {QStringLiteral("participant"),
         {RecordCommands::runParticipant, QT_TRANSLATE_NOOP("tianye::cli", "Change or list participants")}},
        {QStringLiteral("demo"),
         {ProjectCommands::runDemo, QT_TRANSLATE_NOOP("tianye::cli", "Write the demo project")}},
        {QStringLiteral("check"),
         {ProjectCommands::runCheck, QT_TRANSLATE_NOOP("tianye::cli", "Check a project's integrity")}},
        {QStringLiteral("search"),
         {SearchCommand::run, QT_TRANSLATE_NOOP("tianye::cli", "Search transcripts, quotes and notes")}},
        {QStringLiteral("code"),
         {SearchCommand::runCode,
          QT_TRANSLATE_NOOP("tianye::cli", "Make every hit of a search a quote with a theme")}},
        {QStringLiteral("saved-search"),
         {SearchCommand::runSaved,
          QT_TRANSLATE_NOOP("tianye::cli", "List, save or remove the project's saved searches")}},
        {QStringLiteral("export-transcript"),
         {TranscriptCommands::runExport,
          QT_TRANSLATE_NOOP("tianye::cli", "Write a transcript as TXT, SRT or WebVTT")}},
        {QStringLiteral("import-transcript"),
         {TranscriptCommands::runImport,
          QT_TRANSLATE_NOOP("tianye::cli", "Append a TXT, SRT, WebVTT or DOCX transcript to an interview")}},
        {QStringLiteral("backup"),
         {BackupCommands::runBackup,
          QT_TRANSLATE_NOOP("tianye::cli", "Copy a project's database into its backups")}},
        {QStringLiteral("restore"),
         {BackupCommands::runRestore,
          QT_TRANSLATE_NOOP("tianye::cli", "List a project's backups, or restore one")}},
        {QStringLiteral("attach-audio"),
         {MediaCommands::runAttach, QT_TRANSLATE_NOOP("tianye::cli", "Attach a recording to an interview")}},
        {QStringLiteral("media"),
         {MediaCommands::runList,
          QT_TRANSLATE_NOOP("tianye::cli", "List media files with format and duration")}},
        {QStringLiteral("codebook"),
         {QuoteCommands::runCodebook,
          QT_TRANSLATE_NOOP("tianye::cli", "Export or import the themes (REFI-QDA .qdc or CSV)")}},
        {QStringLiteral("qdpx"),
         {QdpxCommand::run,
          QT_TRANSLATE_NOOP(
              "tianye::cli",
              "Export or import a whole project as REFI-QDA (.qdpx: NVivo, ATLAS.ti, MAXQDA)")}},
        {QStringLiteral("quote"),
         {QuoteCommands::runQuote,
          QT_TRANSLATE_NOOP("tianye::cli", "Make words of a transcript a quote, as Make Quote does")}},
        {QStringLiteral("speakers"),
         {TranscriptCommands::runSpeakers,
          QT_TRANSLATE_NOOP("tianye::cli",
                            "List an interview's speaker labels, or tie them to participants")}},
        {QStringLiteral("quotes"),
         {QuoteCommands::runQuotes, QT_TRANSLATE_NOOP("tianye::cli", "Write quotes as CSV or XLSX")}},
        {QStringLiteral("words"),
         {WordsCommand::run,
          QT_TRANSLATE_NOOP("tianye::cli", "The words and expressions that set a city apart (keyness)")}},
        {QStringLiteral("matrix"),
         {QuoteCommands::runMatrix,
          QT_TRANSLATE_NOOP("tianye::cli", "Print the theme × city matrix as CSV")}},
        {QStringLiteral("dossier"),
         {DossierCommand::run,
          QT_TRANSLATE_NOOP("tianye::cli", "Write a city's insight dossier as PDF, ODT, HTML or Markdown")}},
        {QStringLiteral("record"),
         {RecordAudioCommand::run,
          QT_TRANSLATE_NOOP("tianye::cli",
                            "Record an interview from the microphone, or recover a recording")}},
        {QStringLiteral("clone"),
         {TeamCommands::runClone,
          QT_TRANSLATE_NOOP("tianye::cli", "Make a copy of a project for a colleague")}},
        {QStringLiteral("sync"),
         {TeamCommands::runSync,
          QT_TRANSLATE_NOOP("tianye::cli", "Bring two copies of a project together, both ways")}},
        {QStringLiteral("conflicts"),
         {TeamCommands::runConflicts, QT_TRANSLATE_NOOP("tianye::cli", "List what sync resolved")}},
        {QStringLiteral("merge"),
         {TeamCommands::runMerge,
          QT_TRANSLATE_NOOP("tianye::cli", "Merge a project started separately into this one")}},
        {QStringLiteral("activity"),
         {TeamCommands::runActivity,
          QT_TRANSLATE_NOOP("tianye::cli", "List the newest changes: when, by whom, on which copy")}},
        {QStringLiteral("generate"),
         {ProjectCommands::runGenerate,
          QT_TRANSLATE_NOOP("tianye::cli", "Write a synthetic corpus for scale tests")}},
    };
    return table;
}

int usage(CliContext& ctx, bool toStdout)
{
    QTextStream& s = toStdout ? ctx.out() : ctx.err();
    s << QCoreApplication::translate("tianye::cli",
                                     "Usage: tianye-cli COMMAND [ARGS...] (--help after a command "
                                     "for its options)")
      << Qt::endl
      << Qt::endl
      << QCoreApplication::translate("tianye::cli", "Commands:") << Qt::endl;
    for (const auto& [name, command] : commands())
        s << QStringLiteral("  %1").arg(name, -19)
          << QCoreApplication::translate("tianye::cli", command.summary) << Qt::endl;
    s << Qt::endl
      << QCoreApplication::translate("tianye::cli", "Other options: --version, --help") << Qt::endl;
    return toStdout ? Ok : Usage;
}

} // namespace

int main(int argc, char* argv[])
{
    // Dossiers lay out text and draw charts (Qt Charts, on Qt Widgets): that command runs
    // a QApplication, on the offscreen platform unless told otherwise; no display needed.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "dossier") == 0;
    std::unique_ptr<QCoreApplication> app = drawing ? tianye::dossier::makeChartingApplication(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tianye-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tianye"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIANYE_VERSION));

    CliContext ctx;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(ctx, false);
    const QString first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
        return usage(ctx, true);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        ctx.out() << QStringLiteral("tianye-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Ok;
    }
    const auto it = commands().find(first);
    if (it == commands().end()) {
        ctx.err()
            << QCoreApplication::translate("tianye::cli", "tianye-cli: unknown command \"%1\".").arg(first)
            << Qt::endl;
        return usage(ctx, false);
    }
    // The subcommand sees "tianye-cli COMMAND" as its program name.
    QStringList rest = args.mid(2);
    rest.prepend(QStringLiteral("tianye-cli ") + first);
    return it->second.run(ctx, rest);
}
