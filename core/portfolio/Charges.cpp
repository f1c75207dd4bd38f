#include "core/portfolio/Charges.h"

#include <algorithm>
#include <cmath>

#include <QJsonDocument>

#include "core/market/Market.h"

namespace Tessera::Portfolio {
namespace {

struct Field
{
    const char* key;
    double ChargeSchedule::*member;
};

const QList<Field>& fields()
{
    static const QList<Field> list = {
        {"brokerage_pct", &ChargeSchedule::brokeragePct},
        {"brokerage_max", &ChargeSchedule::brokerageMax},
        {"stt_buy_pct", &ChargeSchedule::sttBuyPct},
        {"stt_sell_pct", &ChargeSchedule::sttSellPct},
        {"exchange_pct", &ChargeSchedule::exchangePct},
        {"sebi_per_crore", &ChargeSchedule::sebiPerCrore},
        {"stamp_buy_pct", &ChargeSchedule::stampBuyPct},
        {"gst_pct", &ChargeSchedule::gstPct},
        {"sec_fee_per_million", &ChargeSchedule::secFeePerMillion},
        {"taf_per_share", &ChargeSchedule::tafPerShare},
        {"taf_max", &ChargeSchedule::tafMax},
    };
    return list;
}

} // namespace

QJsonObject ChargeSchedule::toJson() const
{
    QJsonObject o;
    for (const Field& f : fields()) {
        o.insert(QLatin1String(f.key), this->*(f.member));
    }
    return o;
}

QList<ChargeSchedule> defaultChargeSchedules()
{
    ChargeSchedule delivery;
    delivery.id = QStringLiteral("nse_delivery");
    delivery.sttBuyPct = 0.1;
    delivery.sttSellPct = 0.1;
    delivery.exchangePct = 0.00297;
    delivery.sebiPerCrore = 10;
    delivery.stampBuyPct = 0.015;
    delivery.gstPct = 18;

    ChargeSchedule intraday;
    intraday.id = QStringLiteral("nse_intraday");
    intraday.brokeragePct = 0.03;
    intraday.brokerageMax = 20;
    intraday.sttSellPct = 0.025;
    intraday.exchangePct = 0.00297;
    intraday.sebiPerCrore = 10;
    intraday.stampBuyPct = 0.003;
    intraday.gstPct = 18;

    ChargeSchedule us;
    us.id = QStringLiteral("us");
    us.secFeePerMillion = 27.80;
    us.tafPerShare = 0.000166;
    us.tafMax = 8.30;
    return {delivery, intraday, us};
}

Result<QList<ChargeSchedule>> chargeSchedules(const QString& overridesJson)
{
    QList<ChargeSchedule> out = defaultChargeSchedules();
    if (overridesJson.trimmed().isEmpty()) {
        return out;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(overridesJson.toUtf8(), &err);
    if (!doc.isObject()) {
        return fail(Error::invalidInput(
            QStringLiteral("setting %1 is not a JSON object: %2").arg(kChargesSetting, err.errorString())));
    }
    const QJsonObject all = doc.object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        auto schedule =
            std::find_if(out.begin(), out.end(), [&](const ChargeSchedule& s) { return s.id == it.key(); });
        if (schedule == out.end()) {
            return fail(Error::invalidInput(QStringLiteral("setting %1: unknown schedule '%2' (nse_delivery, "
                                                           "nse_intraday, us)")
                                                .arg(kChargesSetting, it.key())));
        }
        const QJsonObject values = it.value().toObject();
        for (auto v = values.begin(); v != values.end(); ++v) {
            auto field = std::find_if(fields().begin(), fields().end(), [&](const Field& f) {
                return v.key() == QLatin1String(f.key);
            });
            if (field == fields().end() || !v.value().isDouble() || v.value().toDouble() < 0) {
                return fail(
                    Error::invalidInput(QStringLiteral("setting %1: %2.%3 is not a known non-negative rate")
                                            .arg(kChargesSetting, it.key(), v.key())));
            }
            (*schedule).*(field->member) = v.value().toDouble();
        }
    }
    return out;
}

ChargeSchedule scheduleFor(const QList<ChargeSchedule>& schedules, const QString& symbol, Product product)
{
    const QString market = marketOfTicker(symbol).id;
    const bool india = market == QLatin1String("NSE") || market == QLatin1String("BSE");
    const QString id = india ? (product == Product::Intraday ? QStringLiteral("nse_intraday")
                                                             : QStringLiteral("nse_delivery"))
                             : QStringLiteral("us");
    for (const ChargeSchedule& s : schedules) {
        if (s.id == id) {
            return s;
        }
    }
    return {};
}

ChargeBreakdown computeCharges(const ChargeSchedule& s, Side side, double quantity, double price)
{
    const double value = quantity * price;
    const bool buy = side == Side::Buy;
    ChargeBreakdown c;
    c.brokerage = value * s.brokeragePct / 100;
    if (s.brokerageMax > 0) {
        c.brokerage = std::min(c.brokerage, s.brokerageMax);
    }
    c.stt = value * (buy ? s.sttBuyPct : s.sttSellPct) / 100;
    c.exchange = value * s.exchangePct / 100;
    c.sebi = value * s.sebiPerCrore / 1e7;
    c.gst = (c.brokerage + c.exchange + c.sebi) * s.gstPct / 100;
    c.stamp = buy ? value * s.stampBuyPct / 100 : 0;
    if (!buy) {
        double taf = quantity * s.tafPerShare;
        if (s.tafMax > 0) {
            taf = std::min(taf, s.tafMax);
        }
        c.regulatory = value * s.secFeePerMillion / 1e6 + taf;
    }
    return c;
}

} // namespace Tessera::Portfolio
