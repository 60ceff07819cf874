// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

namespace tianye::ui {

class TranscriptEditor;

// Find and replace in a transcript, matching as search does: case, accents and
// full-width forms are folded, and Chinese matches anywhere (there are no word
// boundaries to respect). Return false (0) when there is no (further) match.
bool findNext(TranscriptEditor& editor, const QString& needle, bool backward = false);
bool replaceCurrent(TranscriptEditor& editor, const QString& needle, const QString& replacement);
// All matches in one undoable step; what was typed before is saved first.
int replaceAll(TranscriptEditor& editor, const QString& needle, const QString& replacement);

} // namespace tianye::ui
