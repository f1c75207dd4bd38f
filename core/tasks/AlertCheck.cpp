#include "core/tasks/AlertCheck.h"

#include "core/store/AlertRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Tasks {

Result<QList<Alerts::PriceAlert>> checkPriceAlerts(const Store::Database& db, const QStringList& tickers)
{
    Store::AlertRepository alerts(db);
    // A load reports the tickers it was given ("NTPC" for the stored "NTPC.NS"): the stored ones count.
    QStringList stored;
    Store::SymbolRepository symbols(db);
    for (const QString& t : tickers) {
        auto resolved = symbols.resolve(t);
        if (!resolved) {
            return fail(resolved.error());
        }
        stored << *resolved;
    }
    auto active = alerts.active(stored);
    if (!active) {
        return fail(active.error());
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
