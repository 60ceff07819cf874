// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/CliContext.h"

#include "ops/Session.h"
#include "store/CityRepository.h"
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

int CliContext::command(const QStringList& args, const CommandSpec& spec,
                        const std::function<int(Call&)>& body)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(spec.description);
    parser.addHelpOption();
    parser.addOptions(spec.options);
    parser.addPositionalArgument(QStringLiteral("args"), QString(), spec.positional);
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Ok;
    }
    const auto count = parser.positionalArguments().size();
    if (count < spec.minPositionals)
        return usageError(parser, tr("Missing arguments: %1").arg(spec.positional));
    if (spec.maxPositionals >= 0 && count > spec.maxPositionals)
        return usageError(
            parser, tr("Too many arguments: %1")
                        .arg(parser.positionalArguments().mid(spec.maxPositionals).join(QLatin1Char(' '))));
    Call call(*this, parser);
    return body(call);
}

Call::Call(CliContext& ctx, QCommandLineParser& parser)
    : m_ctx(ctx)
    , m_parser(parser)
    , m_positional(parser.positionalArguments())
{}

// The session goes before the project it refers to.
Call::~Call()
{
    m_session.reset();
    m_project.reset();
}

QTextStream& Call::out()
{
    return m_ctx.out();
}

QTextStream& Call::err()
{
    return m_ctx.err();
}

int Call::usage(const QString& message)
{
    return m_exit = m_ctx.usageError(m_parser, message);
}

int Call::fail(const QString& message)
{
    return m_exit = m_ctx.error(message);
}

Project* Call::openWith(const std::function<Result<std::unique_ptr<Project>>(const QString&)>& open)
{
    if (!m_project && m_exit == Ok) {
        auto opened = open(m_positional.value(0));
        if (!opened)
            fail(opened.error());
        else
            m_project = std::move(*opened);
    }
    return m_project.get();
}

Project* Call::project()
{
    return openWith([](const QString& path) { return Project::open(path); });
}

Project* Call::reading()
{
    return openWith(&Project::openForReading);
}

ops::Session* Call::session()
{
    if (!m_session && project())
        m_session = std::make_unique<ops::Session>(*m_project);
    return m_session.get();
}

Result<RowId> Call::interviewNamed(const QString& idOrUuid)
{
    auto id = m_project->interviews().resolve(idOrUuid);
    if (id && *id == NoRow)
        return tianye::fail(
            Error::Code::NotFound,
            QCoreApplication::translate("tianye::cli::CliContext", "There is no interview \"%1\" in %2.")
                .arg(idOrUuid, m_project->folder()));
    return id;
}

std::optional<RowId> Call::interview(const QCommandLineOption& option)
{
    if (!project())
        return std::nullopt;
    auto id = interviewNamed(value(option));
    if (!id) {
        fail(id.error());
        return std::nullopt;
    }
    return *id;
}

Result<RowId> Call::cityNamed(const QString& nameOrId)
{
    auto byName = m_project->cities().findByName(nameOrId);
    if (!byName || *byName != NoRow)
        return byName;
    bool numeric = false;
    const RowId id = nameOrId.toLongLong(&numeric);
    if (numeric && m_project->cities().get(id))
        return id;
    return tianye::fail(Error::Code::NotFound, QCoreApplication::translate("tianye::cli::CliContext",
                                                                           "There is no city \"%1\" in %2.")
                                                   .arg(nameOrId, m_project->folder()));
}

QString cell(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else
            out += c;
    }
    return out;
}

bool splitVerb(const QStringList& args, QString& verb, QStringList& rest)
{
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-')))
        return false;
    verb = args.at(1);
    rest = QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2);
    return true;
}

int groupHelp(CliContext& ctx, const QString& group, const QStringList& args, const QString& text)
{
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    (help ? ctx.out() : ctx.err()) << text << Qt::endl;
    if (!help)
        ctx.err() << CliContext::tr("tianye-cli: '%1' needs a subcommand.").arg(group) << Qt::endl;
    return help ? Ok : Usage;
}

} // namespace tianye::cli
