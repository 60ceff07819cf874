// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "app/Translator.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tianye"));
    QApplication::setOrganizationName(QStringLiteral("Tianye"));
    QApplication::setApplicationVersion(QStringLiteral(TIANYE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tianye.Tianye"));
    // The installed hicolor icon (packaging/): the window icon where the desktop does
    // not take it from the desktop file.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.tianye.Tianye")));
    tianye::ui::Translator::install(tianye::ui::settings::language.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Tianye: interviews, transcripts and insights "
                                                             "for field research."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project folder (NAME.tianye) or its project.db."),
        QStringLiteral("[PROJECT]"));
    parser.process(app);

    tianye::ui::ProjectSession session;
    tianye::ui::MainWindow window(&session);
    window.resize(1400, 860);
    window.show();

    // Open after the window is up, so errors have a parent. The first start opens
    // (and writes) the demo project; later starts reopen the last project.
    QTimer::singleShot(0, &window, [&] {
        if (auto opened = session.openAtStart(parser.positionalArguments()); !opened)
            window.reportOpenFailure(opened.error());
    });
    return QApplication::exec();
}
