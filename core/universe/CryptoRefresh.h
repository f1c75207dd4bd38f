#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/fetch/CancelCheck.h"
#include "core/fetch/providers/BinanceExchangeInfo.h"
#include "core/market/Symbol.h"
#include "core/market/Universe.h"
#include "core/store/Database.h"

namespace Tessera::Universes {

/** A member the exchange no longer trades, and why. */
struct DelistedPair
{
    QString ticker; ///< as stored in the universe
    QString reason; ///< "status BREAK", "not listed by the exchange"
};

/** What an exchange-info refresh found for a crypto universe. */
struct CryptoRefreshReport
{
    QString quote;                ///< the quote asset compared ("USDT")
    int tradingPairs = 0;         ///< pairs of that quote trading on the exchange
    QList<Symbol> added;          ///< trading pairs of that quote the universe lacks, by ticker
    QList<DelistedPair> delisted; ///< members not trading any more (or absent), by ticker
    QStringList kept;             ///< members still trading
    QStringList ignored;          ///< members that are not pairs of that quote (left alone)

    QStringList addedTickers() const;
    /** "MATICUSDT (status BREAK)", one per delisted member, as messages list them. */
    QStringList delistedWithReasons() const;
};

/**
 * Compares a universe's members with an exchange's pairs (Binance exchangeInfo). Only members spelled as
 * pairs of `quote` (BinanceProvider::exchangeSymbol ends with it: "BTCUSDT", "BTC-USDT") are compared;
 * the rest (Yahoo's "BTC-USD", stocks) are ignored. A compared member is kept when its pair is trading,
 * delisted when its pair's status is anything else or the exchange does not list it. Every trading pair
 * of `quote` that no member names is added, as a Symbol in Binance's spelling (name = base asset,
 * exchange Binance, currency = quote, sector Crypto). Pure.
 */
CryptoRefreshReport compareWithExchange(const QStringList& members,
                                        const QList<Fetch::ExchangePair>& pairs,
                                        const QString& quote);

/** The bundled crypto universe's name, what `universe refresh-crypto` checks by default. */
QString defaultCryptoUniverse();

/**
 * The exchange-info refresh of the stored universe `universe` (any spelling universeKey() matches):
 * Binance's pairs from fetchExchangeInfo with the stored fetch/binance/ settings (baseUrl, when not
 * empty, replaces fetch/binance/baseUrl: tests, a mirror), compared with the members by
 * compareWithExchange(). Reads only: nothing is stored. NotFound when no universe has that name;
 * the fetch's errors as they are ("banned by Binance ...", "... not valid JSON ...").
 */
[[nodiscard]] Result<CryptoRefreshReport> checkCryptoUniverse(const Store::Database& db,
                                                              const QString& universe,
                                                              const QString& quote,
                                                              const QString& baseUrl = {},
                                                              const Fetch::CancelCheck& canceled = {});

/**
 * Applies a report to the stored universe in one transaction: its added pairs become members (new
 * symbols, no bars yet), its delisted members leave the universe. Nothing is deleted: a delisted pair
 * keeps its symbol, bars, models and predictions, it is only no longer fetched or trained with the
 * universe.
 */
[[nodiscard]] Result<UniverseDiff>
applyCryptoRefresh(const Store::Database& db, const QString& universe, const CryptoRefreshReport& report);

} // namespace Tessera::Universes
