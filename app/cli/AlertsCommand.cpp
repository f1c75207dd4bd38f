#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "core/store/AlertRepository.h"
#include "core/store/ScreenAlertRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Cli {
namespace {

QString priceText(double v)
{
    return QLocale::c().toString(v, 'f', std::abs(v) >= 1.0 ? 2 : 4);
}

QJsonObject toJson(const Alerts::PriceAlert& a)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("ticker"), a.ticker},
        {QStringLiteral("level"), a.level},
        {QStringLiteral("direction"), Alerts::directionId(a.direction)},
        {QStringLiteral("referenceClose"), a.referenceClose},
        {QStringLiteral("checkedThrough"), dayOrHourText(a.checkedThrough, a.checkedThroughHour)},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("createdAt"), a.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("status"), a.isTriggered() ? QStringLiteral("triggered") : QStringLiteral("active")}};
    if (a.isTriggered()) {
        // A date, or the crossing hour's open as an ISO UTC date-time for an alert judged on hourly bars.
        o.insert(QStringLiteral("triggeredDate"), dayOrHourText(a.triggeredDate, a.triggeredHour));
        o.insert(QStringLiteral("triggeredPrice"), a.triggeredPrice);
        o.insert(QStringLiteral("triggeredAt"), a.triggeredAt.toString(Qt::ISODate));
    }
    return o;
}

/**
 * `alerts list|add|remove` (issue 17): price alerts from a script. They are checked at the end of every
 * load (fetch, pipeline, the scheduler's data update): the first bar whose high (for a level above the
 * last close) or low (below it) reaches the level triggers the alert, once.
 */
class AlertsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString synopsis() const override
    {
        return QStringLiteral("alerts list | add TICKER PRICE [--note TEXT] | remove ID | ack ID|all");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Price alerts. add sets one at PRICE above or below the last stored close; after each load the "
            "first new bar whose high (level above) or low (level below) reaches it triggers it once (date "
            "and close recorded; the GUI shows a notification). list shows active then triggered ones, then "
            "the "
            "watched screens' alerts (a symbol entered or left a screen after a data update; screen save "
            "NAME "
            "--watch on), which ack ID|all acknowledges.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("note"),
                 QStringLiteral("alerts add: a note kept with the alert."),
                 QStringLiteral("TEXT")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("list")) {
            return runList(ctx);
        }
        if (sub == QStringLiteral("add")) {
            return runAdd(ctx);
        }
        if (sub == QStringLiteral("remove")) {
            return runRemove(ctx);
        }
        if (sub == QStringLiteral("ack")) {
            return runAck(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int runList(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto all = Store::AlertRepository(*db).all();
        if (!all) {
            return ctx.error(all.error().message, exitCodeFor(all.error(), ExitUsage));
        }
        auto screens = Store::ScreenAlertRepository(*db).all();
        if (!screens) {
            return ctx.error(screens.error().message, exitCodeFor(screens.error(), ExitUsage));
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const Alerts::PriceAlert& a : std::as_const(*all)) {
                arr.append(toJson(a));
            }
            for (const Screens::ScreenAlert& a : std::as_const(*screens)) {
                arr.append(screenAlertJson(a));
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        printScreenAlerts(ctx, *screens);
        if (all->isEmpty() && !screens->isEmpty()) {
            return ExitOk;
        }
        if (all->isEmpty()) {
            ctx.out << "No price alerts. Set one with 'tessera-cli alerts add TICKER PRICE'.\n";
            return ExitOk;
        }
        for (const Alerts::PriceAlert& a : std::as_const(*all)) {
            const QString condition = a.direction == Alerts::Direction::Above ? QStringLiteral("rises to")
                                                                              : QStringLiteral("falls to");
            const QString status =
                a.isTriggered() ? QStringLiteral("triggered %1, close %2")
                                      .arg(a.triggeredText(), priceText(a.triggeredPrice))
                                : QStringLiteral("active, checked through %1").arg(a.checkedThroughText());
            ctx.out << QStringLiteral("%1  %2 %3 %4  %5%6\n")
                           .arg(a.id, 4)
                           .arg(a.ticker, -16)
                           .arg(condition)
                           .arg(priceText(a.level), 10)
                           .arg(status)
                           .arg(a.note.isEmpty() ? QString() : QStringLiteral("  — ") + a.note);
        }
        return ExitOk;
    }

    static QJsonObject screenAlertJson(const Screens::ScreenAlert& a)
    {
        return QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), QStringLiteral("screen")},
            {QStringLiteral("screen"), a.screen},
            {QStringLiteral("ticker"), a.ticker},
            {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
            {QStringLiteral("event"), a.entered ? QStringLiteral("entered") : QStringLiteral("left")},
            {QStringLiteral("values"), a.values},
            {QStringLiteral("acknowledged"), a.isAcknowledged()}};
    }

    static void printScreenAlerts(CliContext& ctx, const QList<Screens::ScreenAlert>& alerts)
    {
        for (const Screens::ScreenAlert& a : alerts) {
            ctx.out << QStringLiteral("%1  %2%3\n")
                           .arg(a.id, 4)
                           .arg(a.describe())
                           .arg(a.isAcknowledged() ? QStringLiteral("  (acknowledged)") : QString());
        }
    }

    static int runAck(CliContext& ctx)
    {
        const QString what = ctx.args.value(1);
        bool ok = false;
        const qint64 id = what.toLongLong(&ok);
        if (what != QStringLiteral("all") && !ok) {
            return ctx.error(
                QStringLiteral("usage: alerts ack ID|all (a screen alert's id from 'alerts list')"),
                ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto changed =
            Store::ScreenAlertRepository(*db).acknowledge(ok ? QList<qint64>{id} : QList<qint64>{});
        if (!changed) {
            return ctx.error(changed.error().message, exitCodeFor(changed.error(), ExitSomeFailed));
        }
        if (ok && *changed == 0) {
            return ctx.error(QStringLiteral("no unacknowledged screen alert with id %1").arg(id), ExitUsage);
        }
        ctx.out << QStringLiteral("%1 screen alert(s) acknowledged\n").arg(*changed);
        return ExitOk;
    }

    static int runAdd(CliContext& ctx)
    {
        const QString typed = ctx.args.value(1);
        bool ok = false;
        const double level = ctx.args.value(2).toDouble(&ok);
        if (typed.isEmpty() || !ok) {
            return ctx.error(QStringLiteral("usage: alerts add TICKER PRICE [--note TEXT]"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        // Unknown tickers are refused with suggestions, like every command's.
        if (auto known = checkTickers({typed}, *db); !known) {
            return ctx.error(known.error().message, exitCodeFor(known.error(), ExitUsage));
        }
        auto stored = Store::SymbolRepository(*db).lookup(typed);
        if (!stored || !stored->has_value()) {
            return ctx.error(stored ? QStringLiteral("unknown ticker %1").arg(typed) : stored.error().message,
                             ExitUsage);
        }
        auto alert =
            Store::AlertRepository(*db).add(**stored, level, ctx.parser.value(QStringLiteral("note")));
        if (!alert) {
            return ctx.error(alert.error().message, exitCodeFor(alert.error(), ExitUsage));
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(toJson(*alert)));
        } else {
            ctx.out << QStringLiteral("Alert %1: %2 %3 %4 (last close %5 on %6)\n")
                           .arg(alert->id)
                           .arg(alert->ticker)
                           .arg(alert->direction == Alerts::Direction::Above ? QStringLiteral("rises to")
                                                                             : QStringLiteral("falls to"))
                           .arg(priceText(alert->level))
                           .arg(priceText(alert->referenceClose))
                           .arg(alert->checkedThroughText());
        }
        return ExitOk;
    }

    static int runRemove(CliContext& ctx)
    {
        bool ok = false;
        const qint64 id = ctx.args.value(1).toLongLong(&ok);
        if (!ok) {
            return ctx.error(QStringLiteral("usage: alerts remove ID (the id 'alerts list' shows)"),
                             ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto removed = Store::AlertRepository(*db).remove(id);
        if (!removed) {
            return ctx.error(removed.error().message, exitCodeFor(removed.error(), ExitUsage));
        }
        if (!*removed) {
            return ctx.error(
                QStringLiteral("no price alert with id %1 (see 'tessera-cli alerts list')").arg(id),
                ExitUsage);
        }
        ctx.out << QStringLiteral("Alert %1 removed\n").arg(id);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAlertsCommand()
{
    return std::make_unique<AlertsCommand>();
}

} // namespace Tessera::Cli
