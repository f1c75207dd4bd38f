#include "core/export/DailyExports.h"

#include <cmath>

#include <QDir>

#include "core/common/Paths.h"
#include "core/export/CsvWriter.h"
#include "core/features/Volatility.h"
#include "core/screens/Picks.h"
#include "core/store/ExportRepository.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/PickRepository.h"
#include "core/store/SettingsRepository.h"

namespace Tessera::Export {
namespace {

/**
 * price − previous, rounded to 1e-8: the subtraction of two stored prices leaves binary noise
 * (1364.00 − 1367.60 = −3.599999999999909), which a shortest round-trip writer prints in full. Prices carry
 * at most 6 decimals, so 8 keep every real digit.
 */
double priceDifference(double price, double previous)
{
    return std::round((price - previous) * 1e8) / 1e8;
}

const QStringList kStocksHeader = {
    QStringLiteral("symbol"),
    QStringLiteral("stock_name"),
    QStringLiteral("current_price"),
    QStringLiteral("market_cap"),
    QStringLiteral("volume"),
    QStringLiteral("avg_volume_30d"),
    QStringLiteral("pe_ratio"),
    QStringLiteral("pb_ratio"),
    QStringLiteral("roe"),
    QStringLiteral("eps"),
    QStringLiteral("beta"),
    QStringLiteral("debt_to_equity"),
    QStringLiteral("revenue_growth"),
    QStringLiteral("earnings_growth"),
    QStringLiteral("operating_margin"),
    QStringLiteral("net_margin"),
    QStringLiteral("profit_margin"),
    QStringLiteral("book_value"),
    QStringLiteral("peg_ratio"),
    QStringLiteral("roa"),
    QStringLiteral("current_ratio"),
    QStringLiteral("quick_ratio"),
    QStringLiteral("historical_volatility_1y"),
    QStringLiteral("atr_14"),
    QStringLiteral("sector"),
    QStringLiteral("industry"),
    QStringLiteral("market_cap_category"),
    QStringLiteral("last_updated"),
    QStringLiteral("exchange"),
    QStringLiteral("currency"),
    QStringLiteral("price_date"),
    QStringLiteral("previous_close"),
    QStringLiteral("change"),
    QStringLiteral("change_percent"),
    QStringLiteral("high_52w"),
    QStringLiteral("low_52w"),
};
// Seed-003 fundamentals columns between avg_volume_30d and historical_volatility_1y (pe_ratio … quick_ratio).
constexpr int kFundamentalColumns = 16;

QString firstDay(const ExportOptions& o, const QDate& asOf)
{
    return o.days > 0 ? asOf.addDays(-o.days).toString(Qt::ISODate) : QStringLiteral("0000-00-00");
}

/** Ends an export: puts the file in place, then reports the end. */
Result<ExportResult> finish(CsvWriter& w, ExportResult result, ExportProgress& progress)
{
    auto rows = w.commit();
    if (!rows) {
        return fail(rows.error());
    }
    progress.finished();
    result.rows = *rows;
    return result;
}

/**
 * history and indicators: one ordered stream of rows (ticker, date, values) into the file. Progress
 * advances when the symbol changes; cancel is checked there too.
 */
Result<ExportResult> exportRows(const Store::Database& db,
                                ExportKind kind,
                                const QStringList& header,
                                const ExportOptions& options,
                                const QString& path,
                                const QDate& asOf,
                                ExportProgress& progress)
{
    ExportResult result{kind, path, 0, 0};
    Store::ExportRepository repo(db);
    CsvWriter w(path);
    if (auto r = w.open(header); !r) {
        return fail(r.error());
    }
    auto total = repo.symbolsWithBars();
    if (!total) {
        return fail(total.error());
    }
    progress.begin(QStringLiteral("export ") + kindName(kind), *total);
    QString current;
    const auto onRow = [&](const Store::DatedValuesRow& row) -> Result<void> {
        if (row.ticker != current) {
            if (!current.isEmpty()) {
                progress.symbolWritten(current);
                ++result.symbols;
            }
            if (progress.isCanceled()) {
                return fail(Error::cancelled()); // the CsvWriter is discarded: no partial file
            }
            current = row.ticker;
        }
        w.text(row.ticker);
        w.text(row.date);
        for (double v : row.values) {
            w.number(v);
        }
        w.endRow();
        return {};
    };
    const QString from = firstDay(options, asOf);
    const QString to = asOf.toString(Qt::ISODate);
    auto streamed = kind == ExportKind::History ? repo.forEachBar(from, to, onRow)
                                                : repo.forEachIndicatorRow(from, to, onRow);
    if (!streamed) {
        return fail(streamed.error());
    }
    if (!current.isEmpty()) {
        progress.symbolWritten(current);
        ++result.symbols;
    }
    return finish(w, result, progress);
}

/** Writes one stocks row: the symbol's facts and its price statistics up to asOf. */
Result<void> writeStock(Store::ExportRepository& repo,
                        const Store::ExportSymbolRow& symbol,
                        const QString& asOf,
                        const Fundamentals::Record* f,
                        CsvWriter& w)
{
    // The last 253 bars up to the as-of date: price, change, volume, 30-day volume, 252 log returns.
    auto bars = repo.recentBars(symbol.id, asOf, 253);
    if (!bars) {
        return fail(bars.error());
    }
    const std::vector<double>& close = bars->close;
    const std::vector<double>& volume = bars->volume;
    const size_t n = close.size();
    const double price = n > 0 ? close[n - 1] : std::nan("");
    const double previous = n > 1 ? close[n - 2] : std::nan("");
    double avgVolume = std::nan("");
    if (n >= 30) {
        double sum = 0;
        for (size_t i = n - 30; i < n; ++i) {
            sum += volume[i];
        }
        avgVolume = std::round(sum / 30); // BIGINT in the seed
    }
    double hv = std::nan("");
    if (n >= 253) {
        Features::Series adjusted(n);
        for (size_t i = 0; i < n; ++i) {
            adjusted[i] = std::isnan(bars->adjClose[i]) ? close[i] : bars->adjClose[i];
        }
        hv = Features::historicalVolatility(Features::logReturns(adjusted)).back();
    }
    Store::PriceRange range{std::nan(""), std::nan("")};
    double atr14 = std::nan("");
    const QString& priceDate = bars->lastDate;
    if (!priceDate.isEmpty()) {
        const QDate last = QDate::fromString(priceDate, Qt::ISODate);
        auto r = repo.priceRange(symbol.id, last.addYears(-1).toString(Qt::ISODate), priceDate);
        if (!r) {
            return fail(r.error());
        }
        range = *r;
        auto a = repo.atr14(symbol.id, priceDate);
        if (!a) {
            return fail(a.error());
        }
        atr14 = *a;
    }

    w.text(symbol.ticker);
    w.text(symbol.name);
    w.number(price);
    w.number(f ? f->value(Fundamentals::Field::MarketCap) : std::nan(""));
    w.number(n > 0 ? volume[n - 1] : std::nan(""));
    w.number(avgVolume);
    // pe_ratio … quick_ratio: the symbol's latest stored fundamentals on or before the day, by the seed's
    // column names (the header's), empty where missing.
    for (int i = 0; i < kFundamentalColumns; ++i) {
        Fundamentals::Field field;
        const bool known = Fundamentals::fieldFromKey(kStocksHeader.at(6 + i), &field);
        w.number(f && known ? f->value(field) : std::nan(""));
    }
    w.number(hv);
    w.number(atr14);
    w.text(symbol.sector);
    w.text(symbol.industry);
    w.text(f ? f->capCategory : QString()); // market_cap_category
    w.text(symbol.barsUpdatedAt);           // last_updated
    w.text(symbol.exchange);
    w.text(symbol.currency);
    w.text(priceDate);
    w.number(previous);
    w.number(priceDifference(price, previous));
    w.number(100.0 * (price - previous) / previous);
    w.number(range.high); // 52-week high and low
    w.number(range.low);
    w.endRow();
    return {};
}

Result<ExportResult>
exportStocks(const Store::Database& db, const QString& path, const QDate& asOf, ExportProgress& progress)
{
    ExportResult result{ExportKind::Stocks, path, 0, 0};
    Store::ExportRepository repo(db);
    CsvWriter w(path);
    if (auto r = w.open(kStocksHeader); !r) {
        return fail(r.error());
    }
    auto total = repo.symbolCount();
    if (!total) {
        return fail(total.error());
    }
    progress.begin(QStringLiteral("export stocks"), *total);
    const QString asOfText = asOf.toString(Qt::ISODate);
    auto fundamentals = Store::FundamentalsRepository(db).latestAll(asOf);
    if (!fundamentals) {
        return fail(fundamentals.error());
    }
    QHash<QString, const Fundamentals::Record*> byTicker;
    for (const Fundamentals::Record& r : std::as_const(*fundamentals)) {
        byTicker.insert(r.ticker, &r);
    }
    auto listed = repo.forEachSymbol([&](const Store::ExportSymbolRow& symbol) -> Result<void> {
        if (progress.isCanceled()) {
            return fail(Error::cancelled());
        }
        if (auto r = writeStock(repo, symbol, asOfText, byTicker.value(symbol.ticker), w); !r) {
            return r;
        }
        ++result.symbols;
        progress.symbolWritten(symbol.ticker);
        return {};
    });
    if (!listed) {
        return fail(listed.error());
    }
    return finish(w, result, progress);
}

/** suggested_stocks: the picks of the newest snapshot on or before asOf, every strategy, by strategy then
 * rank. */
Result<ExportResult>
exportSuggested(const Store::Database& db, const QString& path, const QDate& asOf, ExportProgress& progress)
{
    ExportResult result{ExportKind::Suggested, path, 0, 0};
    Store::PickRepository repo(db);
    auto day = repo.latestDate({}, asOf);
    if (!day) {
        return fail(day.error());
    }
    QList<Screens::Pick> picks;
    if (day->isValid()) {
        auto stored = repo.picks({}, *day);
        if (!stored) {
            return fail(stored.error());
        }
        picks = *stored;
    }
    CsvWriter w(path);
    if (auto r = w.open(Screens::suggestedColumns()); !r) {
        return fail(r.error());
    }
    progress.begin(QStringLiteral("export suggested"), picks.size());
    QSet<QString> symbols;
    for (const Screens::Pick& p : std::as_const(picks)) {
        if (progress.isCanceled()) {
            return fail(Error::cancelled());
        }
        w.text(p.date.toString(Qt::ISODate));
        w.text(p.symbol);
        w.text(p.stockName);
        w.number(p.currentPrice);
        w.number(p.marketCap);
        w.text(p.strategy);
        w.number(p.selectionScore);
        w.integer(p.rank);
        for (double v : {p.mlPredictionScore,
                         p.mlPriceTarget,
                         p.mlConfidence,
                         p.mlRiskScore,
                         p.rsi14,
                         p.macd,
                         p.sma50,
                         p.sma200,
                         p.peRatio,
                         p.pbRatio,
                         p.roe,
                         p.eps,
                         p.beta,
                         p.revenueGrowth,
                         p.earningsGrowth,
                         p.operatingMargin,
                         p.targetPrice,
                         p.stopLoss}) {
            w.number(v);
        }
        w.text(p.recommendation);
        w.text(p.reason);
        w.text(p.sector);
        w.text(p.marketCapCategory);
        w.text(p.createdAt);
        w.endRow();
        symbols.insert(p.symbol);
        progress.symbolWritten(p.symbol);
    }
    result.symbols = symbols.size();
    return finish(w, result, progress);
}

} // namespace

QString kindName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Stocks:
        return QStringLiteral("stocks");
    case ExportKind::History:
        return QStringLiteral("history");
    case ExportKind::Indicators:
        return QStringLiteral("indicators");
    case ExportKind::Suggested:
        return QStringLiteral("suggested");
    }
    return {};
}

QList<ExportKind> allKinds()
{
    return {ExportKind::Stocks, ExportKind::History, ExportKind::Indicators, ExportKind::Suggested};
}

std::optional<ExportKind> kindFromName(const QString& name)
{
    for (ExportKind k : allKinds()) {
        if (kindName(k) == name) {
            return k;
        }
    }
    return std::nullopt;
}

QString exportFolder(const Store::Database& db)
{
    auto stored = Store::SettingsRepository(db).value(kExportFolderSetting);
    if (stored && !stored->isEmpty()) {
        return *stored;
    }
    return QDir(Paths::appDataDir()).filePath(QStringLiteral("exports"));
}

QString exportFileName(ExportKind kind, const QDate& asOf, int days)
{
    const QString date = asOf.toString(Qt::ISODate);
    switch (kind) {
    case ExportKind::Stocks:
        return QStringLiteral("stocks_%1.csv").arg(date);
    case ExportKind::History:
        return days > 0 ? QStringLiteral("historical_%1d_%2.csv").arg(days).arg(date)
                        : QStringLiteral("historical_all_%1.csv").arg(date);
    case ExportKind::Indicators:
        return QStringLiteral("technical_indicators_%1.csv").arg(date);
    case ExportKind::Suggested:
        return QStringLiteral("suggested_stocks_%1.csv").arg(date);
    }
    return {};
}

Result<ExportResult>
runExport(const Store::Database& db, ExportKind kind, const ExportOptions& options, ExportProgress& progress)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QString folder = options.folder.isEmpty() ? exportFolder(db) : options.folder;
    const QString path = QDir(folder).filePath(exportFileName(kind, asOf, options.days));
    switch (kind) {
    case ExportKind::Stocks:
        return exportStocks(db, path, asOf, progress);
    case ExportKind::History:
        return exportRows(db,
                          kind,
                          {QStringLiteral("symbol"),
                           QStringLiteral("date"),
                           QStringLiteral("open"),
                           QStringLiteral("high"),
                           QStringLiteral("low"),
                           QStringLiteral("close"),
                           QStringLiteral("adj_close"),
                           QStringLiteral("volume")},
                          options,
                          path,
                          asOf,
                          progress);
    case ExportKind::Indicators: {
        QStringList header{QStringLiteral("symbol"), QStringLiteral("date")};
        for (const Store::TechnicalColumn& c : Store::technicalColumns()) {
            header << QString::fromLatin1(c.name);
        }
        return exportRows(db, kind, header, options, path, asOf, progress);
    }
    case ExportKind::Suggested:
        return exportSuggested(db, path, asOf, progress);
    }
    return fail(Error::internal(QStringLiteral("unknown export kind")));
}

Result<ExportResult> runExport(const Store::Database& db, ExportKind kind, const ExportOptions& options)
{
    ExportProgress silent;
    return runExport(db, kind, options, silent);
}

} // namespace Tessera::Export
