#pragma once

#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/market/Bar.h"
#include "core/market/BarSeries.h"

namespace Tessera {

/** Seconds in one hourly bar. */
inline constexpr qint64 kSecondsPerHour = 3600;

/**
 * One 60-minute bar: its open instant as UTC epoch seconds (a multiple of 3600), raw OHLC as the
 * exchange traded them (crypto has no splits or dividends, so there is no adjusted close) and the
 * volume in base units (BTC for BTCUSDT). Missing values are kMissing.
 */
struct HourlyBar
{
    qint64 time = 0;
    double open = kMissing;
    double high = kMissing;
    double low = kMissing;
    double close = kMissing;
    double volume = kMissing;

    /** The bar as a daily-shaped Bar dated by its UTC day (for the shared validation rules). */
    Bar asBar() const;
};

/** The UTC date and time of an epoch-seconds instant. */
inline QDateTime utcTime(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC);
}

/** "2023-07-01 13:00" (UTC) for messages and tables. */
QString hourLabel(qint64 epochSeconds);

/**
 * A day or an hour as a date column stores it (price alerts, drawings): "2025-01-06", or
 * "2023-07-04T13:00:00Z" when hour (UTC epoch seconds of a bar's open) is not 0. Text order is time
 * order: a day sorts before its own hours and after the previous day's.
 */
QString dayOrHourText(const QDate& date, qint64 hour);
/** Reads dayOrHourText back: date (an hour's UTC day) and hour (0 for a day). */
void readDayOrHourText(const QString& text, QDate* date, qint64* hour);

/**
 * A symbol's hourly bars in columnar form, ascending by open time with unique times, like BarSeries
 * for days. Times are UTC epoch seconds of each bar's open. Not thread-safe for mutation; share const
 * instances freely.
 */
class HourlySeries
{
public:
    HourlySeries() = default;
    explicit HourlySeries(QString ticker)
        : m_ticker(std::move(ticker))
    {}

    const QString& ticker() const { return m_ticker; }
    void setTicker(const QString& ticker) { m_ticker = ticker; }

    qsizetype size() const { return static_cast<qsizetype>(m_time.size()); }
    bool isEmpty() const { return m_time.empty(); }
    void reserve(qsizetype n);
    void clear();

    /** Appends a bar; callers keep times ascending (see sortAndDeduplicate for unordered input). */
    void append(const HourlyBar& bar);
    HourlyBar at(qsizetype i) const;
    qint64 firstTime() const { return isEmpty() ? 0 : m_time.front(); }
    qint64 lastTime() const { return isEmpty() ? 0 : m_time.back(); }

    const std::vector<qint64>& times() const { return m_time; }
    const std::vector<double>& open() const { return m_open; }
    const std::vector<double>& high() const { return m_high; }
    const std::vector<double>& low() const { return m_low; }
    const std::vector<double>& close() const { return m_close; }
    const std::vector<double>& volume() const { return m_volume; }

    /** Sorts by time and drops repeated times, the last occurrence winning; returns how many were dropped. */
    qsizetype sortAndDeduplicate();

    /** Bars with index in [from, to). */
    HourlySeries slice(qsizetype from, qsizetype to) const;

    /** Bars opening at or before time (epoch seconds): what was known when the bar of `time` closed. */
    HourlySeries upTo(qint64 time) const;

    /**
     * Daily bars of a market that trades around the clock: one bar per day that has at least one hourly
     * bar, the day running from boundaryHour:00 UTC to the next day's boundaryHour:00 (0 = UTC
     * midnight, the exchanges' own daily candles; 1..23 shift the day later, so a bar at 02:00 UTC
     * belongs to the previous day when boundaryHour = 3). Open = the first hour's open, close = the last
     * hour's close, high/low = extremes, volume = sum; adjClose is missing. Dates are the day on which
     * the window begins.
     */
    BarSeries toDaily(int boundaryHour = 0) const;

    /**
     * The series as a BarSeries for engines that walk bars by index (indicators, features): one row per
     * hour, each dated by its UTC day (dates repeat; do not store or deduplicate it).
     */
    BarSeries asIndexSeries() const;

private:
    QString m_ticker;
    std::vector<qint64> m_time;
    std::vector<double> m_open;
    std::vector<double> m_high;
    std::vector<double> m_low;
    std::vector<double> m_close;
    std::vector<double> m_volume;
};

} // namespace Tessera
