#pragma once

#include <vector>

#include "core/common/Result.h"
#include "core/ml/Dataset.h"

namespace Tessera::Ml {

/**
 * One expanding-window walk-forward fold over a Dataset's usable rows (positions, not table rows):
 * train on [0, trainEnd), test on [testBegin, testEnd). Rows between trainEnd and testBegin are the
 * purge gap.
 */
struct Fold
{
    int index = 0;
    int trainEnd = 0;
    int testBegin = 0;
    int testEnd = 0;

    int trainRows() const { return trainEnd; }
    int testRows() const { return testEnd - testBegin; }
};

/**
 * Number of leading positions of ds that may train a model tested from position `begin`: those rows t
 * whose target window (t, t + purge] ends strictly before the first test bar, i.e.
 *   barIndex[t] + purge < barIndex[begin].
 * With purge = the horizon, no training target overlaps the test period (López de Prado's purging).
 */
int purgedTrainEnd(const Dataset& ds, int begin, int purge);
/** The same over a plain ascending array of bar indexes (a model's validation tail uses it). */
int purgedTrainEnd(const int* barIndex, int size, int begin, int purge);

/**
 * K expanding-window folds (scikit-learn TimeSeriesSplit layout): the usable rows are cut into K + 1
 * equal blocks (the first absorbs the remainder); fold k tests on block k + 1 and trains on every row
 * before it, minus the purge gap of `purge` bars. An InvalidInput error when
 * the first fold would train on fewer than minTrainRows rows or a block would hold fewer than 5 rows.
 */
[[nodiscard]] Result<std::vector<Fold>>
walkForwardFolds(const Dataset& ds, int k, int purge, int minTrainRows);

/**
 * Walk-forward folds of a fixed test length (e.g. 63 trading days: quarterly): the last K blocks of
 * `blockRows` usable rows are tested one after the other, each fold training on every row before its
 * block minus the purge gap. K is as many blocks as fit after a first training window of at least a
 * third of the rows (and minTrainRows after the purge), at most maxFolds. When fewer than two blocks
 * fit, falls back to walkForwardFolds(ds, fallbackK, ...), so short histories keep their equal blocks.
 */
[[nodiscard]] Result<std::vector<Fold>> walkForwardFoldsByLength(
    const Dataset& ds, int blockRows, int maxFolds, int fallbackK, int purge, int minTrainRows);

} // namespace Tessera::Ml
