#include <cmath>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/PortfolioSupport.h"
#include "core/common/AtomicFile.h"
#include "core/portfolio/Charges.h"
#include "core/portfolio/EquityCurve.h"
#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/PortfolioTables.h"
#include "core/portfolio/Replay.h"
#include "core/store/PortfolioRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/UniverseRepository.h"

namespace Tessera::Cli {
namespace {

using namespace Tessera::Portfolio;

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

/**
 * `portfolio …` (issue 19): the accounts, their holdings, orders, trades, cash and equity, the paper
 * account's clock, CSV exports, the charge schedules and strategy replays.
 */
class PortfolioCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("portfolio"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "portfolio accounts | holdings | orders | trades | cash | equity [--account A] | create NAME "
            "[--currency C] [--cash X] | deposit AMOUNT [--account A] | advance [--account A] | export "
            "orders|trades|holdings FILE [--account A] | charges | replay --strategy S --from D --to D "
            "[--universe U] [--top N] [--size fixed|equal|risk] [--amount X] [--risk P] [--cash X] [--name "
            "N] | "
            "replay step --account A");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Portfolio and paper trading: accounts (the paper account 'Paper' is the default), holdings with "
            "P&L, orders, trades, the cash ledger and the equity curve, all folded from the append-only "
            "journal. advance fills the paper account's pending orders against newly loaded bars (done after "
            "every pipeline too). replay paper-trades a strategy's picks day by day over history in a new "
            "account and prints its equity, trades and charges beside buy-and-hold of the selection.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("account"),
                 QStringLiteral("portfolio/order: the account (default Paper)."),
                 QStringLiteral("A")},
                {QStringLiteral("currency"),
                 QStringLiteral("portfolio create: cash currency (INR)."),
                 QStringLiteral("C")},
                {QStringLiteral("cash"),
                 QStringLiteral("portfolio create/replay: starting cash."),
                 QStringLiteral("X")},
                {QStringLiteral("to"),
                 QStringLiteral("portfolio replay: last day (YYYY-MM-DD)."),
                 QStringLiteral("D")},
                {QStringLiteral("top"),
                 QStringLiteral("portfolio replay: positions held at most (5)."),
                 QStringLiteral("N")},
                {QStringLiteral("size"),
                 QStringLiteral("portfolio replay: position size rule fixed, equal or risk."),
                 QStringLiteral("RULE")},
                {QStringLiteral("amount"),
                 QStringLiteral("order place: buy for this amount; replay --size fixed: per position."),
                 QStringLiteral("X")},
                {QStringLiteral("risk"),
                 QStringLiteral("portfolio replay --size risk: percent of equity at risk."),
                 QStringLiteral("P")},
                {QStringLiteral("from"),
                 QStringLiteral("portfolio replay: first day (YYYY-MM-DD)."),
                 QStringLiteral("D")},
                {QStringLiteral("strategy"),
                 QStringLiteral("portfolio replay: growth, value, balanced or momentum."),
                 QStringLiteral("S")},
                {QStringLiteral("universe"),
                 QStringLiteral("portfolio replay: the selection's universe."),
                 QStringLiteral("NAME")},
                {QStringLiteral("name"),
                 QStringLiteral("portfolio replay: the new account's name."),
                 QStringLiteral("N")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QLatin1String("accounts")) {
            return runAccounts(ctx);
        }
        if (sub == QLatin1String("holdings") || sub == QLatin1String("orders")
            || sub == QLatin1String("trades") || sub == QLatin1String("cash")) {
            return runTable(ctx, sub);
        }
        if (sub == QLatin1String("equity")) {
            return runEquity(ctx);
        }
        if (sub == QLatin1String("create")) {
            return runCreate(ctx);
        }
        if (sub == QLatin1String("deposit")) {
            return runDeposit(ctx);
        }
        if (sub == QLatin1String("advance")) {
            return runAdvance(ctx);
        }
        if (sub == QLatin1String("export")) {
            return runExport(ctx);
        }
        if (sub == QLatin1String("charges")) {
            return runCharges(ctx);
        }
        if (sub == QLatin1String("replay")) {
            return ctx.args.value(1) == QLatin1String("step") ? runStep(ctx) : runReplay(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int fault(CliContext& ctx, const Error& e)
    {
        return ctx.error(e.message, exitCodeFor(e, ExitUsage));
    }

    static int runAccounts(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (auto paper = paperAccount(*db); !paper) {
            return fault(ctx, paper.error());
        }
        auto all = Store::PortfolioRepository(*db).accounts();
        if (!all) {
            return fault(ctx, all.error());
        }
        QJsonArray arr;
        Table t;
        t.header = QStringList{QStringLiteral("name"),
                               QStringLiteral("kind"),
                               QStringLiteral("currency"),
                               QStringLiteral("cash"),
                               QStringLiteral("equity"),
                               QStringLiteral("realised"),
                               QStringLiteral("unrealised"),
                               QStringLiteral("charges"),
                               QStringLiteral("clock")};
        for (const Account& a : std::as_const(*all)) {
            auto state = loadState(*db, a);
            if (!state) {
                return fault(ctx, state.error());
            }
            t.rows.append(QStringList{a.name,
                                      accountKindText(a.kind),
                                      a.currency,
                                      money(state->cashBalance()),
                                      money(state->equity()),
                                      money(state->realisedPnl()),
                                      money(state->unrealisedPnl()),
                                      money(state->totalCharges()),
                                      state->clock().toString(Qt::ISODate)});
            QJsonObject o{
                {QStringLiteral("name"), a.name},
                {QStringLiteral("kind"), accountKindText(a.kind)},
                {QStringLiteral("currency"), a.currency},
                {QStringLiteral("cash"), state->cashBalance()},
                {QStringLiteral("equity"), state->equity()},
                {QStringLiteral("realised"), state->realisedPnl()},
                {QStringLiteral("unrealised"), state->unrealisedPnl()},
                {QStringLiteral("charges"), state->totalCharges()},
                {QStringLiteral("dividends"), state->totalDividends()},
                {QStringLiteral("clock"),
                 state->clock().isValid() ? QJsonValue(state->clock().toString(Qt::ISODate)) : QJsonValue()}};
            if (!a.broker.isEmpty()) {
                o.insert(QStringLiteral("broker"), a.broker);
                o.insert(QStringLiteral("broker_account"), a.brokerAccount);
            }
            arr.append(o);
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(arr));
        } else {
            printTable(ctx, t, QStringLiteral("No accounts."));
        }
        return ExitOk;
    }

    static Result<Account> account(CliContext& ctx, const Store::Database& db)
    {
        return resolveAccount(db, ctx.parser.value(QStringLiteral("account")));
    }

    static Result<Table> tableOf(const Store::Database& db, const AccountState& state, const QString& which)
    {
        if (which == QLatin1String("holdings")) {
            return holdingsTable(db, state);
        }
        if (which == QLatin1String("orders")) {
            return ordersTable(state);
        }
        if (which == QLatin1String("trades")) {
            return tradesTable(state);
        }
        return cashTable(state);
    }

    static int runTable(CliContext& ctx, const QString& which)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto a = account(ctx, *db);
        if (!a) {
            return fault(ctx, a.error());
        }
        auto state = loadState(*db, *a);
        if (!state) {
            return fault(ctx, state.error());
        }
        auto table = tableOf(*db, *state, which);
        if (!table) {
            return fault(ctx, table.error());
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(tableJson(*table)));
            return ExitOk;
        }
        printTable(ctx, *table, QStringLiteral("No %1 in account '%2'.").arg(which, a->name));
        if (which == QLatin1String("holdings")) {
            ctx.out << QStringLiteral("cash %1 %2, equity %3, realised %4, unrealised %5, charges %6\n")
                           .arg(a->currency,
                                money(state->cashBalance()),
                                money(state->equity()),
                                money(state->realisedPnl()),
                                money(state->unrealisedPnl()),
                                money(state->totalCharges()));
        }
        return ExitOk;
    }

    static int runEquity(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto a = account(ctx, *db);
        if (!a) {
            return fault(ctx, a.error());
        }
        auto curve = equityCurve(*db, *a);
        if (!curve) {
            return fault(ctx, curve.error());
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const EquityPoint& p : std::as_const(*curve)) {
                arr.append(QJsonObject{{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                                       {QStringLiteral("equity"), p.equity},
                                       {QStringLiteral("cash"), p.cash}});
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        for (const EquityPoint& p : std::as_const(*curve)) {
            ctx.out << p.day.toString(Qt::ISODate) << "  " << money(p.equity) << "  " << money(p.cash)
                    << "\n";
        }
        return ExitOk;
    }

    static int runCreate(CliContext& ctx)
    {
        const QString name = ctx.args.value(1).trimmed();
        if (name.isEmpty()) {
            return ctx.error(QStringLiteral("portfolio create needs a NAME"), ExitUsage);
        }
        bool ok = true;
        const double cash = ctx.parser.isSet(QStringLiteral("cash"))
                                ? ctx.parser.value(QStringLiteral("cash")).toDouble(&ok)
                                : 1000000;
        if (!ok || cash < 0) {
            return ctx.error(QStringLiteral("--cash needs an amount ≥ 0"), ExitUsage);
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        const QString currency = ctx.parser.value(QStringLiteral("currency"));
        auto a = createSimulatedAccount(*db, name, AccountKind::Paper, currency, cash);
        if (!a) {
            return fault(ctx, a.error());
        }
        ctx.out << QStringLiteral("Paper account '%1' created with %2 %3\n")
                       .arg(a->name, money(cash), a->currency);
        return ExitOk;
    }

    static int runDeposit(CliContext& ctx)
    {
        bool ok = false;
        const double amount = ctx.args.value(1).toDouble(&ok);
        if (!ok || amount == 0) {
            return ctx.error(QStringLiteral("portfolio deposit needs an AMOUNT (negative: a withdrawal)"),
                             ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto a = account(ctx, *db);
        if (!a) {
            return fault(ctx, a.error());
        }
        if (!a->isSimulated()) {
            return ctx.error(
                QStringLiteral("account '%1' is a broker account: its cash is the broker's").arg(a->name),
                ExitUsage);
        }
        auto engine = PaperEngine::open(*db, *a);
        if (!engine) {
            return fault(ctx, engine.error());
        }
        if (auto r = (*engine)->deposit(
                amount, (*engine)->state().clock(), QStringLiteral("from the command line"));
            !r) {
            return fault(ctx, r.error());
        }
        ctx.out << QStringLiteral("%1: cash %2 %3\n")
                       .arg(a->name, money((*engine)->state().cashBalance()), a->currency);
        return ExitOk;
    }

    static int runAdvance(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (ctx.parser.isSet(QStringLiteral("account"))) {
            auto a = account(ctx, *db);
            if (!a) {
                return fault(ctx, a.error());
            }
            if (a->kind == AccountKind::Replay) {
                return ctx.error(
                    QStringLiteral("'%1' is a replay: step it with 'portfolio replay step --account %1'")
                        .arg(a->name),
                    ExitUsage);
            }
        }
        auto fills = advancePaperAccounts(*db);
        if (!fills) {
            return fault(ctx, fills.error());
        }
        ctx.out << QStringLiteral("%1 fill(s) from the stored bars\n").arg(*fills);
        return ExitOk;
    }

    static int runExport(CliContext& ctx)
    {
        const QString which = ctx.args.value(1);
        const QString file = ctx.args.value(2);
        if ((which != QLatin1String("orders") && which != QLatin1String("trades")
             && which != QLatin1String("holdings"))
            || file.isEmpty()) {
            return ctx.error(
                QStringLiteral("usage: portfolio export orders|trades|holdings FILE [--account A]"),
                ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto a = account(ctx, *db);
        if (!a) {
            return fault(ctx, a.error());
        }
        auto state = loadState(*db, *a);
        if (!state) {
            return fault(ctx, state.error());
        }
        auto table = tableOf(*db, *state, which);
        if (!table) {
            return fault(ctx, table.error());
        }
        if (auto w = writeFileAtomically(file, tableCsv(*table)); !w) {
            return ctx.error(w.error().message, ExitStorage);
        }
        ctx.out << QStringLiteral("%1 %2 of '%3' written to %4\n")
                       .arg(table->rows.size())
                       .arg(which, a->name, file);
        return ExitOk;
    }

    static int runCharges(CliContext& ctx)
    {
        if (ctx.args.value(1) == QLatin1String("set")) {
            return runChargesSet(ctx);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto settings = paperSettings(*db);
        if (!settings) {
            return fault(ctx, settings.error());
        }
        QJsonObject all;
        for (const ChargeSchedule& s : settings->charges) {
            all.insert(s.id, s.toJson());
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(all));
            return ExitOk;
        }
        for (const ChargeSchedule& s : settings->charges) {
            ctx.out << s.id << ":";
            const QJsonObject o = s.toJson();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().toDouble() != 0) {
                    ctx.out << " " << it.key() << "=" << QString::number(it.value().toDouble(), 'g', 8);
                }
            }
            ctx.out << "\n";
        }
        ctx.out << "Edit with: tessera-cli portfolio charges set SCHEDULE.RATE VALUE (e.g. "
                   "nse_delivery.stt_buy_pct 0.1)\n";
        return ExitOk;
    }

    /** `portfolio charges set nse_delivery.stt_buy_pct 0.1`: one rate into the overrides, validated. */
    static int runChargesSet(CliContext& ctx)
    {
        const QStringList key = ctx.args.value(2).split(QLatin1Char('.'));
        bool ok = false;
        const double value = ctx.args.value(3).toDouble(&ok);
        if (key.size() != 2 || !ok) {
            return ctx.error(QStringLiteral("usage: portfolio charges set SCHEDULE.RATE VALUE"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        Store::SettingsRepository settings(*db);
        auto stored = settings.value(kChargesSetting);
        if (!stored) {
            return fault(ctx, stored.error());
        }
        QJsonObject all = QJsonDocument::fromJson(stored->toUtf8()).object();
        QJsonObject one = all.value(key[0]).toObject();
        one.insert(key[1], value);
        all.insert(key[0], one);
        const QString json = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
        if (auto valid = chargeSchedules(json); !valid) {
            return ctx.error(valid.error().message, ExitUsage);
        }
        if (auto r = settings.setValue(kChargesSetting, json); !r) {
            return fault(ctx, r.error());
        }
        ctx.out << key.join(QLatin1Char('.')) << " = " << value << "\n";
        return ExitOk;
    }

    static void printSummary(CliContext& ctx, const ReplaySummary& s)
    {
        const double ret = s.startEquity > 0 ? s.endEquity / s.startEquity - 1 : 0;
        if (ctx.json) {
            QJsonArray curve;
            for (const EquityPoint& p : s.curve) {
                curve.append(QJsonObject{{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                                         {QStringLiteral("equity"), p.equity},
                                         {QStringLiteral("cash"), p.cash}});
            }
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("account"), s.account.name},
                            {QStringLiteral("days"), s.days},
                            {QStringLiteral("orders"), s.ordersPlaced},
                            {QStringLiteral("fills"), s.fills},
                            {QStringLiteral("round_trips"), s.roundTrips},
                            {QStringLiteral("winners"), s.winners},
                            {QStringLiteral("charges"), s.charges},
                            {QStringLiteral("dividends"), s.dividends},
                            {QStringLiteral("start_equity"), s.startEquity},
                            {QStringLiteral("end_equity"), s.endEquity},
                            {QStringLiteral("return"), ret},
                            {QStringLiteral("max_drawdown"), s.maxDrawdown},
                            {QStringLiteral("exposure"), s.exposure},
                            {QStringLiteral("baseline_return"),
                             std::isfinite(s.baselineReturn) ? QJsonValue(s.baselineReturn) : QJsonValue()},
                            {QStringLiteral("curve"), curve}}));
            return;
        }
        ctx.out << QStringLiteral("Replay account '%1': %2 trading days\n").arg(s.account.name).arg(s.days);
        ctx.out << QStringLiteral("  equity %1 → %2 (%3 %), max drawdown %4 %, mean exposure %5 %\n")
                       .arg(money(s.startEquity),
                            money(s.endEquity),
                            QString::number(100 * ret, 'f', 2),
                            QString::number(100 * s.maxDrawdown, 'f', 2),
                            QString::number(100 * s.exposure, 'f', 1));
        ctx.out << QStringLiteral("  %1 entry orders, %2 fills, %3 exits (%4 with a gain before charges)\n")
                       .arg(s.ordersPlaced)
                       .arg(s.fills)
                       .arg(s.roundTrips)
                       .arg(s.winners);
        ctx.out << QStringLiteral("  charges %1, dividends %2\n").arg(money(s.charges), money(s.dividends));
        if (std::isfinite(s.baselineReturn)) {
            ctx.out << QStringLiteral(
                           "  baseline: equal-weight buy-and-hold of the selection %1 % (no charges)\n")
                           .arg(QString::number(100 * s.baselineReturn, 'f', 2));
        }
        // Month ends, for a quick look at the curve (the whole curve: portfolio equity --account).
        for (qsizetype i = 0; i < s.curve.size(); ++i) {
            if (i + 1 == s.curve.size() || s.curve[i + 1].day.month() != s.curve[i].day.month()) {
                ctx.out << QStringLiteral("  %1  %2\n")
                               .arg(s.curve[i].day.toString(Qt::ISODate), money(s.curve[i].equity));
            }
        }
    }

    static int runReplay(CliContext& ctx)
    {
        ReplayConfig c;
        const auto& p = ctx.parser;
        c.strategy = p.value(QStringLiteral("strategy")).toLower();
        c.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
        c.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (c.strategy.isEmpty() || !c.from.isValid() || !c.to.isValid()) {
            return ctx.error(
                QStringLiteral("portfolio replay needs --strategy S --from YYYY-MM-DD --to YYYY-MM-DD"),
                ExitUsage);
        }
        bool ok = true;
        if (p.isSet(QStringLiteral("top"))) {
            c.topN = p.value(QStringLiteral("top")).toInt(&ok);
            if (!ok || c.topN < 1) {
                return ctx.error(QStringLiteral("--top needs a number ≥ 1"), ExitUsage);
            }
        }
        if (p.isSet(QStringLiteral("size"))) {
            auto rule = parseSizeRule(p.value(QStringLiteral("size")));
            if (!rule) {
                return ctx.error(rule.error().message, ExitUsage);
            }
            c.rule = *rule;
        }
        for (const auto& [key, target] : {std::pair<const char*, double*>{"amount", &c.amount},
                                          std::pair<const char*, double*>{"risk", &c.riskPct},
                                          std::pair<const char*, double*>{"cash", &c.cash}}) {
            if (p.isSet(QLatin1String(key))) {
                *target = p.value(QLatin1String(key)).toDouble(&ok);
                if (!ok || *target <= 0) {
                    return ctx.error(QStringLiteral("--%1 needs a number > 0").arg(QLatin1String(key)),
                                     ExitUsage);
                }
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (p.isSet(QStringLiteral("universe"))) {
            auto stored = Store::UniverseRepository(*db).storedName(p.value(QStringLiteral("universe")));
            if (!stored || !stored->has_value()) {
                return ctx.error(
                    QStringLiteral("unknown universe '%1'").arg(p.value(QStringLiteral("universe"))),
                    ExitUsage);
            }
            c.selection = QStringLiteral("universe:") + **stored;
        }
        c.account = p.isSet(QStringLiteral("name"))
                        ? p.value(QStringLiteral("name"))
                        : QStringLiteral("Replay %1 %2–%3")
                              .arg(c.strategy, c.from.toString(Qt::ISODate), c.to.toString(Qt::ISODate));
        ReplayHooks hooks;
        int lastShown = 0;
        hooks.progress = [&](int done, int total) {
            if (!ctx.json && (done - lastShown >= 25 || done == total)) {
                lastShown = done;
                ctx.err << QStringLiteral("replay: %1/%2 days\n").arg(done).arg(total);
                ctx.err.flush();
            }
        };
        auto summary = Portfolio::runReplay(*db, c, hooks);
        if (!summary) {
            return fault(ctx, summary.error());
        }
        printSummary(ctx, *summary);
        return ExitOk;
    }

    static int runStep(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (!ctx.parser.isSet(QStringLiteral("account"))) {
            return ctx.error(QStringLiteral("portfolio replay step needs --account NAME (a replay account)"),
                             ExitUsage);
        }
        auto a = account(ctx, *db);
        if (!a) {
            return fault(ctx, a.error());
        }
        auto day = stepReplay(*db, *a);
        if (!day) {
            return fault(ctx, day.error());
        }
        if (!day->isValid()) {
            ctx.out << QStringLiteral("Replay '%1' is at its last day already\n").arg(a->name);
            return ExitOk;
        }
        auto state = loadState(*db, *a);
        if (!state) {
            return fault(ctx, state.error());
        }
        ctx.out << QStringLiteral("%1: %2, equity %3, cash %4, %5 working order(s)\n")
                       .arg(a->name,
                            day->toString(Qt::ISODate),
                            money(state->equity()),
                            money(state->cashBalance()))
                       .arg(state->workingOrders().size());
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePortfolioCommand()
{
    return std::make_unique<PortfolioCommand>();
}

} // namespace Tessera::Cli
