// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// `tianye-bench dossier`: one city of 200 interviews and 2,000 quotes (generated),
// with insights citing evidence; times the content model, the charts and each
// format's export, and the peak memory.
int runDossier(const QStringList& args);

} // namespace tianye::bench
