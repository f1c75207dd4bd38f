#include "core/market/MarketCalendars.h"

#include "core/market/Market.h"

namespace Tessera {

TradingCalendar MarketCalendars::forTicker(const QString& ticker) const
{
    const Market market = marketOfTicker(ticker);
    if (market.id.isEmpty()) {
        return m_fallback; // no exchange suffix: the user's home market
    }
    if (auto it = m_byMarket.constFind(market.id); it != m_byMarket.cend()) {
        return *it;
    }
    if (market.tradesEveryDay) {
        return TradingCalendar(market.id, {}); // open every day, whatever the fallback's holidays
    }
    return m_fallback;
}

QByteArray MarketCalendars::fingerprintText() const
{
    QByteArray text;
    const auto append = [&text](const TradingCalendar& c) {
        const QList<Holiday> days = c.holidays();
        if (days.isEmpty()) {
            return;
        }
        text += ";calendar=" + c.name().toUtf8();
        for (const Holiday& h : days) {
            text += ',' + h.date.toString(Qt::ISODate).toLatin1();
        }
    };
    append(m_fallback);
    for (const TradingCalendar& c : m_byMarket) {
        append(c);
    }
    return text;
}

} // namespace Tessera
