#include "core/tasks/TrainXsTask.h"

#include <map>
#include <memory>
#include <mutex>

#include <QElapsedTimer>
#include <QJsonArray>

#include "core/common/Log.h"
#include "core/ml/CrossSection.h"
#include "core/ml/CrossSectionSettings.h"
#include "core/ml/XsFundamentals.h"
#include "core/store/BarRepository.h"
#include "core/store/CrossSectionRepository.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Tasks {
namespace {

/** Bars below this cannot give one row (SMA 200); such symbols are skipped, not failed. */
constexpr qsizetype kMinBars = 200;

/** What the steps of one run share: the loaded bars, then the trained result. Thread-safe. */
struct XsRunState
{
    std::mutex mutex;
    std::map<QString, BarSeries> bars; // by ticker: a deterministic order for the panel
    std::optional<Ml::XsResult> result;
    qint64 runId = 0;
    QElapsedTimer clock;
};

class LoadBarsStep final : public TaskStep
{
public:
    LoadBarsStep(Store::DatabasePtr db, std::shared_ptr<XsRunState> state)
        : m_db(std::move(db))
        , m_state(std::move(state))
    {}

    QString name() const override { return QStringLiteral("load"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext&) override
    {
        auto bars = Store::BarRepository(*m_db).load(work.symbol);
        if (!bars) {
            return fail(bars.error());
        }
        if (bars->size() < kMinBars) {
            return TaskStep::skip(
                QStringLiteral("insufficient history (%1 bars; the 200-bar average needs %2)")
                    .arg(bars->size())
                    .arg(kMinBars));
        }
        {
            std::lock_guard lock(m_state->mutex);
            m_state->bars[work.symbol] = std::move(*bars);
        }
        return StepWrite([](const Store::Database&) { return Result<void>{}; });
    }

private:
    Store::DatabasePtr m_db;
    std::shared_ptr<XsRunState> m_state;
};

QString figures(const Ml::XsModelReport& r)
{
    return QStringLiteral("%1 model: daily rank IC %2 (t %3, ICIR %4; baseline %5 %6), decile spread %7 % "
                          "(%8 % after costs), R² %9 — %10")
        .arg(r.target)
        .arg(r.ic.mean, 0, 'f', 4)
        .arg(r.ic.t, 0, 'f', 2)
        .arg(r.ic.icir, 0, 'f', 3)
        .arg(r.baseline)
        .arg(r.baselineIc.mean, 0, 'f', 4)
        .arg(100 * r.spread, 0, 'f', 2)
        .arg(100 * r.spreadNet, 0, 'f', 2)
        .arg(r.r2, 0, 'f', 4)
        .arg(r.validated ? QStringLiteral("validated") : QStringLiteral("unvalidated"));
}

Result<TaskPlan> buildXsPlan(const Store::DatabasePtr& db, const QJsonObject& params, const QStringList& only)
{
    QHash<QString, QString> overrides;
    const QJsonObject settingsObject = params.value(QStringLiteral("settings")).toObject();
    for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
        overrides.insert(
            it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
    }
    auto settings = storedXsSettings(*db, overrides);
    if (!settings) {
        return fail(settings.error());
    }
    QDate asOf;
    const QString asOfText = params.value(QStringLiteral("asOf")).toString();
    if (!asOfText.isEmpty()) {
        asOf = QDate::fromString(asOfText, Qt::ISODate);
        if (!asOf.isValid()) {
            return fail(
                Error::invalidInput(QStringLiteral("as-of date '%1' is not YYYY-MM-DD").arg(asOfText)));
        }
    }
    QStringList all;
    for (const QJsonValue& v : params.value(QStringLiteral("tickers")).toArray()) {
        all << v.toString();
    }
    TaskPlan plan;
    if (all.isEmpty()) {
        auto withBars = Store::SymbolRepository(*db).tickersWithBars();
        if (!withBars) {
            return fail(withBars.error());
        }
        all = *withBars;
    }
    all.sort();
    plan.symbols = only.isEmpty() ? all : only;
    const QString selection = params.value(QStringLiteral("selection")).toString(QStringLiteral("all"));

    auto state = std::make_shared<XsRunState>();
    state->clock.start();
    plan.steps.push_back(std::make_unique<LoadBarsStep>(db, state));
    plan.notes << QStringLiteral(
                      "cross-sectional %1 models, %2 days of features, %3 per day, %4-fold walk-forward "
                      "by date (purge %5, embargo %6), gate t ≥ %7")
                      .arg(Ml::toString(settings->learner))
                      .arg(settings->featureDays)
                      .arg(Ml::toString(settings->transform))
                      .arg(settings->folds)
                      .arg(settings->horizon + 1)
                      .arg(settings->embargo)
                      .arg(settings->gate);

    const Ml::XsSettings xs = *settings;
    plan.compute =
        [db, state, xs, asOf](TaskContext& ctx, const QStringList& done, QStringList& notes) -> Result<void> {
        state->runId = ctx.progress().runId;
        // A resumed run: symbols loaded by an earlier attempt are not in memory yet.
        for (const QString& symbol : done) {
            if (state->bars.count(symbol) == 0) {
                auto bars = Store::BarRepository(*db).load(symbol);
                if (!bars) {
                    return fail(bars.error());
                }
                if (bars->size() >= kMinBars) {
                    state->bars[symbol] = std::move(*bars);
                }
            }
        }
        std::map<QString, BarSeries> loaded;
        for (auto& [ticker, bars] : state->bars) {
            if (done.contains(ticker)) {
                loaded.emplace(ticker, std::move(bars));
            }
        }
        state->bars.clear();
        auto made = xsInputs(*db, std::move(loaded), xs.useFundamentals);
        if (!made) {
            return fail(made.error());
        }
        std::vector<Ml::XsSymbolInput>& inputs = made->symbols;
        const QStringList& extraNames = made->extraNames;
        const int withFundamentals = made->withFundamentals;
        if (xs.useFundamentals) {
            notes << (withFundamentals > 0
                          ? QStringLiteral(
                                "fundamentals: %1 of %2 symbols have collected values (point in time: "
                                "a row sees only values collected on or before its day)")
                                .arg(withFundamentals)
                                .arg(inputs.size())
                          : QStringLiteral(
                              "fundamentals: none collected (fundamentals import|fetch); technical "
                              "features only"));
        }
        if (inputs.size() < static_cast<size_t>(xs.minSymbolsPerDay)) {
            return fail(Error::invalidInput(
                QStringLiteral("a cross-section needs at least %1 symbols with 200 bars; %2 have them")
                    .arg(xs.minSymbolsPerDay)
                    .arg(inputs.size())));
        }
        QElapsedTimer stage;
        stage.start();
        spdlog::info(
            "train-xs: {} symbols loaded after {:.2f} s", inputs.size(), state->clock.nsecsElapsed() / 1e9);
        ctx.beginStep(QStringLiteral("panel"), 1);
        auto panel = Ml::buildXsPanel(inputs, extraNames, xs, asOf);
        if (!panel) {
            return fail(panel.error());
        }
        ctx.unitFinished(QStringLiteral("panel"), true);
        const double panelSeconds = stage.nsecsElapsed() / 1e9;
        ctx.beginStep(QStringLiteral("models"), 2 * (xs.folds + 1));
        auto result = Ml::trainCrossSection(*panel, xs, [&ctx](int, int, const QString& what) {
            ctx.unitFinished(what, true);
            return !ctx.isCanceled();
        });
        ctx.finish();
        spdlog::info("train-xs: panel {:.2f} s, {} fits {:.2f} s",
                     panelSeconds,
                     2 * (xs.folds + 1),
                     stage.nsecsElapsed() / 1e9 - panelSeconds);
        if (!result) {
            return fail(result.error());
        }
        notes << QStringLiteral("%1 symbols, %2 rows, %3 to %4")
                     .arg(result->symbols)
                     .arg(result->rows)
                     .arg(result->dataFrom.toString(Qt::ISODate), result->asOf.toString(Qt::ISODate))
              << figures(result->price) << figures(result->risk);
        state->result = std::move(*result);
        return {};
    };
    plan.finish =
        [state, selection](const Store::Database& store, const QStringList&, QStringList&) -> Result<void> {
        if (!state->result) {
            return fail(Error::internal(QStringLiteral("the cross-sectional models were not computed")));
        }
        const double seconds = static_cast<double>(state->clock.nsecsElapsed()) / 1e9;
        auto id = Store::CrossSectionRepository(store).save(*state->result, selection, state->runId, seconds);
        if (!id) {
            return fail(id.error());
        }
        return {};
    };
    return plan;
}

} // namespace

Result<Ml::XsSettings> storedXsSettings(const Store::Database& db, const QHash<QString, QString>& overrides)
{
    auto stored = Store::SettingsRepository(db).storedValues(Ml::xsParameters());
    if (!stored) {
        return fail(stored.error());
    }
    return Ml::resolveXsSettings(*stored, overrides);
}

Result<XsInputs> xsInputs(const Store::Database& db, std::map<QString, BarSeries> bars, bool useFundamentals)
{
    XsInputs out;
    for (auto& [ticker, series] : bars) {
        Ml::XsSymbolInput input{std::move(series), {}};
        if (useFundamentals) {
            auto history = Store::FundamentalsRepository(db).history(ticker);
            if (!history) {
                return fail(history.error());
            }
            if (!history->isEmpty()) {
                input.extra = Ml::pointInTimeFundamentals(input.bars, *history);
                ++out.withFundamentals;
            }
        }
        out.symbols.push_back(std::move(input));
    }
    // Fundamentals columns only when some symbol has them: columns missing everywhere carry nothing.
    if (out.withFundamentals > 0) {
        out.extraNames = Ml::xsFundamentalFeatureNames();
    }
    return out;
}

TaskKind trainXsTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("train-xs");
    kind.title = QStringLiteral("Train cross-sectional models");
    kind.build = buildXsPlan;
    return kind;
}

QJsonObject trainXsParams(const QStringList& tickers,
                          const QString& selection,
                          const QDate& asOf,
                          const QJsonObject& settings)
{
    QJsonObject p;
    if (!tickers.isEmpty()) {
        p.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
    }
    p.insert(QStringLiteral("selection"), selection.isEmpty() ? QStringLiteral("all") : selection);
    if (asOf.isValid()) {
        p.insert(QStringLiteral("asOf"), asOf.toString(Qt::ISODate));
    }
    if (!settings.isEmpty()) {
        p.insert(QStringLiteral("settings"), settings);
    }
    return p;
}

} // namespace Tessera::Tasks
