// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// Word analysis: a generated corpus (seed scale by default: 3 cities, 300 interviews,
// 300,000 characters) with an expression planted in a third of each city's interviews;
// the first city's distinctive terms from cold (word list read, terms counted,
// compared) and cached, the update after one transcript changes, peak memory, where
// each planted expression ranks; and segmentation against a hand-segmented sample
// (word and boundary precision and recall), ours against ICU's dictionary word break.
int runWords(const QStringList& args);

} // namespace tianye::bench
