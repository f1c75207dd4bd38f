#pragma once

#include <QDate>
#include <QString>

#include "core/common/Result.h"
#include "core/fetch/BarProvider.h"
#include "core/market/Bar.h"
#include "core/market/CorporateAction.h"

namespace Tessera::Fetch {

/**
 * The one validation gate every provider's delivery passes before it may be stored (ARCHITECTURE.md:
 * "Nothing unchecked enters the store"). BarProvider::fetch() applies it to whatever a provider's
 * fetchUnit() returns, so no provider, present or future, can skip it. It is a second line behind
 * each source's own parser: provider-independent and deliberately simple.
 *
 * A bar is valid when:
 *  - its date is valid and within [kEarliestBarDate, today + 1 day] (an exchange ahead of UTC may
 *    already have dated today's session tomorrow);
 *  - close is present, and every price present (open, high, low, close, adjusted close) is finite,
 *    positive and at most kMaxPlausibleValue;
 *  - low <= high, and open and close lie within [low, high] (each comparison where both are present);
 *  - volume, when present, is finite, >= 0 and at most kMaxPlausibleValue.
 * A split is valid when numerator and denominator are finite and positive and its date is valid as above;
 * a dividend when its amount is finite, >= 0 and at most kMaxPlausibleValue.
 *
 * All functions are pure and thread-safe.
 */
namespace BarValidation {

/** Bars dated before this are not trading data (Stooq's S&P 500 history starts 1900-05-01). */
inline const QDate kEarliestBarDate{1900, 1, 1};

/**
 * No share, index or coin trades above this per unit, and no day trades more units: anything larger is
 * a unit or overflow error (1.7e308 from a hostile answer), and would overflow sums of squares in the
 * indicators.
 */
inline constexpr double kMaxPlausibleValue = 1e15;

/** Detailed row reasons kept as warnings per delivery; the rest are counted in one line. */
inline constexpr int kMaxReasons = 5;

/** Reasons quoted in the error of a delivery with no valid bar (the message stays one readable line). */
inline constexpr int kReasonsInError = 3;

/** Why bar cannot be stored ("close -5 is not a positive price"), or empty when it is valid. */
QString barProblem(const Bar& bar, const QDate& today);

/**
 * Why an hourly bar cannot be stored, or empty: its open time must be on the hour (a multiple of 3600
 * s) and not after nowUtc (epoch seconds) plus one hour; then the daily rules apply to its prices and
 * volume (dated by its UTC day).
 */
QString hourlyBarProblem(const HourlyBar& bar, qint64 nowUtc);

/** Why split cannot be stored, or empty. */
QString splitProblem(const Split& split, const QDate& today);

/** Why dividend cannot be stored, or empty. */
QString dividendProblem(const Dividend& dividend, const QDate& today);

/**
 * The gate: drops invalid bars, splits and dividends from bars (each dropped row becomes a warning
 * naming the symbol, its date and the reason: "AAPL 2020-10-01: close -5 is not a positive price"; at
 * most kMaxReasons of them, then a count), and refuses the whole delivery, so that nothing stored is
 * touched, when:
 *  - it is for another symbol than unit asks for (bars.ticker, or bars.sourceSymbol when the source
 *    names one, compared case-insensitively): "answer is for MSFT, not AAPL; stored history kept";
 *  - no valid bar is left although the delivery replaces the stored history, or although the source
 *    sent rows (all of them invalid): "AAPL: no valid bars; stored history kept (first reasons)".
 * An incremental delivery with no rows at all (nothing new since the last update) passes. Unsorted
 * or repeated dates are sorted and deduplicated (the later row wins) with a warning. today is the
 * caller's current UTC date.
 *
 * Hourly deliveries (bars.interval == Hour) pass the same gate over bars.hourly with hourlyBarProblem
 * (the current instant taken from today's end), with messages naming the hour ("BTCUSDT 2023-07-01
 * 13:00: low 5 is above high 4").
 */
[[nodiscard]] Result<FetchedBars> validate(FetchedBars bars, const FetchUnit& unit, const QDate& today);

/** The gate of an hourly delivery at the instant nowUtc (epoch seconds); validate() calls it for Hour. */
[[nodiscard]] Result<FetchedBars> validateHourly(FetchedBars bars, const FetchUnit& unit, qint64 nowUtc);

} // namespace BarValidation

} // namespace Tessera::Fetch
