#include "core/tasks/AlertCheck.h"

#include <QSet>

#include "core/store/AlertRepository.h"
#include "core/store/BarRepository.h"

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
    for (Alerts::PriceAlert& alert : *active) {
        // From the last checked bar on: it gives the previous close of the first new bar.
        auto bars = barRepo.load(alert.ticker, alert.checkedThrough);
        if (!bars) {
            return fail(bars.error().prefixed(QStringLiteral("checking the alerts of %1").arg(alert.ticker)));
        }
        if (bars->isEmpty() || bars->lastDate() <= alert.checkedThrough) {
            continue; // nothing new
        }
        if (const auto crossing = Alerts::firstCrossing(alert, *bars)) {
            if (auto r = alerts.markTriggered(alert.id, crossing->date, crossing->close); !r) {
                return fail(r.error());
            }
            alert.triggeredDate = crossing->date;
            alert.triggeredPrice = crossing->close;
            alert.triggeredAt = QDateTime::currentDateTimeUtc();
            triggered << alert;
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
