#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/export/TileJsonExport.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/AnalysisRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/HolidayRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/PipelineTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Tasks::OutcomeStatus;
using Tasks::RunStatus;

// These tests check the pipeline's own behaviour — what is stored, skipped, recomputed and written —
// never the analysis engine's numbers (core/tiles has its own tests against the peer).
namespace {

using Test::must;

/** 300 business days of deterministic synthetic bars ending on a fixed Friday. */
BarSeries bars(const QString& ticker, int days = 300)
{
    Fetch::SyntheticOptions o;
    o.days = days;
    o.endDate = QDate(2025, 6, 27);
    return Fetch::generateSyntheticSeries(ticker, o);
}

void store(const Store::Database& db, const QString& ticker, const BarSeries& series)
{
    must(Store::BarRepository(db).replaceAll(ticker, series, QStringLiteral("test")));
}

Tasks::RunResult run(const Store::DatabasePtr& db, const QJsonObject& params, int workers = 2)
{
    Tasks::TaskContext ctx;
    Tasks::RunOptions options;
    options.maxWorkers = workers;
    return must(Tasks::TaskRunner(db).start(QStringLiteral("pipeline"), params, options, ctx));
}

/** Outcome of every symbol in the "analysis" step of a run: symbol -> status. */
QMap<QString, QString> analysisOutcomes(const Store::Database& db, qint64 runId)
{
    QMap<QString, QString> out;
    for (const auto& o : must(Store::RunRepository(db).outcomes(runId, false))) {
        if (o.step == u"analysis") {
            out.insert(o.symbol, Tasks::toString(o.status));
        }
    }
    return out;
}

QJsonObject parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

/** A first step that cancels the run when the countdown reaches zero, then does nothing. */
class CancelStep final : public Tasks::TaskStep
{
public:
    explicit CancelStep(std::shared_ptr<std::atomic<int>> countdown)
        : m_countdown(std::move(countdown))
    {}
    QString name() const override { return QStringLiteral("probe"); }
    Result<Tasks::StepWrite> process(Tasks::SymbolWork&, Tasks::TaskContext& ctx) override
    {
        if (m_countdown->fetch_sub(1) == 1) {
            ctx.cancel();
        }
        return Tasks::StepWrite([](const Store::Database&) { return Result<void>{}; });
    }

private:
    std::shared_ptr<std::atomic<int>> m_countdown;
};

const QStringList kTickers = {
    QStringLiteral("ALPHA.NS"), QStringLiteral("BETA.NS"), QStringLiteral("GAMMA.NS")};

} // namespace

class TestPipelineTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void storesOneAnalysisPerSymbolWithItsInputs()
    {
        Test::TempDatabase t;
        for (const QString& s : kTickers) {
            store(*t.db(), s, bars(s));
        }
        const Tasks::RunResult r = run(t.db(), Tasks::pipelineParams());
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(RunStatus::Done));
        QCOMPARE(r.done, 3);
        Store::AnalysisRepository repo(*t.db());
        QCOMPARE(must(repo.count()), 3);
        const auto rows = must(repo.summaries());
        QCOMPARE(rows.size(), 3);
        for (const Store::AnalysisRow& row : rows) {
            QVERIFY(kTickers.contains(row.ticker));
            QCOMPARE(row.inputs.barCount, 300);
            QCOMPARE(row.inputs.lastBarDate, QDate(2025, 6, 27));
            QCOMPARE(row.summary.asOf, QDate(2025, 6, 27));
            QCOMPARE(row.inputs.engineVersion, Tasks::kAnalysisEngineVersion);
            QCOMPARE(row.runId, r.runId);
            QVERIFY(QStringList({QStringLiteral("UP"),
                                 QStringLiteral("DOWN"),
                                 QStringLiteral("NEUTRAL"),
                                 QStringLiteral("WITHHELD")})
                        .contains(row.summary.direction));
            // The full analysis reads back with its three documents, as the dashboard loads it.
            const auto full = must(repo.load(row.ticker));
            QVERIFY(full.has_value());
            QCOMPARE(full->main.value(QStringLiteral("symbol")).toString(), row.ticker);
            QCOMPARE(full->slippage.value(QStringLiteral("symbol")).toString(), row.ticker);
            QCOMPARE(full->monte.value(QStringLiteral("symbol")).toString(), row.ticker);
        }
        // The indicators step ran too: the pipeline stores features as well as analyses.
        QCOMPARE(analysisOutcomes(*t.db(), r.runId).size(), 3);
    }

    void incrementalSkipsUpToDateAndRecomputesOnlyNewBars()
    {
        Test::TempDatabase t;
        for (const QString& s : kTickers) {
            store(*t.db(), s, bars(s));
        }
        run(t.db(), Tasks::pipelineParams());
        Store::AnalysisRepository repo(*t.db());

        const Tasks::RunResult second = run(t.db(), Tasks::pipelineParams());
        QCOMPARE(Tasks::toString(second.status), Tasks::toString(RunStatus::Done));
        const auto skipped = analysisOutcomes(*t.db(), second.runId);
        QCOMPARE(skipped.size(), 3);
        for (const QString& s : skipped) {
            QCOMPARE(s, Tasks::toString(OutcomeStatus::Skipped));
        }

        // One new bar for BETA only: only BETA is analysed again, from its new last bar.
        BarSeries next(QStringLiteral("BETA.NS"));
        next.append(Bar{QDate(2025, 6, 30), 100, 101, 99, 100.5, 100.5, 12345});
        must(Store::BarRepository(*t.db()).upsert(QStringLiteral("BETA.NS"), next, QStringLiteral("test")));
        const Tasks::RunResult third = run(t.db(), Tasks::pipelineParams());
        const auto outcomes = analysisOutcomes(*t.db(), third.runId);
        QCOMPARE(outcomes.value(QStringLiteral("BETA.NS")), Tasks::toString(OutcomeStatus::Done));
        QCOMPARE(outcomes.value(QStringLiteral("ALPHA.NS")), Tasks::toString(OutcomeStatus::Skipped));
        QCOMPARE(outcomes.value(QStringLiteral("GAMMA.NS")), Tasks::toString(OutcomeStatus::Skipped));
        const auto beta = must(repo.summary(QStringLiteral("BETA.NS")));
        QVERIFY(beta.has_value());
        QCOMPARE(beta->inputs.barCount, 301);
        QCOMPARE(beta->inputs.lastBarDate, QDate(2025, 6, 30));
        QCOMPARE(beta->summary.asOf, QDate(2025, 6, 30));
        QCOMPARE(beta->runId, third.runId);

        // A revised bar (same count and last date) is new input too.
        BarSeries revised(QStringLiteral("GAMMA.NS"));
        const Bar old = bars(QStringLiteral("GAMMA.NS")).at(100);
        revised.append(
            Bar{old.date, old.open, old.high, old.low, old.close * 1.01, old.adjClose, old.volume});
        must(Store::BarRepository(*t.db()).upsert(
            QStringLiteral("GAMMA.NS"), revised, QStringLiteral("test")));
        const auto fourth = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(fourth.value(QStringLiteral("GAMMA.NS")), Tasks::toString(OutcomeStatus::Done));
        QCOMPARE(fourth.value(QStringLiteral("ALPHA.NS")), Tasks::toString(OutcomeStatus::Skipped));

        // full recomputes everything.
        const auto full = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams({}, {}, true)).runId);
        for (const QString& s : full) {
            QCOMPARE(s, Tasks::toString(OutcomeStatus::Done));
        }
    }

    void changedSettingsRecomputeEverySymbol()
    {
        Test::TempDatabase t;
        for (const QString& s : kTickers) {
            store(*t.db(), s, bars(s));
        }
        run(t.db(), Tasks::pipelineParams());
        // pipeline/tileBars one bar longer (weights may be constrained to sum to 1; a look-back is not).
        const Config::Parameter* numeric =
            Config::findParameter(Tiles::pipelineParameters(), QStringLiteral("pipeline/tileBars"));
        if (!numeric) {
            QSKIP("pipeline/tileBars is not declared");
        }
        const double current = numeric->defaultValue.toDouble();
        const double other = current + 1 <= numeric->maximum ? current + 1 : current - 1;
        must(Store::SettingsRepository(*t.db()).setValue(numeric->key, QString::number(other)));
        const auto outcomes = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(outcomes.size(), 3);
        for (const QString& s : outcomes) {
            QCOMPARE(s, Tasks::toString(OutcomeStatus::Done));
        }
        QVERIFY(analysisSettingsFingerprintChanges(*numeric, other));
    }

    void verdictFormulaIsPartOfTheFingerprint()
    {
        const QString key = QStringLiteral("pipeline/verdictFormula");
        const Tiles::AnalysisSettings defaults = must(Tiles::analysisSettings({}));
        const QMap<QString, QString> seedValues = {{key, QStringLiteral("seed")}};
        const Tiles::AnalysisSettings seed = must(Tiles::analysisSettings(seedValues));
        QCOMPARE(seed.verdictFormula, Tiles::VerdictFormula::Seed);
        const quint64 base = Tasks::analysisSettingsFingerprint(defaults);
        QVERIFY(base != Tasks::analysisSettingsFingerprint(seed, seedValues));
        // The struct alone counts too (a caller that builds the settings in code passes no values).
        QVERIFY(base != Tasks::analysisSettingsFingerprint(seed));
        // The default written out, in any spelling, is the same setting as none.
        QCOMPARE(Tasks::analysisSettingsFingerprint(defaults, {{key, QStringLiteral("directional")}}), base);
        QCOMPARE(Tasks::analysisSettingsFingerprint(defaults, {{key, QStringLiteral(" Directional")}}), base);
    }

    void changingTheVerdictFormulaRecomputesEverySymbol()
    {
        Test::TempDatabase t;
        for (const QString& s : kTickers) {
            store(*t.db(), s, bars(s));
        }
        run(t.db(), Tasks::pipelineParams());
        Store::AnalysisRepository repo(*t.db());
        const auto formulaOf = [&repo](const QString& ticker) {
            const auto documents = must(repo.documents(ticker));
            return QJsonDocument::fromJson(documents->main)
                .object()
                .value(QStringLiteral("verdict"))
                .toObject()
                .value(QStringLiteral("formula"))
                .toString();
        };
        for (const QString& s : kTickers) {
            QCOMPARE(must(repo.summary(s))->summary.formula, QStringLiteral("directional"));
            QCOMPARE(formulaOf(s), QStringLiteral("directional"));
        }

        must(Store::SettingsRepository(*t.db()).setValue(QStringLiteral("pipeline/verdictFormula"),
                                                         QStringLiteral("seed")));
        const auto outcomes = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(outcomes.size(), 3);
        for (const QString& s : outcomes) {
            QCOMPARE(s, Tasks::toString(OutcomeStatus::Done));
        }
        for (const QString& s : kTickers) {
            const Tiles::AnalysisSummary a = must(repo.summary(s))->summary;
            QCOMPARE(a.formula, QStringLiteral("seed"));
            QCOMPARE(formulaOf(s), QStringLiteral("seed"));
            // The stored score is the seed's sum of the stored components.
            QVERIFY(qAbs(a.score - (0.45 * a.momentum + 0.25 * a.flow + 0.15 * a.liquidity + 0.15 * a.cost))
                    < 1e-12);
        }
        // The same setting again: up to date.
        const auto again = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(again.size(), 3);
        for (const QString& s : again) {
            QCOMPARE(s, Tasks::toString(OutcomeStatus::Skipped));
        }
    }

    void marketCalendarHolidaysAreNotMissingDays()
    {
        Test::TempDatabase t;
        const QString ticker = QStringLiteral("ALPHA.NS");
        // 300 weekdays less 12 (4 % of the bars missing: grade C by the missing-day rule alone).
        const BarSeries full = bars(ticker);
        BarSeries gappy(ticker);
        QList<Holiday> closed;
        for (qsizetype i = 0; i < full.size(); ++i) {
            if (i % 25 == 12) {
                closed << Holiday{full.date(i), QStringLiteral("exchange holiday")};
            } else {
                gappy.append(full.at(i));
            }
        }
        QCOMPARE(closed.size(), 12);
        store(*t.db(), ticker, gappy);
        run(t.db(), Tasks::pipelineParams());
        auto before = must(Store::AnalysisRepository(*t.db()).summary(ticker));
        QVERIFY(before.has_value());
        QCOMPARE(before->summary.qualityGrade, QStringLiteral("C"));
        QVERIFY(
            before->summary.qualityReasons.join(u' ').contains(QStringLiteral("12 missing business days")));

        // The same days as holidays of the market calendar: the next (incremental) run recomputes, as
        // the calendar is part of the settings fingerprint, and the days no longer count as missing.
        must(Store::HolidayRepository(*t.db()).import(QStringLiteral("default"), closed, false));
        const auto outcomes = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(outcomes.value(ticker), Tasks::toString(OutcomeStatus::Done));
        auto after = must(Store::AnalysisRepository(*t.db()).summary(ticker));
        QVERIFY(after.has_value());
        QVERIFY2(!after->summary.qualityReasons.join(u' ').contains(QStringLiteral("missing")),
                 qPrintable(after->summary.qualityReasons.join(QStringLiteral("; "))));
        QVERIFY(after->inputs.settingsHash != before->inputs.settingsHash);
    }

    void jsonOutWritesThreeParseableFilesPerTickerAndSummary()
    {
        Test::TempDatabase t;
        const QStringList tickers = {QStringLiteral("ALPHA.NS"), QStringLiteral("A/B:C")};
        for (const QString& s : tickers) {
            store(*t.db(), s, bars(s));
        }
        const QString out = t.dir() + QStringLiteral("/json");
        const Tasks::RunResult r = run(t.db(), Tasks::pipelineParams({}, {}, false, out));
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(RunStatus::Done));
        QStringList expected = {QStringLiteral("summary.csv")};
        const QMap<QString, QString> stems = {{QStringLiteral("ALPHA.NS"), QStringLiteral("ALPHA.NS")},
                                              {QStringLiteral("A/B:C"), QStringLiteral("A_B_C")}};
        for (auto it = stems.cbegin(); it != stems.cend(); ++it) {
            const QStringList names = Export::analysisFileNames(it.value());
            expected << names;
            for (const QString& name : names) {
                const QJsonObject doc = parseFile(out + u'/' + name);
                QVERIFY2(!doc.isEmpty(), qPrintable(name + QStringLiteral(" does not parse")));
                QCOMPARE(doc.value(QStringLiteral("symbol")).toString(), it.key());
            }
        }
        // Exactly the expected files: no temporary files left behind, nothing outside the folder.
        QStringList present = QDir(out).entryList(QDir::Files | QDir::Hidden);
        present.sort();
        expected.sort();
        QCOMPARE(present, expected);
        QFile summary(out + QStringLiteral("/summary.csv"));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(summary.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("symbol,direction,score,grade")));
        QVERIFY(lines[1].startsWith(QStringLiteral("A/B:C,")));
        QVERIFY(lines[2].startsWith(QStringLiteral("ALPHA.NS,")));
    }

    void aLaterRunIntoTheSameFolderKeepsTheOtherSymbolsInTheSummary()
    {
        Test::TempDatabase t;
        for (const QString& s : kTickers) {
            store(*t.db(), s, bars(s));
        }
        const QString out = t.dir() + QStringLiteral("/json");
        run(t.db(),
            Tasks::pipelineParams({QStringLiteral("ALPHA.NS"), QStringLiteral("BETA.NS")}, {}, false, out));
        run(t.db(), Tasks::pipelineParams({QStringLiteral("GAMMA.NS")}, {}, false, out));
        QFile summary(out + QStringLiteral("/summary.csv"));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(summary.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].startsWith(QStringLiteral("ALPHA.NS,")));
        QVERIFY(lines[2].startsWith(QStringLiteral("BETA.NS,")));
        QVERIFY(lines[3].startsWith(QStringLiteral("GAMMA.NS,")));
    }

    void jsonFolderSettingWritesWithoutRecomputing()
    {
        Test::TempDatabase t;
        for (const QString& s : kTickers) {
            store(*t.db(), s, bars(s));
        }
        run(t.db(), Tasks::pipelineParams());
        // The folder is an output setting, not an analysis one: the next run writes the JSON from the
        // stored analyses instead of recomputing them.
        const QString out = t.dir() + QStringLiteral("/tiles");
        must(Store::SettingsRepository(*t.db()).setValue(Tasks::kPipelineJsonFolderSetting, out));
        const auto outcomes = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(outcomes.size(), 3);
        for (const QString& status : outcomes) {
            QCOMPARE(status, Tasks::toString(OutcomeStatus::Skipped));
        }
        for (const QString& s : kTickers) {
            QVERIFY2(QFile::exists(out + u'/' + s + QStringLiteral(".json")), qPrintable(s));
        }
        QVERIFY(QFile::exists(out + QStringLiteral("/summary.csv")));

        // A relative folder stored behind the declaration's back is refused, naming the setting.
        must(Store::SettingsRepository(*t.db()).setValue(Tasks::kPipelineJsonFolderSetting,
                                                         QStringLiteral("tiles")));
        Tasks::TaskContext ctx;
        auto refused =
            Tasks::TaskRunner(t.db()).start(QStringLiteral("pipeline"), Tasks::pipelineParams(), {}, ctx);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(Tasks::kPipelineJsonFolderSetting),
                 qPrintable(refused.error().message));
    }

    void pipelineIsScheduledNightlyAfterTheDataUpdate()
    {
        QVERIFY(Tasks::TaskRegistry::find(QStringLiteral("pipeline")));
        bool found = false;
        for (const Tasks::ScheduleEntry& e : Tasks::defaultSchedule()) {
            if (e.kind == u"pipeline") {
                found = true;
                QCOMPARE(e.name, QStringLiteral("Pipeline"));
                QCOMPARE(Tasks::toString(e.frequency), QStringLiteral("daily"));
                QCOMPARE(e.time, QTime(21, 15));
                QVERIFY(e.marketDaysOnly);
                QVERIFY(e.validate());
            }
        }
        QVERIFY(found);
    }

    void upToDateSymbolsAreExportedFromTheStoreWithoutRecomputation()
    {
        Test::TempDatabase t;
        store(*t.db(), QStringLiteral("ALPHA.NS"), bars(QStringLiteral("ALPHA.NS")));
        run(t.db(), Tasks::pipelineParams());
        const QString out = t.dir() + QStringLiteral("/again");
        const Tasks::RunResult r = run(t.db(), Tasks::pipelineParams({}, {}, false, out));
        QCOMPARE(analysisOutcomes(*t.db(), r.runId).value(QStringLiteral("ALPHA.NS")),
                 Tasks::toString(OutcomeStatus::Skipped));
        const auto stored = must(Store::AnalysisRepository(*t.db()).documents(QStringLiteral("ALPHA.NS")));
        QVERIFY(stored.has_value());
        QFile main(out + QStringLiteral("/ALPHA.NS.json"));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QCOMPARE(main.readAll(), stored->main);
        QVERIFY(QFile::exists(out + QStringLiteral("/summary.csv")));
    }

    void twoTickersWithOneFileNameDoNotOverwriteEachOther()
    {
        Test::TempDatabase t;
        for (const QString& s : {QStringLiteral("A/B"), QStringLiteral("A:B")}) {
            store(*t.db(), s, bars(s));
        }
        const QString out = t.dir() + QStringLiteral("/json");
        const Tasks::RunResult r = run(t.db(), Tasks::pipelineParams({}, {}, false, out));
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(RunStatus::DoneWithFailures));
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.failures.size(), 1);
        QVERIFY2(r.failures[0].reason.contains(QStringLiteral("already used")),
                 qPrintable(r.failures[0].reason));
        const QJsonObject doc = parseFile(out + QStringLiteral("/A_B.json"));
        QCOMPARE(doc.value(QStringLiteral("symbol")).toString(),
                 r.failures[0].symbol == u"A/B" ? u"A:B" : u"A/B");
    }

    void safeFileStem_data()
    {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("stem"); // empty = rejected
        QTest::newRow("plain") << QStringLiteral("AAPL") << QStringLiteral("AAPL");
        QTest::newRow("exchange suffix") << QStringLiteral("NTPC.NS") << QStringLiteral("NTPC.NS");
        QTest::newRow("dash underscore") << QStringLiteral("BRK-B_x") << QStringLiteral("BRK-B_x");
        QTest::newRow("slash colon") << QStringLiteral("A/B:C") << QStringLiteral("A_B_C");
        QTest::newRow("index caret") << QStringLiteral("^NSEI") << QStringLiteral("_NSEI");
        QTest::newRow("ampersand") << QStringLiteral("M&M.NS") << QStringLiteral("M_M.NS");
        QTest::newRow("backslash space") << QStringLiteral("A\\B C") << QStringLiteral("A_B_C");
        QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringLiteral("_hidden");
        QTest::newRow("dot dot slash") << QStringLiteral("../etc") << QStringLiteral("_._etc");
        QTest::newRow("non-ascii") << QStringLiteral("ÄB") << QStringLiteral("_B");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("dot") << QStringLiteral(".") << QString();
        QTest::newRow("dot dot") << QStringLiteral("..") << QString();
        QTest::newRow("too long") << QString(201, u'A') << QString();
    }

    void safeFileStem()
    {
        QFETCH(QString, ticker);
        QFETCH(QString, stem);
        const auto r = Export::safeFileStem(ticker);
        if (stem.isEmpty()) {
            QVERIFY(!r);
            QVERIFY(!r.error().message.isEmpty());
        } else {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(*r, stem);
        }
    }

    void invalidAnalysisIsStoredWithTheVerdictWithheld()
    {
        Test::TempDatabase t;
        const qint64 id = must(Store::SymbolRepository(*t.db()).ensure(QStringLiteral("NTPC.NS")));
        Tiles::AnalysisSummary s;
        s.asOf = QDate(2025, 6, 27);
        s.lastPrice = 322.0;
        s.direction = QStringLiteral("UP"); // what a buggy engine might say: the store must not keep it
        s.score = 0.4;
        s.valid = false;
        s.validationErrors = {
            QStringLiteral("bollinger upper 3400.00 outside the recent range 300.10–340.50")};
        s.qualityGrade = QStringLiteral("B");
        s.qualityReasons = {QStringLiteral("3 missing business days")};
        Store::AnalysisDocuments docs{QByteArrayLiteral("{\"symbol\":\"NTPC.NS\"}"),
                                      QByteArrayLiteral("{\"symbol\":\"NTPC.NS\",\"sizes\":[]}"),
                                      QByteArrayLiteral("{\"symbol\":\"NTPC.NS\",\"simulations\":400}")};
        Store::AnalysisInputs in;
        in.barCount = 300;
        in.lastBarDate = s.asOf;
        in.barsHash = 0xfedcba9876543210ULL; // above 2^63: stored as a negative integer, read back equal
        in.settingsHash = 42;
        in.engineVersion = 1;
        must(Store::AnalysisRepository(*t.db()).write(id, s, docs, in, 0));

        Store::AnalysisRepository repo(*t.db());
        const auto row = must(repo.summary(QStringLiteral("NTPC.NS")));
        QVERIFY(row.has_value());
        QCOMPARE(row->summary.direction, QStringLiteral("WITHHELD"));
        QVERIFY(!row->summary.valid);
        QCOMPARE(row->summary.validationErrors, s.validationErrors);
        QCOMPARE(row->summary.qualityReasons, s.qualityReasons);
        QCOMPARE(row->summary.lastPrice, 322.0);
        // A summary without a formula reads as the seed's: rows stored before the column existed.
        QCOMPARE(row->summary.formula, QStringLiteral("seed"));
        QCOMPARE(row->runId, 0);
        QVERIFY(row->inputs == in);
        QVERIFY(must(repo.inputs(id)) == std::optional<Store::AnalysisInputs>(in));
        const auto documents = must(repo.documents(QStringLiteral("NTPC.NS")));
        QVERIFY(documents.has_value());
        QCOMPARE(documents->slippage, docs.slippage);
        const auto full = must(repo.load(QStringLiteral("NTPC.NS")));
        QVERIFY(full.has_value());
        QCOMPARE(full->monte.value(QStringLiteral("simulations")).toInt(), 400);
        QCOMPARE(full->summary.direction, QStringLiteral("WITHHELD"));
        // Unknown symbols have nothing stored; clear removes both rows.
        QVERIFY(!must(repo.summary(QStringLiteral("NOPE"))).has_value());
        QVERIFY(!must(repo.load(QStringLiteral("NOPE"))).has_value());
        must(repo.clear(id));
        QCOMPARE(must(repo.count()), 0);
        QVERIFY(!must(repo.documents(QStringLiteral("NTPC.NS"))).has_value());
    }

    void tooFewBarsFailsTheSymbolAndStoresNothing()
    {
        Test::TempDatabase t;
        store(*t.db(), QStringLiteral("TINY"), bars(QStringLiteral("TINY"), 1));
        store(*t.db(), QStringLiteral("ALPHA.NS"), bars(QStringLiteral("ALPHA.NS")));
        const Tasks::RunResult r = run(t.db(), Tasks::pipelineParams());
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(RunStatus::DoneWithFailures));
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(r.failures[0].symbol, QStringLiteral("TINY"));
        QVERIFY2(r.failures[0].reason.contains(QStringLiteral("TINY")), qPrintable(r.failures[0].reason));
        QCOMPARE(must(Store::AnalysisRepository(*t.db()).count()), 1);
    }

    void loadsFromAProviderFirst()
    {
        Test::TempDatabase t;
        const Tasks::RunResult r =
            run(t.db(),
                Tasks::pipelineParams({QStringLiteral("ALPHA.NS"), QStringLiteral("BETA.NS")},
                                      QStringLiteral("synthetic")));
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(RunStatus::Done));
        const auto steps = must(Store::RunRepository(*t.db()).steps(r.runId));
        QStringList names;
        for (const auto& s : steps) {
            names << s.name;
        }
        QCOMPARE(
            names,
            QStringList({QStringLiteral("bars"), QStringLiteral("indicators"), QStringLiteral("analysis")}));
        QCOMPARE(must(Store::AnalysisRepository(*t.db()).count()), 2);
        // The bars handed over by the load step are what is stored: the next run finds them up to date.
        const auto again = analysisOutcomes(*t.db(), run(t.db(), Tasks::pipelineParams()).runId);
        QCOMPARE(again.value(QStringLiteral("ALPHA.NS")), Tasks::toString(OutcomeStatus::Skipped));
    }

    void cancelThenResumeFinishesEverySymbolOnce()
    {
        Test::TempDatabase t;
        QStringList tickers;
        for (int i = 0; i < 24; ++i) {
            tickers << QStringLiteral("S%1").arg(i, 2, 10, QChar(u'0'));
            store(*t.db(), tickers.last(), bars(tickers.last(), 120));
        }
        // The pipeline's own plan behind a first step that cancels the run at its third symbol (once).
        auto cancelAt = std::make_shared<std::atomic<int>>(3);
        Tasks::TaskKind kind;
        kind.id = QStringLiteral("pipeline-cancel-test");
        kind.build = [cancelAt](const Store::DatabasePtr& db,
                                const QJsonObject& params,
                                const QStringList& only) -> Result<Tasks::TaskPlan> {
            auto plan = Tasks::TaskRegistry::find(QStringLiteral("pipeline"))->build(db, params, only);
            if (plan) {
                plan->steps.insert(plan->steps.begin(), std::make_unique<CancelStep>(cancelAt));
            }
            return plan;
        };
        Tasks::TaskRegistry::add(kind);
        Tasks::TaskContext ctx;
        Tasks::RunOptions options;
        options.maxWorkers = 1;
        const auto cancelled = must(Tasks::TaskRunner(t.db()).start(kind.id, {}, options, ctx));
        QCOMPARE(Tasks::toString(cancelled.status), Tasks::toString(RunStatus::Cancelled));
        QVERIFY(cancelled.pending > 0);
        QVERIFY(must(Store::AnalysisRepository(*t.db()).count()) < 24);

        Tasks::TaskContext again;
        const auto resumed = must(Tasks::TaskRunner(t.db()).resume(cancelled.runId, options, again));
        QCOMPARE(Tasks::toString(resumed.status), Tasks::toString(RunStatus::Done));
        QCOMPARE(resumed.done, 24);
        QCOMPARE(must(Store::AnalysisRepository(*t.db()).count()), 24);
        // Every symbol's analysis was done exactly once over the two halves of the run.
        const auto outcomes = analysisOutcomes(*t.db(), cancelled.runId);
        QCOMPARE(outcomes.size(), 24);
        for (const QString& s : outcomes) {
            QCOMPARE(s, Tasks::toString(OutcomeStatus::Done));
        }
    }

private:
    static bool analysisSettingsFingerprintChanges(const Config::Parameter& p, double value)
    {
        const QMap<QString, QString> values = {{p.key, QString::number(value)}};
        const Tiles::AnalysisSettings defaults = must(Tiles::analysisSettings({}));
        const Tiles::AnalysisSettings changed = must(Tiles::analysisSettings(values));
        // The default written out is the same setting as no value at all.
        const QMap<QString, QString> spelledOut = {{p.key, p.defaultValue}};
        return Tasks::analysisSettingsFingerprint(defaults)
                   != Tasks::analysisSettingsFingerprint(changed, values)
               && Tasks::analysisSettingsFingerprint(defaults)
                      == Tasks::analysisSettingsFingerprint(defaults, spelledOut);
    }
};

QTEST_GUILESS_MAIN(TestPipelineTask)
#include "TestPipelineTask.moc"
