#pragma once

#include <algorithm>
#include <numeric>
#include <type_traits>
#include <vector>

namespace Tessera::SeriesRows {

/**
 * The rows to keep when a column-wise series is put in key order with one row per key: indices into
 * the columns, ascending by key, and among rows with the same key the one given last (a stable sort,
 * so "the last occurrence wins" is well defined). Shared by the daily and hourly series.
 */
template <typename Key>
std::vector<size_t> lastOccurrenceRows(const std::vector<Key>& keys)
{
    const size_t n = keys.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&keys](size_t a, size_t b) { return keys[a] < keys[b]; });
    std::vector<size_t> keep;
    keep.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (!keep.empty() && keys[keep.back()] == keys[order[i]]) {
            keep.back() = order[i];
        } else {
            keep.push_back(order[i]);
        }
    }
    return keep;
}

/** A column's values at the given rows, in that order. */
template <typename Column>
Column pickRows(const Column& column, const std::vector<size_t>& rows)
{
    Column out;
    out.reserve(rows.size());
    for (size_t r : rows) {
        out.push_back(column[r]);
    }
    return out;
}

} // namespace Tessera::SeriesRows
