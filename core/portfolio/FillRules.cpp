#include "core/portfolio/FillRules.h"

#include <algorithm>
#include <cmath>

#include "core/tiles/Slippage.h"

namespace Tessera::Portfolio {
namespace {

constexpr double kImpactK = 0.1; ///< the analysis settings' default impact coefficient

/** The fill price of a limit at limit on bar, or nullopt when the bar never reaches it. */
std::optional<double> limitPrice(Side side, double limit, const Bar& bar)
{
    if (side == Side::Buy) {
        if (bar.open <= limit) {
            return bar.open;
        }
        if (bar.low <= limit) {
            return limit;
        }
        return std::nullopt;
    }
    if (bar.open >= limit) {
        return bar.open;
    }
    if (bar.high >= limit) {
        return limit;
    }
    return std::nullopt;
}

/** The price where a stop at trigger is hit on bar (the open on a gap), or nullopt. */
std::optional<double> stopPrice(Side side, double trigger, const Bar& bar)
{
    if (side == Side::Buy) {
        if (bar.open >= trigger) {
            return bar.open;
        }
        if (bar.high >= trigger) {
            return trigger;
        }
        return std::nullopt;
    }
    if (bar.open <= trigger) {
        return bar.open;
    }
    if (bar.low <= trigger) {
        return trigger;
    }
    return std::nullopt;
}

double cappedQuantity(const Order& order, const Bar& bar, const FillSettings& settings)
{
    double q = order.openQuantity();
    if (settings.maxParticipation > 0 && std::isfinite(bar.volume) && bar.volume > 0) {
        double cap = settings.maxParticipation * bar.volume;
        if (std::floor(order.quantity) == order.quantity) {
            cap = std::floor(cap);
        }
        q = std::min(q, cap);
    }
    return std::max(q, 0.0);
}

} // namespace

BarOutcome simulateBar(const Order& order, const Bar& bar, const FillSettings& settings)
{
    BarOutcome out;
    if (!std::isfinite(bar.open) || !std::isfinite(bar.high) || !std::isfinite(bar.low)
        || !std::isfinite(bar.close)) {
        return out;
    }
    std::optional<double> price;
    switch (order.type) {
    case OrderType::Market:
        price = settings.marketAtClose ? bar.close : bar.open;
        out.slips = true;
        break;
    case OrderType::Limit:
        price = limitPrice(order.side, order.price.value_or(0), bar);
        break;
    case OrderType::StopLossMarket:
        if (order.triggered) {
            price = bar.open; // triggered earlier and not filled (volume cap): a market order now
        } else {
            price = stopPrice(order.side, order.triggerPrice.value_or(0), bar);
            out.triggers = price.has_value();
        }
        out.slips = true;
        break;
    case OrderType::StopLoss: {
        const double limit = order.price.value_or(0);
        if (order.triggered) {
            price = limitPrice(order.side, limit, bar);
            break;
        }
        const auto hit = stopPrice(order.side, order.triggerPrice.value_or(0), bar);
        if (!hit) {
            break;
        }
        out.triggers = true;
        const bool satisfies = order.side == Side::Buy ? *hit <= limit : *hit >= limit;
        if (satisfies) {
            price = *hit;
        }
        break;
    }
    }
    if (!price) {
        return out;
    }
    out.quantity = cappedQuantity(order, bar, settings);
    out.price = *price;
    return out;
}

double slippageBps(const BarSeries& series, qsizetype index, double notional)
{
    const qsizetype from = std::max<qsizetype>(0, index - 20);
    if (index - from < 3 || notional <= 0) {
        return 0;
    }
    double volumeSum = 0;
    int volumes = 0;
    std::vector<double> returns;
    for (qsizetype i = from; i < index; ++i) {
        const double v = series.volume()[static_cast<size_t>(i)];
        if (std::isfinite(v)) {
            volumeSum += v;
            ++volumes;
        }
        if (i > from) {
            const double a = series.close()[static_cast<size_t>(i - 1)];
            const double b = series.close()[static_cast<size_t>(i)];
            if (a > 0 && b > 0) {
                returns.push_back(std::log(b / a));
            }
        }
    }
    if (returns.size() < 2) {
        return 0;
    }
    double mean = 0;
    for (double r : returns) {
        mean += r;
    }
    mean /= static_cast<double>(returns.size());
    double ss = 0;
    for (double r : returns) {
        ss += (r - mean) * (r - mean);
    }
    const double vol = std::sqrt(ss / static_cast<double>(returns.size() - 1));
    const double adv = volumes > 0 && volumeSum > 0 ? volumeSum / volumes : 1.0;
    const double price = series.close()[static_cast<size_t>(index - 1)];
    const Tiles::SlippageModel model{price, adv, vol, std::clamp(kImpactK * vol, 2e-4, 5e-2), kImpactK};
    return model.cost(notional).costBps;
}

} // namespace Tessera::Portfolio
