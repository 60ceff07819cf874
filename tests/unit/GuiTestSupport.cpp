// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"

#include "app/ProjectSession.h"
#include "app/Translator.h"
#include "demo/DemoProject.h"
#include "main/MainWindow.h"
#include "ops/Session.h"
#include "store/Project.h"

#include <QApplication>
#include <QDialog>
#include <QInputMethodEvent>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace tianye::test {

void startGuiTests(const QString& program)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Tianye-") + program);
    QCoreApplication::setOrganizationName(QStringLiteral("Tianye"));
    ui::Translator::install(QStringLiteral("en"));
}

DemoWindow::DemoWindow(const QString& name)
{
    QSettings().clear();
    m_session = std::make_unique<ui::ProjectSession>();
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString path = m_dir.filePath(name);
    auto created = demo::DemoProject::create(path);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_folder = (*created)->folder();
    created->reset();
    auto opened = m_session->open(m_folder);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
}

DemoWindow::~DemoWindow()
{
    m_window.reset();
    m_session.reset();
}

Project& DemoWindow::project()
{
    return *m_session->project();
}

ops::Session& DemoWindow::verbs()
{
    return *m_session->ops();
}

void type(QWidget* widget, const QString& text)
{
    QVERIFY(widget);
    bool ascii = true;
    for (QChar c : text)
        ascii &= c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

void whenModal(std::function<void(QWidget*)> action, const QString& name, int timeoutMs)
{
    // Polls without blocking: the dialog may open from a later event (a finished
    // background read), and its own loop must be able to run.
    auto* poll = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, waited, action, name, timeoutMs] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || (!name.isEmpty() && modal->objectName() != name)) {
            if (++*waited > timeoutMs / 20) {
                poll->deleteLater();
                qWarning("no dialog %s opened (modal: %s)", qPrintable(name),
                         modal ? qPrintable(modal->objectName() + QLatin1Char('/') +
                                            QString::fromLatin1(modal->metaObject()->className()))
                               : "none");
                QFAIL("no dialog opened");
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        // Whatever happens in the action (a failed check returns early), a dialog
        // left open would hang the test in its loop: close it, and the checks
        // after it fail.
        QPointer<QWidget> guarded(modal);
        const auto closeLeftOpen = qScopeGuard([guarded] {
            QTest::qWait(1);
            if (guarded && QApplication::activeModalWidget() == guarded) {
                qWarning("dialog %s still open", qPrintable(guarded->objectName()));
                if (auto* dialog = qobject_cast<QDialog*>(guarded.data()))
                    dialog->reject();
            }
        });
        modal->activateWindow();
        if (!QTest::qWaitFor([modal] { return QApplication::activeWindow() == modal; }, 2000))
            QApplication::setActiveWindow(modal); // offscreen sometimes drops the request
        QCOMPARE(QApplication::activeWindow(), modal);
        action(modal);
    });
    poll->start();
}

} // namespace tianye::test
