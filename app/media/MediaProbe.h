// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

#include <optional>

namespace tianye::media {

// The length of a recording, measured by decoding it with GStreamer to the end (an
// MP3's header, when it has one at all, only estimates it): milliseconds, or nothing
// when the file is not audio GStreamer can read. Takes as long as decoding does (a
// few seconds an hour of MP3): call it off the window's thread.
std::optional<qint64> measureDurationMs(const QString& path);

} // namespace tianye::media
