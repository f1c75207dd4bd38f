#include "core/tasks/TrainTask.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QThread>

#include "core/common/Log.h"
#include "core/ml/FeatureTable.h"
#include "core/ml/MlThreads.h"
#include "core/ml/Predictor.h"
#include "core/ml/TrainSettings.h"
#include "core/ml/Trainer.h"
#include "core/store/BarRepository.h"
#include "core/store/ModelRepository.h"
#include "core/store/PredictionRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/ModelVersions.h"

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

/**
 * tickers ordered by liquidity, most liquid first: the mean traded value close × volume over each
 * symbol's last 20 stored bars (seed 000's "priority training: high-volume stocks first"). Symbols
 * without bars sort last, ties by ticker, so the order is stable across resumes.
 */
Result<QStringList> byLiquidity(const Store::Database& db, const QStringList& tickers)
{
    auto traded = Store::BarRepository(db).recentTradedValue(20);
    if (!traded) {
        return fail(traded.error());
    }
    const QHash<QString, double>& value = *traded;
    QStringList ordered = tickers;
    std::stable_sort(ordered.begin(), ordered.end(), [&value](const QString& a, const QString& b) {
        const double va = value.value(a, std::nan(""));
        const double vb = value.value(b, std::nan(""));
        const bool ha = std::isfinite(va);
        const bool hb = std::isfinite(vb);
        if (ha != hb) {
            return ha;
        }
        if (ha && va != vb) {
            return va > vb;
        }
        return a < b;
    });
    return ordered;
}

/** What one symbol's training produced, handed from process() to its write. */
struct SymbolResult
{
    QString symbol;
    Ml::SymbolTraining training;       ///< the models (re)trained now
    QList<Ml::Prediction> predictions; ///< every model's forecast and the consensus per horizon
};

/** The "train" step (see TrainTask.h). Thread-safe: shared state is read-only after construction. */
class TrainStep final : public TaskStep
{
public:
    TrainStep(Store::DatabasePtr db,
              Ml::TrainSettings settings,
              bool incremental,
              QList<Algorithm> algorithms,
              std::vector<int> horizons)
        : m_db(std::move(db))
        , m_settings(std::move(settings))
        , m_incremental(incremental)
        , m_algorithms(std::move(algorithms))
        , m_horizons(std::move(horizons))
    {}

    QString name() const override { return QStringLiteral("train"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        const QString symbol = work.symbol;
        auto bars = Store::BarRepository(*m_db).load(symbol);
        if (!bars) {
            return fail(bars.error());
        }
        if (bars->isEmpty()) {
            return fail(Error::notFound(QStringLiteral("%1: %2 has no stored bars (load data first)")
                                            .arg(Ml::toString(Ml::TrainFailure::NoData), symbol)));
        }
        // As of a past day (train --as-of) the rows after it are cut here, for the fits and the predictions
        // alike.
        const Ml::FeatureTable table = Ml::buildFeatureTable(*bars).truncated(m_settings.config.asOf);

        // What to (re)train now and which stored models to keep using (incremental mode).
        QList<Ml::ScoredModel> kept;
        std::map<int, QList<Algorithm>> toTrain; // horizon -> algorithms
        if (m_incremental) {
            auto plan = planIncremental(symbol, table, bars->lastDate(), kept, toTrain);
            if (!plan) {
                return fail(plan.error());
            }
        } else {
            for (int h : m_horizons) {
                toTrain[h] = m_algorithms;
            }
        }

        auto result = std::make_shared<SymbolResult>();
        result->symbol = symbol;
        result->training.schemaHash = table.schemaHash;
        result->training.schemaVersion = table.schemaVersion;
        result->training.columns = table.columns();
        // The last bar the models saw: the as-of day's (or the one before it) when training as of a past day.
        result->training.lastBar = bars->lastDate();
        if (const QDate asOf = m_settings.config.asOf; asOf.isValid() && asOf < result->training.lastBar) {
            for (qsizetype i = bars->size() - 1; i >= 0; --i) {
                if (bars->date(i) <= asOf) {
                    result->training.lastBar = bars->date(i);
                    break;
                }
            }
        }
        QStringList failures;
        for (const auto& [h, algorithms] : toTrain) {
            if (algorithms.isEmpty()) {
                continue;
            }
            Ml::TrainConfig config = m_settings.config;
            config.algorithms = algorithms;
            config.horizons = {h};
            auto trained = Ml::trainSymbol(symbol, table, config);
            if (!trained) {
                if (trained.error().message.startsWith(Ml::toString(Ml::TrainFailure::LibraryError))) {
                    return fail(trained.error()); // nothing of a symbol is stored after a library failure
                }
                failures << trained.error().message;
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
            spdlog::warn("train: {}: {}", symbol, f);
        }

        QList<Ml::ScoredModel> scored = kept;
        for (const Ml::ModelResult& m : result->training.models) {
            scored << scoredModel(m, table.schemaHash);
        }
        // The table is cut at the run's as-of date (train --as-of): the forecast of the bar the models were
        // trained up to, not of today's bar.
        Ml::PredictionSet predictions = Ml::predictLatest(table, scored);
        for (const QString& s : predictions.skipped) {
            spdlog::warn("train: {}: prediction skipped: {}", symbol, s);
        }
        result->predictions = predictions.predictions;
        const qint64 runId = ctx.progress().runId;
        const int keep = m_settings.keepVersions;
        const int ttlHours = m_settings.predictionTtlHours;
        return StepWrite([result, runId, keep, ttlHours](const Store::Database& db) -> Result<void> {
            return store(db, *result, runId, keep, ttlHours);
        });
    }

private:
    /**
     * Incremental mode: skip symbols whose models already saw the newest bar; otherwise refit ridge,
     * retrain missing, foreign-schema and over-age rf/gbm models, and keep the others for predictions.
     */
    Result<void> planIncremental(const QString& symbol,
                                 const Ml::FeatureTable& table,
                                 const QDate& lastBar,
                                 QList<Ml::ScoredModel>& kept,
                                 std::map<int, QList<Algorithm>>& toTrain)
    {
        Store::ModelRepository repo(*m_db);
        auto latest = repo.latest(symbol);
        if (!latest) {
            return fail(latest.error());
        }
        const bool upToDate = selectionUpToDate(
            *latest, table.schemaHash, m_algorithms, m_horizons, [&lastBar](const Store::StoredModel& m) {
                return m.lastBar < lastBar;
            });
        if (upToDate) {
            return TaskStep::skip(
                QStringLiteral("up to date: models trained through %1").arg(lastBar.toString(Qt::ISODate)));
        }
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-m_settings.maxModelAgeDays);
        for (int h : m_horizons) {
            for (Algorithm a : m_algorithms) {
                const Store::StoredModel* it = findModel(*latest, a, h, table.schemaHash);
                const bool cheap = a == Algorithm::Ridge;
                if (!it || cheap || it->trainedAt < cutoff) {
                    toTrain[h] << a;
                    continue;
                }
                auto reused =
                    reusableModel(repo, *it, m_settings.config.params, "train", Ml::horizonLabel(h));
                if (!reused) {
                    return fail(reused.error());
                }
                if (!reused->has_value()) {
                    toTrain[h] << a;
                    continue;
                }
                kept << **reused;
            }
        }
        return {};
    }

    static Result<void>
    store(const Store::Database& db, SymbolResult& r, qint64 runId, int keep, int ttlHours)
    {
        Store::ModelRepository models(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto stored = storeModelVersions(models, r.symbol, r.training, 0, runId, keep, now);
        if (!stored) {
            return fail(stored.error());
        }
        linkPredictions(r.predictions, *stored);
        // Expiry counts from the as-of bar (the end of its day, UTC), not from training time: predictions
        // made today from a 2018 history are not "fresh".
        QDate asOf;
        for (const Ml::Prediction& p : r.predictions) {
            asOf = std::max(asOf, p.asOf);
        }
        const QDateTime expires =
            asOf.isValid() ? QDateTime(asOf.addDays(1), QTime(0, 0), Qt::UTC).addSecs(3600LL * ttlHours)
                           : now.addSecs(3600LL * ttlHours);
        return Store::PredictionRepository(db).replace(r.symbol, r.predictions, now, expires);
    }

    Store::DatabasePtr m_db;
    Ml::TrainSettings m_settings;
    bool m_incremental = false;
    QList<Algorithm> m_algorithms;
    std::vector<int> m_horizons;
};

Result<TaskPlan>
buildTrainPlan(const Store::DatabasePtr& db, const QJsonObject& params, const QStringList& only)
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
    const QString horizonsText = params.value(QStringLiteral("horizons")).toString();
    auto horizons = horizonsText.isEmpty() ? Result<std::vector<int>>(Ml::defaultHorizons())
                                           : Ml::parseHorizons(horizonsText);
    if (!horizons) {
        return fail(horizons.error());
    }
    auto stored = storedTrainSettings(*db);
    if (!stored) {
        return fail(stored.error());
    }
    QHash<QString, QString> overrides;
    const QJsonObject settingsObject = params.value(QStringLiteral("settings")).toObject();
    for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
        overrides.insert(
            it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
    }
    auto settings = Ml::resolveTrainSettings(*stored, overrides);
    if (!settings) {
        return fail(settings.error());
    }
    QStringList tickers = only.isEmpty() ? stringList(params.value(QStringLiteral("tickers"))) : only;
    TaskPlan plan;
    // Training as of a past day: the rows after it are never read (Trainer), so the models, their folds
    // and the predictions are what that day could have known; the predictions expire from it.
    if (const QString asOfText = params.value(QStringLiteral("asOf")).toString(); !asOfText.isEmpty()) {
        const QDate asOf = QDate::fromString(asOfText, Qt::ISODate);
        if (!asOf.isValid()) {
            return fail(Error::invalidInput(
                QStringLiteral("train as-of '%1' is not a YYYY-MM-DD date").arg(asOfText)));
        }
        settings->config.asOf = asOf;
        plan.notes
            << QStringLiteral("as of %1: bars after that day are not used").arg(asOf.toString(Qt::ISODate));
    }
    if (tickers.isEmpty()) {
        auto all = Store::SymbolRepository(*db).tickersWithBars();
        if (!all) {
            return fail(all.error());
        }
        tickers = *all;
        if (tickers.isEmpty()) {
            plan.notes << QStringLiteral("no symbol has stored bars: load data first (tessera-cli fetch)");
        }
    }
    auto ordered = byLiquidity(*db, tickers);
    if (!ordered) {
        return fail(ordered.error());
    }
    plan.symbols = *ordered;

    // Library threads: workers × inner ≤ cores (dlib's pool is sized once per process, see MlThreads.h).
    const int cores = std::max(1, QThread::idealThreadCount());
    int workers = params.value(QStringLiteral("maxConcurrent")).toInt(0);
    workers = workers > 0 ? workers : cores;
    workers = std::max(1, std::min<int>(workers, std::max<qsizetype>(1, plan.symbols.size())));
    settings->config.params.threads = Ml::innerThreadsFor(workers);
    const int dlibThreads = Ml::configureDlibThreads(settings->config.params.threads);
    plan.notes << QStringLiteral("%1 training: %2 × horizons %3, %4 walk-forward; %5 library thread(s) per "
                                 "worker (dlib pool %6)")
                      .arg(
                          mode,
                          [&] {
                              QStringList ids;
                              for (Algorithm a : *algorithms) {
                                  ids << Ml::toString(a);
                              }
                              return ids.join(u',');
                          }(),
                          [&] {
                              QStringList hs;
                              for (int h : *horizons) {
                                  hs << Ml::horizonLabel(h);
                              }
                              return hs.join(u',');
                          }())
                      .arg(settings->config.foldBars > 0
                               ? QStringLiteral("%1-bar folds (up to %2, %3 equal folds on short histories)")
                                     .arg(settings->config.foldBars)
                                     .arg(settings->config.maxFolds)
                                     .arg(settings->config.folds)
                               : QStringLiteral("%1-fold").arg(settings->config.folds))
                      .arg(settings->config.params.threads)
                      .arg(dlibThreads == 0 ? QStringLiteral("inline") : QString::number(dlibThreads));
    plan.steps.push_back(
        std::make_unique<TrainStep>(db, *settings, mode == u"incremental", *algorithms, *horizons));
    return plan;
}

double quantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty()) {
        return std::nan("");
    }
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(pos));
    const size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

QJsonObject trainParams(const QStringList& tickers,
                        const QString& mode,
                        const QString& algos,
                        const QString& horizons,
                        int maxConcurrent)
{
    QJsonObject p;
    if (!tickers.isEmpty()) {
        p.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
    }
    p.insert(QStringLiteral("mode"), mode.isEmpty() ? QStringLiteral("full") : mode);
    if (!algos.isEmpty()) {
        p.insert(QStringLiteral("algos"), algos);
    }
    if (!horizons.isEmpty()) {
        p.insert(QStringLiteral("horizons"), horizons);
    }
    if (maxConcurrent > 0) {
        p.insert(QStringLiteral("maxConcurrent"), maxConcurrent);
    }
    return p;
}

TaskKind trainTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("train");
    kind.title = QStringLiteral("Train models");
    kind.build = buildTrainPlan;
    return kind;
}

Distribution distributionOf(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    std::sort(values.begin(), values.end());
    Distribution d;
    d.n = static_cast<int>(values.size());
    if (d.n > 0) {
        d.p10 = quantile(values, 0.1);
        d.median = quantile(values, 0.5);
        d.p90 = quantile(values, 0.9);
    }
    return d;
}

Result<Ml::TrainSettings> resolvedTrainSettings(const Store::Database& db)
{
    auto stored = storedTrainSettings(db);
    if (!stored) {
        return fail(stored.error());
    }
    return Ml::resolveTrainSettings(*stored, {});
}

Result<TrainSummary> trainSummary(const Store::Database& db, qint64 runId, bool hourly)
{
    Store::ModelRepository repo(db, hourly);
    auto models = runId > 0 ? repo.byRun(runId) : repo.latestAll();
    if (!models) {
        return fail(models.error());
    }
    TrainSummary s;
    s.hourly = hourly;
    QSet<QString> symbols;
    QSet<QString> readySymbols;
    std::map<std::pair<int, int>, std::vector<const Store::StoredModel*>> groups;
    for (const Store::StoredModel& m : *models) {
        symbols.insert(m.symbol);
        ++s.models;
        if (m.productionReady()) {
            ++s.productionReadyModels;
            readySymbols.insert(m.symbol);
        }
        groups[{m.horizon, static_cast<int>(m.algorithm)}].push_back(&m);
    }
    s.symbols = static_cast<int>(symbols.size());
    s.productionReadySymbols = static_cast<int>(readySymbols.size());
    qint64 bytes = 0;
    for (const QString& symbol : symbols) {
        auto b = repo.storedBytes(symbol);
        if (!b) {
            return fail(b.error());
        }
        bytes += *b;
    }
    s.meanStoredKBPerSymbol = symbols.isEmpty() ? 0 : bytes / 1024.0 / static_cast<double>(symbols.size());
    auto settings = resolvedTrainSettings(db);
    if (!settings) {
        return fail(settings.error());
    }
    s.chancePassShare = Ml::chancePassShare(settings->config.gate);
    for (const auto& [key, list] : groups) {
        ModelGroupSummary g;
        g.horizon = key.first;
        g.algorithm = static_cast<Algorithm>(key.second);
        g.models = static_cast<int>(list.size());
        std::vector<double> ic, hit, base, r2, skill;
        for (const Store::StoredModel* m : list) {
            g.productionReady += m->productionReady() ? 1 : 0;
            ic.push_back(m->evaluation.oos.ic);
            hit.push_back(m->evaluation.oos.hitRate);
            base.push_back(m->evaluation.oosMean.hitRate);
            r2.push_back(m->evaluation.oos.r2);
            skill.push_back(m->evaluation.mseSkill);
        }
        g.ic = distributionOf(ic);
        g.hitRate = distributionOf(hit);
        g.baseHit = distributionOf(base);
        g.r2 = distributionOf(r2);
        g.mseSkill = distributionOf(skill);
        s.groups << g;
    }
    return s;
}

} // namespace Tessera::Tasks
