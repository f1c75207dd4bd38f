#pragma once

#include <QStringList>

namespace Tessera {

/**
 * The candidates a user probably meant by `wanted` (a mistyped ticker, universe or setting), best
 * first, at most `max`. Compared ignoring case; a candidate's exchange suffix (".NS") is ignored for
 * the distance, so "RELAINCE" finds "RELIANCE.NS". Ranked: same text ignoring case, same base
 * ("FOOBAR" for "FOOBAR.NS"), one is a prefix of the other (at least 3 characters), then the edit
 * distance (optimal string alignment: insertions, deletions, substitutions and swaps of neighbours)
 * up to a third of the longer text. Pure function.
 */
QStringList closeMatches(const QString& wanted, const QStringList& candidates, int max = 3);

/** "; did you mean A?" / "; did you mean A, B or C?" for closeMatches' result, empty when none. */
QString didYouMean(const QStringList& matches);

/** Optimal string alignment distance between a and b (case-sensitive). */
int editDistance(QStringView a, QStringView b);

} // namespace Tessera
