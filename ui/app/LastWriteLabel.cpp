// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/LastWriteLabel.h"

#include <QLocale>

namespace tianye::ui {

LastWriteLabel::LastWriteLabel(const QString& objectName, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setForegroundRole(QPalette::PlaceholderText);
}

void LastWriteLabel::setWrite(const std::optional<LastWrite>& write, const QString& thisDevice)
{
    if (!write) {
        clear();
        setToolTip({});
        return;
    }
    const QString when = QLocale().toString(write->when().toLocalTime(), QLocale::ShortFormat);
    const bool here = write->device == thisDevice;
    const QString copy = write->device.left(8);
    if (write->author.isEmpty())
        setText(here ? tr("Last changed on this copy, %1").arg(when)
                     : tr("Last changed on another copy (%1), %2").arg(copy, when));
    else
        setText(here ? tr("Last changed by %1 on this copy, %2").arg(write->author, when)
                     : tr("Last changed by %1 on another copy (%2), %3").arg(write->author, copy, when));
    setToolTip(tr("Copy %1").arg(write->device));
}

} // namespace tianye::ui
