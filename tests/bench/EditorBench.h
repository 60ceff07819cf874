// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// The transcription editor on a long transcript: opening, scrolling, saving a
// keystroke, splitting a segment. Needs a QApplication (offscreen is fine).
int runEditor(const QStringList& args);

} // namespace tianye::bench
