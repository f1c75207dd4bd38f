#include "core/universe/CryptoRefresh.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "core/fetch/FetchSettings.h"
#include "core/fetch/providers/BinanceProvider.h"
#include "core/store/UniverseRepository.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Universes {

QStringList CryptoRefreshReport::addedTickers() const
{
    QStringList out;
    for (const Symbol& s : added) {
        out << s.ticker;
    }
    return out;
}

QStringList CryptoRefreshReport::delistedWithReasons() const
{
    QStringList out;
    for (const DelistedPair& d : delisted) {
        out << QStringLiteral("%1 (%2)").arg(d.ticker, d.reason);
    }
    return out;
}

CryptoRefreshReport
compareWithExchange(const QStringList& members, const QList<Fetch::ExchangePair>& pairs, const QString& quote)
{
    CryptoRefreshReport report;
    report.quote = quote.trimmed().toUpper();
    QHash<QString, const Fetch::ExchangePair*> bySymbol;
    for (const Fetch::ExchangePair& p : pairs) {
        bySymbol.insert(p.symbol.toUpper(), &p);
    }
    QSet<QString> named;
    for (const QString& member : members) {
        const QString symbol = Fetch::BinanceProvider::exchangeSymbol(member);
        if (report.quote.isEmpty() || !symbol.endsWith(report.quote)
            || symbol.size() == report.quote.size()) {
            report.ignored << member;
            continue;
        }
        named.insert(symbol);
        const auto it = bySymbol.constFind(symbol);
        if (it == bySymbol.cend()) {
            report.delisted << DelistedPair{member, QStringLiteral("not listed by the exchange")};
        } else if (!(*it)->trading()) {
            report.delisted << DelistedPair{member,
                                            (*it)->status == u"TRADING"
                                                ? QStringLiteral("spot trading not allowed")
                                                : QStringLiteral("status %1").arg((*it)->status)};
        } else {
            report.kept << member;
        }
    }
    for (const Fetch::ExchangePair& p : pairs) {
        if (p.quoteAsset.toUpper() != report.quote || !p.trading()) {
            continue;
        }
        ++report.tradingPairs;
        if (named.contains(p.symbol.toUpper())) {
            continue;
        }
        named.insert(p.symbol.toUpper()); // an answer listing a pair twice adds it once
        Symbol s;
        s.ticker = p.symbol.toUpper();
        s.name = p.baseAsset;
        s.exchange = QStringLiteral("Binance");
        s.currency = p.quoteAsset.toUpper();
        s.sector = QStringLiteral("Crypto");
        report.added << s;
    }
    std::sort(report.added.begin(), report.added.end(), [](const Symbol& a, const Symbol& b) {
        return a.ticker < b.ticker;
    });
    std::sort(report.delisted.begin(),
              report.delisted.end(),
              [](const DelistedPair& a, const DelistedPair& b) { return a.ticker < b.ticker; });
    report.kept.sort();
    report.ignored.sort();
    return report;
}

QString defaultCryptoUniverse()
{
    for (const BundledUniverse& b : bundledUniverses()) {
        if (b.id == u"topcryptousdt") {
            return b.title;
        }
    }
    return QStringLiteral("Top crypto (USDT)");
}

Result<CryptoRefreshReport> checkCryptoUniverse(const Store::Database& db,
                                                const QString& universe,
                                                const QString& quote,
                                                const QString& baseUrl,
                                                const Fetch::CancelCheck& canceled)
{
    Store::UniverseRepository universes(db);
    auto name = universes.storedName(universe);
    if (!name) {
        return fail(name.error());
    }
    if (!name->has_value()) {
        return fail(Error::notFound(QStringLiteral("no universe named '%1' (import one first, e.g. 'universe "
                                                   "import bundled:topcryptousdt')")
                                        .arg(universe)));
    }
    auto members = universes.members(**name);
    auto stored = Fetch::storedFetchSettings(db);
    if (!members || !stored) {
        return fail(!members ? members.error() : stored.error());
    }
    Fetch::SettingValues overrides;
    if (!baseUrl.isEmpty()) {
        overrides.insert(QStringLiteral("fetch/binance/baseUrl"), baseUrl);
    }
    auto options = Fetch::resolveNetworkOptions(QStringLiteral("binance"), *stored, overrides);
    if (!options) {
        return fail(options.error());
    }
    auto pairs = Fetch::fetchExchangeInfo(*options, canceled);
    if (!pairs) {
        return fail(pairs.error());
    }
    return compareWithExchange(*members, *pairs, quote);
}

Result<UniverseDiff>
applyCryptoRefresh(const Store::Database& db, const QString& universe, const CryptoRefreshReport& report)
{
    QStringList delisted;
    for (const DelistedPair& d : report.delisted) {
        delisted << d.ticker;
    }
    return Store::UniverseRepository(db).amend(universe, report.added, delisted);
}

} // namespace Tessera::Universes
