#include "core/backtest/Backtest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <QHash>
#include <QJsonArray>
#include <QtConcurrent>

#include "core/tasks/TaskContext.h"
#include "core/tiles/Slippage.h"

namespace Tessera::Backtest {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double adjFactor(const Screens::BarRow& b)
{
    return (std::isfinite(b.adj) && std::isfinite(b.close) && b.close > 0) ? b.adj / b.close : 1.0;
}

/**
 * One leg's cost in currency: the slippage model for an order of `notional` at bar k, with the inputs
 * the cross-sectional model's cost uses (CrossSection.cpp): ADV = mean volume of the last 20 bars (all
 * when fewer; 1 when not positive), daily vol = sample sd of the last 20 log returns of the adjusted
 * close (population sd of all of them when fewer; 0 with none), spread = clamp(k·vol, 2 bp, 5 %).
 */
double legCost(const SymbolHistory& s, qsizetype k, double notional, double impactK)
{
    if (notional <= 0 || k < 0) {
        return 0;
    }
    const qsizetype from = std::max<qsizetype>(0, k - 19);
    double volume = 0;
    for (qsizetype i = from; i <= k; ++i) {
        const double v = s.bars[static_cast<size_t>(i)].volume;
        volume += std::isfinite(v) ? v : 0;
    }
    double adv = volume / static_cast<double>(k - from + 1);
    if (!(adv > 0)) {
        adv = 1.0;
    }
    std::vector<double> logs;
    for (qsizetype i = std::max<qsizetype>(1, k - 19); i <= k; ++i) {
        const double a = s.bars[static_cast<size_t>(i)].adj;
        const double b = s.bars[static_cast<size_t>(i - 1)].adj;
        if (a > 0 && b > 0) {
            logs.push_back(std::log(a) - std::log(b));
        }
    }
    double vol = 0;
    if (logs.size() >= 2) {
        const double mean = std::accumulate(logs.begin(), logs.end(), 0.0) / static_cast<double>(logs.size());
        double ss = 0;
        for (double r : logs) {
            ss += (r - mean) * (r - mean);
        }
        const bool full = logs.size() == 20;
        vol = std::sqrt(ss / static_cast<double>(full ? logs.size() - 1 : logs.size()));
    }
    const double price = s.bars[static_cast<size_t>(k)].close;
    if (!(price > 0)) {
        return 0;
    }
    const Tiles::SlippageModel model{price, adv, vol, std::clamp(impactK * vol, 2e-4, 5e-2), impactK};
    return model.cost(notional).costValue();
}

struct Position
{
    size_t symbol = 0;
    double shares = 0;
    qsizetype entryIndex = 0; ///< calendar index of the entry
    qsizetype holdStart = 0;  ///< calendar index the holding period counts from (renewals move it)
    double lastPrice = 0;     ///< adjusted close of the last bar seen
    int trade = 0;            ///< index into the result's trades
};

struct SeriesStats
{
    double total = 0, cagr = 0, vol = 0, sharpe = 0, maxDd = 0;
};

SeriesStats seriesStats(const std::vector<double>& values, double years)
{
    SeriesStats st;
    if (values.empty()) {
        return st;
    }
    st.total = values.back() - 1.0;
    st.cagr = years > 0 && values.back() > 0 ? std::pow(values.back(), 1.0 / years) - 1.0 : 0.0;
    std::vector<double> r;
    r.reserve(values.size());
    double prev = 1.0; // the starting capital, before the first day's trades
    double peak = 1.0;
    for (double v : values) {
        r.push_back(prev > 0 ? v / prev - 1.0 : 0.0);
        prev = v;
        peak = std::max(peak, v);
        st.maxDd = std::max(st.maxDd, peak > 0 ? 1.0 - v / peak : 0.0);
    }
    if (r.size() >= 2) {
        const double mean = std::accumulate(r.begin(), r.end(), 0.0) / static_cast<double>(r.size());
        double ss = 0;
        for (double x : r) {
            ss += (x - mean) * (x - mean);
        }
        const double sd = std::sqrt(ss / static_cast<double>(r.size() - 1));
        st.vol = sd * std::sqrt(252.0);
        st.sharpe = sd > 0 ? mean / sd * std::sqrt(252.0) : 0.0;
    }
    return st;
}

} // namespace

std::vector<qint64> tradingCalendar(const Panel& panel, QDate from, QDate to)
{
    const qint64 first = from.toJulianDay();
    const qint64 last = to.toJulianDay();
    std::vector<qint64> calendar;
    for (const SymbolHistory& s : panel.symbols) {
        const auto lo = std::lower_bound(s.days.begin(), s.days.end(), first);
        const auto hi = std::upper_bound(s.days.begin(), s.days.end(), last);
        calendar.insert(calendar.end(), lo, hi);
    }
    std::sort(calendar.begin(), calendar.end());
    calendar.erase(std::unique(calendar.begin(), calendar.end()), calendar.end());
    return calendar;
}

std::vector<qsizetype> rebalanceIndexes(const std::vector<qint64>& calendar, const BacktestSettings& s)
{
    std::vector<qsizetype> out;
    for (size_t i = 0; i < calendar.size(); ++i) {
        const QDate d = QDate::fromJulianDay(calendar[i]);
        bool take = i == 0;
        if (!take) {
            const QDate prev = QDate::fromJulianDay(calendar[i - 1]);
            switch (s.rule) {
            case RebalanceRule::EveryNDays:
                take = static_cast<int>(i) % std::max(1, s.rebalanceDays) == 0;
                break;
            case RebalanceRule::Weekly: {
                int wy = 0, py = 0;
                take = d.weekNumber(&wy) != prev.weekNumber(&py) || wy != py;
                break;
            }
            case RebalanceRule::Monthly:
                take = d.month() != prev.month() || d.year() != prev.year();
                break;
            }
        }
        if (take) {
            out.push_back(static_cast<qsizetype>(i));
        }
    }
    return out;
}

QString BacktestSettings::rebalanceText() const
{
    switch (rule) {
    case RebalanceRule::Weekly:
        return QStringLiteral("weekly");
    case RebalanceRule::Monthly:
        return QStringLiteral("monthly");
    case RebalanceRule::EveryNDays:
        break;
    }
    return rebalanceDays == 1 ? QStringLiteral("daily") : QString::number(rebalanceDays);
}

Result<void> BacktestSettings::setRebalance(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("daily")) {
        rule = RebalanceRule::EveryNDays;
        rebalanceDays = 1;
        return {};
    }
    if (t == QStringLiteral("weekly")) {
        rule = RebalanceRule::Weekly;
        return {};
    }
    if (t == QStringLiteral("monthly")) {
        rule = RebalanceRule::Monthly;
        return {};
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 1 || n > 260) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "rebalance '%1': expected daily, weekly, monthly or a number of trading days 1-260")
                .arg(text)));
    }
    rule = RebalanceRule::EveryNDays;
    rebalanceDays = n;
    return {};
}

QJsonObject BacktestSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("rebalance"), rebalanceText()},
                       {QStringLiteral("top"), top},
                       {QStringLiteral("hold"), hold},
                       {QStringLiteral("notional"), notional},
                       {QStringLiteral("stop"), stop},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("impact_k"), impactK},
                       {QStringLiteral("allow_stale_fundamentals"), allowStaleFundamentals},
                       {QStringLiteral("xs_walk_forward"), xsWalkForward},
                       {QStringLiteral("xs_retrain_days"), xsRetrainDays}};
}

BacktestSettings BacktestSettings::fromJson(const QJsonObject& o)
{
    BacktestSettings s;
    s.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    (void)s.setRebalance(o.value(QStringLiteral("rebalance")).toString(QStringLiteral("5")));
    s.top = o.value(QStringLiteral("top")).toInt(20);
    s.hold = o.value(QStringLiteral("hold")).toInt(5);
    s.notional = o.value(QStringLiteral("notional")).toDouble(1e6);
    s.stop = o.value(QStringLiteral("stop")).toDouble(0);
    s.target = o.value(QStringLiteral("target")).toDouble(0);
    s.impactK = o.value(QStringLiteral("impact_k")).toDouble(0.1);
    s.allowStaleFundamentals = o.value(QStringLiteral("allow_stale_fundamentals")).toBool(false);
    s.xsWalkForward = o.value(QStringLiteral("xs_walk_forward")).toBool(false);
    s.xsRetrainDays = o.value(QStringLiteral("xs_retrain_days")).toInt(126);
    return s;
}

QJsonObject Metrics::toJson() const
{
    return QJsonObject{{QStringLiteral("total_return"), num(totalReturn)},
                       {QStringLiteral("cagr"), num(cagr)},
                       {QStringLiteral("volatility"), num(volatility)},
                       {QStringLiteral("sharpe"), num(sharpe)},
                       {QStringLiteral("max_drawdown"), num(maxDrawdown)},
                       {QStringLiteral("hit_rate"), num(hitRate)},
                       {QStringLiteral("turnover"), num(turnover)},
                       {QStringLiteral("costs"), num(costs)},
                       {QStringLiteral("costs_fraction"), num(costsFraction)},
                       {QStringLiteral("exposure"), num(exposure)},
                       {QStringLiteral("trades"), trades},
                       {QStringLiteral("rebalances"), rebalances},
                       {QStringLiteral("years"), num(years)},
                       {QStringLiteral("benchmark_total_return"), num(benchmarkTotalReturn)},
                       {QStringLiteral("benchmark_cagr"), num(benchmarkCagr)},
                       {QStringLiteral("benchmark_volatility"), num(benchmarkVolatility)},
                       {QStringLiteral("benchmark_sharpe"), num(benchmarkSharpe)},
                       {QStringLiteral("benchmark_max_drawdown"), num(benchmarkMaxDrawdown)}};
}

Metrics Metrics::fromJson(const QJsonObject& o)
{
    auto d = [&](const char* key) {
        return o.value(QLatin1String(key)).toDouble(kNaN);
    };
    Metrics m;
    m.totalReturn = d("total_return");
    m.cagr = d("cagr");
    m.volatility = d("volatility");
    m.sharpe = d("sharpe");
    m.maxDrawdown = d("max_drawdown");
    m.hitRate = d("hit_rate");
    m.turnover = d("turnover");
    m.costs = d("costs");
    m.costsFraction = d("costs_fraction");
    m.exposure = d("exposure");
    m.trades = o.value(QStringLiteral("trades")).toInt();
    m.rebalances = o.value(QStringLiteral("rebalances")).toInt();
    m.years = d("years");
    m.benchmarkTotalReturn = d("benchmark_total_return");
    m.benchmarkCagr = d("benchmark_cagr");
    m.benchmarkVolatility = d("benchmark_volatility");
    m.benchmarkSharpe = d("benchmark_sharpe");
    m.benchmarkMaxDrawdown = d("benchmark_max_drawdown");
    return m;
}

Metrics computeMetrics(const std::vector<CurvePoint>& curve,
                       const QList<Trade>& trades,
                       double notional,
                       double tradedValue,
                       int rebalances)
{
    Metrics m;
    m.rebalances = rebalances;
    m.trades = static_cast<int>(trades.size());
    if (curve.empty()) {
        return m;
    }
    m.years = static_cast<double>(curve.front().date.daysTo(curve.back().date)) / 365.25;
    std::vector<double> equity, bench;
    double exposure = 0;
    for (const CurvePoint& p : curve) {
        equity.push_back(p.equity);
        bench.push_back(p.benchmark);
        exposure += p.exposure;
    }
    const SeriesStats e = seriesStats(equity, m.years);
    const SeriesStats b = seriesStats(bench, m.years);
    m.totalReturn = e.total;
    m.cagr = e.cagr;
    m.volatility = e.vol;
    m.sharpe = e.sharpe;
    m.maxDrawdown = e.maxDd;
    m.benchmarkTotalReturn = b.total;
    m.benchmarkCagr = b.cagr;
    m.benchmarkVolatility = b.vol;
    m.benchmarkSharpe = b.sharpe;
    m.benchmarkMaxDrawdown = b.maxDd;
    m.exposure = exposure / static_cast<double>(curve.size());
    int wins = 0;
    for (const Trade& t : trades) {
        m.costs += t.entryCost + t.exitCost;
        wins += t.netReturn > 0 ? 1 : 0;
    }
    m.hitRate = trades.isEmpty() ? kNaN : static_cast<double>(wins) / static_cast<double>(trades.size());
    m.costsFraction = notional > 0 ? m.costs / notional : kNaN;
    const double meanEquity =
        notional * std::accumulate(equity.begin(), equity.end(), 0.0) / static_cast<double>(equity.size());
    m.turnover = m.years > 0 && meanEquity > 0 ? tradedValue / 2.0 / meanEquity / m.years : kNaN;
    return m;
}

Result<BacktestResult> runBacktest(const Panel& panel,
                                   const Screens::CompiledScreen& screen,
                                   const BacktestSettings& settings,
                                   Tasks::TaskContext* ctx)
{
    if (!settings.from.isValid() || !settings.to.isValid() || settings.to < settings.from) {
        return fail(Error::invalidInput(
            QStringLiteral("backtest: the period %1 to %2 is not a valid range")
                .arg(settings.from.toString(Qt::ISODate), settings.to.toString(Qt::ISODate))));
    }
    if (settings.top < 1 || settings.hold < 1 || !(settings.notional > 0)) {
        return fail(Error::invalidInput(
            QStringLiteral("backtest: --top and --hold must be at least 1 and --notional positive")));
    }
    if (settings.stop < 0 || settings.stop >= 1 || settings.target < 0) {
        return fail(Error::invalidInput(
            QStringLiteral("backtest: the stop must be a fraction in [0, 1) and the target ≥ 0")));
    }
    const std::vector<qint64> calendar = tradingCalendar(panel, settings.from, settings.to);
    if (calendar.empty()) {
        return fail(Error::notFound(
            QStringLiteral("backtest: no symbol of the selection has a bar between %1 and %2")
                .arg(settings.from.toString(Qt::ISODate), settings.to.toString(Qt::ISODate))));
    }
    const std::vector<qsizetype> rebalances = rebalanceIndexes(calendar, settings);

    BacktestResult result;
    result.settings = settings;
    result.expression = screen.expression.toText();
    result.ranking = Screens::rankingText(screen.ranking);
    const Screens::FieldNeeds needs = Screens::fieldNeeds(screen.expression, screen.ranking);
    const AsOfBuilder builder(panel, needs, settings.allowStaleFundamentals);
    QHash<QString, size_t> indexOf;
    for (size_t i = 0; i < panel.symbols.size(); ++i) {
        indexOf.insert(panel.symbols[i].ticker, i);
    }

    const size_t symbolCount = panel.symbols.size();
    std::vector<qsizetype> cursor(symbolCount, -1); ///< each symbol's last bar on or before the day
    std::vector<char> hasBar(symbolCount, 0);       ///< whether that bar is on the day itself
    std::vector<double> benchBase(symbolCount, kNaN);
    double benchValue = 1.0;   ///< at the current period's start
    double benchCurrent = 1.0; ///< today
    double cash = settings.notional;
    double tradedValue = 0;
    std::vector<Position> open;
    size_t nextRebalance = 0;
    if (ctx) {
        ctx->beginStep(QStringLiteral("backtest"), static_cast<qint64>(rebalances.size()));
    }

    auto barOf = [&](size_t s) -> const Screens::BarRow& {
        return panel.symbols[s].bars[static_cast<size_t>(cursor[s])];
    };
    auto closePosition = [&](size_t at, qint64 day, double price, const QString& reason) {
        Position& p = open[at];
        Trade& t = result.trades[p.trade];
        const double proceeds = p.shares * price;
        const double cost = legCost(panel.symbols[p.symbol], cursor[p.symbol], proceeds, settings.impactK);
        cash += proceeds - cost;
        tradedValue += proceeds;
        t.exitDate = QDate::fromJulianDay(day);
        t.exitPrice = price;
        t.exitCost = cost;
        t.exitReason = reason;
        t.netReturn = t.allotted > 0 ? (proceeds - cost) / t.allotted - 1.0 : 0.0;
        open.erase(open.begin() + static_cast<std::ptrdiff_t>(at));
    };

    // Each rebalance day's ranking depends on the stored data only, never on the portfolio: all of them
    // are computed first, in parallel (the builder and the evaluator are pure), then the portfolio is
    // replayed day by day in order.
    std::vector<Selection> selections(rebalances.size()); // one element per job: no shared container writes
    std::vector<size_t> jobs(rebalances.size());
    std::iota(jobs.begin(), jobs.end(), size_t(0));
    QtConcurrent::blockingMap(jobs, [&](size_t i) {
        if (ctx && ctx->isCanceled()) {
            return;
        }
        const qint64 day = calendar[static_cast<size_t>(rebalances[i])];
        const Screens::ScreenData data = builder.at(day);
        const Screens::ScreenResult ranked = Screens::evaluate(screen.expression, screen.ranking, 0, data);
        Selection& sel = selections[i];
        sel.date = QDate::fromJulianDay(day);
        sel.passed = ranked.matched;
        sel.universe = static_cast<int>(data.size());
        for (qsizetype r = 0; r < ranked.rows.size() && sel.symbols.size() < settings.top; ++r) {
            sel.symbols << ranked.rows[r].ticker;
            sel.scores.push_back(ranked.rows[r].score);
        }
        if (ctx) {
            ctx->unitFinished(sel.date.toString(Qt::ISODate), true);
        }
    });
    if (ctx && ctx->isCanceled()) {
        return fail(Error::cancelled(QStringLiteral("backtest cancelled")));
    }
    for (Selection& sel : selections) {
        result.selections << std::move(sel);
    }

    for (size_t ti = 0; ti < calendar.size(); ++ti) {
        const qint64 day = calendar[ti];
        const auto t = static_cast<qsizetype>(ti);
        for (size_t s = 0; s < symbolCount; ++s) {
            const std::vector<qint64>& days = panel.symbols[s].days;
            while (cursor[s] + 1 < static_cast<qsizetype>(days.size())
                   && days[static_cast<size_t>(cursor[s] + 1)] <= day) {
                ++cursor[s];
            }
            hasBar[s] = cursor[s] >= 0 && days[static_cast<size_t>(cursor[s])] == day;
        }

        // Stops and targets on the day's bar (not on the entry day: bought at its close).
        for (size_t i = 0; i < open.size();) {
            Position& p = open[i];
            if (p.entryIndex >= t || !hasBar[p.symbol]) {
                ++i;
                continue;
            }
            const Screens::BarRow& b = barOf(p.symbol);
            const double f = adjFactor(b);
            const double entry = result.trades[p.trade].entryPrice;
            const double low = b.low * f, high = b.high * f, openPx = b.open * f;
            if (settings.stop > 0 && std::isfinite(low) && low <= entry * (1 - settings.stop)) {
                const double level = entry * (1 - settings.stop);
                closePosition(
                    i, day, std::isfinite(openPx) ? std::min(openPx, level) : level, QStringLiteral("stop"));
                continue;
            }
            if (settings.target > 0 && std::isfinite(high) && high >= entry * (1 + settings.target)) {
                const double level = entry * (1 + settings.target);
                closePosition(i,
                              day,
                              std::isfinite(openPx) ? std::max(openPx, level) : level,
                              QStringLiteral("target"));
                continue;
            }
            p.lastPrice = b.adj;
            ++i;
        }
        for (Position& p : open) {
            if (hasBar[p.symbol]) {
                p.lastPrice = barOf(p.symbol).adj;
            }
        }

        const bool rebalance = nextRebalance < rebalances.size() && rebalances[nextRebalance] == t;
        QStringList top;
        QList<int> topRank;
        if (rebalance) {
            const Selection& sel = result.selections[static_cast<qsizetype>(nextRebalance)];
            top = sel.symbols;
            for (int r = 1; r <= top.size(); ++r) {
                topRank << r;
            }
        }

        // Holding periods that ran out: sold at the close, unless a rebalance keeps them in the top.
        const bool lastDay = ti + 1 == calendar.size();
        for (size_t i = 0; i < open.size();) {
            Position& p = open[i];
            if (lastDay) {
                closePosition(i, day, p.lastPrice, QStringLiteral("end"));
                continue;
            }
            if (t - p.holdStart >= settings.hold) {
                if (rebalance && top.contains(panel.symbols[p.symbol].ticker)) {
                    p.holdStart = t;
                } else {
                    closePosition(i, day, p.lastPrice, QStringLiteral("hold"));
                    continue;
                }
            }
            ++i;
        }

        // Entries: free slots filled in rank order, each with an equal share of the cash.
        if (rebalance && !lastDay) {
            const int free = settings.top - static_cast<int>(open.size());
            const double allot = free > 0 ? cash / free : 0;
            int filled = 0;
            for (int r = 0; r < top.size() && filled < free; ++r) {
                const size_t s = indexOf.value(top[r]);
                const bool held =
                    std::any_of(open.begin(), open.end(), [&](const Position& p) { return p.symbol == s; });
                const Screens::BarRow& b = barOf(s);
                if (held || !hasBar[s] || !(b.adj > 0) || !(allot > 0)) {
                    continue;
                }
                const double cost = legCost(panel.symbols[s], cursor[s], allot, settings.impactK);
                Trade trade;
                trade.symbol = top[r];
                trade.entryDate = QDate::fromJulianDay(day);
                trade.entryPrice = b.adj;
                trade.allotted = allot;
                trade.entryCost = cost;
                trade.shares = (allot - cost) / b.adj;
                trade.rank = topRank[r];
                cash -= allot;
                tradedValue += allot;
                result.trades << trade;
                open.push_back(
                    Position{s, trade.shares, t, t, b.adj, static_cast<int>(result.trades.size() - 1)});
                ++filled;
            }
        }

        // The benchmark: the mean return since the period's start over the symbols with bars at both ends.
        {
            double sum = 0;
            int n = 0;
            for (size_t s = 0; s < symbolCount; ++s) {
                if (hasBar[s] && std::isfinite(benchBase[s])) {
                    const double adj = barOf(s).adj;
                    if (adj > 0) {
                        sum += adj / benchBase[s] - 1.0;
                        ++n;
                    }
                }
            }
            benchCurrent = n > 0 ? benchValue * (1.0 + sum / n) : benchValue;
            if (rebalance) {
                benchValue = benchCurrent;
                for (size_t s = 0; s < symbolCount; ++s) {
                    benchBase[s] = hasBar[s] && barOf(s).adj > 0 ? barOf(s).adj : kNaN;
                }
            }
        }

        double invested = 0;
        for (const Position& p : open) {
            invested += p.shares * p.lastPrice;
        }
        const double equity = cash + invested;
        CurvePoint point;
        point.date = QDate::fromJulianDay(day);
        point.equity = equity / settings.notional;
        point.benchmark = benchCurrent;
        point.exposure = equity > 0 ? invested / equity : 0;
        result.curve.push_back(point);

        if (rebalance) {
            ++nextRebalance;
        }
    }
    double peak = 1.0;
    for (CurvePoint& p : result.curve) {
        peak = std::max(peak, p.equity);
        p.drawdown = peak > 0 ? 1.0 - p.equity / peak : 0;
    }
    if (ctx) {
        ctx->finish();
    }
    result.metrics = computeMetrics(
        result.curve, result.trades, settings.notional, tradedValue, static_cast<int>(rebalances.size()));
    return result;
}

QJsonObject resultJson(const BacktestResult& r, bool withTrades)
{
    QJsonArray equity, benchmark, drawdown;
    for (const CurvePoint& p : r.curve) {
        const QString d = p.date.toString(Qt::ISODate);
        equity.append(QJsonArray{d, p.equity});
        benchmark.append(QJsonArray{d, p.benchmark});
        drawdown.append(QJsonArray{d, p.drawdown});
    }
    QJsonObject o = r.metrics.toJson();
    o.insert(QStringLiteral("screen"), r.screenName);
    o.insert(QStringLiteral("expression"), r.expression);
    o.insert(QStringLiteral("ranking"), r.ranking);
    o.insert(QStringLiteral("settings"), r.settings.toJson());
    o.insert(QStringLiteral("equity"), equity);
    o.insert(QStringLiteral("benchmark"), benchmark);
    o.insert(QStringLiteral("drawdown"), drawdown);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    if (r.loadSeconds > 0 || r.replaySeconds > 0) {
        o.insert(QStringLiteral("load_seconds"), r.loadSeconds);
        o.insert(QStringLiteral("replay_seconds"), r.replaySeconds);
    }
    if (r.verdictSeconds > 0) {
        o.insert(QStringLiteral("verdict_seconds"), r.verdictSeconds);
    }
    if (r.xsSeconds > 0) {
        o.insert(QStringLiteral("xs_seconds"), r.xsSeconds);
    }
    if (withTrades) {
        QJsonArray trades;
        for (const Trade& t : r.trades) {
            trades.append(QJsonObject{{QStringLiteral("symbol"), t.symbol},
                                      {QStringLiteral("entry_date"), t.entryDate.toString(Qt::ISODate)},
                                      {QStringLiteral("entry_price"), num(t.entryPrice)},
                                      {QStringLiteral("exit_date"), t.exitDate.toString(Qt::ISODate)},
                                      {QStringLiteral("exit_price"), num(t.exitPrice)},
                                      {QStringLiteral("shares"), num(t.shares)},
                                      {QStringLiteral("allotted"), num(t.allotted)},
                                      {QStringLiteral("entry_cost"), num(t.entryCost)},
                                      {QStringLiteral("exit_cost"), num(t.exitCost)},
                                      {QStringLiteral("net_return"), num(t.netReturn)},
                                      {QStringLiteral("exit_reason"), t.exitReason},
                                      {QStringLiteral("rank"), t.rank}});
        }
        o.insert(QStringLiteral("trade_list"), trades);
    }
    return o;
}

} // namespace Tessera::Backtest
