#pragma once

#include <QList>
#include <QString>

namespace Tessera {

/**
 * The market a ticker trades on, from its Yahoo-style spelling: the exchange suffix (`RELIANCE.NS` →
 * NSE, `500325.BO` → BSE, `VOD.L` → LSE), a crypto pair (`BTC-USD`, `ETH-USDT`, `BTCUSDT`) or a currency
 * pair (`EURUSD=X`). A ticker without a suffix (AAPL, or ADANIENT from an NSE CSV export) names no market:
 * its id is empty and it follows the app's market calendar (the scheduler's, "default" unless set), the
 * user's home market. Each market has its own holiday calendar (named by the market's id), inferred from
 * its symbols' bars after loads. A market that trades around the clock (crypto) has no closed days at
 * all, weekends included.
 */
struct Market
{
    QString id; ///< "NSE", "LSE", "CRYPTO", … — also the name of its calendar; empty: the app's calendar
    QString title; ///< "National Stock Exchange of India"
    bool tradesEveryDay = false;

    bool operator==(const Market& other) const { return id == other.id; }
};

/**
 * The market of ticker (see Market). Case-insensitive; an unknown suffix `.XY` is market "XY"; no suffix:
 * an empty id (the app's market calendar).
 */
Market marketOfTicker(const QString& ticker);

/** The market named id ("NSE", any case), known or not (an unknown id keeps its spelling, weekends closed).
 */
Market marketById(const QString& id);

/** The markets Tessera knows by name, for listings. */
QList<Market> knownMarkets();

} // namespace Tessera
