#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/export/ExportProgress.h"
#include "core/store/Database.h"

namespace Tessera::Export {

/** The seed-003 daily CSV exports. */
enum class ExportKind
{
    Stocks,     ///< stocks_YYYY-MM-DD.csv: one row per symbol, seed-003 `stocks` columns + price facts
    History,    ///< historical_30d_YYYY-MM-DD.csv: the daily bars of the last N days
    Indicators, ///< technical_indicators_YYYY-MM-DD.csv: the stored seed-003 indicator rows of the last N
                ///< days
    Suggested,  ///< suggested_stocks_YYYY-MM-DD.csv: the daily picks (issue 20), the seed's columns
};

/** Every kind, in the order "all" writes them. */
QList<ExportKind> allKinds();

/** "stocks", "history", "indicators" (the CLI words), and back. */
QString kindName(ExportKind kind);
std::optional<ExportKind> kindFromName(const QString& name);

struct ExportOptions
{
    QString folder; ///< target folder; empty = exportFolder(db)
    QDate asOf;     ///< the date in the file name and the last day exported; invalid = today (local)
    int days = 30;  ///< history/indicators: calendar days back from asOf, inclusive; 0 = everything
};

struct ExportResult
{
    ExportKind kind;
    QString path;
    qint64 rows = 0;
    qint64 symbols = 0;
};

/** The database setting that holds the export folder, and its default: <AppData>/exports. */
inline const QString kExportFolderSetting = QStringLiteral("export/folder");
QString exportFolder(const Store::Database& db);

/** "stocks_2024-05-01.csv", "historical_30d_2024-05-01.csv" (historical_all_… for days 0), … */
QString exportFileName(ExportKind kind, const QDate& asOf, int days = 30);

/**
 * Writes one export atomically (CsvWriter) and returns where and how much. Reads through the calling
 * thread's connection (Store::ExportRepository; no write lock needed); this file only formats. Progress:
 * progress.begin(kind, symbols), one symbolWritten per symbol, finished() once the file is in place;
 * cancel is checked between symbols (a cancelled export leaves no file).
 *
 * Columns (missing values are empty cells, never 0):
 *  - stocks: symbol, stock_name, current_price, market_cap, volume, avg_volume_30d, pe_ratio,
 *    pb_ratio, roe, eps, beta, debt_to_equity, revenue_growth, earnings_growth, operating_margin,
 *    net_margin, profit_margin, book_value, peg_ratio, roa, current_ratio, quick_ratio,
 *    historical_volatility_1y, atr_14, sector, industry, market_cap_category, last_updated (the
 *    seed's columns without its internal id/created_at), then exchange, currency, price_date,
 *    previous_close, change, change_percent, high_52w, low_52w. Prices are as delivered (raw);
 *    avg_volume_30d is the mean volume of the last 30 bars; historical_volatility_1y the annualised
 *    sample sd of the last 252 log returns of the adjusted close (0.25 = 25 %); atr_14 the stored
 *    ATR of the last bar; 52-week high/low over the year before the price date. Fundamentals are
 *    the symbol's latest stored fundamentals on or before the day (empty where missing).
 *  - history: symbol, date, open, high, low, close, adj_close, volume (seed `historical_data`).
 *  - indicators: symbol, date, rsi_14, macd, signal_line, macd_histogram, sma_20, sma_50, sma_200,
 *    ema_12, ema_26, atr_14, atr_percentage, bollinger_upper, bollinger_middle, bollinger_lower.
 *  - suggested: the seed's daily_suggested_stocks columns (Screens::suggestedColumns(): date, symbol, …,
 *    created_at) of the newest pick snapshot on or before the day, every strategy, by strategy then rank.
 * Rows are ordered by symbol, then date.
 */
[[nodiscard]] Result<ExportResult>
runExport(const Store::Database& db, ExportKind kind, const ExportOptions& options, ExportProgress& progress);

/** runExport without progress or cancel. */
[[nodiscard]] Result<ExportResult>
runExport(const Store::Database& db, ExportKind kind, const ExportOptions& options);

} // namespace Tessera::Export
