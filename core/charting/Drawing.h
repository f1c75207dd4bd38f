#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "core/market/Bar.h"

namespace Tessera::Charting {

/** What a chart drawing is (issue 17). The id strings are what the database stores. */
enum class DrawingKind
{
    TrendLine,      ///< "trend": a segment from a to b
    Ray,            ///< "ray": from a through b to the edge of the chart
    HorizontalLine, ///< "hline": a level at a.price across the chart
    VerticalLine,   ///< "vline": a date a.date across the pane
    Rectangle,      ///< "rect": the box with corners a and b
    Fibonacci,      ///< "fib": retracement levels between a (level 1) and b (level 0)
    Text,           ///< "text": a note anchored at a
};

inline constexpr std::array<DrawingKind, 7> kDrawingKinds = {DrawingKind::TrendLine,
                                                             DrawingKind::Ray,
                                                             DrawingKind::HorizontalLine,
                                                             DrawingKind::VerticalLine,
                                                             DrawingKind::Rectangle,
                                                             DrawingKind::Fibonacci,
                                                             DrawingKind::Text};

QString drawingKindId(DrawingKind kind);
std::optional<DrawingKind> drawingKindFromId(const QString& id);
/** The English name for menus ("Trend line", "Fibonacci retracement"). */
QString drawingKindTitle(DrawingKind kind);
/** How many points the user places: 1 for levels, vertical lines and notes, else 2. */
int drawingPointCount(DrawingKind kind);

/**
 * A point of a drawing in the data's own coordinates: a trading date and a price (chart units). A point
 * placed on a 60-minute chart also has its bar's open time (UTC epoch seconds; date is then its UTC day).
 */
struct ChartPoint
{
    QDate date;
    double price = kMissing;
    qint64 time = 0; ///< 60-minute charts: the hour (UTC epoch seconds); 0 for a daily point

    /** Equal dates, times and prices, a missing price (NaN) equal to a missing one. */
    bool operator==(const ChartPoint& o) const
    {
        return date == o.date && time == o.time
               && (price == o.price || (isMissing(price) && isMissing(o.price)));
    }
};

/**
 * One drawing on a symbol's price chart, stored per symbol in (date, price) coordinates so it stays on
 * the same bars whatever the range, zoom or window size. b is unused (invalid date, NaN) for one-point
 * kinds. color is "#rrggbb" or empty for the kind's default; text is the note's text. A drawing made on
 * a 60-minute chart has hours in its points (isHourly()) and belongs to the 60-minute chart only; the
 * daily, weekly and monthly charts share the daily drawings.
 */
struct Drawing
{
    qint64 id = 0; ///< 0 until stored
    QString ticker;
    DrawingKind kind = DrawingKind::TrendLine;
    ChartPoint a;
    ChartPoint b;
    QString text;
    QString color;

    bool isHourly() const { return a.time != 0; }

    bool operator==(const Drawing& o) const
    {
        return id == o.id && ticker == o.ticker && kind == o.kind && a == o.a && b == o.b && text == o.text
               && color == o.color;
    }
};

/** The retracement levels drawn: 0, 23.6, 38.2, 50, 61.8, 78.6 and 100 %. */
const std::array<double, 7>& fibonacciLevels();

/**
 * The price of a retracement level of a move from `from` (the first point placed) to `to`: level 0 is
 * `to`, level 1 is `from` (TradingView's convention), so 0.618 retraces 61.8 % of the move:
 * price = to + (from - to) × level.
 */
double fibonacciPrice(double from, double to, double level);

/**
 * The x position (bar index) of date among ascending trading days (Julian day numbers, BarSeries::days()).
 * A stored day is its index; a day between two bars lies proportionally between them; a day after the
 * last bar continues at one index per weekday (Monday–Friday) after it, and before the first bar one
 * per weekday before it — so a ray or note placed in the empty space right of the last bar keeps its
 * place as new bars arrive (each new bar takes the next weekday). Empty days: NaN.
 */
double indexOfDate(const std::vector<qint64>& days, QDate date);

/** The date at bar position index (rounded to the nearest bar; beyond either end, by weekdays as above). */
QDate dateOfIndex(const std::vector<qint64>& days, double index);

/**
 * The x position (bar index) of time (UTC epoch seconds) among ascending hourly bar open times: a stored
 * hour is its index, a time between two bars lies proportionally between them, and beyond either end
 * each hour is one bar (a market trading around the clock adds one bar an hour). Empty times: NaN.
 */
double indexOfTime(const std::vector<qint64>& times, qint64 time);

/** The hour at bar position index (rounded to the nearest bar; beyond either end, one bar an hour). */
qint64 timeOfIndex(const std::vector<qint64>& times, double index);

} // namespace Tessera::Charting
