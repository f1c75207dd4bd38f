#include "core/ml/CrossSectionSettings.h"

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

Parameter real(const char* key, double def, double lo, double hi, const char* help, const char* cli = "")
{
    return Parameter{QString::fromLatin1(key),
                     ParameterType::Real,
                     QString::number(def, 'g', 10),
                     lo,
                     hi,
                     {},
                     QString::fromUtf8(help),
                     QString::fromLatin1(cli),
                     {}};
}

Parameter choice(const char* key, const char* def, QStringList choices, const char* help, const char* cli)
{
    Parameter p{QString::fromLatin1(key),
                ParameterType::Choice,
                QString::fromLatin1(def),
                0,
                0,
                {},
                QString::fromUtf8(help),
                QString::fromLatin1(cli),
                {}};
    p.choices = std::move(choices);
    return p;
}

} // namespace

const QList<Parameter>& xsParameters()
{
    static const QList<Parameter> table = {
        integer("xs/featureDays",
                365,
                60,
                5000,
                "days",
                "Trading days of features pooled up to the as-of date (the seed's 365; longer allowed).",
                "days"),
        choice("xs/transform",
               "rank",
               {QStringLiteral("rank"), QStringLiteral("zscore"), QStringLiteral("none")},
               "Per-day transform of every feature and label across symbols: rank (0..1), zscore (clipped "
               "at ±3) or none (raw, to compare R² with the peer).",
               "transform"),
        choice("xs/learner",
               "rf",
               {QStringLiteral("rf"), QStringLiteral("gbm")},
               "XGBoost random-forest mode (the seed's forest: 100 trees, depth 10, leaves ≥ 10 rows) or "
               "gradient boosting.",
               "learner"),
        choice("xs/fundamentals",
               "on",
               {QStringLiteral("on"), QStringLiteral("off")},
               "Append the stored fundamentals (P/E, P/B, ROE, growth, margins, log market cap, ...) as "
               "features where collected, point in time: a row sees only values collected on or before its "
               "day; before that they are missing.",
               "fundamentals"),
        integer("xs/folds",
                5,
                1,
                20,
                "folds",
                "Walk-forward folds by date over the second half of the labelled dates.",
                "folds"),
        real("xs/initialTrainFraction",
             0.5,
             0.1,
             0.95,
             "Share of the labelled dates that only train before the first test block (0.8 with one fold = "
             "the "
             "peer's 80/20 split).",
             "initial-train"),
        integer("xs/embargo",
                10,
                0,
                250,
                "days",
                "Dates dropped between a fold's training and its test block, after the purge of every label "
                "that reaches the test (the label length)."),
        real("xs/gate",
             2.0,
             0,
             20,
             "Validation gate: a model whose out-of-sample daily rank-IC Newey–West t-statistic is below "
             "this is stored and shown as unvalidated.",
             "gate"),
        real("xs/costNotional",
             1000000,
             1000,
             1e10,
             "Order size (currency units) whose slippage (tiles/Slippage) is charged to the decile spread."),
        integer("xs/rf/trees", 100, 10, 2000, "trees", "Cross-sectional random forest: trees."),
        integer("xs/rf/maxDepth", 10, 2, 20, "levels", "Cross-sectional random forest: maximum depth."),
        real("xs/rf/subsample",
             0.632,
             0.05,
             1,
             "Cross-sectional random forest: share of the rows each tree sees, drawn without replacement "
             "(0.632 ≈ the distinct rows of a bootstrap sample)."),
        integer("xs/maxBin", 128, 16, 1024, "bins", "Histogram bins per feature of the XGBoost hist method."),
        integer("xs/gbm/rounds", 200, 10, 5000, "rounds", "Cross-sectional gradient boosting: rounds."),
    };
    return table;
}

Result<XsSettings> resolveXsSettings(const QHash<QString, QString>& stored,
                                     const QHash<QString, QString>& overrides)
{
    auto resolved = Config::resolveValues(xsParameters(), stored, overrides);
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
    XsSettings s;
    s.featureDays = i("xs/featureDays");
    auto transform = parseXsTransform(values.value(QStringLiteral("xs/transform")));
    if (!transform) {
        return fail(transform.error());
    }
    s.transform = *transform;
    auto learner = parseXsLearner(values.value(QStringLiteral("xs/learner")));
    if (!learner) {
        return fail(learner.error());
    }
    s.learner = *learner;
    s.useFundamentals = values.value(QStringLiteral("xs/fundamentals")) == u"on";
    s.folds = i("xs/folds");
    s.initialTrainFraction = d("xs/initialTrainFraction");
    s.embargo = i("xs/embargo");
    s.gate = d("xs/gate");
    s.costNotional = d("xs/costNotional");
    s.rfTrees = i("xs/rf/trees");
    s.rfMaxDepth = i("xs/rf/maxDepth");
    s.gbmRounds = i("xs/gbm/rounds");
    s.rfSubsample = d("xs/rf/subsample");
    s.maxBin = i("xs/maxBin");
    return s;
}

} // namespace Tessera::Ml
