// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/FileKinds.h"

#include <QString>

namespace tianye::ui {

// An open dialog's filter for one kind of file (from core/FileKinds), with "All
// files" after it: "Audio (*.wav *.mp3 …);;All files (*)".
QString openFilter(FileKind kind);
// "WAV, MP3, M4A, …": the suffixes of a kind for a message.
QString suffixNames(FileKind kind);

} // namespace tianye::ui
