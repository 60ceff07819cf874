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

namespace tianye {
class Project;
}

namespace tianye::cli {

// Exit codes shared by every subcommand.
enum Exit : int
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// Output streams and the small conventions every subcommand follows: errors start
// with "tianye-cli: ", usage errors exit 2, project errors exit 1.
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

    // Parses args (the command words first) with --help; returns -1 to go on, else an exit code.
    int parse(QCommandLineParser& parser, const QStringList& args, const QString& description,
              const QString& positionalSyntax, int minPositionals, int maxPositionals);

    std::unique_ptr<Project> open(const QString& path, int& exitCode);
    // The interview an --interview value (id or UUID) names, or an error saying there is none.
    static Result<RowId> interviewNamed(Project& project, const QString& idOrUuid);

private:
    QTextStream m_out;
    QTextStream m_err;
};

using Handler = std::function<int(CliContext&, const QStringList& args)>;

} // namespace tianye::cli
