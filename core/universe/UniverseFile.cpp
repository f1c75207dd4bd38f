#include "core/universe/UniverseFile.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include "core/common/CsvText.h"

namespace Tessera::Universes {
namespace {

QString displayName(const QString& path)
{
    return path.startsWith(u':') ? path.mid(path.lastIndexOf(u'/') + 1) : QFileInfo(path).fileName();
}

Result<QString> readText(const QString& path, const ReadLimits& limits)
{
    auto data = readFileWithin(path, limits, displayName(path));
    if (!data) {
        return fail(data.error());
    }
    QString text = QString::fromUtf8(*data);
    if (text.startsWith(u'\xfeff')) {
        text.remove(0, 1);
    }
    return text;
}

/** The tickers of a tickers file's text (see readTickersFile); errors name path's file and line. */
Result<QStringList> tickersFromText(const QString& text, const QString& path)
{
    QStringList tickers;
    QSet<QString> seen;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0) {
            line.truncate(hash);
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (line.contains(u' ') || line.contains(u',') || line.contains(u'\t')) {
            return fail(
                Error::invalidInput(QStringLiteral("%1:%2: '%3' is not a single ticker (one per line)")
                                        .arg(displayName(path), QString::number(i + 1), line)));
        }
        if (!seen.contains(line)) {
            seen.insert(line);
            tickers << line;
        }
    }
    if (tickers.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("%1: no tickers found").arg(displayName(path))));
    }
    return tickers;
}

/** Column index of the first header matching one of the (normalized) names, or -1. */
int columnOf(const QStringList& header, std::initializer_list<const char16_t*> names)
{
    for (const char16_t* name : names) {
        const int i = static_cast<int>(header.indexOf(QString::fromUtf16(name)));
        if (i >= 0) {
            return i;
        }
    }
    return -1;
}

Result<Universe> readConstituentsCsv(const QString& path, const QString& text, const QString& name)
{
    const QStringList lines = text.split(u'\n');
    QStringList header;
    for (const QString& h : Csv::splitLine(lines.value(0))) {
        header << Csv::normalizeHeader(h);
    }
    const int symbolCol = columnOf(header, {u"symbol", u"ticker"});
    const int nameCol = columnOf(header, {u"companyname", u"security", u"name", u"company"});
    const int sectorCol = columnOf(header, {u"gicssector", u"sector"});
    const int industryCol = columnOf(header, {u"gicssubindustry", u"industry", u"subindustry"});
    const int isinCol = columnOf(header, {u"isincode", u"isin"});
    const int exchangeCol = columnOf(header, {u"exchange"});
    const int currencyCol = columnOf(header, {u"currency"});
    // NSE index files carry Series and ISIN: their symbols trade on Yahoo as SYMBOL.NS.
    const bool nse = header.contains(QStringLiteral("series")) && isinCol >= 0;
    const bool gics = header.contains(QStringLiteral("gicssector"));

    Universe u;
    u.name = name;
    u.source = path;
    QSet<QString> seen;
    const QString file = displayName(path);
    for (qsizetype lineNo = 1; lineNo < lines.size(); ++lineNo) {
        const QString raw = lines[lineNo].trimmed();
        if (raw.isEmpty()) {
            continue;
        }
        const QStringList f = Csv::splitLine(raw);
        const auto field = [&f](int col) {
            return col >= 0 && col < f.size() ? f[col].trimmed() : QString();
        };
        QString ticker = field(symbolCol);
        if (ticker.isEmpty()) {
            return fail(Error::invalidInput(
                QStringLiteral("%1:%2: no symbol in this row").arg(file, QString::number(lineNo + 1))));
        }
        if (ticker.contains(u' ')) {
            return fail(Error::invalidInput(QStringLiteral("%1:%2: '%3' is not a ticker (contains a space)")
                                                .arg(file, QString::number(lineNo + 1), ticker)));
        }
        Symbol s;
        if (nse) {
            ticker += QStringLiteral(".NS");
            s.exchange = QStringLiteral("NSE");
            s.currency = QStringLiteral("INR");
            s.sector = field(industryCol);
            s.industry = field(industryCol);
        } else {
            if (gics) {
                ticker.replace(u'.', u'-'); // Wikipedia's BRK.B is Yahoo's BRK-B
                s.exchange = QStringLiteral("US");
                s.currency = QStringLiteral("USD");
            }
            s.sector = field(sectorCol);
            s.industry = field(industryCol);
        }
        if (exchangeCol >= 0) {
            s.exchange = field(exchangeCol);
        }
        if (currencyCol >= 0) {
            s.currency = field(currencyCol);
        }
        s.ticker = ticker;
        s.name = field(nameCol);
        s.isin = field(isinCol);
        if (!seen.contains(ticker)) {
            seen.insert(ticker);
            u.members << s;
        }
    }
    if (u.members.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("%1: no symbols found").arg(file)));
    }
    return u;
}

/** A copy of a bundled list keeps the bundled title ("NIFTY 500"), anything else its file name. */
QString nameFromPath(const QString& path)
{
    const QString file = QFileInfo(path).fileName();
    for (const BundledUniverse& b : bundledUniverses()) {
        if (b.resourcePath.endsWith(u'/' + file)) {
            return b.title;
        }
    }
    return QFileInfo(path).completeBaseName();
}

} // namespace

ReadLimits universeFileReadLimits()
{
    return {qint64(16) << 20, qint64(1) << 20, QStringLiteral("tickers and universe files")};
}

Result<QStringList> readTickersFile(const QString& path, const ReadLimits& limits)
{
    auto text = readText(path, limits);
    if (!text) {
        return fail(text.error());
    }
    return tickersFromText(*text, path);
}

Result<Universe> readUniverseFile(const QString& path, const QString& name, const ReadLimits& limits)
{
    auto text = readText(path, limits);
    if (!text) {
        return fail(text.error());
    }
    const QString universeName = name.isEmpty() ? nameFromPath(path) : name;
    const QString firstLine = text->section(u'\n', 0, 0);
    QStringList header;
    for (const QString& h : Csv::splitLine(firstLine)) {
        header << Csv::normalizeHeader(h);
    }
    if (firstLine.contains(u',')
        && (header.contains(QStringLiteral("symbol")) || header.contains(QStringLiteral("ticker")))) {
        return readConstituentsCsv(path, *text, universeName);
    }
    auto tickers = tickersFromText(*text, path);
    if (!tickers) {
        return fail(tickers.error());
    }
    Universe u;
    u.name = universeName;
    u.source = path;
    for (const QString& t : *tickers) {
        Symbol s;
        s.ticker = t;
        u.members << s;
    }
    return u;
}

QList<BundledUniverse> bundledUniverses()
{
    return {
        {QStringLiteral("nifty500"),
         QStringLiteral("NIFTY 500"),
         QStringLiteral(":/universes/ind_nifty500list.csv")},
        {QStringLiteral("nifty50"),
         QStringLiteral("NIFTY 50"),
         QStringLiteral(":/universes/ind_nifty50list.csv")},
        {QStringLiteral("sp500"),
         QStringLiteral("S&P 500"),
         QStringLiteral(":/universes/sp500_constituents.csv")},
        {QStringLiteral("topcryptousdt"),
         QStringLiteral("Top crypto (USDT)"),
         QStringLiteral(":/universes/crypto_usdt_top100.csv")},
    };
}

Result<Universe> readBundledUniverse(const QString& id)
{
    // "NIFTY50", "nifty 50" and "NIFTY 50" all name nifty50: ids are the keys of the titles.
    for (const BundledUniverse& b : bundledUniverses()) {
        if (universeKey(id) == b.id) {
            auto u = readUniverseFile(b.resourcePath, b.title);
            if (u) {
                u->source = QStringLiteral("bundled:") + b.id;
            }
            return u;
        }
    }
    QStringList ids;
    for (const BundledUniverse& b : bundledUniverses()) {
        ids << b.id;
    }
    return fail(Error::invalidInput(
        QStringLiteral("no bundled universe '%1' (available: %2)").arg(id, ids.join(QStringLiteral(", ")))));
}

} // namespace Tessera::Universes
