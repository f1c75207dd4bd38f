#include "core/market/Market.h"

#include <QRegularExpression>

namespace Tessera {
namespace {

struct KnownMarket
{
    const char* id;
    const char* suffix; ///< Yahoo's ticker suffix, without the dot; null: not a suffix market
    const char* title;
    bool everyDay;
};

// Yahoo's suffixes for the exchanges Tessera's users trade most; the rest are named by their suffix.
constexpr KnownMarket kKnown[] = {
    {"US", nullptr, "US exchanges (NYSE, Nasdaq)", false},
    {"NSE", "NS", "National Stock Exchange of India", false},
    {"BSE", "BO", "BSE (Bombay Stock Exchange)", false},
    {"LSE", "L", "London Stock Exchange", false},
    {"XETRA", "DE", "Deutsche Börse Xetra", false},
    {"EURONEXT-PARIS", "PA", "Euronext Paris", false},
    {"TSE", "T", "Tokyo Stock Exchange", false},
    {"HKEX", "HK", "Hong Kong Exchanges", false},
    {"TSX", "TO", "Toronto Stock Exchange", false},
    {"ASX", "AX", "Australian Securities Exchange", false},
    {"FX", nullptr, "Currencies (Yahoo =X pairs)", false},
    {"CRYPTO", nullptr, "Crypto (trades every day)", true},
};

Market fromKnown(const KnownMarket& k)
{
    return Market{QString::fromLatin1(k.id), QString::fromUtf8(k.title), k.everyDay};
}

Market known(const char* id)
{
    for (const KnownMarket& k : kKnown) {
        if (qstrcmp(k.id, id) == 0) {
            return fromKnown(k);
        }
    }
    return Market{QString::fromLatin1(id), QString::fromLatin1(id), false};
}

} // namespace

Market marketOfTicker(const QString& ticker)
{
    const QString t = ticker.trimmed().toUpper();
    // Crypto: Yahoo's BASE-QUOTE pairs and the exchanges' BASEQUOTE spelling for stablecoin quotes.
    static const QRegularExpression yahooCrypto(
        QStringLiteral("^[A-Z0-9]{2,12}-(USD|USDT|USDC|EUR|GBP|INR|BTC|ETH)$"));
    static const QRegularExpression exchangeCrypto(QStringLiteral("^[A-Z0-9]{2,12}(USDT|USDC|BUSD)$"));
    if (yahooCrypto.match(t).hasMatch() || exchangeCrypto.match(t).hasMatch()) {
        return known("CRYPTO");
    }
    if (t.endsWith(QStringLiteral("=X"))) {
        return known("FX");
    }
    // Indian indices carry no suffix on Yahoo (^NSEI, ^NSEBANK, ^CNX…, ^BSESN).
    if (t.startsWith(QStringLiteral("^NSE")) || t.startsWith(QStringLiteral("^CNX"))) {
        return known("NSE");
    }
    if (t.startsWith(QStringLiteral("^BSE"))) {
        return known("BSE");
    }
    const qsizetype dot = t.lastIndexOf(u'.');
    if (dot > 0 && dot + 1 < t.size()) {
        const QString suffix = t.mid(dot + 1);
        // A class share such as BRK.B has one letter after the dot that no exchange uses: no suffix.
        for (const KnownMarket& k : kKnown) {
            if (k.suffix && suffix == QLatin1String(k.suffix)) {
                return fromKnown(k);
            }
        }
        static const QRegularExpression exchangeSuffix(QStringLiteral("^[A-Z]{2,4}$"));
        if (exchangeSuffix.match(suffix).hasMatch()) {
            return Market{suffix, QStringLiteral("Exchange .%1").arg(suffix), false};
        }
    }
    return Market{QString(), QStringLiteral("No exchange suffix"), false};
}

Market marketById(const QString& id)
{
    for (const KnownMarket& k : kKnown) {
        if (id.compare(QLatin1String(k.id), Qt::CaseInsensitive) == 0) {
            return fromKnown(k);
        }
    }
    return Market{id, id, false}; // a calendar a user named: weekends closed
}

QList<Market> knownMarkets()
{
    QList<Market> out;
    for (const KnownMarket& k : kKnown) {
        out << fromKnown(k);
    }
    return out;
}

} // namespace Tessera
