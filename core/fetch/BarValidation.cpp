#include "core/fetch/BarValidation.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <QDateTime>

namespace Tessera::Fetch::BarValidation {
namespace {

/**
 * A value as the user would read it ("-5", "1.7e+308", "inf"): ten significant digits, enough to show
 * why close 1.108979463 is above high 1.108905554.
 */
QString text(double v)
{
    return QString::number(v, 'g', 10);
}

/** Why a price (or an adjusted close) cannot be stored, or empty. */
QString priceProblem(const char* name, double v)
{
    const QString field = QLatin1String(name);
    if (!std::isfinite(v)) {
        return QStringLiteral("%1 %2 is not a finite price").arg(field, text(v));
    }
    if (v <= 0) {
        return QStringLiteral("%1 %2 is not a positive price").arg(field, text(v));
    }
    if (v > kMaxPlausibleValue) {
        return QStringLiteral("%1 %2 is not a plausible price (above %3)")
            .arg(field, text(v), text(kMaxPlausibleValue));
    }
    return {};
}

QString dateProblem(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return QStringLiteral("no valid date");
    }
    if (date < kEarliestBarDate || date > today.addDays(1)) {
        return QStringLiteral("date %1 is outside %2 to %3")
            .arg(date.toString(Qt::ISODate),
                 kEarliestBarDate.toString(Qt::ISODate),
                 today.addDays(1).toString(Qt::ISODate));
    }
    return {};
}

/** "2020-10-01" for a valid date, else what the row can be recognised by. */
QString dateLabel(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(no date)");
}

bool sameSymbol(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/**
 * Nothing of a delivery is left to store: the error says why with the first reasons, the gate's or else
 * the provider's own notes (rows it skipped), so the user sees what the source sent. noun: "bars" or
 * "hourly bars".
 */
Error nothingValid(const QString& symbol,
                   const QString& noun,
                   const QStringList& reasons,
                   const QStringList& notes)
{
    QStringList why = reasons.mid(0, kReasonsInError);
    if (why.isEmpty()) {
        why = notes.mid(0, kReasonsInError);
    }
    if (why.isEmpty()) {
        why << QStringLiteral("the source sent no rows");
    }
    return Error::invalidInput(QStringLiteral("%1: no valid %2; stored history kept (%3)")
                                   .arg(symbol, noun, why.join(QStringLiteral("; "))));
}

/** The warnings of a delivery the gate thinned: each reason, a count of the rest, and the tally. */
void noteDropped(QStringList& warnings,
                 const QString& symbol,
                 const QString& noun,
                 const QStringList& reasons,
                 qsizetype droppedRows,
                 qsizetype droppedBars,
                 qsizetype kept,
                 qsizetype delivered)
{
    for (const QString& r : reasons) {
        warnings << QStringLiteral("%1 %2").arg(symbol, r);
    }
    if (droppedRows > reasons.size()) {
        warnings << QStringLiteral("%1: %2 more invalid row(s) dropped")
                        .arg(symbol)
                        .arg(droppedRows - reasons.size());
    }
    if (droppedBars > 0) {
        warnings << QStringLiteral("%1: kept %2 of %3 %4(s); %5 failed validation")
                        .arg(symbol)
                        .arg(kept)
                        .arg(delivered)
                        .arg(noun)
                        .arg(droppedBars);
    }
}

} // namespace

QString barProblem(const Bar& bar, const QDate& today)
{
    if (QString p = dateProblem(bar.date, today); !p.isEmpty()) {
        return p;
    }
    if (isMissing(bar.close)) {
        return QStringLiteral("no close");
    }
    const std::pair<const char*, double> prices[] = {{"open", bar.open},
                                                     {"high", bar.high},
                                                     {"low", bar.low},
                                                     {"close", bar.close},
                                                     {"adj close", bar.adjClose}};
    for (const auto& [name, v] : prices) {
        if (!isMissing(v)) {
            if (QString p = priceProblem(name, v); !p.isEmpty()) {
                return p;
            }
        }
    }
    // Every price is finite from here on, so the comparisons below are plain ordered ones.
    const bool hasHigh = !isMissing(bar.high);
    const bool hasLow = !isMissing(bar.low);
    if (hasHigh && hasLow && bar.low > bar.high) {
        return QStringLiteral("low %1 is above high %2").arg(text(bar.low), text(bar.high));
    }
    for (const auto& [name, v] : {std::pair<const char*, double>{"open", bar.open}, {"close", bar.close}}) {
        if (isMissing(v)) {
            continue;
        }
        if (hasHigh && v > bar.high) {
            return QStringLiteral("%1 %2 is above high %3").arg(QLatin1String(name), text(v), text(bar.high));
        }
        if (hasLow && v < bar.low) {
            return QStringLiteral("%1 %2 is below low %3").arg(QLatin1String(name), text(v), text(bar.low));
        }
    }
    if (!isMissing(bar.volume)) {
        if (!std::isfinite(bar.volume)) {
            return QStringLiteral("volume %1 is not finite").arg(text(bar.volume));
        }
        if (bar.volume < 0) {
            return QStringLiteral("volume %1 is negative").arg(text(bar.volume));
        }
        if (bar.volume > kMaxPlausibleValue) {
            return QStringLiteral("volume %1 is not plausible (above %2)")
                .arg(text(bar.volume), text(kMaxPlausibleValue));
        }
    }
    return {};
}

QString hourlyBarProblem(const HourlyBar& bar, qint64 nowUtc)
{
    if (bar.time % kSecondsPerHour != 0) {
        return QStringLiteral("%1 UTC is not on the hour (Tessera stores 60-minute bars)")
            .arg(utcTime(bar.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (bar.time > nowUtc + kSecondsPerHour) {
        return QStringLiteral("hour %1 is in the future").arg(hourLabel(bar.time));
    }
    // The daily rules for dates, prices and volume; the future check above is the finer one.
    return barProblem(bar.asBar(), utcTime(nowUtc).date().addDays(1));
}

QString splitProblem(const Split& split, const QDate& today)
{
    if (QString p = dateProblem(split.date, today); !p.isEmpty()) {
        return QStringLiteral("split %1").arg(p);
    }
    // Both parts first, so the ratio is never 0/0 or x/0.
    const bool partsValid = std::isfinite(split.numerator) && std::isfinite(split.denominator)
                            && split.numerator > 0 && split.denominator > 0;
    const double ratio = partsValid ? split.numerator / split.denominator : 0.0;
    if (!partsValid || !std::isfinite(ratio) || !(ratio > 0)) {
        return QStringLiteral("split %1:%2 is not a positive ratio")
            .arg(text(split.numerator), text(split.denominator));
    }
    return {};
}

QString dividendProblem(const Dividend& dividend, const QDate& today)
{
    if (QString p = dateProblem(dividend.date, today); !p.isEmpty()) {
        return QStringLiteral("dividend %1").arg(p);
    }
    const double v = dividend.amount;
    if (!std::isfinite(v) || v < 0 || v > kMaxPlausibleValue) {
        return QStringLiteral("dividend %1 is not a plausible amount (0 to %2)")
            .arg(text(v), text(kMaxPlausibleValue));
    }
    return {};
}

Result<FetchedBars> validateHourly(FetchedBars bars, const FetchUnit& unit, qint64 nowUtc)
{
    if (bars.ticker.isEmpty()) {
        bars.ticker = unit.ticker;
    }
    for (const QString& answered : {bars.ticker, bars.sourceSymbol}) {
        if (!answered.isEmpty() && !sameSymbol(answered, unit.ticker)) {
            return fail(Error::invalidInput(
                QStringLiteral("answer is for %1, not %2; stored history kept").arg(answered, unit.ticker)));
        }
    }
    const QString& symbol = unit.ticker;
    QStringList reasons;
    qsizetype dropped = 0;
    const HourlySeries& in = bars.hourly;
    const qsizetype delivered = in.size();
    HourlySeries kept(in.ticker().isEmpty() ? unit.ticker : in.ticker());
    kept.reserve(delivered);
    for (qsizetype i = 0; i < delivered; ++i) {
        const HourlyBar bar = in.at(i);
        if (QString why = hourlyBarProblem(bar, nowUtc); !why.isEmpty()) {
            ++dropped;
            if (reasons.size() < kMaxReasons) {
                reasons << QStringLiteral("%1: %2").arg(hourLabel(bar.time), why);
            }
        } else {
            kept.append(bar);
        }
    }
    if (kept.isEmpty() && (bars.replacesHistory || delivered > 0)) {
        return fail(nothingValid(symbol, QStringLiteral("hourly bars"), reasons, bars.warnings));
    }
    noteDropped(bars.warnings,
                symbol,
                QStringLiteral("hourly bar"),
                reasons,
                dropped,
                dropped,
                kept.size(),
                delivered);
    const auto& times = kept.times();
    if (std::adjacent_find(times.cbegin(), times.cend(), std::greater_equal<>()) != times.cend()) {
        const qsizetype repeated = kept.sortAndDeduplicate();
        bars.warnings << QStringLiteral(
                             "%1: hourly bars arrived out of time order; sorted (%2 repeated hour(s), the "
                             "later row kept)")
                             .arg(symbol)
                             .arg(repeated);
    }
    bars.hourly = std::move(kept);
    return bars;
}

Result<FetchedBars> validate(FetchedBars bars, const FetchUnit& unit, const QDate& today)
{
    // A delivery for another symbol would be stored under the one asked for: refuse it whole.
    if (bars.ticker.isEmpty()) {
        bars.ticker = unit.ticker;
    }
    for (const QString& answered : {bars.ticker, bars.sourceSymbol}) {
        if (!answered.isEmpty() && !sameSymbol(answered, unit.ticker)) {
            return fail(Error::invalidInput(
                QStringLiteral("answer is for %1, not %2; stored history kept").arg(answered, unit.ticker)));
        }
    }

    if (bars.interval == BarInterval::Hour) {
        // "today" is the caller's UTC date: its end is the latest instant an honest hour can open.
        const qint64 endOfToday = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 1;
        return validateHourly(std::move(bars), unit, endOfToday);
    }

    const QString& symbol = unit.ticker;
    QStringList reasons;
    qsizetype dropped = 0;
    const auto reject = [&](const QDate& date, const QString& why) {
        ++dropped;
        if (reasons.size() < kMaxReasons) {
            reasons << QStringLiteral("%1: %2").arg(dateLabel(date), why);
        }
    };

    // The usual delivery is entirely valid: then the series is kept as it is, without a copy (a bulk
    // CSV load passes millions of bars through here).
    const BarSeries& in = bars.series;
    const qsizetype delivered = in.size();
    qsizetype firstInvalid = delivered;
    for (qsizetype i = 0; i < delivered && firstInvalid == delivered; ++i) {
        if (!barProblem(in.at(i), today).isEmpty()) {
            firstInvalid = i;
        }
    }
    BarSeries kept;
    if (firstInvalid == delivered) {
        kept = std::move(bars.series);
    } else {
        kept.setTicker(in.ticker());
        kept.reserve(delivered);
        for (qsizetype i = 0; i < delivered; ++i) {
            const Bar bar = in.at(i);
            if (i < firstInvalid) {
                kept.append(bar);
            } else if (QString why = barProblem(bar, today); !why.isEmpty()) {
                reject(bar.date, why);
            } else {
                kept.append(bar);
            }
        }
    }
    if (kept.ticker().isEmpty()) {
        kept.setTicker(unit.ticker);
    }
    const qsizetype droppedBars = dropped;
    const std::vector<qint64>& days = kept.days();
    const bool ascending =
        std::adjacent_find(days.cbegin(), days.cend(), std::greater_equal<>()) == days.cend();

    QList<Split> splits;
    for (const Split& s : bars.splits) {
        if (QString why = splitProblem(s, today); !why.isEmpty()) {
            reject(s.date, why);
        } else {
            splits << s;
        }
    }
    QList<Dividend> dividends;
    for (const Dividend& d : bars.dividends) {
        if (QString why = dividendProblem(d, today); !why.isEmpty()) {
            reject(d.date, why);
        } else {
            dividends << d;
        }
    }

    if (kept.isEmpty() && (bars.replacesHistory || delivered > 0)) {
        return fail(nothingValid(symbol, QStringLiteral("bars"), reasons, bars.warnings));
    }
    noteDropped(
        bars.warnings, symbol, QStringLiteral("bar"), reasons, dropped, droppedBars, kept.size(), delivered);
    if (!ascending) {
        const qsizetype repeated = kept.sortAndDeduplicate();
        bars.warnings << QStringLiteral(
                             "%1: bars arrived out of date order; sorted (%2 repeated date(s), the "
                             "later row kept)")
                             .arg(symbol)
                             .arg(repeated);
    }
    bars.series = std::move(kept);
    bars.splits = std::move(splits);
    bars.dividends = std::move(dividends);
    return bars;
}

} // namespace Tessera::Fetch::BarValidation
