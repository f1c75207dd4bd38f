#pragma once

#include <vector>

#include "core/ml/FeatureTable.h"

namespace Tessera::Ml {

/**
 * The supervised rows of one symbol and one horizon h (trading days = rows of the table):
 *   y[t] = ln(C[t+h] / C[t])   (forward log return of the adjusted close, so dividends count)
 * for every row t whose features are complete and whose target exists (t + h is a row of the table and
 * both closes are positive). Rows are kept in time order; `barIndex` maps each back to its table row,
 * which is what purge gaps are measured in. Value type.
 */
struct Dataset
{
    int horizon = 1;
    int columns = 0;
    std::vector<int> barIndex;  ///< table row of each usable row, ascending
    std::vector<double> x;      ///< usable rows × columns, row-major
    std::vector<double> y;      ///< forward log returns
    int excludedIncomplete = 0; ///< rows with a target but missing features (indicator warm-up, gaps)
    int excludedNoTarget = 0;   ///< rows with complete features but no target yet (the last h rows)

    int size() const { return static_cast<int>(y.size()); }
    const double* row(int i) const
    {
        return x.data() + static_cast<size_t>(i) * static_cast<size_t>(columns);
    }
};

Dataset buildDataset(const FeatureTable& table, int horizon);

/** Sample variance of y (n − 1); 0 for fewer than two rows. A zero variance is a degenerate target. */
double targetVariance(const Dataset& ds);

} // namespace Tessera::Ml
