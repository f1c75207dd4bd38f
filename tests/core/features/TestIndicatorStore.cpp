#include <cstring>

#include <QDir>
#include <QFile>
#include <QtTest>

#include "core/features/IndicatorFrame.h"
#include "core/fetch/providers/CsvBarFile.h"
#include "core/store/BarRepository.h"
#include "core/store/FeatureRepository.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"
#include <sqlite3.h>

using namespace Tessera;
using namespace Tessera::Features;

namespace {

const QString kTicker = QStringLiteral("CALM");

/** The CALM fixture as stored bars (raw OHLC + adjusted close: dividends inside). */
BarSeries calmBars()
{
    auto parsed = Fetch::parseBarsCsvFile(Test::dataPath(QStringLiteral("csv/real/CALM-1d-no-bad-divs.csv")));
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error().message));
    }
    BarSeries s = parsed->symbols.front().series;
    s.setTicker(kTicker);
    return s;
}

Result<Tasks::RunResult> runIndicators(const Store::DatabasePtr& db, bool full = false)
{
    Tasks::TaskContext ctx;
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    return Tasks::TaskRunner(db).start(
        QStringLiteral("indicators"), Tasks::indicatorsParams({}, full), options, ctx);
}

/** The (status, reason) of the indicators step of ticker in a run. */
QPair<Tasks::OutcomeStatus, QString> outcomeOf(const Store::Database& db, qint64 runId, const QString& ticker)
{
    auto outcomes = Store::RunRepository(db).outcomes(runId, false);
    if (outcomes) {
        for (const auto& o : *outcomes) {
            if (o.symbol == ticker && o.step == u"indicators") {
                return {o.status, o.reason};
            }
        }
    }
    return {Tasks::OutcomeStatus::Pending, QStringLiteral("no outcome")};
}

/**
 * Every stored byte of a symbol's indicators: the technical rows (values as their IEEE bits, NULL
 * marked) and the feature chunks, in key order. Two databases are "bit for bit" equal when these are.
 */
QByteArray storedBytes(const Store::Database& db, const QString& ticker)
{
    QByteArray out;
    sqlite3* h = db.rawHandle();
    for (const char* sql :
         {"SELECT t.* FROM technical_indicators t JOIN symbols s ON s.id = t.symbol_id "
          "WHERE s.ticker = ?1 ORDER BY t.date",
          "SELECT f.year, f.first_date, f.last_date, f.row_count, f.data FROM indicator_features f "
          "JOIN symbols s ON s.id = f.symbol_id WHERE s.ticker = ?1 ORDER BY f.year"}) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
        const QByteArray t = ticker.toUtf8();
        sqlite3_bind_text(st, 1, t.constData(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_NULL:
                    out += "N|";
                    break;
                case SQLITE_FLOAT: {
                    const double v = sqlite3_column_double(st, c);
                    out += QByteArray(reinterpret_cast<const char*>(&v), sizeof v) + '|';
                    break;
                }
                default:
                    out += QByteArray(static_cast<const char*>(sqlite3_column_blob(st, c)),
                                      sqlite3_column_bytes(st, c))
                           + '|';
                }
            }
            out += '\n';
        }
        sqlite3_finalize(st);
    }
    return out;
}

qint64 count(const Store::Database& db, const char* sql)
{
    Store::Statement st(db.rawHandle(), sql);
    auto row = st.step();
    return row && *row ? st.int64At(0) : -1;
}

} // namespace

/**
 * The indicators step and its storage: technical_indicators and the feature chunks hold exactly what
 * computeIndicators gives, incremental runs write only new rows and end up bit-identical to a full
 * recomputation, up-to-date symbols are skipped, revised history is rewritten.
 */
class TestIndicatorStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void storedRowsAreTheComputedValues()
    {
        Test::TempDatabase t;
        const BarSeries bars = calmBars();
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(kTicker, bars, QStringLiteral("test")));
        auto run = runIndicators(t.db());
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->done, 1);
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators"), bars.size());
        // Every row's key is its symbol and date (schema 8), as SQLite's own date arithmetic computes it.
        QCOMPARE(count(*t.db(),
                       "SELECT COUNT(*) FROM technical_indicators "
                       "WHERE id != symbol_id * 4294967296 + CAST(julianday(date) + 0.5 AS INTEGER)"),
                 qint64(0));

        const IndicatorFrame computed = computeIndicators(bars.adjusted());
        auto stored = Store::IndicatorRepository(*t.db()).load(kTicker);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->size(), computed.size());
        QCOMPARE(stored->days(), computed.days());
        for (const Store::TechnicalColumn& c : Store::technicalColumns()) {
            const Series& a = (*stored)[c.column];
            const Series& b = computed[c.column];
            for (size_t i = 0; i < a.size(); ++i) {
                // Doubles round-trip SQLite exactly; NaN is stored as NULL and read back as NaN.
                QVERIFY2((std::isnan(a[i]) && std::isnan(b[i])) || a[i] == b[i], c.name);
            }
        }
        for (Column c : Store::FeatureRepository::storedColumns()) {
            const Series& a = (*stored)[c];
            const Series& b = computed[c];
            for (size_t i = 0; i < a.size(); ++i) {
                const bool missing = !std::isfinite(b[i]);
                QVERIFY2(missing ? std::isnan(a[i]) : a[i] == static_cast<double>(static_cast<float>(b[i])),
                         columnInfo(c).key);
            }
        }
        QCOMPARE((*stored)[Column::Weekday], computed[Column::Weekday]);
        // The seed-003 columns hold NULL (not 0) during the warm-up.
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators WHERE sma_200 IS NULL"),
                 qint64(199));
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators WHERE sma_200 = 0"), qint64(0));
        // A date range reads the matching rows only.
        auto window =
            Store::IndicatorRepository(*t.db()).load(kTicker, QDate(2023, 1, 1), QDate(2023, 1, 31));
        QVERIFY(window);
        QVERIFY(window->size() > 15 && window->size() < 23);
        QCOMPARE(window->date(0), QDate(2023, 1, 3));
        QVERIFY(std::isfinite((*window)[Column::Adx14][0]));
    }

    /** Acceptance 2: appending bars and running again stores exactly what a full recomputation stores. */
    void incrementalEqualsFullBitForBit()
    {
        const BarSeries all = calmBars();
        Test::TempDatabase incremental;
        // Grow the history in uneven steps, across a year boundary and through the SMA-200 warm-up.
        const qsizetype cuts[] = {150, 151, 260, 380, 500, all.size() - 1, all.size()};
        qsizetype previous = 0;
        for (qsizetype cut : cuts) {
            QVERIFY(Store::BarRepository(*incremental.db())
                        .upsert(kTicker, all.slice(previous, cut), QStringLiteral("test")));
            auto run = runIndicators(incremental.db());
            QVERIFY(run);
            const auto [status, reason] = outcomeOf(*incremental.db(), run->runId, kTicker);
            QCOMPARE(Tasks::toString(status), Tasks::toString(Tasks::OutcomeStatus::Done));
            QCOMPARE(count(*incremental.db(), "SELECT COUNT(*) FROM technical_indicators"), cut);
            previous = cut;
        }
        Test::TempDatabase full;
        QVERIFY(Store::BarRepository(*full.db()).replaceAll(kTicker, all, QStringLiteral("test")));
        QVERIFY(runIndicators(full.db()));

        const QByteArray a = storedBytes(*incremental.db(), kTicker);
        const QByteArray b = storedBytes(*full.db(), kTicker);
        QVERIFY(a.size() > 100000);
        QVERIFY2(a == b, "incremental and full recomputation differ");
    }

    void incrementalWritesOnlyTheNewRows()
    {
        Test::TempDatabase t;
        const BarSeries all = calmBars();
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(
            kTicker, all.slice(0, all.size() - 3), QStringLiteral("test")));
        QVERIFY(runIndicators(t.db()));
        // Mark the stored rows: an incremental run must leave them alone (a rewrite would reset them).
        Store::Statement mark(t.db()->rawHandle(), "UPDATE technical_indicators SET rsi_14 = -1");
        QVERIFY(mark.run());
        QVERIFY(Store::BarRepository(*t.db()).upsert(
            kTicker, all.slice(all.size() - 3, all.size()), QStringLiteral("test")));
        QVERIFY(runIndicators(t.db()));
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators WHERE rsi_14 = -1"),
                 all.size() - 3);
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators"), all.size());
    }

    void upToDateSymbolsAreSkipped()
    {
        Test::TempDatabase t;
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(kTicker, calmBars(), QStringLiteral("test")));
        QVERIFY(runIndicators(t.db()));
        auto again = runIndicators(t.db());
        QVERIFY(again);
        const auto [status, reason] = outcomeOf(*t.db(), again->runId, kTicker);
        QCOMPARE(Tasks::toString(status), Tasks::toString(Tasks::OutcomeStatus::Skipped));
        QCOMPARE(reason, QStringLiteral("up to date"));
        // --full recomputes anyway.
        auto forced = runIndicators(t.db(), true);
        QVERIFY(forced);
        QCOMPARE(Tasks::toString(outcomeOf(*t.db(), forced->runId, kTicker).first),
                 Tasks::toString(Tasks::OutcomeStatus::Done));
    }

    /** A new dividend adjusts the whole history: everything is rewritten, equal to a fresh computation. */
    void revisedHistoryIsRewritten()
    {
        Test::TempDatabase t;
        BarSeries bars = calmBars();
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(kTicker, bars, QStringLiteral("test")));
        QVERIFY(runIndicators(t.db()));
        BarSeries revised(kTicker);
        for (qsizetype i = 0; i < bars.size(); ++i) {
            Bar b = bars.at(i);
            if (i < 400) {
                b.adjClose *= 0.97; // a dividend after bar 400 lowers every earlier adjusted close
            }
            revised.append(b);
        }
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(kTicker, revised, QStringLiteral("test")));
        auto run = runIndicators(t.db());
        QVERIFY(run);
        QCOMPARE(Tasks::toString(outcomeOf(*t.db(), run->runId, kTicker).first),
                 Tasks::toString(Tasks::OutcomeStatus::Done));
        Test::TempDatabase fresh;
        QVERIFY(Store::BarRepository(*fresh.db()).replaceAll(kTicker, revised, QStringLiteral("test")));
        QVERIFY(runIndicators(fresh.db()));
        QVERIFY(storedBytes(*t.db(), kTicker) == storedBytes(*fresh.db(), kTicker));
        // And shorter history (bars removed) is rewritten as well.
        QVERIFY(
            Store::BarRepository(*t.db()).replaceAll(kTicker, revised.slice(0, 300), QStringLiteral("test")));
        QVERIFY(runIndicators(t.db()));
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators"), qint64(300));
    }

    void fingerprintCanonicalisesMissingValues()
    {
        BarSeries a(kTicker);
        a.append(Bar{QDate(2024, 1, 2), 1, 2, 0.5, 1.5, kMissing, -0.0});
        BarSeries b(kTicker);
        b.append(Bar{QDate(2024, 1, 2), 1, 2, 0.5, 1.5, -std::numeric_limits<double>::quiet_NaN(), 0.0});
        QCOMPARE(Tasks::barsFingerprint(a), Tasks::barsFingerprint(b));
        b.append(Bar{QDate(2024, 1, 3), 1, 2, 0.5, 1.5, kMissing, 0.0});
        QCOMPARE(Tasks::barsFingerprint(b, 1), Tasks::barsFingerprint(a));
        QVERIFY(Tasks::barsFingerprint(b) != Tasks::barsFingerprint(a));
    }

    /** One run loads a CSV folder and computes the indicators from the bars it just loaded. */
    void chainedLoadAndIndicators()
    {
        Test::TempDatabase t;
        QDir dir(t.dir());
        QVERIFY(dir.mkpath(QStringLiteral("csv")));
        for (const char* f : {"CALM-1d-no-bad-divs.csv", "yahoofinance-SPY-20200901-20210113.csv"}) {
            QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("csv/real/") + QString::fromLatin1(f)),
                                dir.filePath(QStringLiteral("csv/") + QString::fromLatin1(f))));
        }
        Tasks::TaskContext ctx;
        auto run = Tasks::TaskRunner(t.db()).start(
            QStringLiteral("indicators"),
            Tasks::indicatorsParams({}, false, QStringLiteral("csv:") + dir.filePath(QStringLiteral("csv"))),
            Tasks::RunOptions{},
            ctx);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->done, 2);
        QCOMPARE(run->failed, 0);
        QCOMPARE(ctx.progress().steps.size(), 2); // bars > indicators
        QCOMPARE(count(*t.db(), "SELECT COUNT(*) FROM technical_indicators"),
                 count(*t.db(), "SELECT COUNT(*) FROM daily_bars"));
        // What the chained step computed from memory equals a recomputation from the stored bars.
        const QByteArray chained = storedBytes(*t.db(), kTicker);
        QVERIFY(runIndicators(t.db(), true));
        QVERIFY(chained == storedBytes(*t.db(), kTicker));
    }

    void unknownSymbolFailsWithAClearReason()
    {
        Test::TempDatabase t;
        Tasks::TaskContext ctx;
        auto run = Tasks::TaskRunner(t.db()).start(QStringLiteral("indicators"),
                                                   Tasks::indicatorsParams({QStringLiteral("NOPE")}),
                                                   Tasks::RunOptions{},
                                                   ctx);
        QVERIFY(run);
        QCOMPARE(run->failed, 1);
        QVERIFY(run->failures.first().reason.contains(QStringLiteral("NOPE")));
    }

    void featureChunksRoundTrip()
    {
        const BarSeries bars = calmBars().adjusted();
        const IndicatorFrame f = computeIndicators(bars);
        const QByteArray blob = Store::FeatureRepository::encode(f, 100, 200);
        IndicatorFrame back;
        QVERIFY(Store::FeatureRepository::decode(blob.constData(), blob.size(), back));
        QCOMPARE(back.size(), 100);
        QCOMPARE(back.days().front(), f.days()[100]);
        QCOMPARE(back[Column::StochK][5], static_cast<double>(static_cast<float>(f[Column::StochK][105])));
        QVERIFY(std::isnan(back[Column::Rsi14][5])); // technical columns are not in the chunk
        QVERIFY(!Store::FeatureRepository::decode(blob.constData(), blob.size() - 1, back));
        QVERIFY(!Store::FeatureRepository::decode("nonsense", 8, back));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorStore)
#include "TestIndicatorStore.moc"
