// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tianye::test {

// Types as a user does: Latin text as key presses, Chinese as an input method
// delivers it (a committed string), since there are no keys for 大同.
void type(QWidget* widget, const QString& text);

// Runs action once the next modal dialog (with that object name, when given) is up.
// Dialogs run their own event loop, so this polls from a timer; a dialog the action
// leaves open is closed, so a failed check never hangs a test.
void whenModal(std::function<void(QWidget*)> action, const QString& name = {});

} // namespace tianye::test
