// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace tianye::ui {

// What the window shows while no project is open: New, Open, the demo, and the
// recent projects (Enter or a double click opens one).
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecent(const QStringList& paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString& path);

private:
    QLabel* m_recentTitle = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace tianye::ui
