#include "core/tasks/AlertCheck.h"

#include <QSet>

#include "core/store/AlertRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/HourlyBarRepository.h"

namespace Tessera::Tasks {

Result<QList<Alerts::PriceAlert>> checkPriceAlerts(const Store::Database& db, const QStringList& tickers)
{
    Store::AlertRepository alerts(db);
    auto active = alerts.active();
    if (!active) {
        return fail(active.error());
    }
    if (!tickers.isEmpty()) {
        // A load reports the tickers it was given: "NTPC" stands for the stored "NTPC.NS" (the resolve
        // rule, by the stored ticker's base), so no per-ticker query runs at the end of a large load.
        const QSet<QString> loaded(tickers.cbegin(), tickers.cend());
        active->removeIf([&loaded](const Alerts::PriceAlert& a) {
            return !loaded.contains(a.ticker) && !loaded.contains(a.ticker.section(u'.', 0, 0));
        });
    }
    QList<Alerts::PriceAlert> triggered;
    Store::BarRepository barRepo(db);
    Store::HourlyBarRepository hourlyRepo(db);
    auto spans = hourlyRepo.spans();
    if (!spans) {
        return fail(spans.error());
    }
    auto fire = [&](Alerts::PriceAlert& alert, const Alerts::Crossing& crossing) -> Result<void> {
        if (auto r = alerts.markTriggered(alert.id, crossing.date, crossing.close, crossing.hour); !r) {
            return r;
        }
        alert.triggeredDate = crossing.date;
        alert.triggeredHour = crossing.hour;
        alert.triggeredPrice = crossing.close;
        alert.triggeredAt = QDateTime::currentDateTimeUtc();
        triggered << alert;
        return {};
    };
    for (Alerts::PriceAlert& alert : *active) {
        const auto context = [&alert] {
            return QStringLiteral("checking the alerts of %1").arg(alert.ticker);
        };
        // Hourly bars first (issue 17: "60-minute bars on each fetch"): a symbol with hours newer than
        // the checked point is judged hour by hour, so a crossing is the hour it happened, not the day.
        const auto span = spans->constFind(alert.ticker);
        const qint64 checkedHour = alert.checkedThroughHour != 0
                                       ? alert.checkedThroughHour
                                       : alert.checkedThrough.startOfDay(Qt::UTC).toSecsSinceEpoch();
        if (span != spans->cend() && span->count > 0 && span->lastTime > checkedHour) {
            // From the checked point on: its own bar gives the previous close of the first new hour.
            auto hours = hourlyRepo.load(alert.ticker, checkedHour);
            if (!hours) {
                return fail(hours.error().prefixed(context()));
            }
            if (const auto crossing = Alerts::firstCrossing(alert, *hours)) {
                if (auto r = fire(alert, *crossing); !r) {
                    return fail(r.error());
                }
                continue;
            }
            if (!hours->isEmpty() && hours->lastTime() > alert.checkedThroughHour
                && utcTime(hours->lastTime()).date() >= alert.checkedThrough) {
                const qint64 last = hours->lastTime();
                if (auto r = alerts.markChecked(alert.id, utcTime(last).date(), last); !r) {
                    return fail(r.error());
                }
                alert.checkedThroughHour = last;
                alert.checkedThrough = utcTime(last).date();
            }
        }
        // Then the daily bars of days after the checked one (a symbol without hours, or daily bars that
        // reach past its hours): the day of the last checked hour was judged by its hours.
        auto bars = barRepo.load(alert.ticker, alert.checkedThrough);
        if (!bars) {
            return fail(bars.error().prefixed(context()));
        }
        if (bars->isEmpty() || bars->lastDate() <= alert.checkedThrough) {
            continue; // nothing new
        }
        if (const auto crossing = Alerts::firstCrossing(alert, *bars)) {
            if (auto r = fire(alert, *crossing); !r) {
                return fail(r.error());
            }
        } else if (auto r = alerts.markChecked(alert.id, bars->lastDate()); !r) {
            return fail(r.error());
        }
    }
    return triggered;
}

QString priceAlertsNote(const QList<Alerts::PriceAlert>& triggered)
{
    if (triggered.isEmpty()) {
        return {};
    }
    QStringList lines;
    for (const Alerts::PriceAlert& a : triggered) {
        lines << Alerts::describeTrigger(a);
    }
    return QStringLiteral("%1 price alert%2 triggered: %3")
        .arg(triggered.size())
        .arg(triggered.size() == 1 ? QString() : QStringLiteral("s"))
        .arg(lines.join(QStringLiteral("; ")));
}

} // namespace Tessera::Tasks
