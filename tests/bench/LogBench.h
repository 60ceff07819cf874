// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// The interview log over a large project: model load, filtering, sorting and the
// row updates that follow edits.
int runLog(const QStringList& args);

} // namespace tianye::bench
