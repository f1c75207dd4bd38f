#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/TaskSupport.h"
#include "core/store/BacktestRepository.h"
#include "core/tasks/BacktestRun.h"

namespace Tessera::Cli {
namespace {

QString pct(double v)
{
    return std::isfinite(v) ? QLocale::c().toString(v * 100.0, 'f', 2) + QLatin1Char('%')
                            : QStringLiteral("—");
}

QString fixed(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale::c().toString(v, 'f', decimals) : QStringLiteral("—");
}

QString money(double v)
{
    return std::isfinite(v) ? QLocale::c().toString(v, 'f', 0) : QStringLiteral("—");
}

/**
 * `backtest --screen NAME|EXPR --from D --to D …` (issue 16): replays a screen or strategy over the stored
 * history, point-in-time, against the equal-weight universe; `backtest list|show ID|remove ID` for the
 * stored runs.
 */
class BacktestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backtest"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "backtest --screen NAME|EXPR --from D --to D [--rebalance "
            "5|daily|weekly|monthly] [--top 20] [--hold "
            "5] [--notional 1e6] [--stop PCT] [--target PCT] [--ranking R] [--selection S] "
            "[--name N] [--no-save] "
            "[--allow-stale-fundamentals] [--xs-walk-forward [--xs-retrain-days 126]] | list | "
            "show ID | remove ID");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Backtests: on each rebalance day the screen is evaluated on data dated on or before that day "
            "only, "
            "the top N are held equally weighted for the holding period (optional stop/target, daily "
            "highs/lows, a tie = stop), both legs pay the slippage model's cost for the notional; reports "
            "CAGR, "
            "volatility, Sharpe, max drawdown, hit rate, turnover, costs and exposure beside the "
            "equal-weight "
            "universe rebalanced on the same days. Runs are stored (list, show, remove).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("screen"),
                               QStringLiteral("backtest: a stored screen or strategy, or an expression."),
                               QStringLiteral("NAME|EXPR")),
            QCommandLineOption(QStringLiteral("from"),
                               QStringLiteral("backtest: first day (YYYY-MM-DD)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"),
                               QStringLiteral("backtest: last day (YYYY-MM-DD)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(
                QStringLiteral("rebalance"),
                QStringLiteral("backtest: every N trading days, daily, weekly or monthly (5)."),
                QStringLiteral("N")),
            QCommandLineOption(
                QStringLiteral("top"), QStringLiteral("backtest: positions held (20)."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("hold"),
                               QStringLiteral("backtest: trading days each position is held (5)."),
                               QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("notional"),
                               QStringLiteral("backtest: starting capital for the cost model (1e6)."),
                               QStringLiteral("AMOUNT")),
            QCommandLineOption(QStringLiteral("stop"),
                               QStringLiteral("backtest: stop-loss, percent below the entry."),
                               QStringLiteral("PCT")),
            QCommandLineOption(QStringLiteral("target"),
                               QStringLiteral("backtest: profit target, percent above the entry."),
                               QStringLiteral("PCT")),
            QCommandLineOption(QStringLiteral("name"),
                               QStringLiteral("backtest: the name to store the run under."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("no-save"), QStringLiteral("backtest: do not store the run.")),
            QCommandLineOption(QStringLiteral("allow-stale-fundamentals"),
                               QStringLiteral("backtest: use the first stored fundamentals for earlier days "
                                              "(not point-in-time; the report says so).")),
            QCommandLineOption(
                QStringLiteral("xs-walk-forward"),
                QStringLiteral("backtest: retrain the cross-sectional models as of each retrain "
                               "day on data up to it, instead of the stored models' scores.")),
            QCommandLineOption(QStringLiteral("xs-retrain-days"),
                               QStringLiteral("backtest: trading days between walk-forward retrains (126)."),
                               QStringLiteral("N")),
        };
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub.isEmpty() || sub == QStringLiteral("run")) {
            return runBacktest(ctx);
        }
        if (sub == QStringLiteral("list")) {
            return runList(ctx);
        }
        if (sub == QStringLiteral("show")) {
            return runShow(ctx);
        }
        if (sub == QStringLiteral("remove")) {
            return runRemove(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int fromError(CliContext& ctx, const Error& e)
    {
        if (e.code == ErrorCode::Cancelled) {
            return ctx.error(e.message, ExitInterrupted);
        }
        return ctx.error(e.message,
                         exitCodeFor(e, e.code == ErrorCode::Database ? ExitSomeFailed : ExitUsage));
    }

    static Result<QDate> dateOption(const QCommandLineParser& p, const QString& key)
    {
        if (!p.isSet(key)) {
            return fail(Error::invalidInput(QStringLiteral("--%1 is required (YYYY-MM-DD)").arg(key)));
        }
        const QDate d = QDate::fromString(p.value(key).trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            return fail(Error::invalidInput(
                QStringLiteral("--%1: expected a date YYYY-MM-DD, got '%2'").arg(key, p.value(key))));
        }
        return d;
    }

    static Result<double>
    numberOption(const QCommandLineParser& p, const QString& key, double fallback, double min)
    {
        if (!p.isSet(key)) {
            return fallback;
        }
        bool ok = false;
        const double v = p.value(key).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < min) {
            return fail(Error::invalidInput(QStringLiteral("--%1: expected a number ≥ %2, got '%3'")
                                                .arg(key)
                                                .arg(min)
                                                .arg(p.value(key))));
        }
        return v;
    }

    static Result<Tasks::BacktestRequest> request(const CliContext& ctx)
    {
        const QCommandLineParser& p = ctx.parser;
        Tasks::BacktestRequest req;
        req.screen = p.value(QStringLiteral("screen"));
        if (req.screen.trimmed().isEmpty()) {
            return fail(Error::invalidInput(QStringLiteral("--screen NAME|EXPR is required")));
        }
        req.ranking = p.value(QStringLiteral("ranking"));
        req.selection = p.value(QStringLiteral("selection"));
        Backtest::BacktestSettings& s = req.settings;
        auto from = dateOption(p, QStringLiteral("from"));
        if (!from) {
            return fail(from.error());
        }
        auto to = dateOption(p, QStringLiteral("to"));
        if (!to) {
            return fail(to.error());
        }
        if (*to < *from) {
            return fail(
                Error::invalidInput(QStringLiteral("--to %1 is before --from %2")
                                        .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate))));
        }
        s.from = *from;
        s.to = *to;
        if (p.isSet(QStringLiteral("rebalance"))) {
            if (auto ok = s.setRebalance(p.value(QStringLiteral("rebalance"))); !ok) {
                return fail(ok.error().prefixed(QStringLiteral("--rebalance")));
            }
        }
        auto top = numberOption(p, QStringLiteral("top"), 20, 1);
        auto hold = numberOption(p, QStringLiteral("hold"), 5, 1);
        auto notional = numberOption(p, QStringLiteral("notional"), 1e6, 1);
        auto stop = numberOption(p, QStringLiteral("stop"), 0, 0);
        auto target = numberOption(p, QStringLiteral("target"), 0, 0);
        for (const auto* r : {&top, &hold, &notional, &stop, &target}) {
            if (!*r) {
                return fail(r->error());
            }
        }
        if (*stop >= 100) {
            return fail(Error::invalidInput(QStringLiteral("--stop: a percent below 100")));
        }
        s.top = static_cast<int>(*top);
        s.hold = static_cast<int>(*hold);
        s.notional = *notional;
        s.stop = *stop / 100.0;
        s.target = *target / 100.0;
        s.allowStaleFundamentals = p.isSet(QStringLiteral("allow-stale-fundamentals"));
        s.xsWalkForward = p.isSet(QStringLiteral("xs-walk-forward"));
        if (p.isSet(QStringLiteral("xs-retrain-days"))) {
            if (!s.xsWalkForward) {
                return fail(
                    Error::invalidInput(QStringLiteral("--xs-retrain-days goes with --xs-walk-forward")));
            }
            auto days = numberOption(p, QStringLiteral("xs-retrain-days"), 126, 1);
            if (!days) {
                return fail(days.error());
            }
            s.xsRetrainDays = static_cast<int>(*days);
        }
        return req;
    }

    static int runBacktest(CliContext& ctx)
    {
        auto req = request(ctx);
        if (!req) {
            return ctx.error(req.error().message, ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        // Verdicts missing as of the rebalance days, or walk-forward models, can take minutes: progress
        // and Ctrl-C as for a task.
        Result<Backtest::BacktestResult> result = fail(Error::internal(QStringLiteral("backtest not run")));
        runInterruptible(
            [&](Tasks::TaskContext& task) { result = Tasks::runStoredBacktest(db, *req, &task); });
        if (!result) {
            return fromError(ctx, result.error());
        }
        qint64 id = 0;
        if (!ctx.parser.isSet(QStringLiteral("no-save"))) {
            auto saved =
                Store::BacktestRepository(*db).save(*result, ctx.parser.value(QStringLiteral("name")));
            if (!saved) {
                return fromError(ctx, saved.error());
            }
            id = *saved;
        }
        if (ctx.json) {
            QJsonObject o = Backtest::resultJson(*result);
            if (id > 0) {
                o.insert(QStringLiteral("id"), id);
            }
            ctx.printJson(QJsonDocument(o));
            return ExitOk;
        }
        printReport(ctx, *result);
        if (id > 0) {
            ctx.out << QStringLiteral("stored as backtest %1 (tessera-cli backtest show %1)\n").arg(id);
        }
        return ExitOk;
    }

    static void printReport(CliContext& ctx, const Backtest::BacktestResult& r)
    {
        const Backtest::Metrics& m = r.metrics;
        const Backtest::BacktestSettings& s = r.settings;
        ctx.out << QStringLiteral(
                       "backtest of %1: %2 to %3, rebalance %4, top %5, hold %6 days, notional %7%8\n")
                       .arg(r.screenName,
                            s.from.toString(Qt::ISODate),
                            s.to.toString(Qt::ISODate),
                            s.rebalanceText())
                       .arg(s.top)
                       .arg(s.hold)
                       .arg(money(s.notional))
                       .arg((s.stop > 0 ? QStringLiteral(", stop %1").arg(pct(s.stop)) : QString())
                            + (s.target > 0 ? QStringLiteral(", target %1").arg(pct(s.target)) : QString()));
        ctx.out << QStringLiteral("conditions: %1\n")
                       .arg(r.expression.isEmpty() ? QStringLiteral("(none)") : r.expression);
        if (!r.ranking.isEmpty()) {
            ctx.out << QStringLiteral("ranked by:  %1\n").arg(r.ranking);
        }
        ctx.out << QStringLiteral("%1 %2 %3\n")
                       .arg(QString(), -22)
                       .arg(QStringLiteral("strategy"), 12)
                       .arg(QStringLiteral("benchmark"), 12);
        auto line = [&](const QString& label, const QString& a, const QString& b) {
            ctx.out << QStringLiteral("%1 %2 %3\n").arg(label, -22).arg(a, 12).arg(b, 12);
        };
        line(QStringLiteral("total return"), pct(m.totalReturn), pct(m.benchmarkTotalReturn));
        line(QStringLiteral("CAGR"), pct(m.cagr), pct(m.benchmarkCagr));
        line(QStringLiteral("volatility (ann.)"), pct(m.volatility), pct(m.benchmarkVolatility));
        line(QStringLiteral("Sharpe (rf 0)"), fixed(m.sharpe), fixed(m.benchmarkSharpe));
        line(QStringLiteral("max drawdown"), pct(m.maxDrawdown), pct(m.benchmarkMaxDrawdown));
        line(QStringLiteral("hit rate (trades > 0)"), pct(m.hitRate), QString());
        line(QStringLiteral("turnover (per year)"), fixed(m.turnover), QString());
        line(QStringLiteral("costs paid"),
             QStringLiteral("%1 (%2)").arg(money(m.costs), pct(m.costsFraction)),
             QString());
        line(QStringLiteral("exposure"), pct(m.exposure), QString());
        line(QStringLiteral("trades"), QString::number(m.trades), QString());
        line(QStringLiteral("rebalances"), QString::number(m.rebalances), QString());
        for (const QString& note : r.notes) {
            ctx.out << QStringLiteral("note: %1\n").arg(note);
        }
    }

    static Result<qint64> idArgument(const CliContext& ctx)
    {
        bool ok = false;
        const qint64 id = ctx.args.value(1).toLongLong(&ok);
        if (!ok || id <= 0) {
            return fail(Error::invalidInput(
                QStringLiteral("expected a backtest id (see 'tessera-cli backtest list'), got '%1'")
                    .arg(ctx.args.value(1))));
        }
        return id;
    }

    static int runList(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto all = Store::BacktestRepository(*db).list();
        if (!all) {
            return fromError(ctx, all.error());
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const Store::BacktestSummary& s : std::as_const(*all)) {
                QJsonObject o = s.metrics.toJson();
                o.insert(QStringLiteral("id"), s.id);
                o.insert(QStringLiteral("name"), s.name);
                o.insert(QStringLiteral("screen"), s.screen);
                o.insert(QStringLiteral("created_at"), s.createdAt);
                o.insert(QStringLiteral("settings"), s.settings.toJson());
                arr.append(o);
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        if (all->isEmpty()) {
            ctx.out << QStringLiteral(
                "no stored backtests; run one with 'tessera-cli backtest --screen …'\n");
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(QStringLiteral("id"), 4)
                       .arg(QStringLiteral("name"), -36)
                       .arg(QStringLiteral("CAGR"), 8)
                       .arg(QStringLiteral("bench"), 8)
                       .arg(QStringLiteral("Sharpe"), 6)
                       .arg(QStringLiteral("max DD"), 8)
                       .arg(QStringLiteral("trades"), 6);
        for (const Store::BacktestSummary& s : std::as_const(*all)) {
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                           .arg(s.id, 4)
                           .arg(s.name.left(36), -36)
                           .arg(pct(s.metrics.cagr), 8)
                           .arg(pct(s.metrics.benchmarkCagr), 8)
                           .arg(fixed(s.metrics.sharpe), 6)
                           .arg(pct(s.metrics.maxDrawdown), 8)
                           .arg(s.metrics.trades, 6);
        }
        return ExitOk;
    }

    static int runShow(CliContext& ctx)
    {
        auto id = idArgument(ctx);
        if (!id) {
            return ctx.error(id.error().message, ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto r = Store::BacktestRepository(*db).load(*id);
        if (!r) {
            return fromError(ctx, r.error());
        }
        if (ctx.json) {
            QJsonObject o = Backtest::resultJson(*r);
            o.insert(QStringLiteral("id"), *id);
            ctx.printJson(QJsonDocument(o));
            return ExitOk;
        }
        printReport(ctx, *r);
        return ExitOk;
    }

    static int runRemove(CliContext& ctx)
    {
        auto id = idArgument(ctx);
        if (!id) {
            return ctx.error(id.error().message, ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (auto ok = Store::BacktestRepository(*db).remove(*id); !ok) {
            return fromError(ctx, ok.error());
        }
        ctx.out << QStringLiteral("removed backtest %1\n").arg(*id);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBacktestCommand()
{
    return std::make_unique<BacktestCommand>();
}

} // namespace Tessera::Cli
