// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace tianye {
class Project;
namespace ops {
class Session;
}
namespace ui {
class MainWindow;
class ProjectSession;
} // namespace ui
} // namespace tianye

namespace tianye::test {

// How every GUI test starts: in initTestCase, settings and data folders of the test
// program's own (tests run in parallel), English; then a DemoWindow per test: the main
// window, shown at 1400×900, on a fresh copy of the demo project.
void startGuiTests(const QString& program);

class DemoWindow final
{
public:
    // name: the demo copy's folder name, unique within the test program's run.
    explicit DemoWindow(const QString& name);
    ~DemoWindow();
    DemoWindow(const DemoWindow&) = delete;
    DemoWindow& operator=(const DemoWindow&) = delete;

    ui::ProjectSession& session() { return *m_session; }
    ui::MainWindow& window() { return *m_window; }
    Project& project();
    ops::Session& verbs();
    QString folder() const { return m_folder; }
    // A folder for the test's own files, removed with the fixture.
    QString scratch(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

// Types as a user does: Latin text as key presses, Chinese as an input method
// delivers it (a committed string), since there are no keys for 大同.
void type(QWidget* widget, const QString& text);

// Runs action once the next modal dialog (with that object name, when given) is up.
// Dialogs run their own event loop, so this polls from a timer; a dialog the action
// leaves open is closed, so a failed check never hangs a test. A dialog that comes
// after slow work (reading a big file in the sanitizer build) may be given longer.
void whenModal(std::function<void(QWidget*)> action, const QString& name = {}, int timeoutMs = 5000);

} // namespace tianye::test
