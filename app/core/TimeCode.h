// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

#include <optional>

namespace tianye {

// "01:02:03" for 3723000 ms; hours are always shown so columns line up.
QString formatTimeCode(qint64 ms, bool withMillis = false);
// Accepts "HH:MM:SS", "MM:SS", "H:MM:SS.mmm" and "HH:MM:SS,mmm".
std::optional<qint64> parseTimeCode(QStringView text);
// "1 h 05 min", "42 min": for durations in lists.
QString formatDuration(qint64 ms);

} // namespace tianye
