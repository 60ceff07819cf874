// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianye::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* title = new QLabel(
        tr("<h2>Tianye 田野</h2><p>Interviews, transcripts and insights for field research.</p>"), this);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    const auto addButton = [&](const QString& text, const char* name, void (WelcomePage::*signal)()) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setMinimumWidth(260);
        connect(button, &QPushButton::clicked, this, signal);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    };
    addButton(tr("New Project…"), "welcomeNew", &WelcomePage::newRequested);
    addButton(tr("Open Project…"), "welcomeOpen", &WelcomePage::openRequested);
    addButton(tr("Open the Demo Project"), "welcomeDemo", &WelcomePage::demoRequested);
    m_recentTitle = new QLabel(tr("Recent projects"), this);
    m_recentTitle->setAlignment(Qt::AlignCenter);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMinimumWidth(420);
    m_recent->setMaximumHeight(fontMetrics().height() * 9);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });
    layout->addSpacing(12);
    layout->addWidget(m_recentTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void WelcomePage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setCurrentRow(0);
    m_recent->setVisible(!paths.isEmpty());
    m_recentTitle->setVisible(!paths.isEmpty());
}

} // namespace tianye::ui
