// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

class QWidget;

namespace tianye::ui {

// Shows a failed operation without blocking: a window-modal warning over parent
// (object name "errorMessage"), deleted when closed.
void showErrorBox(QWidget* parent, const QString& title, const Error& error);

} // namespace tianye::ui
