// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/CliContext.h"

#include "store/InterviewRepository.h"
#include "store/Project.h"

#include <cstdio>

namespace tianye::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliContext::error(const QString& message)
{
    m_out.flush();
    m_err << QStringLiteral("tianye-cli: ") << message << Qt::endl;
    return Failed;
}

int CliContext::usageError(const QCommandLineParser& parser, const QString& message)
{
    m_out.flush();
    m_err << QStringLiteral("tianye-cli: ") << message << Qt::endl
          << tr("Run '%1 --help' for usage.")
                 .arg(parser.applicationDescription().section(QLatin1Char('\n'), 0, 0))
          << Qt::endl;
    return Usage;
}

int CliContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& description,
                      const QString& positionalSyntax, int minPositionals, int maxPositionals)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("args"), QString(), positionalSyntax);
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Ok;
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositionals)
        return usageError(parser, tr("Missing arguments: %1").arg(positionalSyntax));
    if (maxPositionals >= 0 && count > maxPositionals)
        return usageError(parser,
                          tr("Too many arguments: %1")
                              .arg(parser.positionalArguments().mid(maxPositionals).join(QLatin1Char(' '))));
    return -1;
}

std::unique_ptr<Project> CliContext::open(const QString& path, int& exitCode)
{
    auto project = Project::open(path);
    if (!project) {
        exitCode = error(project.error());
        return nullptr;
    }
    exitCode = Ok;
    return std::move(*project);
}

// The interview an --interview value (id or UUID) names, or an error saying there is none.
Result<RowId> CliContext::interviewNamed(Project& project, const QString& idOrUuid)
{
    auto id = project.interviews().resolve(idOrUuid);
    if (id && *id == NoRow)
        return fail(Error::Code::NotFound,
                    tr("There is no interview \"%1\" in %2.").arg(idOrUuid, project.folder()));
    return id;
}

} // namespace tianye::cli
