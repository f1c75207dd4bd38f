#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/store/CallRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/ScoreCalls.h"

namespace Tessera::Cli {
namespace {

QString pct(double v)
{
    return std::isfinite(v) ? QLocale::c().toString(v * 100.0, 'f', 2) + QLatin1Char('%')
                            : QStringLiteral("—");
}

QJsonValue jnum(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

/**
 * `calls list TICKER` and `calls backfill --verdicts [--monthly|--each week] [--from D] [--to D] [TICKER…]`
 * (issue 16): one symbol's past calls with their outcomes, and verdicts computed as of past month (or
 * week) ends from the bars up to each day only, stored as calls for the scoreboard.
 */
class CallsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("calls"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "calls list TICKER | calls backfill --verdicts [--monthly|--each week] [--from D] "
            "[--to D] [TICKER...]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Past calls: list a symbol's verdicts, predictions, scores and picks with their "
            "outcomes; backfill computes verdicts as of each past month (or week) end from "
            "the bars up to that day only and stores them as calls.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("verdicts"), QStringLiteral("calls backfill: back-fill verdicts.")},
            {QStringLiteral("monthly"), QStringLiteral("calls backfill: as of each month end (default).")},
            {QStringLiteral("each"),
             QStringLiteral("calls backfill: month (default) or week: as of each month or week end."),
             QStringLiteral("P")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("list") && ctx.args.size() == 2) {
            return list(ctx, ctx.args.at(1));
        }
        if (sub == QStringLiteral("backfill")) {
            return backfill(ctx, ctx.args.mid(1));
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int list(CliContext& ctx, const QString& ticker)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto resolved = Store::SymbolRepository(*db).resolve(ticker);
        if (!resolved) {
            return ctx.error(resolved.error().message, ExitUsage);
        }
        auto calls = Store::CallRepository(*db).forSymbol(*resolved);
        if (!calls) {
            return ctx.error(calls.error().message, exitCodeFor(calls.error(), ExitSomeFailed));
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const Track::ScoredCall& sc : std::as_const(*calls)) {
                const Track::Call& c = sc.call;
                const Track::Outcome& o = sc.outcome;
                arr.append(
                    QJsonObject{{QStringLiteral("source"), Track::sourceName(c.source)},
                                {QStringLiteral("as_of"), c.asOf.toString(Qt::ISODate)},
                                {QStringLiteral("key"), c.key},
                                {QStringLiteral("horizon"), c.horizon},
                                {QStringLiteral("direction"), c.direction},
                                {QStringLiteral("score"), jnum(c.score)},
                                {QStringLiteral("scored"), o.complete},
                                {QStringLiteral("end_date"), o.endDate.toString(Qt::ISODate)},
                                {QStringLiteral("realised_return"), jnum(o.realisedReturn)},
                                {QStringLiteral("excess_return"), jnum(o.excessReturn)},
                                {QStringLiteral("hit"), o.hit < 0 ? QJsonValue() : QJsonValue(o.hit == 1)},
                                {QStringLiteral("base_rate"), jnum(o.baseRate)},
                                {QStringLiteral("exit"), o.exit}});
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1: %2 call(s), newest first\n").arg(*resolved).arg(calls->size());
        for (const Track::ScoredCall& sc : std::as_const(*calls)) {
            const Track::Call& c = sc.call;
            const Track::Outcome& o = sc.outcome;
            QString outcome = QStringLiteral("waiting for its %1-day horizon").arg(c.horizon);
            if (o.complete) {
                outcome = QStringLiteral("%1 to %2: return %3, excess %4, %5")
                              .arg(c.asOf.toString(Qt::ISODate),
                                   o.endDate.toString(Qt::ISODate),
                                   pct(o.realisedReturn),
                                   pct(o.excessReturn),
                                   o.hit == 1 ? QStringLiteral("hit") : QStringLiteral("miss"));
                if (!o.exit.isEmpty()) {
                    outcome += QStringLiteral(", %1 first").arg(o.exit);
                }
            }
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(c.asOf.toString(Qt::ISODate),
                                Track::sourceName(c.source).leftJustified(7),
                                (c.key.isEmpty() ? QStringLiteral("-") : c.key).leftJustified(14),
                                c.direction.leftJustified(7),
                                outcome);
        }
        return ExitOk;
    }

    static int backfill(CliContext& ctx, const QStringList& tickers)
    {
        if (!ctx.parser.isSet(QStringLiteral("verdicts"))) {
            return ctx.error(QStringLiteral("calls backfill: say what to back-fill (--verdicts; the other "
                                            "calls need models trained as of each day: see backtests)"),
                             ExitUsage);
        }
        // --each week (not --weekly: `schedule set --weekly DAY` takes a value in the shared parser).
        const QString each = ctx.parser.value(QStringLiteral("each")).toLower();
        const bool weekly = each == QStringLiteral("week");
        if ((!each.isEmpty() && !weekly && each != QStringLiteral("month"))
            || (weekly && ctx.parser.isSet(QStringLiteral("monthly")))) {
            return ctx.error(QStringLiteral("calls backfill: --each month (or --monthly) or --each week"),
                             ExitUsage);
        }
        QDate from, to;
        for (auto [name, out] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
            const QString option = QString::fromLatin1(name);
            if (ctx.parser.isSet(option)) {
                *out = QDate::fromString(ctx.parser.value(option), Qt::ISODate);
                if (!out->isValid()) {
                    return ctx.error(QStringLiteral("--%1: expected YYYY-MM-DD").arg(option), ExitUsage);
                }
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        const auto every = weekly ? Tasks::BackfillEvery::WeekEnd : Tasks::BackfillEvery::MonthEnd;
        auto done = Tasks::backfillVerdicts(db, from, to, every, tickers);
        if (!done) {
            return ctx.error(done.error().message, exitCodeFor(done.error(), ExitSomeFailed));
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("symbols"), done->symbols},
                                                    {QStringLiteral("dates"), done->dates},
                                                    {QStringLiteral("verdicts"), done->verdicts},
                                                    {QStringLiteral("skipped"), done->skipped},
                                                    {QStringLiteral("withheld"), done->withheld},
                                                    {QStringLiteral("seconds"), done->seconds}}));
            return ExitOk;
        }
        ctx.out << QStringLiteral("Back-filled %1 verdict(s) of %2 symbol(s) as of %3 day(s) in %4 s "
                                  "(%5 skipped: too few bars before the day; %6 withheld by validation, not "
                                  "calls). Run `scores` to score them.\n")
                       .arg(done->verdicts)
                       .arg(done->symbols)
                       .arg(done->dates)
                       .arg(QLocale::c().toString(done->seconds, 'f', 1))
                       .arg(done->skipped)
                       .arg(done->withheld);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCallsCommand()
{
    return std::make_unique<CallsCommand>();
}

} // namespace Tessera::Cli
