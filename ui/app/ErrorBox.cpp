// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/ErrorBox.h"

#include <QMessageBox>

namespace tianye::ui {

void showErrorBox(QWidget* parent, const QString& title, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace tianye::ui
