#include "core/ml/WalkForward.h"

#include <algorithm>

namespace Tessera::Ml {

int purgedTrainEnd(const int* barIndex, int size, int begin, int purge)
{
    if (begin <= 0) {
        return 0;
    }
    if (begin >= size) {
        return size;
    }
    const int firstTestBar = barIndex[begin];
    // barIndex is ascending: walk back from the test start over the rows inside the gap.
    int end = begin;
    while (end > 0 && barIndex[end - 1] + purge >= firstTestBar) {
        --end;
    }
    return end;
}

int purgedTrainEnd(const Dataset& ds, int begin, int purge)
{
    return purgedTrainEnd(ds.barIndex.data(), ds.size(), begin, purge);
}

Result<std::vector<Fold>> walkForwardFolds(const Dataset& ds, int k, int purge, int minTrainRows)
{
    const int n = ds.size();
    if (k < 1) {
        return fail(Error::invalidInput(QStringLiteral("walk-forward needs at least one fold")));
    }
    const int block = n / (k + 1);
    if (block < 5) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 usable rows cannot make %2 walk-forward folds").arg(n).arg(k)));
    }
    std::vector<Fold> folds;
    for (int i = 0; i < k; ++i) {
        Fold f;
        f.index = i;
        f.testBegin = n - (k - i) * block;
        f.testEnd = f.testBegin + block;
        f.trainEnd = purgedTrainEnd(ds, f.testBegin, purge);
        if (f.trainEnd < minTrainRows) {
            return fail(
                Error::invalidInput(QStringLiteral("fold %1 would train on %2 rows (need %3; %4 usable rows)")
                                        .arg(i + 1)
                                        .arg(f.trainEnd)
                                        .arg(minTrainRows)
                                        .arg(n)));
        }
        folds.push_back(f);
    }
    return folds;
}

Result<std::vector<Fold>> walkForwardFoldsByLength(
    const Dataset& ds, int blockRows, int maxFolds, int fallbackK, int purge, int minTrainRows)
{
    const int n = ds.size();
    if (blockRows < 5 || maxFolds < 2) {
        return walkForwardFolds(ds, fallbackK, purge, minTrainRows);
    }
    const int firstTrain = std::max(n / 3, minTrainRows + purge);
    const int k = std::min(maxFolds, (n - firstTrain) / blockRows);
    if (k < 2) {
        return walkForwardFolds(ds, fallbackK, purge, minTrainRows);
    }
    std::vector<Fold> folds;
    for (int i = 0; i < k; ++i) {
        Fold f;
        f.index = i;
        f.testBegin = n - (k - i) * blockRows;
        f.testEnd = f.testBegin + blockRows;
        f.trainEnd = purgedTrainEnd(ds, f.testBegin, purge);
        if (f.trainEnd < minTrainRows) {
            // Gaps in the bar indexes can purge more rows than the horizon: the equal layout decides.
            return walkForwardFolds(ds, fallbackK, purge, minTrainRows);
        }
        folds.push_back(f);
    }
    return folds;
}

} // namespace Tessera::Ml
