#include "core/tasks/PipelineTask.h"

#include <mutex>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "core/common/CsvText.h"
#include "core/common/Log.h"
#include "core/common/ReadLimits.h"
#include "core/export/TileJsonExport.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/AnalysisRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/HolidayRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/ScreenWatch.h"

namespace Tessera::Tasks {
namespace {

/** The step that analyses one symbol and stores (and optionally exports) the result. */
class AnalysisStep final : public TaskStep
{
public:
    AnalysisStep(Store::DatabasePtr db, const PipelineSettings& settings, bool full, QString jsonFolder)
        : m_db(std::move(db))
        , m_settings(settings.analysis)
        , m_calendars(settings.calendars)
        , m_settingsHash(settings.fingerprint)
        , m_full(full)
        , m_jsonFolder(std::move(jsonFolder))
    {}

    QString name() const override { return QStringLiteral("analysis"); }

    // From a delivered history the analysis needs nothing the earlier steps' pending writes store: the
    // bars, indicators and analysis of a symbol commit in one transaction.
    bool mayRunBeforeEarlierWritesCommit() const override { return true; }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        const Store::Database& db = *m_db;
        auto input = stepInput(db, work);
        if (!input) {
            return fail(input.error());
        }
        const QString& ticker = input->ticker;
        const std::optional<qint64>& id = input->id;
        Result<BarSeries> raw =
            input->delivered ? Result<BarSeries>(*input->delivered) : Store::BarRepository(db).load(ticker);
        if (!raw) {
            return fail(raw.error());
        }
        if (raw->isEmpty()) {
            return skip(QStringLiteral("no bars stored"));
        }
        Store::AnalysisInputs inputs;
        inputs.barCount = raw->size();
        inputs.lastBarDate = raw->lastDate();
        inputs.barsHash = barsFingerprint(*raw);
        // Hourly bars (issue 21) feed the heatmap and the quality grade: a change in them is a change of
        // input even where no daily bar changed (hourly data of a session market).
        Store::HourlySpan hours;
        if (id) {
            auto span = Store::HourlyBarRepository(db).span(ticker);
            if (!span) {
                return fail(span.error());
            }
            hours = *span;
            if (hours.count > 0) {
                inputs.barsHash ^= (static_cast<quint64>(hours.count) * 0x9E3779B97F4A7C15ULL)
                                   ^ static_cast<quint64>(hours.lastTime);
            }
        }
        inputs.settingsHash = m_settingsHash;
        inputs.engineVersion = kAnalysisEngineVersion;

        Store::AnalysisRepository repo(db);
        // A symbol new in this run (its load not committed yet) has no stored analysis.
        auto stored = id ? repo.inputs(*id) : Result<std::optional<Store::AnalysisInputs>>(std::nullopt);
        if (!stored) {
            return fail(stored.error());
        }
        if (!m_full && stored->has_value() && **stored == inputs) {
            if (m_jsonFolder.isEmpty()) {
                return skip(QStringLiteral("up to date"));
            }
            // Re-export what is stored: the documents are the computation's bytes, so no recomputation.
            auto documents = repo.documents(ticker);
            if (!documents) {
                return fail(documents.error());
            }
            if (documents->has_value()) {
                if (auto r = exportFiles(ticker, **documents); !r) {
                    return fail(r.error());
                }
                return skip(QStringLiteral("up to date (JSON written from the stored analysis)"));
            }
            // A summary without documents cannot come from a write; recompute rather than fail.
        }
        if (ctx.isCanceled()) {
            return fail(Error::cancelled());
        }

        Tiles::AnalysisSettings settings = m_settings;
        settings.calendar = m_calendars.forTicker(ticker); // NSE holidays for RELIANCE.NS, none for BTC-USD
        HourlySeries hourly;
        if (hours.count > 0) {
            auto loaded = Store::HourlyBarRepository(db).loadAll(*id, ticker);
            if (!loaded) {
                return fail(loaded.error());
            }
            hourly = std::move(*loaded);
        }
        auto analysis = Tiles::analyseSymbol(ticker, raw->adjusted(), settings, hourly);
        if (!analysis) {
            return fail(analysis.error());
        }
        auto documents = std::make_shared<Store::AnalysisDocuments>(
            Store::AnalysisDocuments{Store::AnalysisRepository::encode(analysis->main),
                                     Store::AnalysisRepository::encode(analysis->slippage),
                                     Store::AnalysisRepository::encode(analysis->monte)});
        if (!m_jsonFolder.isEmpty()) {
            if (auto r = exportFiles(ticker, *documents); !r) {
                return fail(r.error());
            }
        }
        if (!analysis->summary.valid) {
            spdlog::warn("pipeline: {}: verdict withheld: {}",
                         ticker,
                         analysis->summary.validationErrors.join(QStringLiteral("; ")));
        }
        const std::optional<qint64> knownId = id;
        const qint64 runId = ctx.progress().runId;
        const Tiles::AnalysisSummary summary = analysis->summary;
        return StepWrite([knownId, symbol = work.symbol, summary, documents, inputs, runId](
                             const Store::Database& target) -> Result<void> {
            auto symbolId = knownId ? Result<qint64>(*knownId) : storedSymbolId(target, symbol);
            if (!symbolId) {
                return fail(symbolId.error());
            }
            return Store::AnalysisRepository(target).write(*symbolId, summary, *documents, inputs, runId);
        });
    }

private:
    /** Writes the three files; refuses a second ticker of this run whose file name is already taken. */
    Result<void> exportFiles(const QString& ticker, const Store::AnalysisDocuments& documents)
    {
        auto stem = Export::safeFileStem(ticker);
        if (!stem) {
            return fail(stem.error());
        }
        {
            // Keyed case-insensitively: "abc.json" and "ABC.json" are one file on Windows and macOS.
            const QString key = stem->toLower();
            std::lock_guard lock(m_stemsMutex);
            const auto it = m_stems.constFind(key);
            if (it != m_stems.cend() && *it != ticker) {
                return fail(Error::invalidInput(
                    QStringLiteral("%1: its JSON file name %2.json is already used by %3 in this run")
                        .arg(ticker, *stem, *it)));
            }
            m_stems.insert(key, ticker);
        }
        return Export::writeAnalysisFiles(m_jsonFolder, *stem, documents);
    }

    Store::DatabasePtr m_db;
    Tiles::AnalysisSettings m_settings;
    MarketCalendars m_calendars;
    quint64 m_settingsHash;
    bool m_full;
    QString m_jsonFolder;
    std::mutex m_stemsMutex;
    QHash<QString, QString> m_stems; ///< lower-cased file stem -> the ticker that wrote it in this run
};

/**
 * The first cells of folder/summary.csv's rows as written (a ticker a spreadsheet would take for a
 * formula carries its guard: "'=X"), empty when there is no file. The file is ours, so the caps only
 * stop a file planted in the folder from taking the memory: 64 MB is ~500,000 symbols.
 */
Result<QSet<QString>> listedInSummary(const QString& folder)
{
    QSet<QString> out;
    const QString path = QDir(folder).filePath(QStringLiteral("summary.csv"));
    if (!QFileInfo::exists(path)) {
        return out;
    }
    auto data = readFileWithin(path, {qint64(64) << 20, qint64(1) << 20, QStringLiteral("summary files")});
    if (!data) {
        return fail(data.error());
    }
    const QList<QByteArray> lines = data->split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (!line.isEmpty()) {
            out.insert(Csv::splitLine(line).value(0));
        }
    }
    return out;
}

/**
 * summary.csv over the symbols the run finished and those the folder's summary already listed, with
 * their current stored analyses: a retry or a run over part of the universe updates its rows instead of
 * dropping the rest of the folder's symbols (file tickers resolved to their stored names).
 */
Result<void> writeSummary(const Store::Database& db, const QString& folder, const QStringList& done)
{
    Store::SymbolRepository symbols(db);
    auto listed = listedInSummary(folder);
    if (!listed) {
        return fail(listed.error());
    }
    QSet<QString> finished;
    for (const QString& t : done) {
        auto resolved = symbols.resolve(t);
        finished.insert(resolved ? *resolved : t);
    }
    auto rows = Store::AnalysisRepository(db).summaries();
    if (!rows) {
        return fail(rows.error());
    }
    QList<Store::AnalysisRow> selected;
    for (const Store::AnalysisRow& r : *rows) {
        // A listed ticker is compared as the writer wrote it, guard included.
        if (finished.contains(r.ticker) || listed->contains(Csv::formulaGuarded(r.ticker))) {
            selected << r;
        }
    }
    auto written = Export::writePipelineSummary(folder, selected);
    return written ? Result<void>{} : Result<void>(fail(written.error()));
}

/** The JSON folder of a run: the jsonOut parameter when present, else the database setting. */
Result<QString> jsonFolderOf(const Store::Database& db, const QJsonObject& params)
{
    if (params.contains(QStringLiteral("jsonOut"))) {
        return params.value(QStringLiteral("jsonOut")).toString();
    }
    auto stored = Store::SettingsRepository(db).value(kPipelineJsonFolderSetting);
    if (!stored) {
        return fail(stored.error());
    }
    // "~/tiles" as the user wrote it; a value stored before the setting was declared is checked here.
    auto folder = Config::validate(pipelineOutputParameters().constFirst(), *stored);
    if (!folder) {
        return fail(Error::invalidInput(
            QStringLiteral("setting %1: %2").arg(kPipelineJsonFolderSetting, folder.error().message)));
    }
    return *folder;
}

} // namespace

const QList<Config::Parameter>& pipelineOutputParameters()
{
    static const QList<Config::Parameter> table = {
        {kPipelineJsonFolderSetting,
         Config::ParameterType::Folder,
         QString(),
         0,
         0,
         QString(),
         QStringLiteral("Where pipeline runs started from the schedule or the window write the seed's JSON "
                        "documents ({T}.json, {T}_slippage.json, {T}_monte_slippage.json) and summary.csv; "
                        "empty = no JSON. tessera-cli pipeline --json-out overrides it. Changing it "
                        "recomputes nothing: up-to-date symbols are written from their stored analyses."),
         QString(),
         {}},
    };
    return table;
}

quint64 analysisSettingsFingerprint(const Tiles::AnalysisSettings& s,
                                    const QMap<QString, QString>& values,
                                    const MarketCalendars& calendars)
{
    // A canonical text hashed with SHA-1 (stable across processes and builds, unlike qHash): every field
    // of the settings (17 significant digits round-trip a double), then the effective value of every
    // declared pipeline parameter, so a parameter the struct does not show still counts.
    QByteArray text = "tileBars=" + QByteArray::number(s.tileBars) + ";notionals=";
    for (double n : s.notionals) {
        text += QByteArray::number(n, 'g', 17) + ',';
    }
    const double reals[] = {s.impactK,
                            static_cast<double>(s.monteCarloSimulations),
                            s.weightMomentum,
                            s.weightFlow,
                            s.weightLiquidity,
                            s.weightCost,
                            s.upThreshold,
                            s.downThreshold};
    for (double v : reals) {
        text += ';' + QByteArray::number(v, 'g', 17);
    }
    // The verdict formula changes every score: analyses stored under the other formula are recomputed.
    text += ";formula=" + Tiles::verdictFormulaName(s.verdictFormula).toUtf8();
    for (const Config::Parameter& p : Tiles::pipelineParameters()) {
        QString value = values.value(p.key, p.defaultValue);
        if (auto canonical = Config::validate(p, value)) {
            value = *canonical; // "0.450" and "0.45" are the same setting
        }
        text += ';' + p.key.toUtf8() + '=' + value.toUtf8();
    }
    // The calendars' holidays change missing-day counts and so the quality grades. Only a calendar
    // with holidays counts, so the fingerprint of a setup without one stays what it was.
    MarketCalendars own(s.calendar);
    text += own.fingerprintText();
    text += calendars.fingerprintText();
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha1);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i) {
        h = (h << 8) | static_cast<quint8>(digest[i]);
    }
    return h;
}

Result<PipelineSettings> resolveAnalysisSettings(const Store::Database& db, const QJsonObject& overrides)
{
    QMap<QString, QString> values;
    Store::SettingsRepository settings(db);
    for (const Config::Parameter& p : Tiles::pipelineParameters()) {
        auto v = settings.value(p.key);
        if (!v) {
            return fail(v.error());
        }
        if (!v->isEmpty()) {
            values.insert(p.key, *v);
        }
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        values.insert(it.key(),
                      it.value().isString() ? it.value().toString()
                                            : QString::number(it.value().toDouble(), 'g', 17));
    }
    auto analysis = Tiles::analysisSettings(values);
    if (!analysis) {
        return fail(analysis.error());
    }
    // Missing business days are counted against each symbol's market calendar (holidays are not
    // missing data).
    auto calendars = Store::HolidayRepository(db).marketCalendars();
    if (!calendars) {
        return fail(calendars.error());
    }
    return PipelineSettings{
        *analysis, *calendars, analysisSettingsFingerprint(*analysis, values, *calendars)};
}

std::unique_ptr<TaskStep> makeAnalysisStep(Store::DatabasePtr db,
                                           const PipelineSettings& settings,
                                           bool full,
                                           const QString& jsonFolder)
{
    return std::make_unique<AnalysisStep>(std::move(db), settings, full, jsonFolder);
}

QJsonObject
pipelineParams(const QStringList& tickers, const QString& providerSpec, bool full, const QString& jsonOut)
{
    QJsonObject p;
    if (!tickers.isEmpty()) {
        p.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
    }
    if (!providerSpec.isEmpty()) {
        p.insert(QStringLiteral("provider"), providerSpec);
    }
    if (full) {
        p.insert(QStringLiteral("full"), true);
    }
    if (!jsonOut.isEmpty()) {
        p.insert(QStringLiteral("jsonOut"), jsonOut);
    }
    return p;
}

TaskKind pipelineTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("pipeline");
    kind.title = QStringLiteral("Run pipeline");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        auto settings =
            resolveAnalysisSettings(*db, params.value(QStringLiteral("analysisSettings")).toObject());
        if (!settings) {
            return fail(settings.error());
        }
        auto jsonFolder = jsonFolderOf(*db, params);
        if (!jsonFolder) {
            return fail(jsonFolder.error());
        }
        // The indicators kind plans the symbols and the steps before ours: with a provider the load
        // kind's "bars" step, then "indicators"; without one, "indicators" over the stored bars.
        const TaskKind* indicators = TaskRegistry::find(QStringLiteral("indicators"));
        if (!indicators) {
            return fail(Error::internal(QStringLiteral("the indicators task kind is not registered")));
        }
        auto plan = indicators->build(db, params, only);
        if (!plan) {
            return fail(plan.error());
        }
        const bool full = params.value(QStringLiteral("full")).toBool(false);
        plan->steps.push_back(makeAnalysisStep(db, *settings, full, *jsonFolder));
        if (!jsonFolder->isEmpty()) {
            plan->notes << QStringLiteral("JSON documents go to %1").arg(*jsonFolder);
        }
        auto before = std::move(plan->finish);
        const QString folder = *jsonFolder;
        const QByteArray calendarsBefore = settings->calendars.fingerprintText();
        plan->finish =
            [before = std::move(before), folder, calendarsBefore](
                const Store::Database& target, const QStringList& done, QStringList& notes) -> Result<void> {
            if (before) {
                if (auto r = before(target, done, notes); !r) {
                    return r;
                }
            }
            // The load's finish may have inferred holidays the grades of this run did not know yet.
            auto calendars = Store::HolidayRepository(target).marketCalendars();
            if (!calendars) {
                return fail(calendars.error());
            }
            if (calendars->fingerprintText() != calendarsBefore) {
                notes << QStringLiteral(
                    "the market calendars changed at the end of this run: the next pipeline "
                    "run recomputes the quality grades with them");
            }
            // Watched screens (issue 20): symbols entering or leaving them after this data update.
            if (auto raised = checkWatchedScreens(target); !raised) {
                return fail(raised.error());
            } else if (!raised->isEmpty()) {
                notes << screenAlertsNote(*raised);
            }
            // Paper trading (issue 19): pending paper orders fill against the bars this update brought. A
            // portfolio problem is a note, not a failed data update.
            if (auto fills = Portfolio::advancePaperAccounts(target); !fills) {
                notes << QStringLiteral("paper orders not processed: %1").arg(fills.error().message);
            } else if (*fills > 0) {
                notes << QStringLiteral("%1 paper order fill(s) from the new bars").arg(*fills);
            }
            return folder.isEmpty() ? Result<void>{} : writeSummary(target, folder, done);
        };
        return plan;
    };
    return kind;
}

} // namespace Tessera::Tasks
