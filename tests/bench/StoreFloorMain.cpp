// tessera-store-floor: how long SQLite alone takes to store what W1 and W2 store, with no computation,
// no parsing and no task engine: one writer connection, one transaction per symbol (fewer commits than
// a real run makes), 20-row INSERT statements, rows and feature blobs precomputed outside the clock.
// The result is a lower bound for Tessera's own run of the same size on this machine: a run can
// overlap its computation with these writes, but SQLite has one writer per file, so the writes
// themselves are serial. run-benchmarks.sh (workload "floor") prints it beside the peer's W1/W2 time.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include "core/common/Log.h"
#include "core/features/IndicatorFrame.h"
#include "core/market/BarSeries.h"
#include "core/store/Database.h"
#include "core/store/FeatureRepository.h"
#include "core/store/IndicatorRepository.h"

#include <sqlite3.h>

using namespace Tessera;

namespace {

constexpr int kRowsPerStatement = 20;

/** A deterministic random-walk series of `days` business days (prices with realistic digits). */
BarSeries syntheticSeries(int days)
{
    BarSeries s(QStringLiteral("FLOOR"));
    QDate d(2022, 1, 3);
    double close = 100;
    quint64 state = 0x9e3779b97f4a7c15ULL;
    const auto uniform = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    };
    for (int i = 0; i < days; ++i) {
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        const double open = close * (1 + 0.01 * (uniform() - 0.5));
        close = open * (1 + 0.02 * (uniform() - 0.5));
        const double high = std::max(open, close) * (1 + 0.005 * uniform());
        const double low = std::min(open, close) * (1 - 0.005 * uniform());
        s.append(Bar{d, open, high, low, close, close * 0.98, std::round(1e5 + 1e6 * uniform())});
        d = d.addDays(1);
    }
    return s;
}

struct Chunk
{
    int year;
    QByteArray first, last;
    qint64 rows;
    QByteArray blob;
};

sqlite3_stmt* prepare(sqlite3* h, const QByteArray& table, int columns)
{
    QByteArray sql = "INSERT INTO " + table + " VALUES ";
    for (int r = 0; r < kRowsPerStatement; ++r) {
        sql += r ? ",(?" : "(?";
        for (int k = 1; k < columns; ++k) {
            sql += ",?";
        }
        sql += ')';
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare %s: %s\n", table.constData(), sqlite3_errmsg(h));
        std::exit(2);
    }
    return st;
}

void bindReal(sqlite3_stmt* st, int i, double v)
{
    if (std::isfinite(v)) {
        sqlite3_bind_double(st, i, v);
    } else {
        sqlite3_bind_null(st, i);
    }
}

void step(sqlite3* h, sqlite3_stmt* st)
{
    if (sqlite3_step(st) != SQLITE_DONE) {
        std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(h));
        std::exit(2);
    }
    sqlite3_reset(st);
}

/** Stores `symbols` copies of the precomputed rows; returns the seconds the writes took. */
double run(const QString& path,
           int symbols,
           const BarSeries& bars,
           const Features::IndicatorFrame& frame,
           const std::vector<Chunk>& chunks,
           bool indicators,
           bool features,
           bool checkpoints)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    {
        auto db = Store::Database::open(path); // Tessera's schema, migrations and all
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            std::exit(2);
        }
    }
    sqlite3* h = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    // The writer connection's settings (Database::writerHandle).
    sqlite3_exec(h,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                 "PRAGMA cache_size=-16384;",
                 nullptr,
                 nullptr,
                 nullptr);
    if (!checkpoints) {
        // The writer's own share: Tessera runs WAL checkpoints on a thread of their own
        // (WalCheckpointer), so they overlap the writes instead of delaying them.
        sqlite3_wal_autocheckpoint(h, 0);
    }
    const int n = static_cast<int>(bars.size());
    std::vector<QByteArray> dates;
    for (int i = 0; i < n; ++i) {
        dates.push_back(bars.date(i).toString(Qt::ISODate).toLatin1());
    }
    const auto technical = Store::technicalColumns();
    const int technicalCount = static_cast<int>(technical.size());
    sqlite3_stmt* symbol = nullptr;
    sqlite3_prepare_v2(h, "INSERT INTO symbols(id, ticker) VALUES (?1, ?2)", -1, &symbol, nullptr);
    sqlite3_stmt* bar = prepare(h, "daily_bars", 8);
    sqlite3_stmt* ind = prepare(h, "technical_indicators", 3 + technicalCount); // id, symbol_id, date, …
    sqlite3_stmt* chunk = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO indicator_features(symbol_id, year, first_date, last_date, row_count, "
                       "data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                       -1,
                       &chunk,
                       nullptr);

    const auto start = std::chrono::steady_clock::now();
    for (int s = 1; s <= symbols; ++s) {
        sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const QByteArray ticker = "S" + QByteArray::number(s);
        sqlite3_bind_int64(symbol, 1, s);
        sqlite3_bind_text(symbol, 2, ticker.constData(), static_cast<int>(ticker.size()), SQLITE_STATIC);
        step(h, symbol);
        for (int i = 0; i + kRowsPerStatement <= n; i += kRowsPerStatement) {
            for (int r = 0; r < kRowsPerStatement; ++r) {
                const int row = i + r, base = r * 8;
                sqlite3_bind_int64(bar, base + 1, s);
                sqlite3_bind_text(bar, base + 2, dates[row].constData(), 10, SQLITE_STATIC);
                bindReal(bar, base + 3, bars.open()[row]);
                bindReal(bar, base + 4, bars.high()[row]);
                bindReal(bar, base + 5, bars.low()[row]);
                bindReal(bar, base + 6, bars.close()[row]);
                bindReal(bar, base + 7, bars.adjClose()[row]);
                bindReal(bar, base + 8, bars.volume()[row]);
            }
            step(h, bar);
        }
        if (indicators) {
            for (int i = 0; i + kRowsPerStatement <= n; i += kRowsPerStatement) {
                for (int r = 0; r < kRowsPerStatement; ++r) {
                    const int row = i + r, base = r * (3 + technicalCount);
                    sqlite3_bind_int64(ind, base + 1, Store::indicatorKey(s, bars.date(row).toJulianDay()));
                    sqlite3_bind_int64(ind, base + 2, s);
                    sqlite3_bind_text(ind, base + 3, dates[row].constData(), 10, SQLITE_STATIC);
                    for (int k = 0; k < technicalCount; ++k) {
                        bindReal(ind, base + 4 + k, frame[technical[k].column][static_cast<size_t>(row)]);
                    }
                }
                step(h, ind);
            }
        }
        if (features) {
            for (const Chunk& c : chunks) {
                sqlite3_bind_int64(chunk, 1, s);
                sqlite3_bind_int(chunk, 2, c.year);
                sqlite3_bind_text(chunk, 3, c.first.constData(), 10, SQLITE_STATIC);
                sqlite3_bind_text(chunk, 4, c.last.constData(), 10, SQLITE_STATIC);
                sqlite3_bind_int64(chunk, 5, c.rows);
                sqlite3_bind_blob(
                    chunk, 6, c.blob.constData(), static_cast<int>(c.blob.size()), SQLITE_STATIC);
                step(h, chunk);
            }
        }
        if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "commit: %s\n", sqlite3_errmsg(h));
            std::exit(2);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (sqlite3_stmt* st : {symbol, bar, ind, chunk}) {
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // not the migration lines of every scratch database
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SQLite's time to store W1/W2's rows alone: a lower bound for those runs."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Scratch database file."), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("symbols"), QStringLiteral("Symbols."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("days"),
                      QStringLiteral("Bars per symbol (a multiple of 20)."),
                      QStringLiteral("D"),
                      QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("no-checkpoint"),
         QStringLiteral("Leave the WAL un-checkpointed while writing: the writer's share alone.")});
    parser.addOption(
        {QStringLiteral("raw"), QStringLiteral("Print only the three times (for the harness).")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int symbols = parser.value(QStringLiteral("symbols")).toInt();
    const int days = parser.value(QStringLiteral("days")).toInt();
    if (path.isEmpty() || symbols <= 0 || days <= 0 || days % kRowsPerStatement != 0) {
        std::fprintf(stderr,
                     "usage: tessera-store-floor --db PATH [--symbols N] [--days D, a multiple of 20]\n");
        return 2;
    }
    const BarSeries bars = syntheticSeries(days);
    const Features::IndicatorFrame frame = Features::computeIndicators(bars.adjusted());
    std::vector<Chunk> chunks; // the feature blobs exactly as FeatureRepository stores them
    for (qsizetype begin = 0; begin < frame.size();) {
        const int year = bars.date(begin).year();
        qsizetype end = begin;
        while (end < frame.size() && bars.date(end).year() == year) {
            ++end;
        }
        chunks.push_back({year,
                          bars.date(begin).toString(Qt::ISODate).toLatin1(),
                          bars.date(end - 1).toString(Qt::ISODate).toLatin1(),
                          end - begin,
                          Store::FeatureRepository::encode(frame, begin, end)});
        begin = end;
    }
    const bool checkpoints = !parser.isSet(QStringLiteral("no-checkpoint"));
    const double barsOnly = run(path, symbols, bars, frame, chunks, false, false, checkpoints);
    const double withIndicators = run(path, symbols, bars, frame, chunks, true, false, checkpoints);
    const double all = run(path, symbols, bars, frame, chunks, true, true, checkpoints);
    if (parser.isSet(QStringLiteral("raw"))) {
        std::printf("%.3f %.3f %.3f\n", barsOnly, withIndicators, all);
        return 0;
    }
    std::printf("store floor %dx%d: bars %.2f s; + technical_indicators %.2f s; + feature chunks %.2f s "
                "(SQLite writes alone, one writer, one transaction per symbol%s)\n",
                symbols,
                days,
                barsOnly,
                withIndicators,
                all,
                checkpoints ? "" : ", WAL checkpoints left out");
    return 0;
}
