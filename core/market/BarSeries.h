#pragma once

#include <vector>

#include <QString>

#include "core/market/Bar.h"

namespace Tessera {

/**
 * A symbol's daily bars in columnar form (one std::vector per field), sorted by date ascending with
 * unique dates. Columnar because every indicator walks one field over all dates.
 * Dates are kept as Julian day numbers (QDate::toJulianDay) for cheap comparison.
 * Not thread-safe for mutation; share const instances freely.
 */
class BarSeries
{
public:
    BarSeries() = default;
    explicit BarSeries(QString ticker)
        : m_ticker(std::move(ticker))
    {}

    const QString& ticker() const { return m_ticker; }
    void setTicker(const QString& ticker) { m_ticker = ticker; }

    qsizetype size() const { return static_cast<qsizetype>(m_day.size()); }
    bool isEmpty() const { return m_day.empty(); }
    void reserve(qsizetype n);
    void clear();

    /** Appends a bar; callers keep dates ascending (see sortAndDeduplicate for unordered input). */
    void append(const Bar& bar);
    Bar at(qsizetype i) const;
    QDate date(qsizetype i) const { return QDate::fromJulianDay(m_day[static_cast<size_t>(i)]); }
    QDate firstDate() const { return isEmpty() ? QDate() : date(0); }
    QDate lastDate() const { return isEmpty() ? QDate() : date(size() - 1); }

    const std::vector<qint64>& days() const { return m_day; }
    const std::vector<double>& open() const { return m_open; }
    const std::vector<double>& high() const { return m_high; }
    const std::vector<double>& low() const { return m_low; }
    const std::vector<double>& close() const { return m_close; }
    const std::vector<double>& adjClose() const { return m_adjClose; }
    const std::vector<double>& volume() const { return m_volume; }

    /**
     * Sorts by date and removes duplicated dates, keeping the last occurrence (a later line or file
     * revises an earlier one). Returns how many duplicates were dropped.
     */
    qsizetype sortAndDeduplicate();

    /**
     * The split/dividend-adjusted view used by analytics: O, H, L and C are multiplied by
     * adjClose/close (close where adjClose is missing, so the factor is 1), adjClose equals the
     * adjusted close and volume is unchanged. Bars with a zero or missing close keep factor 1.
     */
    BarSeries adjusted() const;

    /** Bars with index in [from, to). */
    BarSeries slice(qsizetype from, qsizetype to) const;

private:
    QString m_ticker;
    std::vector<qint64> m_day;
    std::vector<double> m_open;
    std::vector<double> m_high;
    std::vector<double> m_low;
    std::vector<double> m_close;
    std::vector<double> m_adjClose;
    std::vector<double> m_volume;
};

} // namespace Tessera
