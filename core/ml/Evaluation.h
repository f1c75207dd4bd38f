#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/ml/Metrics.h"

namespace Tessera::Ml {

/**
 * The "production ready" gate (SPEC §6; the seed's "accuracy ≥ 70%", restated with honest metrics).
 * A model passes only when, on its pooled walk-forward test rows, ALL of these hold:
 *   MSE skill   1 − MSE_model / min(MSE_zero, MSE_mean) ≥ minMseSkill  (beats the better naive
 *               baseline by that margin; 0.01 = an error variance at least 1 % lower)
 *   IC          Spearman IC ≥ minIc, and its t statistic over n/h effectively independent rows
 *               ≥ minIcT (≈ 2: significant at about 2.5 % one-sided)
 *   hit rate    directional hit rate − the training-mean baseline's hit rate ≥ minHitEdge
 *   stability   MSE below the better baseline in at least minFoldShare of the folds
 * Every threshold is a setting (TrainSettings); the verdict names each one that failed.
 */
struct Gate
{
    double minMseSkill = 0.01;
    double minIc = 0.05;
    double minIcT = 2.0;
    double minHitEdge = 0.0;
    double minFoldShare = 0.6; ///< with 3 folds: 2 of 3
};

/** One walk-forward fold of one model: sizes, periods, and the model beside both baselines. */
struct FoldReport
{
    int fold = 0;
    int trainRows = 0;
    int testRows = 0;
    QDate trainFrom;
    QDate trainTo;
    QDate testFrom;
    QDate testTo;
    double trainMean = 0.0; ///< the training-mean baseline's forecast
    int rounds = -1;        ///< boosting rounds chosen by early stopping (gbm), else -1
    Metrics model;
    Metrics zero;
    Metrics mean;

    QJsonObject toJson() const;
    static FoldReport fromJson(const QJsonObject& o);
};

/** A model's out-of-sample record: the folds, the pooled test rows, and the gate's verdict. */
struct Evaluation
{
    QList<FoldReport> folds;
    Metrics oos;     ///< the model over all test rows of all folds
    Metrics oosZero; ///< zero-return baseline over the same rows
    Metrics oosMean; ///< training-mean baseline (each fold's own training mean) over the same rows
    double mseSkill = Metrics::kNaN; ///< 1 − MSE_model / MSE of the better baseline
    QString bestBaseline;            ///< "zero" or "mean": the better baseline by MSE
    double hitEdge = Metrics::kNaN;  ///< model hit rate − training-mean baseline hit rate
    double effectiveN = 0;           ///< test rows / horizon
    double icT = Metrics::kNaN;      ///< t statistic of the IC over effectiveN
    int foldsBeaten = 0;             ///< folds where the model's MSE is below the better baseline's
    bool productionReady = false;
    QString verdict; ///< one line: "production ready: ..." or "not production ready: ..."

    QJsonObject toJson() const;
    static Evaluation fromJson(const QJsonObject& o);
};

/** The per-fold ICs of a model taken together: how steady its ranking skill was from fold to fold. */
struct FoldIcSummary
{
    int folds = 0;    ///< folds with a finite IC
    int positive = 0; ///< of which IC > 0
    double mean = Metrics::kNaN;
    double sd = Metrics::kNaN; ///< sample standard deviation over folds
    double t = Metrics::kNaN;  ///< mean / (sd / √folds): the fold ICs' own t statistic
};
FoldIcSummary foldIcSummary(const Evaluation& e);

/**
 * Multiple testing: the share of skill-less models expected to pass the gate's IC t-test by chance
 * alone, P(Z ≥ minIcT) under a normal null (2.3 % for t ≥ 2). An upper bound for the whole gate,
 * whose other conditions a lucky model must also meet.
 */
double chancePassShare(const Gate& gate);
/**
 * One line for a set of models: "Multiple testing: 450 models were tested; if none had any skill,
 * about 10 would still pass the IC test by chance (2.3 % each). 12 passed the gate." `models` and
 * `passed` count models; the share from chancePassShare.
 */
QString multipleTestingNote(int models, int passed, double chanceShare);

/** Fills the pooled comparison fields of e (from its metrics) and applies the gate for horizon h. */
void judge(Evaluation& e, const Gate& gate, int horizon);

} // namespace Tessera::Ml
