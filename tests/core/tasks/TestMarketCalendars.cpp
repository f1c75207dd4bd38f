#include <QDir>
#include <QFile>
#include <QtTest>

#include "core/market/Market.h"
#include "core/market/MarketCalendars.h"
#include "core/store/AnalysisRepository.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/CalendarInference.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/PipelineTask.h"
#include "core/tasks/TaskRunner.h"
#include "core/tiles/DataQuality.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

using Test::must;

/** A daily CSV for ticker over [first, last]: weekdays only unless everyDay, minus the skipped dates. */
void writeCsv(const QString& folder,
              const QString& ticker,
              QDate first,
              QDate last,
              const QSet<QDate>& skipped,
              bool everyDay = false)
{
    QFile f(folder + u'/' + ticker + QStringLiteral(".csv"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("Date,Open,High,Low,Close,Volume\n");
    double close = 100;
    int i = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if ((!everyDay && TradingCalendar::isWeekend(d)) || skipped.contains(d)) {
            continue;
        }
        close *= 1 + 0.01 * ((i++ % 7) - 3) / 3.0;
        f.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                    .arg(d.toString(Qt::ISODate))
                    .arg(close, 0, 'f', 4)
                    .arg(close * 1.01, 0, 'f', 4)
                    .arg(close * 0.99, 0, 'f', 4)
                    .arg(close, 0, 'f', 4)
                    .arg(100000 + i)
                    .toUtf8());
    }
}

Tasks::RunResult runKind(const Store::DatabasePtr& db, const QString& kind, const QJsonObject& params)
{
    Tasks::TaskContext ctx;
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    return must(Tasks::TaskRunner(db).start(kind, params, options, ctx));
}

QList<QDate> days(const QList<Holiday>& holidays)
{
    QList<QDate> out;
    for (const Holiday& h : holidays) {
        out << h.date;
    }
    return out;
}

} // namespace

class TestMarketCalendars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void tickersMapToTheirMarkets()
    {
        const QList<QPair<QString, QString>> cases = {
            {u"RELIANCE.NS"_s, u"NSE"_s},
            {u"500325.BO"_s, u"BSE"_s},
            {u"AAPL"_s, QString()},
            {u"BRK.B"_s, QString()},
            {u"BTC-USD"_s, u"CRYPTO"_s},
            {u"ETHUSDT"_s, u"CRYPTO"_s},
            {u"EURUSD=X"_s, u"FX"_s},
            {u"^NSEI"_s, u"NSE"_s},
            {u"^BSESN"_s, u"BSE"_s},
            {u"VOD.L"_s, u"LSE"_s},
            {u"PETR4.SA"_s, u"SA"_s},
            {u"reliance.ns"_s, u"NSE"_s},
        };
        for (const auto& [ticker, market] : cases) {
            QVERIFY2(marketOfTicker(ticker).id == market,
                     qPrintable(ticker + QStringLiteral(" → ") + marketOfTicker(ticker).id));
        }
        QVERIFY(marketOfTicker(QStringLiteral("BTC-USD")).tradesEveryDay);
        QVERIFY(!marketOfTicker(QStringLiteral("RELIANCE.NS")).tradesEveryDay);
    }

    void cryptoCalendarTradesEveryDay()
    {
        const QDate saturday(2024, 6, 1);
        QCOMPARE(saturday.dayOfWeek(), int(Qt::Saturday));
        QVERIFY(TradingCalendar(QStringLiteral("CRYPTO"), {}).isTradingDay(saturday));
        QVERIFY(!TradingCalendar(QStringLiteral("NSE"), {}).isTradingDay(saturday));
        QCOMPARE(TradingCalendar(QStringLiteral("CRYPTO"), {}).nextTradingDay(saturday), saturday);

        // Every symbol gets its market's calendar; crypto never follows the app's calendar.
        TradingCalendar fallback(QStringLiteral("default"), {Holiday{QDate(2024, 6, 3), {}}});
        MarketCalendars calendars(fallback);
        calendars.set(QStringLiteral("NSE"),
                      TradingCalendar(QStringLiteral("NSE"), {Holiday{QDate(2024, 6, 4), {}}}));
        QCOMPARE(calendars.forTicker(QStringLiteral("TCS.NS")).name(), QStringLiteral("NSE"));
        QCOMPARE(calendars.forTicker(QStringLiteral("AAPL")).name(), QStringLiteral("default"));
        QVERIFY(calendars.forTicker(QStringLiteral("BTC-USD")).tradesEveryDay());
        QVERIFY(calendars.forTicker(QStringLiteral("BTC-USD")).holidays().isEmpty());
        QVERIFY(MarketCalendars().fingerprintText().isEmpty());
        QVERIFY(calendars.fingerprintText().contains("calendar=NSE,2024-06-04"));
    }

    void cryptoQualityCountsEveryCalendarDay()
    {
        // 28 consecutive days, weekends included; then one Saturday and one Wednesday dropped.
        BarSeries all(QStringLiteral("BTC-USD"));
        const QDate first(2024, 6, 1);
        for (int i = 0; i < 28; ++i) {
            Bar b;
            b.date = first.addDays(i);
            b.open = b.high = b.low = b.close = b.adjClose = 100;
            b.high = 101;
            b.low = 99;
            b.volume = 1000;
            all.append(b);
        }
        Tiles::AnalysisSettings settings;
        settings.calendar = TradingCalendar(QStringLiteral("CRYPTO"), {});
        QCOMPARE(Tiles::dataQuality(all, 0, settings).missingBusinessDays, 0);
        BarSeries gappy(QStringLiteral("BTC-USD"));
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.date(i) != QDate(2024, 6, 8) && all.date(i) != QDate(2024, 6, 12)) {
                gappy.append(all.at(i));
            }
        }
        QCOMPARE(Tiles::dataQuality(gappy, 0, settings).missingBusinessDays, 2);
        // The same bars against a weekday market: the weekend bars make up for the dropped Wednesday (the
        // peer's count: business days in the span less the bars).
        settings.calendar = TradingCalendar(QStringLiteral("US"), {});
        QCOMPARE(Tiles::dataQuality(gappy, 0, settings).missingBusinessDays, 0);
    }

    void aLoadInfersEachMarketsHolidaysAndSaysSo()
    {
        Test::TempDatabase t;
        const QString folder = t.dir() + QStringLiteral("/csv");
        QVERIFY(QDir().mkpath(folder));
        const QDate first(2024, 1, 1), last(2024, 12, 31);
        // NSE closed on two weekdays; one NSE symbol also misses a day of its own (a data gap).
        const QSet<QDate> nseClosed = {QDate(2024, 1, 26), QDate(2024, 8, 15)};
        const QStringList nse = {
            u"ALPHA.NS"_s, u"BETA.NS"_s, u"GAMMA.NS"_s, u"DELTA.NS"_s, u"EPSILON.NS"_s, u"ZETA.NS"_s};
        for (const QString& s : nse) {
            QSet<QDate> skipped = nseClosed;
            if (s == u"BETA.NS") {
                skipped.insert(QDate(2024, 3, 5));
            }
            writeCsv(folder, s, first, last, skipped);
        }
        // Tickers without a suffix (the home market: the app's calendar) closed on another day; a crypto
        // pair trades every day.
        const QSet<QDate> usClosed = {QDate(2024, 7, 4)};
        for (const QString& s : {u"AAA"_s, u"BBB"_s, u"CCC"_s, u"DDD"_s, u"EEE"_s}) {
            writeCsv(folder, s, first, last, usClosed);
        }
        writeCsv(folder, QStringLiteral("BTC-USD"), first, last, {}, true);

        const Tasks::RunResult load =
            runKind(t.db(), QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder));
        QCOMPARE(load.done, 12);
        const QString notes = load.notes.join(u'\n');
        QVERIFY2(notes.contains(
                     QStringLiteral("2 exchange holiday(s) inferred for NSE from the bars of 6 symbols")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral(
                     "1 exchange holiday(s) inferred for calendar “default” (tickers without an exchange "
                     "suffix) from the bars of 5 symbols")),
                 qPrintable(notes));
        Store::HolidayRepository repo(*t.db());
        QCOMPARE(days(must(repo.holidays(QStringLiteral("NSE")))),
                 (QList<QDate>{QDate(2024, 1, 26), QDate(2024, 8, 15)}));
        QCOMPARE(days(must(repo.holidays(QStringLiteral("default")))), (QList<QDate>{QDate(2024, 7, 4)}));
        QVERIFY(must(repo.holidays(QStringLiteral("CRYPTO"))).isEmpty());

        // A user's imported holiday stays; a second load replaces only the inferred days, adds none twice.
        must(repo.import(
            QStringLiteral("NSE"), {Holiday{QDate(2024, 11, 1), QStringLiteral("Diwali")}}, false));
        const Tasks::RunResult again =
            runKind(t.db(), QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder));
        QVERIFY2(again.notes.join(u'\n').contains(QStringLiteral(
                     "2 exchange holiday(s) inferred for NSE from the bars of 6 symbols (0 new)")),
                 qPrintable(again.notes.join(u'\n')));
        const QList<Holiday> nseDays = must(repo.holidays(QStringLiteral("NSE")));
        QCOMPARE(days(nseDays), (QList<QDate>{QDate(2024, 1, 26), QDate(2024, 8, 15), QDate(2024, 11, 1)}));
        QCOMPARE(nseDays.last().name, QStringLiteral("Diwali"));

        // The pipeline grades each symbol against its market's days: NSE holidays are not missing, the
        // one data gap of BETA.NS is; crypto's weekends are trading days.
        runKind(t.db(), QStringLiteral("pipeline"), Tasks::pipelineParams());
        Store::AnalysisRepository analyses(*t.db());
        const auto alpha = must(analyses.summary(QStringLiteral("ALPHA.NS")));
        QVERIFY(alpha.has_value());
        QVERIFY2(!alpha->summary.qualityReasons.join(u' ').contains(QStringLiteral("missing")),
                 qPrintable(alpha->summary.qualityReasons.join(u' ')));
        const auto beta = must(analyses.summary(QStringLiteral("BETA.NS")));
        QVERIFY(beta.has_value());
        QVERIFY(!beta->summary.qualityReasons.join(u' ').contains(
            QStringLiteral("missing"))); // 1 of 250: under 1 %
        const auto btc = must(analyses.summary(QStringLiteral("BTC-USD")));
        QVERIFY(btc.has_value());
        QCOMPARE(btc->summary.qualityGrade, QStringLiteral("A"));

        // Settings ▸ Calendars lists them.
        const auto overview = must(Tasks::marketCalendarOverview(*t.db()));
        QStringList ids;
        for (const auto& m : overview) {
            ids << m.market.id + u':' + QString::number(m.symbols) + u':'
                       + QString::number(m.holidays.size());
        }
        QCOMPARE(ids, (QStringList{u"CRYPTO:1:0"_s, u"NSE:6:3"_s, u"default:5:1"_s}));
    }

    void bareAndSuffixedTickersOfTheHomeMarketShareOneCalendar()
    {
        // The user's market calendar is NSE: RELIANCE (from an NSE CSV export) and TCS.NS are graded by the
        // same days, so they are inferred together (3 + 3 symbols: enough only together).
        Test::TempDatabase t;
        QVERIFY(Store::SettingsRepository(*t.db()).setValue(
            QString::fromLatin1(Store::kMarketCalendarSetting), QStringLiteral("NSE")));
        const QString folder = t.dir() + QStringLiteral("/csv");
        QVERIFY(QDir().mkpath(folder));
        for (const QString& s : {u"ONE"_s, u"TWO"_s, u"THREE"_s, u"FOUR.NS"_s, u"FIVE.NS"_s, u"SIX.NS"_s}) {
            writeCsv(folder, s, QDate(2024, 1, 1), QDate(2024, 6, 28), {QDate(2024, 1, 26)});
        }
        const Tasks::RunResult load =
            runKind(t.db(), QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder));
        QVERIFY2(load.notes.join(u'\n').contains(QStringLiteral(
                     "1 exchange holiday(s) inferred for calendar “NSE” (tickers without an exchange suffix) "
                     "from the bars of 6 symbols")),
                 qPrintable(load.notes.join(u'\n')));
        QCOMPARE(days(must(Store::HolidayRepository(*t.db()).holidays(QStringLiteral("NSE")))),
                 (QList<QDate>{QDate(2024, 1, 26)}));
    }

    void bareFileNamesOfImportedSymbolsInferTheirMarketsCalendar()
    {
        // The NIFTY 50 list imported first (ONE.NS …), then an NSE CSV export whose files say ONE, TWO …:
        // the bars attach to the .NS symbols, so the inferred days are NSE's, not the app calendar's.
        Test::TempDatabase t;
        Store::SymbolRepository symbols(*t.db());
        const QStringList stored = {u"ONE.NS"_s, u"TWO.NS"_s, u"THREE.NS"_s, u"FOUR.NS"_s, u"FIVE.NS"_s};
        for (const QString& s : stored) {
            must(symbols.ensure(s));
        }
        const QString folder = t.dir() + QStringLiteral("/csv");
        QVERIFY(QDir().mkpath(folder));
        for (const QString& s : stored) {
            writeCsv(
                folder, s.section(u'.', 0, 0), QDate(2024, 1, 1), QDate(2024, 6, 28), {QDate(2024, 1, 26)});
        }
        const Tasks::RunResult load =
            runKind(t.db(), QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder));
        QCOMPARE(load.done, 5);
        QCOMPARE(must(symbols.tickersWithBars()),
                 (QStringList{u"FIVE.NS"_s, u"FOUR.NS"_s, u"ONE.NS"_s, u"THREE.NS"_s, u"TWO.NS"_s}));
        QVERIFY2(load.notes.join(u'\n').contains(
                     QStringLiteral("1 exchange holiday(s) inferred for NSE from the bars of 5 symbols")),
                 qPrintable(load.notes.join(u'\n')));
        QCOMPARE(days(must(Store::HolidayRepository(*t.db()).holidays(QStringLiteral("NSE")))),
                 (QList<QDate>{QDate(2024, 1, 26)}));
    }

    void tooFewSymbolsAreReportedNotGuessed()
    {
        Test::TempDatabase t;
        const QString folder = t.dir() + QStringLiteral("/csv");
        QVERIFY(QDir().mkpath(folder));
        for (const QString& s : {u"ONE.NS"_s, u"TWO.NS"_s}) {
            writeCsv(folder, s, QDate(2024, 1, 1), QDate(2024, 6, 28), {QDate(2024, 1, 26)});
        }
        const Tasks::RunResult load =
            runKind(t.db(), QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder));
        QVERIFY2(load.notes.join(u'\n').contains(QStringLiteral(
                     "NSE: 2 symbol(s) with bars are too few to infer exchange holidays (5 needed)")),
                 qPrintable(load.notes.join(u'\n')));
        QVERIFY(must(Store::HolidayRepository(*t.db()).holidays(QStringLiteral("NSE"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarketCalendars)
#include "TestMarketCalendars.moc"
