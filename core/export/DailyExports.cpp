#include "core/export/DailyExports.h"

#include <cmath>

#include <QDir>

#include "core/common/Paths.h"
#include "core/export/CsvWriter.h"
#include "core/features/Volatility.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Statement.h"

#include <sqlite3.h>

namespace Tessera::Export {
namespace {

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

/** A raw prepared statement for the bulk reads (text cells straight from SQLite into the CSV buffer). */
class Query
{
public:
    Query(const Store::Database& db, const char* sql)
        : m_handle(db.rawHandle())
    {
        if (!m_handle || sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            m_error = Store::sqliteError(m_handle, QStringLiteral("preparing an export query"));
            m_stmt = nullptr;
        }
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const QString& error() const { return m_error; }
    sqlite3_stmt* get() const { return m_stmt; }

    void bindText(int i, const QString& v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }

    /** SQLITE_ROW → true, SQLITE_DONE → false, anything else → error. */
    Result<bool> next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            sqlite3_reset(m_stmt);
            return false;
        }
        const QString message = Store::sqliteError(m_handle, QStringLiteral("reading for the export"));
        sqlite3_reset(m_stmt);
        return fail(Error::database(message));
    }

    double real(int c) const
    {
        return sqlite3_column_type(m_stmt, c) == SQLITE_NULL ? std::nan("")
                                                             : sqlite3_column_double(m_stmt, c);
    }
    const char* text(int c) const { return reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c)); }
    int bytes(int c) const { return sqlite3_column_bytes(m_stmt, c); }
    QString string(int c) const { return text(c) ? QString::fromUtf8(text(c), bytes(c)) : QString(); }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

/** Number of symbols with stored bars, for the progress total. */
qint64 symbolsWithBars(const Store::Database& db)
{
    Query q(db, "SELECT COUNT(*) FROM bar_summary WHERE bar_count > 0");
    if (q.isValid()) {
        if (auto row = q.next(); row && *row) {
            return sqlite3_column_int64(q.get(), 0);
        }
    }
    return 0;
}

QString firstDay(const ExportOptions& o, const QDate& asOf)
{
    return o.days > 0 ? asOf.addDays(-o.days).toString(Qt::ISODate) : QStringLiteral("0000-00-00");
}

/**
 * history and indicators: one ordered query, streamed into the file; `values` numeric columns follow
 * symbol and date. Progress advances when the symbol changes.
 */
Result<ExportResult> exportRows(const Store::Database& db,
                                ExportKind kind,
                                const char* sql,
                                const QStringList& header,
                                int values,
                                const ExportOptions& options,
                                const QString& path,
                                const QDate& asOf,
                                Tasks::TaskContext& ctx)
{
    ExportResult result{kind, path, 0, 0};
    Query q(db, sql);
    if (!q.isValid()) {
        return fail(Error::database(q.error()));
    }
    q.bindText(1, firstDay(options, asOf));
    q.bindText(2, asOf.toString(Qt::ISODate));
    CsvWriter w(path);
    if (auto r = w.open(header); !r) {
        return fail(r.error());
    }
    ctx.beginStep(QStringLiteral("export ") + kindName(kind), symbolsWithBars(db));
    QByteArray current;
    while (true) {
        auto row = q.next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        const char* ticker = q.text(0);
        const int tickerBytes = q.bytes(0);
        if (current.size() != tickerBytes
            || std::memcmp(current.constData(), ticker, size_t(tickerBytes)) != 0) {
            if (!current.isEmpty()) {
                ctx.unitFinished(QString::fromUtf8(current), true);
                ++result.symbols;
            }
            if (ctx.isCanceled()) {
                return fail(Error::cancelled()); // the QSaveFile is discarded: no partial file
            }
            current = QByteArray(ticker, tickerBytes);
        }
        w.utf8(ticker, tickerBytes);
        w.latin1(q.text(1), q.bytes(1));
        for (int c = 0; c < values; ++c) {
            w.number(q.real(2 + c));
        }
        w.endRow();
    }
    if (!current.isEmpty()) {
        ctx.unitFinished(QString::fromUtf8(current), true);
        ++result.symbols;
    }
    auto rows = w.commit();
    if (!rows) {
        return fail(rows.error());
    }
    ctx.finish();
    result.rows = *rows;
    return result;
}

Result<ExportResult> exportStocks(const Store::Database& db,

                                  const QString& path,
                                  const QDate& asOf,
                                  Tasks::TaskContext& ctx)
{
    ExportResult result{ExportKind::Stocks, path, 0, 0};
    Query symbols(db,
                  "SELECT s.id, s.ticker, s.name, s.sector, s.industry, s.exchange, s.currency, b.updated_at "
                  "FROM symbols s LEFT JOIN bar_summary b ON b.symbol_id = s.id ORDER BY s.ticker");
    // The last 253 bars up to the as-of date: price, change, volume, 30-day volume, 252 log returns.
    Query bars(db,
               "SELECT date, close, adj_close, volume FROM daily_bars WHERE symbol_id = ?1 AND date <= ?2 "
               "ORDER BY date DESC LIMIT 253");
    Query range(
        db, "SELECT MAX(high), MIN(low) FROM daily_bars WHERE symbol_id = ?1 AND date > ?2 AND date <= ?3");
    // The row's key (schema 8): symbol_id * 2^32 + the Julian day number (julianday() is .5 at midnight).
    Query atr(db,
              "SELECT atr_14 FROM technical_indicators "
              "WHERE id = ?1 * 4294967296 + CAST(julianday(?2) + 0.5 AS INTEGER)");
    for (const Query* q : {&symbols, &bars, &range, &atr}) {
        if (!q->isValid()) {
            return fail(Error::database(q->error()));
        }
    }
    CsvWriter w(path);
    if (auto r = w.open(kStocksHeader); !r) {
        return fail(r.error());
    }
    Query count(db, "SELECT COUNT(*) FROM symbols");
    qint64 total = 0;
    if (auto row = count.next(); row && *row) {
        total = sqlite3_column_int64(count.get(), 0);
    }
    ctx.beginStep(QStringLiteral("export stocks"), total);
    const QString asOfText = asOf.toString(Qt::ISODate);
    while (true) {
        auto row = symbols.next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        if (ctx.isCanceled()) {
            return fail(Error::cancelled());
        }
        const qint64 id = sqlite3_column_int64(symbols.get(), 0);
        const QString ticker = symbols.string(1);

        // Newest first from SQLite; reversed into ascending order for the volatility.
        std::vector<double> close, adjClose, volume;
        QString priceDate;
        bars.bindInt(1, id);
        bars.bindText(2, asOfText);
        while (true) {
            auto b = bars.next();
            if (!b) {
                return fail(b.error());
            }
            if (!*b) {
                break;
            }
            if (priceDate.isEmpty()) {
                priceDate = bars.string(0);
            }
            close.push_back(bars.real(1));
            adjClose.push_back(bars.real(2));
            volume.push_back(bars.real(3));
        }
        std::reverse(close.begin(), close.end());
        std::reverse(adjClose.begin(), adjClose.end());
        std::reverse(volume.begin(), volume.end());
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
                adjusted[i] = std::isnan(adjClose[i]) ? close[i] : adjClose[i];
            }
            hv = Features::historicalVolatility(Features::logReturns(adjusted)).back();
        }
        double high52 = std::nan(""), low52 = std::nan(""), atr14 = std::nan("");
        if (!priceDate.isEmpty()) {
            const QDate last = QDate::fromString(priceDate, Qt::ISODate);
            range.bindInt(1, id);
            range.bindText(2, last.addYears(-1).toString(Qt::ISODate));
            range.bindText(3, priceDate);
            if (auto r = range.next(); !r) {
                return fail(r.error());
            } else if (*r) {
                high52 = range.real(0);
                low52 = range.real(1);
                sqlite3_reset(range.get());
            }
            atr.bindInt(1, id);
            atr.bindText(2, priceDate);
            if (auto r = atr.next(); !r) {
                return fail(r.error());
            } else if (*r) {
                atr14 = atr.real(0);
                sqlite3_reset(atr.get());
            }
        }

        w.text(ticker);
        w.text(symbols.string(2)); // stock_name
        w.number(price);
        w.empty(); // market_cap: fundamentals
        w.number(n > 0 ? volume[n - 1] : std::nan(""));
        w.number(avgVolume);
        for (int i = 0; i < kFundamentalColumns; ++i) {
            w.empty();
        }
        w.number(hv);
        w.number(atr14);
        w.text(symbols.string(3)); // sector
        w.text(symbols.string(4)); // industry
        w.empty();                 // market_cap_category: needs the market cap
        w.text(symbols.string(7)); // last_updated
        w.text(symbols.string(5)); // exchange
        w.text(symbols.string(6)); // currency
        w.text(priceDate);
        w.number(previous);
        w.number(price - previous);
        w.number(100.0 * (price - previous) / previous);
        w.number(high52);
        w.number(low52);
        w.endRow();
        ++result.symbols;
        ctx.unitFinished(ticker, true);
    }
    auto rows = w.commit();
    if (!rows) {
        return fail(rows.error());
    }
    ctx.finish();
    result.rows = *rows;
    return result;
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
    }
    return {};
}

std::optional<ExportKind> kindFromName(const QString& name)
{
    for (ExportKind k : {ExportKind::Stocks, ExportKind::History, ExportKind::Indicators}) {
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
    }
    return {};
}

Result<ExportResult>
runExport(const Store::Database& db, ExportKind kind, const ExportOptions& options, Tasks::TaskContext& ctx)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const QString folder = options.folder.isEmpty() ? exportFolder(db) : options.folder;
    const QString path = QDir(folder).filePath(exportFileName(kind, asOf, options.days));
    switch (kind) {
    case ExportKind::Stocks:
        return exportStocks(db, path, asOf, ctx);
    case ExportKind::History:
        return exportRows(db,
                          kind,
                          "SELECT s.ticker, b.date, b.open, b.high, b.low, b.close, b.adj_close, b.volume "
                          "FROM daily_bars b JOIN symbols s ON s.id = b.symbol_id "
                          "WHERE b.date >= ?1 AND b.date <= ?2 ORDER BY s.ticker, b.date",
                          {QStringLiteral("symbol"),
                           QStringLiteral("date"),
                           QStringLiteral("open"),
                           QStringLiteral("high"),
                           QStringLiteral("low"),
                           QStringLiteral("close"),
                           QStringLiteral("adj_close"),
                           QStringLiteral("volume")},
                          6,
                          options,
                          path,
                          asOf,
                          ctx);
    case ExportKind::Indicators: {
        QStringList header{QStringLiteral("symbol"), QStringLiteral("date")};
        QByteArray sql = "SELECT s.ticker, t.date";
        for (const Store::TechnicalColumn& c : Store::technicalColumns()) {
            header << QString::fromLatin1(c.name);
            sql += ", t.";
            sql += c.name;
        }
        // Each symbol's rows are one key range (schema 8: id = symbol_id * 2^32 + Julian day number);
        // an open start ("0000-00-00", no julianday) is day 0.
        sql += " FROM symbols s JOIN technical_indicators t ON t.id BETWEEN "
               "s.id * 4294967296 + IFNULL(CAST(julianday(?1) + 0.5 AS INTEGER), 0) AND "
               "s.id * 4294967296 + CAST(julianday(?2) + 0.5 AS INTEGER) ORDER BY s.ticker, t.id";
        return exportRows(db,
                          kind,
                          sql.constData(),
                          header,
                          static_cast<int>(Store::technicalColumns().size()),
                          options,
                          path,
                          asOf,
                          ctx);
    }
    }
    return fail(Error::internal(QStringLiteral("unknown export kind")));
}

} // namespace Tessera::Export
