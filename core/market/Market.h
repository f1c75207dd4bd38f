#pragma once

#include <QList>
#include <QString>

namespace Tessera {

/**
 * The market a ticker trades on, from its Yahoo-style spelling: the exchange suffix (`RELIANCE.NS` →
 * NSE, `500325.BO` → BSE, `VOD.L` → LSE), a crypto pair (`BTC-USD`, `ETH-USDT`, `BTCUSDT`) or a currency
 * pair (`EURUSD=X`); a ticker without a suffix is a US listing. Each market has its own holiday calendar
 * (named by the market's id), inferred from its symbols' bars after loads. A market that trades around
 * the clock (crypto) has no closed days at all, weekends included.
 */
struct Market
{
    QString id;    ///< "NSE", "US", "CRYPTO", … — also the name of its holiday calendar
    QString title; ///< "National Stock Exchange of India"
    bool tradesEveryDay = false;

    bool operator==(const Market& other) const { return id == other.id; }
};

/** The market of ticker (see Market). Case-insensitive; an unknown suffix `.XY` is market "XY". */
Market marketOfTicker(const QString& ticker);

/** The market named id ("NSE"), known or not (an unknown id is an exchange with weekends closed). */
Market marketById(const QString& id);

/** The markets Tessera knows by name, for listings. */
QList<Market> knownMarkets();

} // namespace Tessera
