// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace tianye {
class Project;
namespace ops {
class Session;
}
} // namespace tianye

namespace tianye::cli {

// Exit codes shared by every subcommand.
enum Exit : int
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// What a subcommand says about itself. The first line of the description is its
// synopsis ("tianye-cli city add PATH NAME"), used in messages too.
struct CommandSpec
{
    QString description;
    QString positional; // "PATH NAME"
    int minPositionals = 1;
    int maxPositionals = 1;
    QList<QCommandLineOption> options;
};

class CliContext;

// One run of a subcommand: its parsed arguments, the project its first argument
// names (opened on first use), the session that writes to it, and the output.
class Call final
{
    Q_DISABLE_COPY_MOVE(Call)

public:
    Call(CliContext& ctx, QCommandLineParser& parser);
    ~Call();

    const QStringList& positional() const { return m_positional; }
    QString arg(int i) const { return m_positional.value(i); }
    bool isSet(const QCommandLineOption& o) const { return m_parser.isSet(o); }
    QString value(const QCommandLineOption& o) const { return m_parser.value(o); }
    QStringList values(const QCommandLineOption& o) const { return m_parser.values(o); }

    QTextStream& out();
    QTextStream& err();
    // Exit 2 after "tianye-cli: message" and a pointer to --help.
    int usage(const QString& message);
    // Exit 1 after "tianye-cli: message".
    int fail(const QString& message);
    int fail(const Error& e) { return fail(e.message); }

    // The project at the first argument, opened on first use; nullptr after saying
    // why it could not be opened (then return exitCode()).
    Project* project();
    // The same for a command that only reads (search, lists, exports): opened with
    // Project::openForReading, so it runs while a window has the project open and on a
    // read-only medium, and skips the whole-file check.
    Project* reading();
    // The session through which this command writes to the project (the verbs).
    ops::Session* session();
    int exitCode() const { return m_exit; }

    // The interview an --interview value (id or UUID) names, or an error saying there is none.
    Result<RowId> interviewNamed(const QString& idOrUuid);
    // The interview the option names, in the project (opened if need be); nothing after
    // saying why (the project did not open, no such interview): then return exitCode().
    std::optional<RowId> interview(const QCommandLineOption& option);
    // The city a name (or id) names, or an error saying there is none.
    Result<RowId> cityNamed(const QString& nameOrId);

private:
    // The project opened the given way on first use (either way: the first one holds).
    Project* openWith(const std::function<Result<std::unique_ptr<Project>>(const QString&)>& open);
    CliContext& m_ctx;
    QCommandLineParser& m_parser;
    QStringList m_positional;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ops::Session> m_session;
    int m_exit = Ok;
};

// Output streams and the one shape of every subcommand: parse (with --help), check
// the positional arguments, run the body (which opens the project through the Call
// when it needs it), print. Errors start with "tianye-cli: ", usage errors exit 2,
// project errors exit 1.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::CliContext)

public:
    CliContext();
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    int error(const QString& message);
    int error(const Error& e) { return error(e.message); }
    int usageError(const QCommandLineParser& parser, const QString& message);

    int command(const QStringList& args, const CommandSpec& spec, const std::function<int(Call&)>& body);

private:
    QTextStream m_out;
    QTextStream m_err;
};

using Handler = std::function<int(CliContext&, const QStringList& args)>;

// A field of a tab-separated line: a backslash, tab or line break in it is written
// \\, \t, \n (\r), so that every record stays on one line of its columns (--json gives
// the text as it is).
QString cell(const QString& text);

// A command group ("city add", "city list"): the sub-verb and the arguments after it,
// with "tianye-cli GROUP VERB" as the program name; false when there is no sub-verb.
bool splitVerb(const QStringList& args, QString& verb, QStringList& rest);
// Help for a group called without (or with an unknown) sub-verb.
int groupHelp(CliContext& ctx, const QString& group, const QStringList& args, const QString& text);

} // namespace tianye::cli
