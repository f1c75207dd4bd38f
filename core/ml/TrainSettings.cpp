#include "core/ml/TrainSettings.h"

namespace Tessera::Ml {

using Config::Parameter;
using Config::ParameterType;

namespace {

Parameter
integer(const char* key, int def, int lo, int hi, const char* unit, const char* help, const char* cli = "")
{
    return Parameter{QString::fromLatin1(key),
                     ParameterType::Integer,
                     QString::number(def),
                     static_cast<double>(lo),
                     static_cast<double>(hi),
                     QString::fromLatin1(unit),
                     QString::fromUtf8(help),
                     QString::fromLatin1(cli),
                     {}};
}

Parameter real(const char* key, double def, double lo, double hi, const char* help)
{
    return Parameter{QString::fromLatin1(key),
                     ParameterType::Real,
                     QString::number(def),
                     lo,
                     hi,
                     {},
                     QString::fromUtf8(help),
                     {},
                     {}};
}

} // namespace

const QList<Parameter>& trainParameters()
{
    // Defaults: see Evaluation.h for the gate, models/*.cpp for the model parameters.
    static const QList<Parameter> table = {
        integer("train/folds",
                3,
                2,
                10,
                "folds",
                "Expanding-window walk-forward folds of equal size, used when the fold length is 0 or the "
                "history is too short for two folds of that length; each is purged by the horizon.",
                "folds"),
        integer("train/foldBars",
                63,
                0,
                1000,
                "bars",
                "Test rows of one walk-forward fold (63 trading days = a quarter): the last quarters are "
                "tested one by one, each fold trained on everything before it. 0 = equal folds."),
        integer("train/maxFolds",
                12,
                2,
                60,
                "folds",
                "Most fixed-length folds a model is tested on (the first third of the history always "
                "trains only)."),
        integer("train/minRows",
                120,
                40,
                100000,
                "rows",
                "Usable rows (complete features and a known target) a horizon needs to be trained."),
        integer("train/keepVersions",
                3,
                1,
                100,
                "versions",
                "Stored versions kept per symbol, algorithm and horizon; older ones are deleted."),
        integer("train/maxModelAgeDays",
                7,
                0,
                3650,
                "days",
                "Incremental updates refit ridge every time and retrain random forest and gradient "
                "boosting only when they are older than this."),
        integer("train/predictionTtlHours",
                96,
                1,
                8760,
                "h",
                "Cached predictions expire this long after the end of their as-of bar's day (UTC), so a "
                "weekend and a holiday pass; they are marked stale as soon as a newer bar arrives."),
        real("train/gate/minMseSkill",
             0.01,
             -1,
             1,
             "Production-ready gate: out-of-sample MSE must be this fraction below the better naive "
             "baseline (zero return, training mean)."),
        real("train/gate/minIc",
             0.05,
             -1,
             1,
             "Production-ready gate: minimum out-of-sample information coefficient (Spearman)."),
        real("train/gate/minIcT",
             2.0,
             0,
             20,
             "Production-ready gate: minimum t statistic of the IC over test rows / horizon independent "
             "periods."),
        real("train/gate/minHitEdge",
             0.0,
             -1,
             1,
             "Production-ready gate: directional hit rate minus the training-mean direction's hit rate."),
        real("train/gate/minFoldShare",
             0.6,
             0,
             1,
             "Production-ready gate: share of folds in which the model's MSE beats the better baseline."),
        integer("train/rf/trees", 100, 10, 2000, "trees", "Random forest: number of trees."),
        Parameter{QStringLiteral("train/rf/engine"),
                  ParameterType::Choice,
                  QStringLiteral("xgboost"),
                  0,
                  0,
                  {},
                  QStringLiteral(
                      "Random forest: library that builds it. xgboost (its random-forest mode) bounds every "
                      "leaf to the rows setting and the depth; dlib bounds only the rows a node needs to be "
                      "split, so its leaves can be smaller and it overfits noisy returns."),
                  {},
                  {},
                  {QStringLiteral("xgboost"), QStringLiteral("dlib")}},
        integer("train/rf/minSamplesPerLeaf",
                20,
                1,
                500,
                "rows",
                "Random forest: fewest training rows in a leaf (with dlib: rows a node needs to be split "
                "further)."),
        real("train/rf/minLeafShare",
             0.2,
             0,
             0.5,
             "Random forest: fewest training rows in a leaf as a share of the training rows (the larger "
             "of this and the rows setting applies), so trees do not grow with the history."),
        integer("train/rf/maxDepth",
                4,
                1,
                20,
                "levels",
                "Random forest (xgboost engine): deepest split level of a tree."),
        real("train/rf/featureFraction",
             0.2,
             0.01,
             1,
             "Random forest: share of the features considered at each split."),
        integer("train/gbm/maxDepth", 3, 1, 12, "levels", "Gradient boosting: maximum tree depth."),
        real("train/gbm/eta", 0.05, 0.001, 1, "Gradient boosting: learning rate."),
        integer("train/gbm/maxRounds",
                300,
                1,
                10000,
                "rounds",
                "Gradient boosting: maximum rounds; early stopping on a purged validation tail inside "
                "the training window picks the number used."),
    };
    return table;
}

Result<TrainSettings> resolveTrainSettings(const QHash<QString, QString>& stored,
                                           const QHash<QString, QString>& overrides)
{
    auto resolved = Config::resolveValues(trainParameters(), stored, overrides);
    if (!resolved) {
        return fail(resolved.error());
    }
    const QHash<QString, QString>& values = *resolved;
    const auto i = [&values](const char* key) {
        return values.value(QString::fromLatin1(key)).toInt();
    };
    const auto d = [&values](const char* key) {
        return values.value(QString::fromLatin1(key)).toDouble();
    };
    TrainSettings s;
    s.config.folds = i("train/folds");
    s.config.foldBars = i("train/foldBars");
    s.config.maxFolds = i("train/maxFolds");
    s.config.minRows = i("train/minRows");
    s.keepVersions = i("train/keepVersions");
    s.maxModelAgeDays = i("train/maxModelAgeDays");
    s.predictionTtlHours = i("train/predictionTtlHours");
    s.config.gate.minMseSkill = d("train/gate/minMseSkill");
    s.config.gate.minIc = d("train/gate/minIc");
    s.config.gate.minIcT = d("train/gate/minIcT");
    s.config.gate.minHitEdge = d("train/gate/minHitEdge");
    s.config.gate.minFoldShare = d("train/gate/minFoldShare");
    s.config.params.rfTrees = i("train/rf/trees");
    s.config.params.rfMinSamplesPerLeaf = i("train/rf/minSamplesPerLeaf");
    s.config.params.rfFeatureFraction = d("train/rf/featureFraction");
    s.config.params.rfMaxDepth = i("train/rf/maxDepth");
    s.config.params.rfMinLeafShare = d("train/rf/minLeafShare");
    s.config.params.rfXgboost = values.value(QStringLiteral("train/rf/engine")) == u"xgboost";
    s.config.params.gbmMaxDepth = i("train/gbm/maxDepth");
    s.config.params.gbmEta = d("train/gbm/eta");
    s.config.params.gbmMaxRounds = i("train/gbm/maxRounds");
    return s;
}

} // namespace Tessera::Ml
