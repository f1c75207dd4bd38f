#include "core/broker/InstrumentMaster.h"

#include <QCoreApplication>
#include <QSet>

#include "core/common/CsvText.h"

namespace Tessera::Broker {
namespace {

/** NSE series that are still cash equities: rolling (EQ), trade-to-trade (BE, BZ) and SME (SM, ST). */
const QSet<QString>& equitySeries()
{
    static const QSet<QString> series = {QStringLiteral("EQ"),
                                         QStringLiteral("BE"),
                                         QStringLiteral("BZ"),
                                         QStringLiteral("SM"),
                                         QStringLiteral("ST")};
    return series;
}

QString suffixFor(const QString& exchange)
{
    if (exchange == u"NSE") {
        return QStringLiteral(".NS");
    }
    if (exchange == u"BSE") {
        return QStringLiteral(".BO");
    }
    return {};
}

/** "RELIANCE-BE" → "RELIANCE"; "BAJAJ-AUTO" stays (AUTO is no series). */
QString withoutSeries(const QString& symbol)
{
    const qsizetype dash = symbol.lastIndexOf(u'-');
    if (dash > 0 && equitySeries().contains(symbol.mid(dash + 1))) {
        return symbol.left(dash);
    }
    return symbol;
}

} // namespace

void SymbolMap::add(const QString& brokerSymbol, const QString& ticker)
{
    m_toTicker.insert(brokerSymbol, ticker);
    // The first (EQ rows come first in both masters' order of preference) wins for placing orders.
    if (!m_toBroker.contains(ticker) || brokerSymbol.endsWith(u"-EQ")) {
        m_toBroker.insert(ticker, brokerSymbol);
    }
}

std::optional<QString> SymbolMap::toTicker(const QString& brokerSymbol) const
{
    const auto it = m_toTicker.constFind(brokerSymbol);
    return it == m_toTicker.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<QString> SymbolMap::toBroker(const QString& ticker) const
{
    const auto it = m_toBroker.constFind(ticker);
    return it == m_toBroker.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

QString tickerFromKite(const QString& exchange, const QString& tradingSymbol)
{
    const QString suffix = suffixFor(exchange);
    if (suffix.isEmpty()) {
        return exchange + u':' + tradingSymbol;
    }
    return withoutSeries(tradingSymbol) + suffix;
}

QString tickerFromFyers(const QString& fyersSymbol)
{
    const qsizetype colon = fyersSymbol.indexOf(u':');
    const QString exchange = fyersSymbol.left(colon);
    const QString name = fyersSymbol.mid(colon + 1);
    const QString suffix = suffixFor(exchange);
    const qsizetype dash = name.lastIndexOf(u'-');
    if (suffix.isEmpty() || colon < 0 || dash <= 0) {
        return fyersSymbol;
    }
    const QString series = name.mid(dash + 1);
    // BSE groups (A, B, T, X, …) play the part of NSE's series.
    if (equitySeries().contains(series) || (exchange == u"BSE" && series.size() <= 2)) {
        return name.left(dash) + suffix;
    }
    return fyersSymbol;
}

Result<SymbolMap> parseKiteInstruments(const QByteArray& csv, const QString& source)
{
    const QList<QByteArray> lines = csv.split('\n');
    const QStringList header = Csv::splitLine(QString::fromUtf8(lines.value(0)));
    const qsizetype symbolColumn = header.indexOf(QStringLiteral("tradingsymbol"));
    const qsizetype typeColumn = header.indexOf(QStringLiteral("instrument_type"));
    const qsizetype exchangeColumn = header.indexOf(QStringLiteral("exchange"));
    const qsizetype segmentColumn = header.indexOf(QStringLiteral("segment"));
    if (symbolColumn < 0 || typeColumn < 0 || exchangeColumn < 0) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker",
                                        "%1: not Kite's instrument list (line 1 lacks tradingsymbol, "
                                        "instrument_type or exchange)")
                .arg(source)));
    }
    SymbolMap map;
    map.source = source;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        const QStringList cells = Csv::splitLine(QString::fromUtf8(lines[i]));
        if (cells.size() < header.size()) {
            return fail(Error::invalidInput(
                QCoreApplication::translate("Broker", "%1 line %2: %3 fields, %4 expected")
                    .arg(source)
                    .arg(i + 1)
                    .arg(cells.size())
                    .arg(header.size())));
        }
        const QString exchange = cells[exchangeColumn];
        // Indices are listed as EQ too, in segment INDICES; shares are in the exchange's own segment.
        if (cells[typeColumn] != u"EQ" || suffixFor(exchange).isEmpty()
            || (segmentColumn >= 0 && cells[segmentColumn] != exchange)) {
            continue;
        }
        map.add(exchange + u':' + cells[symbolColumn], tickerFromKite(exchange, cells[symbolColumn]));
    }
    return map;
}

Result<SymbolMap> parseFyersSymbolMaster(const QByteArray& csv, const QString& source)
{
    constexpr qsizetype kTypeColumn = 2;
    constexpr qsizetype kTickerColumn = 9;
    SymbolMap map;
    map.source = source;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        const QStringList cells = Csv::splitLine(QString::fromUtf8(lines[i]));
        if (cells.size() <= kTickerColumn || !cells[kTickerColumn].contains(u':')) {
            return fail(Error::invalidInput(
                QCoreApplication::translate("Broker",
                                            "%1 line %2: not Fyers' symbol master (column 10 should hold a "
                                            "symbol like NSE:RELIANCE-EQ)")
                    .arg(source)
                    .arg(i + 1)));
        }
        const QString symbol = cells[kTickerColumn];
        const QString ticker = tickerFromFyers(symbol);
        if (cells[kTypeColumn].trimmed() != u"0" || ticker == symbol) {
            continue; // not an equity, or a series Tessera has no ticker for
        }
        map.add(symbol, ticker);
    }
    return map;
}

} // namespace Tessera::Broker
