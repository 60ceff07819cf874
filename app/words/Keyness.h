// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

namespace tianye::words {

// How much more (or less) a term is used on one side of a comparison than on the
// other: a uses in a corpus of c, b uses in a corpus of d.
//
// Log-likelihood (Dunning 1993, the G² of the two-by-two table, as corpus linguistics
// computes keyness): 2·(a·ln(a/E1) + b·ln(b/E2)) with E1 = c·(a+b)/(c+d) and
// E2 = d·(a+b)/(c+d); a zero count adds nothing. 3.84 is p < 0.05 with one degree of
// freedom, 15.13 p < 0.0001. It says how sure the difference is, not how big.
double logLikelihood(double a, double b, double c, double d);

// The size of the difference (Hardie 2014's Log Ratio): log2 of the ratio of the two
// relative frequencies, a zero count taken as 0.5 so the ratio stays finite. 1 means
// twice as often, 3 eight times as often; negative: used less than on the other side.
double logRatio(double a, double b, double c, double d);

} // namespace tianye::words
