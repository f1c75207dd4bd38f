#pragma once

#include <cstddef>

#include <QString>
#include <QStringList>

#include "core/market/BarSeries.h"
#include "core/market/HourlySeries.h"
#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tiles {

/**
 * The data-quality grade A–D. First the peer's rules (n bars, missing = business days between the
 * first and last bar, both counted, minus n; zero = bars with volume 0), with one deliberate change:
 * holidays of settings.calendar are not business days (the default calendar has none: the peer's count),
 * and for a market that trades every day (crypto) every calendar day is one:
 *   A: n ≥ 250, missing/n < 1 %, zero/n < 1 %;  B: n ≥ 120, both < 3 %;  C: n ≥ 60;  D otherwise.
 * Then Tessera's checks, which can only lower that grade (so on clean data the grade is the peer's):
 *   suspect ticks  bars with high < low, open or close outside [low, high] by more than 0.1 %, a
 *                  price ≤ 0, or a close-to-close move beyond ±50 %        → at best C
 *   stale          last bar more than kStaleBusinessDays business days before settings.referenceDate
 *                  (only when one is given)                             → at best C
 *   scale mismatch median close of the tile window ≥ 3× or ≤ ⅓ of the median close of the (up to 250)
 *                  bars before it, with at least 20 of them              → D
 * reasons says, in English, why the grade is not A (empty for A).
 */
struct DataQuality
{
    QString grade;
    QString peerGrade; ///< the grade by the peer's rules alone
    qsizetype bars = 0;
    qint64 missingBusinessDays = 0;
    qint64 zeroVolumeDays = 0;
    qint64 suspectTicks = 0;
    QString firstSuspectDate; ///< ISO date of the first suspect tick, empty when none
    double scaleRatio = 0;    ///< window median / preceding median; NaN when not enough history
    qint64 staleBusinessDays =
        -1;                ///< business days after the last bar up to the reference date; −1 = not checked
    qint64 hourlyBars = 0; ///< stored 60-minute bars (0 = none)
    qint64 missingHours = -1; ///< hours without a bar between the first and last hourly bar; −1 = not counted
    QStringList reasons;
};

inline constexpr double kSuspectMove = 0.5;
inline constexpr double kScaleMismatchFactor = 3.0;
inline constexpr int kStaleBusinessDays = 5;

/** The quality of bars (ascending, at least one), whose tile window starts at from. */
DataQuality dataQuality(const BarSeries& bars, std::size_t from, const AnalysisSettings& settings);

/**
 * Counts the hourly bars against q (issue 21). For a market that trades around the clock
 * (aroundTheClock) every hour from the first to the last hourly bar, both counted, is expected:
 * missing = expected − bars, and a share of the expected hours of at least 1 % lowers the grade to at
 * best B, 3 % to at best C (the peer's thresholds for missing days), with the reason "N missing hours
 * of M (x %)" (fewer are counted in missingHours without a reason, as for missing days). Session markets'
 * hours are not counted (missingHours stays −1).
 */
void addHourlyCoverage(DataQuality& q, const HourlySeries& hourly, bool aroundTheClock);

} // namespace Tessera::Tiles
