// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "words/Keyness.h"

#include <cmath>

namespace tianye::words {

double logLikelihood(double a, double b, double c, double d)
{
    if (c <= 0 || d <= 0 || a + b <= 0)
        return 0;
    const double e1 = c * (a + b) / (c + d);
    const double e2 = d * (a + b) / (c + d);
    double g = 0;
    if (a > 0)
        g += a * std::log(a / e1);
    if (b > 0)
        g += b * std::log(b / e2);
    return 2 * g;
}

double logRatio(double a, double b, double c, double d)
{
    if (c <= 0 || d <= 0)
        return 0;
    const double fa = (a > 0 ? a : 0.5) / c;
    const double fb = (b > 0 ? b : 0.5) / d;
    return std::log2(fa / fb);
}

} // namespace tianye::words
