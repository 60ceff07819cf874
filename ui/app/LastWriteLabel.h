// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Records.h"

#include <QLabel>

#include <optional>

namespace tianye::ui {

// "Last changed by 王芳 on another copy (3f2a91c0), 7/12/26 14:02": who last changed
// a record shown on a page (an interview, a quote), from the change log. Empty when
// the log has no write of it.
class LastWriteLabel final : public QLabel
{
    Q_OBJECT

public:
    LastWriteLabel(const QString& objectName, QWidget* parent);

    // thisDevice: this copy's device, to say "this copy" rather than its id.
    void setWrite(const std::optional<LastWrite>& write, const QString& thisDevice);
};

} // namespace tianye::ui
