#include "core/portfolio/PaperEngine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <thread>

#include <QRandomGenerator>

#include "core/common/Suggest.h"
#include "core/store/BarRepository.h"
#include "core/store/CorporateActionRepository.h"
#include "core/store/PortfolioRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Portfolio {
namespace {

constexpr double kEpsilon = 1e-9;

/**
 * The crash test's deterministic kill point (tests/integration/TestOrderKill): with
 * TESSERA_TEST_PAUSE_ORDER=before-commit (or after-commit) a placement stops there, says so on stderr
 * and waits to be killed. Without the variable this only reads the environment once.
 */
void orderPausePoint(const char* point)
{
    static const QByteArray wanted = qgetenv("TESSERA_TEST_PAUSE_ORDER");
    if (wanted.isEmpty() || wanted != point) {
        return;
    }
    std::fprintf(stderr, "tessera: paused at order %s\n", point);
    std::fflush(stderr);
    while (true) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

} // namespace

Result<const BarSeries*> BarCache::series(const QString& ticker)
{
    auto it = m_series.find(ticker);
    if (it == m_series.end()) {
        auto loaded = Store::BarRepository(m_db).load(ticker);
        if (!loaded) {
            return fail(loaded.error());
        }
        it = m_series.insert(ticker, std::make_shared<BarSeries>(std::move(*loaded)));
    }
    return it.value().get();
}

qsizetype BarCache::indexOn(const BarSeries& series, QDate day)
{
    const qsizetype i = indexAtOrBefore(series, day);
    return i >= 0 && series.date(i) == day ? i : -1;
}

qsizetype BarCache::indexAtOrBefore(const BarSeries& series, QDate day)
{
    const auto& days = series.days();
    const auto it = std::upper_bound(days.begin(), days.end(), day.toJulianDay());
    return static_cast<qsizetype>(it - days.begin()) - 1;
}

const QList<Config::Parameter>& portfolioParameters()
{
    static const QList<Config::Parameter> table = {
        {kMarketFillSetting,
         Config::ParameterType::Choice,
         QStringLiteral("open"),
         0,
         0,
         QString(),
         QStringLiteral("Paper trading: a market order fills at the next bar's open or at its close."),
         QString(),
         {},
         {QStringLiteral("open"), QStringLiteral("close")}},
        {kParticipationSetting,
         Config::ParameterType::Real,
         QStringLiteral("0.1"),
         0,
         1,
         QString(),
         QStringLiteral(
             "Paper trading: at most this fraction of a bar's volume fills per bar (0 = no cap); the "
             "rest stays open, partially filled."),
         QString(),
         {}},
        {kStartingCashSetting,
         Config::ParameterType::Real,
         QStringLiteral("1000000"),
         0,
         1e12,
         QString(),
         QStringLiteral("Paper trading: the default paper account's first deposit."),
         QString(),
         {}},
    };
    return table;
}

Result<PaperSettings> paperSettings(const Store::Database& db)
{
    Store::SettingsRepository settings(db);
    PaperSettings out;
    auto fill = settings.value(kMarketFillSetting, QStringLiteral("open"));
    auto participation = settings.value(kParticipationSetting, QStringLiteral("0.1"));
    auto cash = settings.value(kStartingCashSetting, QStringLiteral("1000000"));
    auto charges = settings.value(kChargesSetting);
    if (!fill || !participation || !cash || !charges) {
        return fail(!fill            ? fill.error()
                    : !participation ? participation.error()
                    : !cash          ? cash.error()
                                     : charges.error());
    }
    if (*fill != QLatin1String("open") && *fill != QLatin1String("close")) {
        return fail(Error::invalidInput(
            QStringLiteral("setting %1 is '%2' (open or close)").arg(kMarketFillSetting, *fill)));
    }
    out.fills.marketAtClose = *fill == QLatin1String("close");
    bool ok = false;
    out.fills.maxParticipation = participation->toDouble(&ok);
    if (!ok || out.fills.maxParticipation < 0 || out.fills.maxParticipation > 1) {
        return fail(Error::invalidInput(QStringLiteral("setting %1 is '%2' (a fraction from 0 to 1)")
                                            .arg(kParticipationSetting, *participation)));
    }
    out.startingCash = cash->toDouble(&ok);
    if (!ok || out.startingCash < 0) {
        return fail(
            Error::invalidInput(QStringLiteral("setting %1 is '%2'").arg(kStartingCashSetting, *cash)));
    }
    auto schedules = chargeSchedules(*charges);
    if (!schedules) {
        return fail(schedules.error());
    }
    out.charges = *schedules;
    return out;
}

PaperEngine::PaperEngine(const Store::Database& db, Account account, PaperSettings settings)
    : m_db(db)
    , m_account(std::move(account))
    , m_settings(std::move(settings))
    , m_bars(db)
{}

Result<std::unique_ptr<PaperEngine>> PaperEngine::open(const Store::Database& db, const Account& account)
{
    auto settings = paperSettings(db);
    if (!settings) {
        return fail(settings.error());
    }
    std::unique_ptr<PaperEngine> engine(new PaperEngine(db, account, *settings));
    if (auto r = engine->refold(); !r) {
        return fail(r.error());
    }
    return engine;
}

Result<void> PaperEngine::refold()
{
    auto events = Store::PortfolioRepository(m_db).events(m_account.id);
    if (!events) {
        return fail(events.error());
    }
    auto state = AccountState::rebuild(*events);
    if (!state) {
        return fail(state.error().prefixed(QStringLiteral("account %1").arg(m_account.name)));
    }
    m_state = std::move(*state);
    return {};
}

Result<bool> PaperEngine::record(JournalEvent event)
{
    event.accountId = m_account.id;
    auto added = Store::PortfolioRepository(m_db).append(m_account.id, event);
    if (!added) {
        return fail(added.error());
    }
    if (*added) {
        if (auto ok = m_state.apply(event); !ok) {
            return fail(ok.error());
        }
    }
    return *added;
}

QString PaperEngine::newClientOrderId()
{
    // Letters and digits only, 20 at most: the same id can go to a broker as the order's tag unchanged.
    return QStringLiteral("t%1%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyMMddHHmmss")))
        .arg(QRandomGenerator::system()->generate() & 0xfffffff, 7, 16, QLatin1Char('0'));
}

double PaperEngine::referencePrice(const Order& order)
{
    if (order.price && (order.type == OrderType::Limit || order.type == OrderType::StopLoss)) {
        return *order.price;
    }
    if (order.triggerPrice && order.type == OrderType::StopLossMarket) {
        return *order.triggerPrice;
    }
    auto series = m_bars.series(order.symbol);
    if (!series || (*series)->isEmpty()) {
        return 0;
    }
    const QDate day = m_state.clock().isValid() ? m_state.clock() : (*series)->lastDate();
    const qsizetype i = BarCache::indexAtOrBefore(**series, day);
    return i >= 0 ? (*series)->close()[static_cast<size_t>(i)] : 0;
}

Result<CostEstimate> PaperEngine::estimate(const Order& typed)
{
    Order order = typed;
    auto stored = Store::SymbolRepository(m_db).lookup(order.symbol.trimmed());
    if (!stored) {
        return fail(stored.error());
    }
    if (!stored->has_value()) {
        return fail(Error::invalidInput(QStringLiteral("unknown symbol '%1'").arg(order.symbol)));
    }
    order.symbol = **stored;
    auto series = m_bars.series(order.symbol);
    if (!series) {
        return fail(series.error());
    }
    if ((*series)->isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 has no stored bars to price the order").arg(order.symbol)));
    }
    CostEstimate e;
    const QDate day = m_state.clock().isValid() ? m_state.clock() : (*series)->lastDate();
    const qsizetype i = BarCache::indexAtOrBefore(**series, day);
    e.priceDay = i >= 0 ? (*series)->date(i) : QDate();
    e.price = referencePrice(order);
    e.value = order.quantity * e.price;
    if (order.type == OrderType::Market || order.type == OrderType::StopLossMarket) {
        e.slippage = e.value * slippageBps(**series, i + 1, e.value) / 1e4;
    }
    e.charges = computeCharges(
        scheduleFor(m_settings.charges, order.symbol, order.product), order.side, order.quantity, e.price);
    return e;
}

double PaperEngine::reservedCash(const QString& exceptId)
{
    double reserved = 0;
    for (const Order& o : m_state.workingOrders()) {
        if (o.side != Side::Buy || o.clientOrderId == exceptId) {
            continue;
        }
        const double price = referencePrice(o);
        const double q = o.openQuantity();
        reserved +=
            q * price
            + computeCharges(scheduleFor(m_settings.charges, o.symbol, o.product), o.side, q, price).total();
    }
    return reserved;
}

double PaperEngine::availableCash()
{
    return m_state.cashBalance() - reservedCash();
}

Result<Order> PaperEngine::place(Order order, bool* duplicate)
{
    if (duplicate) {
        *duplicate = false;
    }
    if (order.clientOrderId.isEmpty()) {
        order.clientOrderId = newClientOrderId();
    }
    if (m_state.orders().contains(order.clientOrderId)) {
        if (duplicate) {
            *duplicate = true;
        }
        return m_state.orders().value(order.clientOrderId);
    }
    // Usage mistakes: refused, nothing recorded.
    auto stored = Store::SymbolRepository(m_db).lookup(order.symbol.trimmed());
    if (!stored) {
        return fail(stored.error());
    }
    if (!stored->has_value()) {
        auto all = Store::SymbolRepository(m_db).allTickers();
        return fail(Error::invalidInput(
            QStringLiteral("unknown symbol '%1'%2")
                .arg(order.symbol, all ? didYouMean(closeMatches(order.symbol, *all)) : QString())));
    }
    order.symbol = **stored;
    if (!std::isfinite(order.quantity) || order.quantity <= 0) {
        return fail(Error::invalidInput(QStringLiteral("%1: the quantity must be more than 0 (got %2)")
                                            .arg(order.symbol)
                                            .arg(order.quantity)));
    }
    if ((order.type == OrderType::Limit || order.type == OrderType::StopLoss)
        && (!order.price || *order.price <= 0)) {
        return fail(Error::invalidInput(QStringLiteral("%1: a %2 order needs a price (--price)")
                                            .arg(order.symbol, orderTypeText(order.type))));
    }
    if ((order.type == OrderType::StopLoss || order.type == OrderType::StopLossMarket)
        && (!order.triggerPrice || *order.triggerPrice <= 0)) {
        return fail(Error::invalidInput(QStringLiteral("%1: a %2 order needs a trigger price (--trigger)")
                                            .arg(order.symbol, orderTypeText(order.type))));
    }
    if (order.type == OrderType::Market || order.type == OrderType::StopLossMarket) {
        if (order.type == OrderType::Market) {
            order.triggerPrice.reset();
        }
        order.price.reset();
    }
    if (order.stop && order.target && order.side == Side::Buy && *order.stop >= *order.target) {
        return fail(Error::invalidInput(QStringLiteral("%1: the stop (%2) must be below the target (%3)")
                                            .arg(order.symbol)
                                            .arg(*order.stop)
                                            .arg(*order.target)));
    }
    if ((order.stop || order.target) && order.side != Side::Buy) {
        return fail(Error::invalidInput(
            QStringLiteral("%1: a target or stop bracket goes with a buy").arg(order.symbol)));
    }
    auto series = m_bars.series(order.symbol);
    if (!series) {
        return fail(series.error());
    }
    if ((*series)->isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 has no stored bars: the paper account fills from stored bars; load it first")
                .arg(order.symbol)));
    }
    auto symbol = Store::SymbolRepository(m_db).find(order.symbol);
    if (symbol && symbol->has_value() && !(*symbol)->currency.isEmpty()
        && (*symbol)->currency.compare(m_account.currency, Qt::CaseInsensitive) != 0) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 trades in %2; the account '%3' holds %4 (create a %2 paper "
                           "account: tessera-cli portfolio create NAME --currency %2)")
                .arg(order.symbol, (*symbol)->currency, m_account.name, m_account.currency)));
    }

    Store::Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    if (!m_state.clock().isValid()) {
        // A fresh account starts its clock at the newest stored bar: the order fills from the next one.
        if (auto r = record(clockEvent((*series)->lastDate())); !r) {
            return fail(r.error());
        }
    }
    order.placedOn = m_state.clock();
    order.status = OrderStatus::New;
    order.filledQuantity = 0;
    if (auto r = record(placedEvent(order)); !r) {
        return fail(r.error());
    }
    // The venue's decision: affordability.
    QString reason;
    if (order.side == Side::Buy) {
        auto e = estimate(order);
        if (!e) {
            return fail(e.error());
        }
        const double available = m_state.cashBalance() - reservedCash(order.clientOrderId);
        if (e->total() > available + kEpsilon) {
            reason = QStringLiteral("insufficient cash: %1 × %2 needs %3 with charges, %4 is available")
                         .arg(QString::number(order.quantity),
                              order.symbol,
                              QString::number(e->total(), 'f', 2),
                              QString::number(available, 'f', 2));
        }
    } else if (order.product == Product::Delivery) {
        double pendingSells = 0;
        for (const Order& o : m_state.workingOrders()) {
            if (o.symbol == order.symbol && o.side == Side::Sell && o.product == Product::Delivery
                && o.clientOrderId != order.clientOrderId && o.ocoGroup.isEmpty()) {
                pendingSells += o.openQuantity();
            }
        }
        const double held =
            m_state.positions().value(AccountState::positionKey(order.symbol, Product::Delivery)).quantity;
        if (order.quantity > held - pendingSells + kEpsilon) {
            reason = QStringLiteral("insufficient holdings: selling %1 %2, %3 held (%4 already on sale)")
                         .arg(order.quantity)
                         .arg(order.symbol)
                         .arg(held)
                         .arg(pendingSells);
        }
    }
    if (auto r = record(reason.isEmpty() ? acceptedEvent(order.clientOrderId, order.placedOn)
                                         : rejectedEvent(order.clientOrderId, order.placedOn, reason));
        !r) {
        return fail(r.error());
    }
    orderPausePoint("before-commit");
    if (auto c = tx.commit(); !c) {
        (void)refold();
        return fail(c.error());
    }
    orderPausePoint("after-commit");
    return m_state.orders().value(order.clientOrderId);
}

Result<void> PaperEngine::cancel(const QString& clientOrderId, const QString& reason)
{
    if (!m_state.orders().contains(clientOrderId)) {
        return fail(Error::invalidInput(
            QStringLiteral("no order '%1' in account '%2'").arg(clientOrderId, m_account.name)));
    }
    const Order o = m_state.orders().value(clientOrderId);
    if (isTerminal(o.status)) {
        return fail(
            Error::invalidInput(QStringLiteral("order %1 is %2 already; only an open order can be cancelled")
                                    .arg(clientOrderId, statusText(o.status))));
    }
    Store::Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    if (auto r = record(cancelledEvent(clientOrderId, m_state.clock(), reason)); !r) {
        (void)refold();
        return fail(r.error());
    }
    if (auto c = tx.commit(); !c) {
        (void)refold();
        return fail(c.error());
    }
    return {};
}

Result<void> PaperEngine::deposit(double amount, QDate day, const QString& note, const QString& key)
{
    if (!std::isfinite(amount) || amount == 0) {
        return fail(Error::invalidInput(QStringLiteral("a deposit needs a non-zero amount")));
    }
    Store::Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    const JournalEvent e =
        amount > 0 ? depositEvent(day, amount, note, key) : withdrawalEvent(day, -amount, note);
    if (auto r = record(e); !r) {
        (void)refold();
        return fail(r.error());
    }
    if (auto c = tx.commit(); !c) {
        (void)refold();
        return fail(c.error());
    }
    return {};
}

Result<AdvanceSummary> PaperEngine::advanceTo(QDate day)
{
    AdvanceSummary summary;
    summary.clock = m_state.clock();
    if (!day.isValid() || (m_state.clock().isValid() && day <= m_state.clock())) {
        return summary;
    }
    // The days to process: every stored bar day after the clock of the symbols the account works on.
    std::set<qint64> days;
    QStringList symbols;
    for (const Order& o : m_state.workingOrders()) {
        symbols << o.symbol;
    }
    for (const Position& p : m_state.positions()) {
        if (std::abs(p.quantity) > kEpsilon) {
            symbols << p.symbol;
        }
    }
    symbols.removeDuplicates();
    for (const QString& s : std::as_const(symbols)) {
        auto series = m_bars.series(s);
        if (!series) {
            return fail(series.error());
        }
        for (qint64 d : (*series)->days()) {
            if ((!m_state.clock().isValid() || d > m_state.clock().toJulianDay()) && d <= day.toJulianDay()) {
                days.insert(d);
            }
        }
    }
    for (qint64 d : days) {
        if (auto r = processDay(QDate::fromJulianDay(d), summary); !r) {
            (void)refold();
            return fail(r.error());
        }
    }
    // The clock ends on day even when no bar of the account's symbols was on it (a holiday of theirs).
    if (!m_state.clock().isValid() || m_state.clock() < day) {
        Store::Transaction tx(m_db);
        if (!tx.isActive()) {
            return fail(tx.beginFailure());
        }
        if (auto r = record(clockEvent(day)); !r) {
            (void)refold();
            return fail(r.error());
        }
        if (auto c = tx.commit(); !c) {
            (void)refold();
            return fail(c.error());
        }
    }
    summary.clock = m_state.clock();
    if (auto m = markToMarket(); !m) {
        return fail(m.error());
    }
    return summary;
}

Result<void> PaperEngine::processDay(QDate day, AdvanceSummary& summary)
{
    Store::Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    // Dividends first: the holders at the previous close are paid, a buy on the ex-date is not.
    for (const Position& p : QList<Position>(m_state.positions().values())) {
        if (p.quantity <= kEpsilon || p.product != Product::Delivery) {
            continue;
        }
        auto dividends = Store::CorporateActionRepository(m_db).dividends(p.symbol);
        if (!dividends) {
            return fail(dividends.error());
        }
        for (const Dividend& d : std::as_const(*dividends)) {
            if (d.date == day && d.amount > 0) {
                auto added = record(dividendEvent(p.symbol, day, d.amount, p.quantity));
                if (!added) {
                    return fail(added.error());
                }
                summary.dividends += *added ? 1 : 0;
            }
        }
    }
    // Working orders in placement order, a bracket's stop before its target (the conservative reading).
    QList<Order> working = m_state.workingOrders();
    std::stable_sort(working.begin(), working.end(), [](const Order& a, const Order& b) {
        if (!a.ocoGroup.isEmpty() && a.ocoGroup == b.ocoGroup) {
            return a.type == OrderType::StopLossMarket && b.type != OrderType::StopLossMarket;
        }
        return false;
    });
    for (const Order& listed : std::as_const(working)) {
        const Order o = m_state.orders().value(listed.clientOrderId);
        if (isTerminal(o.status) || o.placedOn >= day) {
            continue; // cancelled by its OCO sibling on this bar, or placed today
        }
        auto series = m_bars.series(o.symbol);
        if (!series) {
            return fail(series.error());
        }
        const qsizetype i = BarCache::indexOn(**series, day);
        if (i < 0) {
            continue;
        }
        const BarOutcome out = simulateBar(o, (*series)->at(i), m_settings.fills);
        if (out.triggers && !o.triggered) {
            if (auto r = record(triggeredEvent(o.clientOrderId, day)); !r) {
                return fail(r.error());
            }
        }
        if (out.quantity > kEpsilon) {
            if (auto r = fillOrder(m_state.orders().value(o.clientOrderId),
                                   **series,
                                   i,
                                   out.quantity,
                                   out.price,
                                   out.slips,
                                   summary);
                !r) {
                return r;
            }
        }
    }
    // Intraday positions are squared off at the day's close (MIS).
    for (const Position& p : QList<Position>(m_state.positions().values())) {
        if (p.product != Product::Intraday || std::abs(p.quantity) <= kEpsilon) {
            continue;
        }
        auto series = m_bars.series(p.symbol);
        if (!series) {
            return fail(series.error());
        }
        const qsizetype i = BarCache::indexOn(**series, day);
        if (i < 0) {
            continue;
        }
        Order sq;
        sq.clientOrderId = QStringLiteral("sq-%1-%2").arg(p.symbol, day.toString(Qt::ISODate));
        sq.symbol = p.symbol;
        sq.side = p.quantity > 0 ? Side::Sell : Side::Buy;
        sq.product = Product::Intraday;
        sq.quantity = std::abs(p.quantity);
        sq.placedOn = day;
        sq.note = QStringLiteral("intraday square-off at the close");
        if (auto r = record(placedEvent(sq)); !r) {
            return fail(r.error());
        }
        if (auto r = record(acceptedEvent(sq.clientOrderId, day)); !r) {
            return fail(r.error());
        }
        if (auto r = fillOrder(m_state.orders().value(sq.clientOrderId),
                               **series,
                               i,
                               sq.quantity,
                               (*series)->close()[static_cast<size_t>(i)],
                               false,
                               summary);
            !r) {
            return r;
        }
    }
    if (auto r = record(clockEvent(day)); !r) {
        return fail(r.error());
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    ++summary.days;
    return {};
}

Result<void> PaperEngine::fillOrder(const Order& order,
                                    const BarSeries& series,
                                    qsizetype index,
                                    double quantity,
                                    double price,
                                    bool slips,
                                    AdvanceSummary& summary)
{
    const QDate day = series.date(index);
    // A delivery sell never sells more than is held (an exit whose holding was sold by another order).
    if (order.side == Side::Sell && order.product == Product::Delivery) {
        const double held =
            m_state.positions().value(AccountState::positionKey(order.symbol, Product::Delivery)).quantity;
        quantity = std::min(quantity, std::max(held, 0.0));
        if (quantity <= kEpsilon) {
            ++summary.cancelled;
            auto r = record(cancelledEvent(order.clientOrderId, day, QStringLiteral("nothing left to sell")));
            return r ? Result<void>() : fail(r.error());
        }
    }
    Fill f;
    f.tradeId = QStringLiteral("%1-f%2").arg(order.clientOrderId).arg(m_state.fills().size() + 1);
    f.clientOrderId = order.clientOrderId;
    f.symbol = order.symbol;
    f.side = order.side;
    f.product = order.product;
    f.quantity = quantity;
    f.day = day;
    double executed = price;
    if (slips) {
        const double bps = slippageBps(series, index, quantity * price);
        executed = order.side == Side::Buy ? price * (1 + bps / 1e4) : price * (1 - bps / 1e4);
        f.slippage = std::abs(executed - price) * quantity;
    }
    f.price = executed;
    f.charges =
        computeCharges(
            scheduleFor(m_settings.charges, order.symbol, order.product), order.side, quantity, executed)
            .total();
    // Trade ids count the account's fills, so the same bar processed again (a retry after a crash before
    // the day's commit) makes the same ids.
    if (auto r = record(filledEvent(f)); !r) {
        return fail(r.error());
    }
    ++summary.fills;
    return afterFill(m_state.orders().value(order.clientOrderId), day, summary);
}

Result<void> PaperEngine::afterFill(const Order& order, QDate day, AdvanceSummary& summary)
{
    if (order.status != OrderStatus::Filled) {
        return {};
    }
    // An OCO exit filled: its sibling is cancelled.
    if (!order.ocoGroup.isEmpty()) {
        for (const QString& id : m_state.orderSequence()) {
            const Order& o = m_state.orders()[id];
            if (o.ocoGroup == order.ocoGroup && id != order.clientOrderId && !isTerminal(o.status)) {
                if (auto r = record(
                        cancelledEvent(id, day, QStringLiteral("OCO: %1 filled").arg(order.clientOrderId)));
                    !r) {
                    return fail(r.error());
                }
                ++summary.cancelled;
            }
        }
    }
    // A bracket parent filled: its exits go in (stop first, so the stop is taken on a bar that hits both).
    if (order.side == Side::Buy && (order.stop || order.target)) {
        const QString group = QStringLiteral("oco-") + order.clientOrderId;
        QList<Order> exits;
        if (order.stop) {
            Order s;
            s.clientOrderId = order.clientOrderId + QStringLiteral("-sl");
            s.type = OrderType::StopLossMarket;
            s.triggerPrice = order.stop;
            exits << s;
        }
        if (order.target) {
            Order t;
            t.clientOrderId = order.clientOrderId + QStringLiteral("-tp");
            t.type = OrderType::Limit;
            t.price = order.target;
            exits << t;
        }
        for (Order& e : exits) {
            e.symbol = order.symbol;
            e.side = Side::Sell;
            e.product = order.product;
            e.quantity = order.quantity;
            e.parentId = order.clientOrderId;
            e.ocoGroup = exits.size() > 1 ? group : QString();
            e.placedOn = day;
            e.note = QStringLiteral("bracket exit of %1").arg(order.clientOrderId);
            if (auto r = record(placedEvent(e)); !r) {
                return fail(r.error());
            }
            if (auto r = record(acceptedEvent(e.clientOrderId, day)); !r) {
                return fail(r.error());
            }
        }
    }
    return {};
}

Result<void> PaperEngine::markToMarket()
{
    for (const Position& p : QList<Position>(m_state.positions().values())) {
        auto series = m_bars.series(p.symbol);
        if (!series) {
            return fail(series.error());
        }
        if ((*series)->isEmpty()) {
            continue;
        }
        const QDate day = m_state.clock().isValid() ? m_state.clock() : (*series)->lastDate();
        const qsizetype i = BarCache::indexAtOrBefore(**series, day);
        if (i >= 0) {
            m_state.mark(p.symbol, (*series)->close()[static_cast<size_t>(i)]);
        }
    }
    return {};
}

} // namespace Tessera::Portfolio
