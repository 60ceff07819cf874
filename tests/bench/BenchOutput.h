// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <vector>

namespace tianye::bench {

// Prints one figure as a JSON line: {"bench":…, "metric":…, "value":…, "unit":…}.
void report(const QString& bench, const QString& metric, double value, const QString& unit);
// Milliseconds since the timer last started, and restarts it.
double msSince(QElapsedTimer& timer);
// Peak resident memory of this process so far, in MiB.
double peakRssMiB();
// The value at p (0 to 1) of the sorted values: 0.5 the median, 0.95 the 95th percentile.
double percentile(std::vector<double> values, double p);
// Prints why a benchmark cannot go on to stderr; returns its exit code (1).
int failure(const QString& message);
// The value of --name VALUE in args, or fallback.
QString option(const QStringList& args, const QString& name, const QString& fallback);

} // namespace tianye::bench
