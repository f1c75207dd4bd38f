#include "core/tasks/HourlyTrainTask.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QDateTime>
#include <QJsonArray>
#include <QThread>

#include "core/common/Log.h"
#include "core/ml/MlThreads.h"
#include "core/ml/TrainSettings.h"
#include "core/ml/Trainer.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/ModelRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/HourlySettings.h"
#include "core/tasks/ModelVersions.h"
#include "core/tasks/TrainTask.h"

namespace Tessera::Tasks {
namespace {

using Ml::Algorithm;

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}

QString hoursLabel(int h)
{
    return QStringLiteral("%1h").arg(h);
}

/** Everything of one symbol a write stores: new models (with their blobs) and the prediction rows. */
struct HourlyResult
{
    QString symbol;
    Ml::SymbolTraining training;
    qint64 lastHour = 0;
    QList<Store::HourlyPrediction> predictions;
};

/** The hourly "train" step. Shared state is read-only after construction. */
class HourlyTrainStep final : public TaskStep
{
public:
    HourlyTrainStep(Store::DatabasePtr db,
                    Ml::TrainSettings settings,
                    bool incremental,
                    QList<Algorithm> algorithms,
                    std::vector<int> horizons,
                    int windowDays,
                    int ttlHours)
        : m_db(std::move(db))
        , m_settings(std::move(settings))
        , m_incremental(incremental)
        , m_algorithms(std::move(algorithms))
        , m_horizons(std::move(horizons))
        , m_windowDays(windowDays)
        , m_ttlHours(ttlHours)
    {}

    QString name() const override { return QStringLiteral("train"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        const QString symbol = work.symbol;
        Store::SymbolRepository symbols(*m_db);
        auto id = symbols.idOf(symbol);
        if (!id) {
            return fail(id.error());
        }
        HourlySeries bars(symbol);
        if (id->has_value()) {
            auto loaded = Store::HourlyBarRepository(*m_db).loadAll(**id, symbol);
            if (!loaded) {
                return fail(loaded.error());
            }
            bars = std::move(*loaded);
        }
        if (bars.isEmpty()) {
            return fail(Error::notFound(
                QStringLiteral("%1: %2 has no stored hourly bars (load them first: fetch --provider binance)")
                    .arg(Ml::toString(Ml::TrainFailure::NoData), symbol)));
        }
        // Features over every stored hour (the long averages need their warm-up); models train on the
        // window's rows only.
        const Ml::HourlyTable table = Ml::buildHourlyFeatureTable(bars);
        const qint64 windowStart = bars.lastTime() - qint64(m_windowDays) * 86400 + kSecondsPerHour;
        const int firstRow = static_cast<int>(
            std::lower_bound(table.times.begin(), table.times.end(), windowStart) - table.times.begin());
        const Ml::FeatureTable window = Ml::tableRows(table.table, firstRow, table.rows());

        QList<HourlyModel> kept;
        std::map<int, QList<Algorithm>> toTrain;
        if (m_incremental) {
            auto plan = planIncremental(symbol, table, bars.lastTime(), kept, toTrain);
            if (!plan) {
                return fail(plan.error());
            }
        } else {
            for (int h : m_horizons) {
                toTrain[h] = m_algorithms;
            }
        }

        auto result = std::make_shared<HourlyResult>();
        result->symbol = symbol;
        result->lastHour = bars.lastTime();
        result->training.schemaHash = table.table.schemaHash;
        result->training.schemaVersion = table.table.schemaVersion;
        result->training.columns = table.table.columns();
        result->training.lastBar = utcTime(bars.lastTime()).date();
        QStringList failures;
        for (const auto& [h, algorithms] : toTrain) {
            if (algorithms.isEmpty()) {
                continue;
            }
            Ml::TrainConfig config = m_settings.config;
            config.algorithms = algorithms;
            config.horizons = {h}; // purge = h hours (bars) in the walk-forward
            auto trained = Ml::trainSymbol(symbol, window, config, [&ctx] { return ctx.isCanceled(); });
            if (!trained) {
                if (trained.error().code == ErrorCode::Cancelled
                    || trained.error().message.startsWith(Ml::toString(Ml::TrainFailure::LibraryError))) {
                    return fail(trained.error());
                }
                failures << QStringLiteral("%1: %2").arg(hoursLabel(h), trained.error().message);
                continue;
            }
            for (Ml::ModelResult& m : trained->models) {
                result->training.models << std::move(m);
            }
        }
        if (result->training.models.isEmpty() && kept.isEmpty()) {
            return fail(Error::invalidInput(failures.isEmpty() ? QStringLiteral("nothing to train")
                                                               : failures.first()));
        }
        for (const QString& f : failures) {
            spdlog::warn("train-hourly: {}: {}", symbol, f);
        }
        QList<HourlyModel> models = kept;
        for (const Ml::ModelResult& m : result->training.models) {
            models << HourlyModel{scoredModel(m, table.table.schemaHash), m.evaluation};
        }
        QStringList skipped;
        result->predictions =
            hourlyForecasts(symbol, table, models, m_ttlHours, QDateTime::currentSecsSinceEpoch(), &skipped);
        for (const QString& s : skipped) {
            spdlog::warn("train-hourly: {}: prediction skipped: {}", symbol, s);
        }
        const qint64 runId = ctx.progress().runId;
        const int keep = m_settings.keepVersions;
        return StepWrite([result, runId, keep](const Store::Database& db) -> Result<void> {
            return store(db, *result, runId, keep);
        });
    }

private:
    /**
     * Incremental mode: up to date when every selected stored model saw the newest hour; otherwise ridge
     * is refit, missing / foreign-schema / over-age rf and gbm retrained, the other stored ones kept.
     */
    Result<void> planIncremental(const QString& symbol,
                                 const Ml::HourlyTable& table,
                                 qint64 lastHour,
                                 QList<HourlyModel>& kept,
                                 std::map<int, QList<Algorithm>>& toTrain)
    {
        Store::ModelRepository repo(*m_db, true);
        auto latest = repo.latest(symbol);
        if (!latest) {
            return fail(latest.error());
        }
        const bool upToDate =
            selectionUpToDate(*latest,
                              table.table.schemaHash,
                              m_algorithms,
                              m_horizons,
                              [lastHour](const Store::StoredModel& m) { return m.lastHour < lastHour; });
        if (upToDate) {
            return TaskStep::skip(
                QStringLiteral("up to date: models trained through %1 UTC").arg(hourLabel(lastHour)));
        }
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-m_settings.maxModelAgeDays);
        for (int h : m_horizons) {
            for (Algorithm a : m_algorithms) {
                const Store::StoredModel* it = findModel(*latest, a, h, table.table.schemaHash);
                if (!it || a == Algorithm::Ridge || it->trainedAt < cutoff) {
                    toTrain[h] << a;
                    continue;
                }
                auto reused =
                    reusableModel(repo, *it, m_settings.config.params, "train-hourly", hoursLabel(h));
                if (!reused) {
                    return fail(reused.error());
                }
                if (!reused->has_value()) {
                    toTrain[h] << a;
                    continue;
                }
                kept << HourlyModel{**reused, it->evaluation};
            }
        }
        return {};
    }

    static Result<void> store(const Store::Database& db, HourlyResult& r, qint64 runId, int keep)
    {
        Store::ModelRepository models(db, true);
        auto stored = storeModelVersions(
            models, r.symbol, r.training, r.lastHour, runId, keep, QDateTime::currentDateTimeUtc());
        if (!stored) {
            return fail(stored.error());
        }
        linkPredictions(r.predictions, *stored);
        return Store::HourlyPredictionRepository(db).replace(r.symbol, r.predictions);
    }

    Store::DatabasePtr m_db;
    Ml::TrainSettings m_settings;
    bool m_incremental = false;
    QList<Algorithm> m_algorithms;
    std::vector<int> m_horizons;
    int m_windowDays = 182;
    int m_ttlHours = 6;
};

/** A hourly setting: the run's override when valid, else the stored value, else the default. */
Result<QString> hourlyValue(const Store::Database& db, const QJsonObject& overrides, const QString& key)
{
    if (overrides.contains(key)) {
        const Config::Parameter* p = Config::findParameter(hourlyParameters(), key);
        const QJsonValue v = overrides.value(key);
        return Config::validate(*p, v.isString() ? v.toString() : QString::number(v.toDouble()));
    }
    return hourlySetting(db, key);
}

Result<TaskPlan>
buildHourlyTrainPlan(const Store::DatabasePtr& db, const QJsonObject& params, const QStringList& only)
{
    const QString mode = params.value(QStringLiteral("mode")).toString(QStringLiteral("full"));
    if (mode != u"full" && mode != u"incremental") {
        return fail(
            Error::invalidInput(QStringLiteral("train mode '%1' is not full or incremental").arg(mode)));
    }
    const QString algosText = params.value(QStringLiteral("algos")).toString();
    auto algorithms =
        algosText.isEmpty() ? Result<QList<Algorithm>>(Ml::allAlgorithms()) : Ml::parseAlgorithms(algosText);
    if (!algorithms) {
        return fail(algorithms.error());
    }
    const QJsonObject settingsObject = params.value(QStringLiteral("settings")).toObject();
    QString horizonsText = params.value(QStringLiteral("horizons")).toString();
    if (horizonsText.isEmpty()) {
        auto stored = hourlyValue(*db, settingsObject, QStringLiteral("train/hourly/horizons"));
        if (!stored) {
            return fail(stored.error());
        }
        horizonsText = *stored;
    }
    auto horizons = parseHourHorizons(horizonsText);
    if (!horizons) {
        return fail(horizons.error());
    }
    auto window = hourlyValue(*db, settingsObject, QStringLiteral("train/hourly/fullWindowDays"));
    auto ttl = hourlyValue(*db, settingsObject, QStringLiteral("predictions/hourly/ttlHours"));
    if (!window || !ttl) {
        return fail(window ? ttl.error() : window.error());
    }
    auto stored = storedTrainSettings(*db);
    if (!stored) {
        return fail(stored.error());
    }
    QHash<QString, QString> overrides;
    for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
        if (Config::findParameter(Ml::trainParameters(), it.key())) {
            overrides.insert(it.key(),
                             it.value().isString() ? it.value().toString()
                                                   : QString::number(it.value().toDouble()));
        }
    }
    auto settings = Ml::resolveTrainSettings(*stored, overrides);
    if (!settings) {
        return fail(settings.error());
    }
    auto engine = hourlyValue(*db, settingsObject, QStringLiteral("train/hourly/rfEngine"));
    if (!engine) {
        return fail(engine.error());
    }
    settings->config.params.rfXgboost = *engine == u"xgboost";
    auto trees = hourlyValue(*db, settingsObject, QStringLiteral("train/hourly/rfTrees"));
    if (!trees) {
        return fail(trees.error());
    }
    settings->config.params.rfTrees = trees->toInt();
    // train/foldBars counts trading days (63 = a quarter); hourly models keep train/folds equal folds.
    settings->config.foldBars = 0;

    QStringList tickers = only.isEmpty() ? stringList(params.value(QStringLiteral("tickers"))) : only;
    if (const QString from = params.value(QStringLiteral("fromUniverse")).toString();
        tickers.isEmpty() && !from.isEmpty()) {
        // The universe's members now: a refresh that added or dropped pairs is followed by the next run.
        Store::UniverseRepository universes(*db);
        auto name = universes.storedName(from);
        if (!name) {
            return fail(name.error());
        }
        if (!name->has_value()) {
            return fail(Error::notFound(
                QStringLiteral("the universe '%1' this run trains is not stored any more").arg(from)));
        }
        auto members = universes.members(**name);
        if (!members) {
            return fail(members.error());
        }
        tickers = *members;
        if (tickers.isEmpty()) {
            return fail(Error::invalidInput(QStringLiteral("the universe '%1' has no members").arg(**name)));
        }
    }
    TaskPlan plan;
    if (const QString provider = params.value(QStringLiteral("provider")).toString(); !provider.isEmpty()) {
        // Load first: the load kind plans the symbols and its "bars" step (new hours since the last stored
        // one); the training step follows it for each symbol, in the same run.
        if (tickers.isEmpty()) {
            return fail(Error::invalidInput(
                QStringLiteral("train-hourly with a provider needs its pairs: tickers or fromUniverse")));
        }
        const TaskKind* load = TaskRegistry::find(QStringLiteral("load"));
        if (!load) {
            return fail(Error::internal(QStringLiteral("the load task kind is not registered")));
        }
        QJsonObject loadParams = params;
        loadParams.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
        loadParams.remove(QStringLiteral("universe")); // a load's "universe" would replace a membership
        auto loaded = load->build(db, loadParams, only);
        if (!loaded) {
            return fail(loaded.error());
        }
        plan = std::move(*loaded);
        tickers = plan.symbols;
    }
    if (tickers.isEmpty()) {
        auto spans = Store::HourlyBarRepository(*db).spans();
        if (!spans) {
            return fail(spans.error());
        }
        tickers = spans->keys();
        tickers.sort();
        if (tickers.isEmpty()) {
            plan.notes << QStringLiteral(
                "no symbol has stored hourly bars: load them first (tessera-cli fetch --provider binance)");
        }
    }
    plan.symbols = tickers;
    const int cores = std::max(1, QThread::idealThreadCount());
    int workers = params.value(QStringLiteral("maxConcurrent")).toInt(0);
    workers = workers > 0 ? workers : cores;
    workers = std::max(1, std::min<int>(workers, std::max<qsizetype>(1, plan.symbols.size())));
    settings->config.params.threads = Ml::innerThreadsFor(workers);
    Ml::configureDlibThreads(settings->config.params.threads);
    QStringList ids;
    for (Algorithm a : *algorithms) {
        ids << Ml::toString(a);
    }
    QStringList hs;
    for (int h : *horizons) {
        hs << hoursLabel(h);
    }
    plan.notes << QStringLiteral("hourly %1 training: %2 × horizons %3 on the last %4 days of hourly bars, "
                                 "%5-fold walk-forward purged by the horizon; predictions valid %6 h")
                      .arg(mode, ids.join(u','), hs.join(u','), *window)
                      .arg(settings->config.folds)
                      .arg(*ttl);
    plan.steps.push_back(std::make_unique<HourlyTrainStep>(
        db, *settings, mode == u"incremental", *algorithms, *horizons, window->toInt(), ttl->toInt()));
    return plan;
}

} // namespace

QList<Store::HourlyPrediction> hourlyForecasts(const QString& symbol,
                                               const Ml::HourlyTable& table,
                                               const QList<HourlyModel>& models,
                                               int ttlHours,
                                               qint64 generatedAt,
                                               QStringList* skipped)
{
    QList<Ml::ScoredModel> scored;
    for (const HourlyModel& m : models) {
        scored << m.scored;
    }
    const Ml::PredictionSet set = Ml::predictLatest(table.table, scored);
    if (skipped) {
        *skipped = set.skipped;
    }
    const int row = table.table.lastCompleteRow();
    QList<Store::HourlyPrediction> out;
    if (row < 0) {
        return out;
    }
    const qint64 asOf = table.times[static_cast<size_t>(row)] + kSecondsPerHour;
    const double close = table.table.priceAt(row);
    const auto evaluationOf = [&models](const QString& algorithm, int horizon) -> const Ml::Evaluation* {
        for (const HourlyModel& m : models) {
            if (Ml::toString(m.scored.algorithm) == algorithm && m.scored.horizon == horizon) {
                return &m.evaluation;
            }
        }
        return nullptr;
    };
    for (const Ml::Prediction& p : set.predictions) {
        Store::HourlyPrediction h;
        h.symbol = symbol;
        h.horizon = p.horizon;
        h.algorithm = p.algorithm;
        h.asOf = asOf;
        h.predictedReturn = p.predictedReturn;
        h.predictedPrice = p.predictedPrice;
        h.asOfClose = close;
        h.confidence = p.confidence;
        h.productionReady = p.productionReady;
        h.modelId = p.modelId;
        h.modelVersion = p.modelVersion;
        h.generatedAt = generatedAt;
        h.expiresAt = asOf + qint64(ttlHours) * kSecondsPerHour;
        if (const Ml::Evaluation* e = evaluationOf(p.algorithm, p.horizon)) {
            h.ic = e->oos.ic;
            h.hitRate = e->oos.hitRate;
            h.baseHitRate = e->oosMean.hitRate;
            h.mseSkill = e->mseSkill;
        } else {
            // The consensus: the mean record of the models it combines (as Ml::consensus picks them).
            double ic = 0, hit = 0, base = 0, skill = 0;
            int n = 0;
            for (int pass = 0; pass < 2 && n == 0; ++pass) {
                for (const HourlyModel& m : models) {
                    if (m.scored.horizon != p.horizon || (pass == 0 && !m.scored.productionReady)) {
                        continue;
                    }
                    ic += std::isfinite(m.evaluation.oos.ic) ? m.evaluation.oos.ic : 0.0;
                    hit += m.evaluation.oos.hitRate;
                    base += m.evaluation.oosMean.hitRate;
                    skill += std::isfinite(m.evaluation.mseSkill) ? m.evaluation.mseSkill : 0.0;
                    ++n;
                }
            }
            if (n > 0) {
                h.ic = ic / n;
                h.hitRate = hit / n;
                h.baseHitRate = base / n;
                h.mseSkill = skill / n;
            }
        }
        out << h;
    }
    return out;
}

QJsonObject hourlyTrainParams(const QStringList& tickers,
                              const QString& mode,
                              const QString& algos,
                              const QString& horizons,
                              int maxConcurrent)
{
    // The same parameters as the daily kind's (horizons are hours here).
    return trainParams(tickers, mode, algos, horizons, maxConcurrent);
}

TaskKind hourlyTrainTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("train-hourly");
    kind.title = QStringLiteral("Train hourly models");
    kind.build = buildHourlyTrainPlan;
    return kind;
}

} // namespace Tessera::Tasks
