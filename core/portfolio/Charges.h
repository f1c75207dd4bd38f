#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/portfolio/BrokerTypes.h"

namespace Tessera::Portfolio {

/**
 * One market's taxes and fees per executed order, rates in percent of the traded value unless said
 * otherwise. The defaults (README "Portfolio & paper trading") are Zerodha's published equity schedule
 * as of October 2024 (zerodha.com/charges; NSE's uniform transaction charge from 1 Oct 2024) and the US
 * SEC fee and FINRA TAF of 2024. Editable: the setting portfolio/charges holds overrides as JSON
 * ({"nse_delivery": {"stt_buy_pct": 0.1}}), see chargeSchedules().
 */
struct ChargeSchedule
{
    QString id; ///< nse_delivery, nse_intraday, us
    double brokeragePct = 0;
    double brokerageMax = 0;     ///< cap per order in currency (0: none)
    double sttBuyPct = 0;        ///< securities transaction tax on buys
    double sttSellPct = 0;       ///< … on sells
    double exchangePct = 0;      ///< exchange transaction charge, both sides
    double sebiPerCrore = 0;     ///< SEBI turnover fee in currency per 1e7 of value, both sides
    double stampBuyPct = 0;      ///< stamp duty on buys
    double gstPct = 0;           ///< GST on brokerage + exchange + SEBI fees
    double secFeePerMillion = 0; ///< US SEC fee per 1e6 of sell value
    double tafPerShare = 0;      ///< US FINRA trading activity fee per share sold
    double tafMax = 0;           ///< cap of the TAF per trade

    QJsonObject toJson() const;
};

struct ChargeBreakdown
{
    double brokerage = 0;
    double stt = 0;
    double exchange = 0;
    double sebi = 0;
    double gst = 0;
    double stamp = 0;
    double regulatory = 0; ///< SEC fee + TAF
    double total() const { return brokerage + stt + exchange + sebi + gst + stamp + regulatory; }
};

/** The built-in schedules: nse_delivery, nse_intraday, us. */
QList<ChargeSchedule> defaultChargeSchedules();
/** The defaults with overrides (JSON text of the setting) applied; error names a bad key or value. */
[[nodiscard]] Result<QList<ChargeSchedule>> chargeSchedules(const QString& overridesJson);
/** The schedule for symbol and product: NSE/BSE tickers → nse_*, everything else → us. */
ChargeSchedule scheduleFor(const QList<ChargeSchedule>& schedules, const QString& symbol, Product product);

/** The charges of one executed order (fill) of quantity at price. */
ChargeBreakdown computeCharges(const ChargeSchedule& schedule, Side side, double quantity, double price);

inline const QString kChargesSetting = QStringLiteral("portfolio/charges");

} // namespace Tessera::Portfolio
