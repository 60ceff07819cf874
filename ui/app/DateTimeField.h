// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QDateTimeEdit>

namespace tianye::ui {

// A date-time field for forms filled from the keyboard: Tab leaves the field, as in
// every other field, instead of walking through year, month, day, hour and minute
// (Left/Right and the arrow keys still move between and change the parts).
class DateTimeField final : public QDateTimeEdit
{
    Q_OBJECT

public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace tianye::ui
