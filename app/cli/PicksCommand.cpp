#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/screens/PickJson.h"
#include "core/screens/Strategy.h"
#include "core/store/PickRepository.h"
#include "core/tasks/PicksTask.h"

namespace Tessera::Cli {
namespace {

QString num(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale::c().toString(v, 'f', decimals) : QStringLiteral("—");
}

/**
 * `picks [--strategy S] [--date D] [--sector X] [--search Q]`, `picks generate [--date D]`,
 * `picks cleanup` (issue 20): the daily top 50 of each strategy, as the seed's suggested-stocks API gave
 * them. Reading a day that has no stored picks computes them first (and says so on stderr).
 */
class PicksCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("picks"); }
    QString synopsis() const override
    {
        return QStringLiteral("picks [generate|cleanup] [--strategy S] [--date D] [--sector X] [--search Q]");
    }
    QString summary() const override
    {
        return QStringLiteral("Daily picks: the top 50 of each strategy (growth, value, balanced, momentum; "
                              "default balanced) with "
                              "rank, selection score, ML score/target/confidence/risk (marked unvalidated "
                              "when the model is), target "
                              "and stop (ML target when validated, else close + 2 × ATR 14; stop close − 2 × "
                              "ATR 14), BUY/WATCH/AVOID "
                              "and the reason. generate computes and stores all four for the newest bar day "
                              "(or --date); cleanup "
                              "removes snapshots older than picks/retentionDays (90).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("strategy"),
                 QStringLiteral("picks: growth, value, balanced or momentum."),
                 QStringLiteral("S")},
                {QStringLiteral("sector"), QStringLiteral("picks: only this sector."), QStringLiteral("X")},
                {QStringLiteral("search"),
                 QStringLiteral("picks: symbol or name containing this text."),
                 QStringLiteral("Q")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        QDate date;
        if (ctx.parser.isSet(QStringLiteral("date"))) {
            date = QDate::fromString(ctx.parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!date.isValid()) {
                return ctx.error(QStringLiteral("--date: expected YYYY-MM-DD"), ExitUsage);
            }
        }
        const QString strategy = ctx.parser.value(QStringLiteral("strategy")).toLower();
        if (!strategy.isEmpty() && !Screens::strategyIds().contains(strategy)) {
            return ctx.error(QStringLiteral("--strategy: expected one of %1")
                                 .arg(Screens::strategyIds().join(QStringLiteral(", "))),
                             ExitUsage);
        }
        if (!sub.isEmpty() && sub != QStringLiteral("generate") && sub != QStringLiteral("cleanup")) {
            return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (sub == QStringLiteral("cleanup")) {
            auto days = Tasks::picksRetentionDays(*db);
            if (!days) {
                return ctx.error(days.error().message, ExitUsage);
            }
            auto removed = Store::PickRepository(*db).cleanup(*days, QDate::currentDate());
            if (!removed) {
                return ctx.error(removed.error().message, exitCodeFor(removed.error(), ExitSomeFailed));
            }
            ctx.out << QStringLiteral("Removed %1 pick rows older than %2 days\n").arg(*removed).arg(*days);
            return ExitOk;
        }
        if (sub == QStringLiteral("generate")) {
            auto summary =
                Tasks::generatePicks(*db, date, strategy.isEmpty() ? QStringList() : QStringList{strategy});
            if (!summary) {
                return ctx.error(summary.error().message, exitCodeFor(summary.error(), ExitSomeFailed));
            }
            printSummary(ctx, *summary, ctx.json ? ctx.err : ctx.out);
            if (ctx.json) {
                QJsonArray arr;
                for (const Tasks::StrategyPicks& s : summary->strategies) {
                    arr.append(QJsonObject{{QStringLiteral("strategy"), s.strategy},
                                           {QStringLiteral("picked"), s.picked},
                                           {QStringLiteral("matched"), s.matched},
                                           {QStringLiteral("selection"), s.selection},
                                           {QStringLiteral("excluded"), s.excluded},
                                           {QStringLiteral("seconds"), s.seconds}});
                }
                ctx.printJson(
                    QJsonDocument(QJsonObject{{QStringLiteral("date"), summary->date.toString(Qt::ISODate)},
                                              {QStringLiteral("strategies"), arr}}));
            }
            return ExitOk;
        }
        const QString shown = strategy.isEmpty() ? QStringLiteral("balanced") : strategy;
        Store::PickRepository repo(*db);
        auto day = repo.latestDate(shown, date);
        if (!day) {
            return ctx.error(day.error().message, ExitSomeFailed);
        }
        if (!day->isValid() || (date.isValid() && *day != date)) {
            // Nothing stored for that day yet: compute it (all strategies: they share the loading).
            auto summary = Tasks::generatePicks(*db, date);
            if (!summary) {
                return ctx.error(summary.error().message, exitCodeFor(summary.error(), ExitSomeFailed));
            }
            ctx.err << QStringLiteral("note: no stored picks for %1; computed them now\n")
                           .arg(date.isValid() ? date.toString(Qt::ISODate)
                                               : QStringLiteral("the newest day"));
            printSummary(ctx, *summary, ctx.err);
            *day = summary->date;
        }
        auto picks = repo.picks(shown, *day);
        if (!picks) {
            return ctx.error(picks.error().message, ExitSomeFailed);
        }
        const QString sector = ctx.parser.value(QStringLiteral("sector"));
        const QString search = ctx.parser.value(QStringLiteral("search"));
        QList<Screens::Pick> rows;
        for (const Screens::Pick& p : std::as_const(*picks)) {
            if (!sector.isEmpty() && p.sector.compare(sector, Qt::CaseInsensitive) != 0) {
                continue;
            }
            if (!search.isEmpty() && !p.symbol.contains(search, Qt::CaseInsensitive)
                && !p.stockName.contains(search, Qt::CaseInsensitive)) {
                continue;
            }
            rows << p;
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const Screens::Pick& p : std::as_const(rows)) {
                arr.append(Screens::pickJson(p));
            }
            ctx.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("success"), true},
                {QStringLiteral("count"), arr.size()},
                {QStringLiteral("strategy"), shown},
                {QStringLiteral("date"), day->toString(Qt::ISODate)},
                {QStringLiteral("generated_at"), rows.isEmpty() ? QString() : rows.constFirst().createdAt},
                {QStringLiteral("stocks"), arr}}));
            return ExitOk;
        }
        ctx.out
            << QStringLiteral("%1 picks of %2: %3\n").arg(shown, day->toString(Qt::ISODate)).arg(rows.size());
        for (const Screens::Pick& p : std::as_const(rows)) {
            ctx.out << QStringLiteral("%1  %2 %3 %4  %5  target %6 stop %7  %8\n")
                           .arg(p.rank, 3)
                           .arg(p.symbol, -16)
                           .arg(num(p.selectionScore, 3), 6)
                           .arg(num(p.currentPrice), 10)
                           .arg(p.recommendation, -5)
                           .arg(num(p.targetPrice), num(p.stopLoss))
                           .arg(p.reason);
        }
        return ExitOk;
    }

private:
    static void printSummary(CliContext&, const Tasks::PicksSummary& summary, QTextStream& to)
    {
        for (const Tasks::StrategyPicks& s : summary.strategies) {
            to << QStringLiteral("%1 %2: %3 picked of %4 passing, %5 symbols%6\n")
                      .arg(summary.date.toString(Qt::ISODate), s.strategy)
                      .arg(s.picked)
                      .arg(s.matched)
                      .arg(s.selection)
                      .arg(s.excluded.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.excluded));
        }
    }
};

} // namespace

std::unique_ptr<Command> makePicksCommand()
{
    return std::make_unique<PicksCommand>();
}

} // namespace Tessera::Cli
