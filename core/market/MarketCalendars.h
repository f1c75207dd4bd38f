#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include "core/market/TradingCalendar.h"

namespace Tessera {

/**
 * Each market's holiday calendar, for grading many symbols at once: a ticker's calendar is its market's
 * (Market: the NSE calendar for RELIANCE.NS, "CRYPTO" — every day open — for BTC-USD); a market without a
 * calendar of its own follows the app's market calendar (the scheduler's, "default" unless set), so
 * holidays a user imported there keep applying. A value type: cheap to copy, no thread affinity.
 */
class MarketCalendars
{
public:
    MarketCalendars() = default;
    explicit MarketCalendars(TradingCalendar fallback)
        : m_fallback(std::move(fallback))
    {}

    /** Sets market's calendar (its holidays; the calendar's name is the market id). */
    void set(const QString& marketId, const TradingCalendar& calendar)
    {
        m_byMarket.insert(marketId, calendar);
    }

    /** The calendar ticker is graded and scheduled by. */
    TradingCalendar forTicker(const QString& ticker) const;

    const TradingCalendar& fallback() const { return m_fallback; }
    const QMap<QString, TradingCalendar>& byMarket() const { return m_byMarket; }

    /**
     * A canonical text of every calendar with holidays (name and dates), for fingerprints: empty when no
     * calendar has any, so the fingerprint of a setup without holidays stays what it was.
     */
    QByteArray fingerprintText() const;

private:
    TradingCalendar m_fallback;
    QMap<QString, TradingCalendar> m_byMarket;
};

} // namespace Tessera
