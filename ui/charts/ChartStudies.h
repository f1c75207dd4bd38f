#pragma once

#include <optional>

#include <QColor>
#include <QList>
#include <QString>
#include <QStringView>

#include "core/features/Studies.h"

namespace Tessera::Ui {

/**
 * What a candle chart shows besides its bars: studies (the engine's indicators with the user's
 * parameters, Features::Studies), each over the candles or in a pane of its own, with a colour; and how
 * the bars are drawn. Keys are stable lower-case words stored in QSettings and templates, used by the
 * `--indicators` and `--chart-type` options and by tests; never translate them.
 */

/** One study on a chart: its spec and the colour of its main line (invalid = the study's default). */
struct ChartStudy
{
    Features::StudySpec spec;
    QColor color;

    bool operator==(const ChartStudy& other) const = default;
    bool isOverlay() const;
    /** The main line's colour: the chosen one, else the catalog key's default for the background. */
    QColor mainColor(bool dark) const;
};

/** A study's default main-line colour (distinct from the candles' teal and red on both backgrounds). */
QColor defaultStudyColor(QStringView key, bool dark);
/** The colour of line `line` (> 0) of a multi-line study: signal, %D, −DI, … */
QColor secondaryStudyColor(int line, bool dark);

/**
 * "rsi:14,macd:12:26:9,sma:50:hl2@#1976d2": studies separated by commas, each parseStudy() text with
 * an optional "@colour". An empty text is an empty list; the first bad item gives an error message.
 */
std::optional<QList<ChartStudy>> parseStudyList(QStringView text, QString* error = nullptr);
QString studyListText(const QList<ChartStudy>& studies);

/** How the price bars are drawn. */
enum class ChartType
{
    Candles,
    OhlcBars,
    Line,
    Area,
    HeikinAshi ///< Heikin-Ashi candles; studies still read the real bars
};

/** "candles", "bars", "line", "area", "heikin-ashi". */
QString chartTypeKey(ChartType type);
std::optional<ChartType> chartTypeFromKey(QStringView key);

} // namespace Tessera::Ui
