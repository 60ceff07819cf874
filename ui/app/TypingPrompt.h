// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

class QObject;
class QWidget;

namespace tianye::ui {

class UnsavedTyping;

// Before an action that reads the project as saved (undo, redo, export): saves what
// is typed; when that fails says so (the words are kept) and returns false.
bool saveTypingFirst(QWidget* parent, UnsavedTyping& typing, const QString& action);
// Before what closes editors (another project, closing, quitting; one interview's
// page: scope): saves what is typed (within scope), and when that fails asks whether
// to try again, lose it, or cancel (false).
bool mayLoseTyping(QWidget* parent, UnsavedTyping& typing, const QString& action,
                   const QObject* scope = nullptr);

} // namespace tianye::ui
