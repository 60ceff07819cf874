// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/TypingPrompt.h"

#include "app/ErrorBox.h"
#include "app/UnsavedTyping.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tianye::ui {

bool saveTypingFirst(QWidget* parent, UnsavedTyping& typing, const QString& action)
{
    const Status saved = typing.flush();
    if (!saved)
        showErrorBox(parent, action, UnsavedTyping::kept(saved.error()));
    return bool(saved);
}

bool mayLoseTyping(QWidget* parent, UnsavedTyping& typing, const QString& action, const QObject* scope)
{
    for (;;) {
        const Status saved = scope ? typing.flushWithin(scope) : typing.flush();
        if (saved)
            return true;
        QMessageBox ask(
            QMessageBox::Warning, action,
            QCoreApplication::translate("tianye::ui::TypingPrompt", "What you typed could not be saved."),
            QMessageBox::NoButton, parent);
        ask.setObjectName(QStringLiteral("unsavedTyping"));
        ask.setInformativeText(
            saved.error().message + QStringLiteral("\n\n") +
            QCoreApplication::translate(
                "tianye::ui::TypingPrompt",
                "If you go on, it is lost. Make room on the disk and try again to keep it."));
        QPushButton* retry = ask.addButton(
            QCoreApplication::translate("tianye::ui::TypingPrompt", "&Try Again"), QMessageBox::AcceptRole);
        QPushButton* lose = ask.addButton(QCoreApplication::translate("tianye::ui::TypingPrompt", "&Lose It"),
                                          QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(retry);
        ask.exec();
        if (ask.clickedButton() == lose)
            return true;
        if (ask.clickedButton() != retry)
            return false;
    }
}

} // namespace tianye::ui
