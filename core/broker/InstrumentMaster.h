#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include "core/common/Result.h"

namespace Tessera::Broker {

/**
 * Cash-market equities of a broker's instrument master, mapped both ways between the broker's symbol and
 * Tessera's ticker: Kite "NSE:RELIANCE" (exchange:tradingsymbol) ↔ RELIANCE.NS, "BSE:RELIANCE" ↔
 * RELIANCE.BO; Fyers "NSE:RELIANCE-EQ" ↔ RELIANCE.NS. Series other than EQ (BE, BZ, SM, ST: trade-to-trade
 * and SME segments) map to the same ticker, because Tessera's tickers (Yahoo's) carry no series.
 */
class SymbolMap
{
public:
    void add(const QString& brokerSymbol, const QString& ticker);
    /** Tessera's ticker for a broker symbol, or nullopt when the master does not list it. */
    std::optional<QString> toTicker(const QString& brokerSymbol) const;
    /** The broker symbol for a ticker, or nullopt when the master does not list it. */
    std::optional<QString> toBroker(const QString& ticker) const;
    qsizetype size() const { return m_toTicker.size(); }

    QDateTime loadedAt; ///< UTC: when the master was downloaded
    QString source;     ///< URL or cache file, for messages

private:
    QHash<QString, QString> m_toTicker;
    QHash<QString, QString> m_toBroker;
};

/** The ticker rule for Kite: "NSE", "RELIANCE" → RELIANCE.NS; "BSE" → .BO; other exchanges: "NFO:X" as is. */
QString tickerFromKite(const QString& exchange, const QString& tradingSymbol);
/** The ticker rule for Fyers: "NSE:RELIANCE-EQ" → RELIANCE.NS, "BSE:X-A" → X.BO; derivatives as they are. */
QString tickerFromFyers(const QString& fyersSymbol);

/**
 * Kite's instruments CSV (GET /instruments/NSE: instrument_token, exchange_token, tradingsymbol, name,
 * last_price, expiry, strike, tick_size, lot_size, instrument_type, segment, exchange): its EQ rows.
 * A file without those columns fails naming the source.
 */
[[nodiscard]] Result<SymbolMap> parseKiteInstruments(const QByteArray& csv, const QString& source);

/**
 * Fyers' symbol master NSE_CM.csv (no header; column 10 is the symbol ticker "NSE:RELIANCE-EQ",
 * column 3 the instrument type, 0 = equity): its equity rows.
 */
[[nodiscard]] Result<SymbolMap> parseFyersSymbolMaster(const QByteArray& csv, const QString& source);

} // namespace Tessera::Broker
