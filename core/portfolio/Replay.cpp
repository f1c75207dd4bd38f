#include "core/portfolio/Replay.h"

#include <cmath>
#include <set>

#include <QJsonDocument>

#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"
#include "core/screens/Strategy.h"
#include "core/store/ScreenDataRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/PicksTask.h"

namespace Tessera::Portfolio {
namespace {

/** Cash kept aside per buy for charges and slippage (0.5 %). */
constexpr double kCostCushion = 1.005;

QString configKey(const Account& account)
{
    return QStringLiteral("portfolio/replay/%1").arg(account.id);
}

Result<QStringList> replayTickers(const Store::Database& db, const ReplayConfig& config)
{
    if (!config.selection.trimmed().isEmpty()) {
        return Store::ScreenDataRepository(db).resolveSelection(config.selection);
    }
    return Store::SymbolRepository(db).tickersWithBars();
}

/** Every day in [from, to] with a stored bar of one of tickers. */
Result<QList<QDate>> tradingDays(BarCache& bars, const QStringList& tickers, QDate from, QDate to)
{
    std::set<qint64> days;
    for (const QString& t : tickers) {
        auto series = bars.series(t);
        if (!series) {
            return fail(series.error());
        }
        for (qint64 d : (*series)->days()) {
            if (d >= from.toJulianDay() && d <= to.toJulianDay()) {
                days.insert(d);
            }
        }
    }
    QList<QDate> out;
    for (qint64 d : days) {
        out.append(QDate::fromJulianDay(d));
    }
    return out;
}

/** One replay day: fills against the day's bars, then the day's picks bought. Returns orders placed. */
Result<int> replayDay(const Store::Database& db,
                      PaperEngine& engine,
                      const ReplayConfig& config,
                      const QStringList& tickers,
                      QDate day)
{
    if (auto done = engine.advanceTo(day); !done) {
        return fail(done.error());
    }
    auto picks = Tasks::computeStrategyPicks(db, config.strategy, day, tickers);
    if (!picks) {
        return fail(picks.error().prefixed(QStringLiteral("picks of %1").arg(day.toString(Qt::ISODate))));
    }
    auto placed = buyTopPicks(engine, *picks, config, day, QStringLiteral("r"));
    if (!placed) {
        return fail(placed.error());
    }
    return static_cast<int>(placed->size());
}

} // namespace

Result<QList<Order>> buyTopPicks(PaperEngine& engine,
                                 const QList<Screens::Pick>& picks,
                                 const ReplayConfig& config,
                                 QDate day,
                                 const QString& prefix)
{
    QList<Order> placed;
    QSet<QString> held;
    for (const Position& p : engine.state().positions()) {
        if (p.quantity > 0) {
            held.insert(p.symbol);
        }
    }
    for (const Order& o : engine.state().workingOrders()) {
        if (o.side == Side::Buy) {
            held.insert(o.symbol);
        }
    }
    int freeSlots = config.topN - static_cast<int>(held.size());
    for (const Screens::Pick& pick : picks) {
        if (freeSlots <= 0) {
            break;
        }
        if (held.contains(pick.symbol) || (day.isValid() && pick.date != day)
            || (config.buyOnlyRecommended && pick.recommendation != QLatin1String("BUY"))) {
            continue;
        }
        const double price = pick.currentPrice;
        const bool stopUsable = std::isfinite(pick.stopLoss) && pick.stopLoss > 0 && pick.stopLoss < price;
        const bool targetUsable = std::isfinite(pick.targetPrice) && pick.targetPrice > price;
        SizingInput in;
        in.rule = config.rule;
        in.price = price;
        in.stop = stopUsable ? pick.stopLoss : 0;
        in.available = engine.availableCash();
        in.equity = engine.state().equity();
        in.freeSlots = freeSlots;
        in.amount = config.amount;
        in.riskPct = config.riskPct;
        const double quantity = sizeQuantity(in);
        if (quantity < 1) {
            continue;
        }
        Order o;
        // Deterministic ids: run again for the same day (after a crash, a second click) places nothing twice.
        o.clientOrderId =
            QStringLiteral("%1-%2-%3").arg(prefix, pick.date.toString(Qt::ISODate), pick.symbol);
        o.symbol = pick.symbol;
        o.quantity = quantity;
        o.note = QStringLiteral("%1 pick #%2").arg(pick.strategy).arg(pick.rank);
        if (config.bracket) {
            if (stopUsable) {
                o.stop = pick.stopLoss;
            }
            if (targetUsable) {
                o.target = pick.targetPrice;
            }
        }
        bool duplicate = false;
        auto done = engine.place(o, &duplicate);
        if (!done) {
            return fail(done.error());
        }
        if (done->status == OrderStatus::Open && !duplicate) {
            held.insert(pick.symbol);
            --freeSlots;
            placed.append(*done);
        }
    }
    return placed;
}

QString sizeRuleText(SizeRule rule)
{
    switch (rule) {
    case SizeRule::FixedAmount:
        return QStringLiteral("fixed");
    case SizeRule::EqualWeight:
        return QStringLiteral("equal");
    case SizeRule::RiskBased:
        return QStringLiteral("risk");
    }
    return {};
}

Result<SizeRule> parseSizeRule(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("fixed")) {
        return SizeRule::FixedAmount;
    }
    if (t == QLatin1String("equal")) {
        return SizeRule::EqualWeight;
    }
    if (t == QLatin1String("risk")) {
        return SizeRule::RiskBased;
    }
    return fail(Error::invalidInput(
        QStringLiteral("unknown position size rule '%1' (fixed, equal, risk)").arg(text)));
}

double sizeQuantity(const SizingInput& in)
{
    if (!(in.price > 0) || in.available <= 0) {
        return 0;
    }
    double q = 0;
    switch (in.rule) {
    case SizeRule::FixedAmount:
        q = in.amount / in.price;
        break;
    case SizeRule::EqualWeight:
        q = in.available / std::max(1, in.freeSlots) / in.price;
        break;
    case SizeRule::RiskBased:
        if (in.stop > 0 && in.stop < in.price) {
            q = in.equity * in.riskPct / 100 / (in.price - in.stop);
        }
        break;
    }
    q = std::min(q, in.available / (in.price * kCostCushion));
    return std::max(0.0, std::floor(q));
}

QJsonObject ReplayConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("strategy"), strategy},
                       {QStringLiteral("selection"), selection},
                       {QStringLiteral("top"), topN},
                       {QStringLiteral("size"), sizeRuleText(rule)},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("risk_pct"), riskPct},
                       {QStringLiteral("cash"), cash},
                       {QStringLiteral("bracket"), bracket},
                       {QStringLiteral("buy_only_recommended"), buyOnlyRecommended}};
}

ReplayConfig ReplayConfig::fromJson(const QJsonObject& o)
{
    ReplayConfig c;
    c.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    c.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    c.strategy = o.value(QStringLiteral("strategy")).toString();
    c.selection = o.value(QStringLiteral("selection")).toString();
    c.topN = o.value(QStringLiteral("top")).toInt(5);
    c.rule = parseSizeRule(o.value(QStringLiteral("size")).toString()).value_or(SizeRule::EqualWeight);
    c.amount = o.value(QStringLiteral("amount")).toDouble();
    c.riskPct = o.value(QStringLiteral("risk_pct")).toDouble(1);
    c.cash = o.value(QStringLiteral("cash")).toDouble();
    c.bracket = o.value(QStringLiteral("bracket")).toBool(true);
    c.buyOnlyRecommended = o.value(QStringLiteral("buy_only_recommended")).toBool(true);
    return c;
}

Result<Account> startReplay(const Store::Database& db, const ReplayConfig& config)
{
    if (!Screens::strategyIds().contains(config.strategy)) {
        return fail(Error::invalidInput(
            QStringLiteral("unknown strategy '%1' (one of %2)")
                .arg(config.strategy, Screens::strategyIds().join(QStringLiteral(", ")))));
    }
    if (!config.from.isValid() || !config.to.isValid() || config.to < config.from) {
        return fail(Error::invalidInput(
            QStringLiteral("a replay needs --from and --to dates (YYYY-MM-DD), from ≤ to")));
    }
    if (config.topN < 1 || config.cash <= 0) {
        return fail(Error::invalidInput(QStringLiteral("a replay needs --top ≥ 1 and --cash > 0")));
    }
    if (auto tickers = replayTickers(db, config); !tickers) {
        return fail(tickers.error());
    }
    auto account = createSimulatedAccount(
        db, config.account, AccountKind::Replay, QStringLiteral("INR"), config.cash, config.from.addDays(-1));
    if (!account) {
        return fail(account.error());
    }
    const QString json = QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
    if (auto r = Store::SettingsRepository(db).setValue(configKey(*account), json); !r) {
        return fail(r.error());
    }
    return account;
}

Result<ReplayConfig> replayConfig(const Store::Database& db, const Account& account)
{
    auto json = Store::SettingsRepository(db).value(configKey(account));
    if (!json) {
        return fail(json.error());
    }
    if (json->isEmpty()) {
        return fail(
            Error::invalidInput(QStringLiteral("account '%1' is not a strategy replay").arg(account.name)));
    }
    ReplayConfig c = ReplayConfig::fromJson(QJsonDocument::fromJson(json->toUtf8()).object());
    c.account = account.name;
    return c;
}

Result<QDate> stepReplay(const Store::Database& db, const Account& account)
{
    auto config = replayConfig(db, account);
    if (!config) {
        return fail(config.error());
    }
    auto engine = PaperEngine::open(db, account);
    if (!engine) {
        return fail(engine.error());
    }
    auto tickers = replayTickers(db, *config);
    if (!tickers) {
        return fail(tickers.error());
    }
    const QDate after =
        (*engine)->state().clock().isValid() ? (*engine)->state().clock().addDays(1) : config->from;
    auto days = tradingDays((*engine)->bars(), *tickers, after, config->to);
    if (!days) {
        return fail(days.error());
    }
    if (days->isEmpty()) {
        return QDate();
    }
    if (auto r = replayDay(db, **engine, *config, *tickers, days->first()); !r) {
        return fail(r.error());
    }
    return days->first();
}

Result<ReplaySummary>
runReplay(const Store::Database& db, const ReplayConfig& config, const ReplayHooks& hooks)
{
    auto account = startReplay(db, config);
    if (!account) {
        return fail(account.error());
    }
    auto engine = PaperEngine::open(db, *account);
    if (!engine) {
        return fail(engine.error());
    }
    auto tickers = replayTickers(db, config);
    if (!tickers) {
        return fail(tickers.error());
    }
    auto days = tradingDays((*engine)->bars(), *tickers, config.from, config.to);
    if (!days) {
        return fail(days.error());
    }
    int placed = 0;
    for (qsizetype i = 0; i < days->size(); ++i) {
        if (hooks.cancelled && hooks.cancelled()) {
            return fail(Error::cancelled(
                QStringLiteral("replay cancelled after %1 of %2 days (the account keeps them; "
                               "step it on with 'portfolio replay step')")
                    .arg(i)
                    .arg(days->size())));
        }
        auto n = replayDay(db, **engine, config, *tickers, (*days)[i]);
        if (!n) {
            return fail(n.error());
        }
        placed += *n;
        if (hooks.progress) {
            hooks.progress(static_cast<int>(i + 1), static_cast<int>(days->size()));
        }
    }
    auto summary = summarise(db, *account);
    if (!summary) {
        return fail(summary.error());
    }
    summary->ordersPlaced = placed;
    if (!days->isEmpty()) {
        double sum = 0;
        int n = 0;
        for (const QString& t : std::as_const(*tickers)) {
            auto series = (*engine)->bars().series(t);
            if (!series) {
                return fail(series.error());
            }
            const qsizetype a = BarCache::indexOn(**series, days->first());
            const qsizetype b = BarCache::indexAtOrBefore(**series, days->last());
            if (a >= 0 && b > a && (*series)->close()[static_cast<size_t>(a)] > 0) {
                sum += (*series)->close()[static_cast<size_t>(b)] / (*series)->close()[static_cast<size_t>(a)]
                       - 1;
                ++n;
            }
        }
        if (n > 0) {
            summary->baselineReturn = sum / n;
        }
    }
    (void)placed;
    return summary;
}

Result<ReplaySummary> summarise(const Store::Database& db, const Account& account)
{
    auto state = loadState(db, account);
    if (!state) {
        return fail(state.error());
    }
    auto curve = equityCurve(db, account);
    if (!curve) {
        return fail(curve.error());
    }
    ReplaySummary s;
    s.account = account;
    s.curve = *curve;
    s.days = static_cast<int>(curve->size());
    s.fills = static_cast<int>(state->fills().size());
    s.charges = state->totalCharges();
    s.dividends = state->totalDividends();
    for (const Fill& f : state->fills()) {
        if (f.side == Side::Sell) {
            ++s.roundTrips;
            s.winners += f.realisedPnl > 0 ? 1 : 0;
        }
    }
    for (const QString& id : state->orderSequence()) {
        s.ordersPlaced += state->orders()[id].parentId.isEmpty() ? 1 : 0;
    }
    if (!curve->isEmpty()) {
        s.startEquity = curve->first().equity;
        s.endEquity = curve->last().equity;
        double invested = 0;
        for (const EquityPoint& p : *curve) {
            invested += p.equity > 0 ? (p.equity - p.cash) / p.equity : 0;
        }
        s.exposure = invested / static_cast<double>(curve->size());
    }
    s.maxDrawdown = maxDrawdown(*curve);
    return s;
}

} // namespace Tessera::Portfolio
