#pragma once

#include <memory>

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include "core/config/Parameter.h"
#include "core/market/MarketCalendars.h"
#include "core/store/Database.h"
#include "core/tasks/TaskKind.h"
#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tasks {

/**
 * Version of what the analysis step stores (the engine's formulas and the documents' layout). Stored
 * with every analysis; a different version makes the next run recompute every symbol. Bump it when
 * core/tiles changes a result. 2: the directional verdict formula by default and verdict.formula in the
 * documents (issue 18).
 */
inline constexpr int kAnalysisEngineVersion = 2;

/** The database setting naming the folder the scheduled pipeline writes its JSON into (empty = none). */
inline const QString kPipelineJsonFolderSetting = QStringLiteral("pipeline/jsonFolder");

/**
 * The pipeline's declared output settings (the JSON folder, a Folder parameter: absolute or ~/, empty =
 * no JSON), listed by `tessera-cli settings` and on Settings ▸ Pipeline. Kept apart from
 * Tiles::pipelineParameters() on purpose: where the documents go is not part of the analysis, so it
 * is not in the settings fingerprint and changing it recomputes nothing.
 */
const QList<Config::Parameter>& pipelineOutputParameters();

/**
 * The "analysis" step: analyses a symbol's stored (split/dividend adjusted) bars with
 * Tiles::analyseSymbol — nine tiles, slippage and its Monte Carlo, verdict, data quality and the
 * price-range validation — and stores the result with AnalysisRepository in the symbol's transaction.
 *
 * Incremental: a symbol whose stored analysis was computed from the same bars (count, last bar and a
 * fingerprint of every stored bar field, so a revised history counts as new), the same settings and
 * the same engine version is skipped as "up to date", unless `full`.
 *
 * With a jsonFolder, the three documents are written there ({T}.json, {T}_slippage.json,
 * {T}_monte_slippage.json, each atomically; the ticker sanitised by Export::safeFileStem) before the
 * analysis is stored; an up-to-date symbol is exported from its stored documents without recomputing.
 * Two tickers of one run that sanitise to the same file name: the second fails instead of
 * overwriting the first one's files.
 *
 * Input: the bars the "bars" step of the same run just stored when they are the whole history, else
 * the stored bars. Thread-safe (process() runs concurrently per symbol).
 */
/** The analysis settings of a run and their fingerprint (stored with each analysis for incrementality). */
struct PipelineSettings
{
    Tiles::AnalysisSettings analysis;
    /** Each market's holiday calendar: a symbol is graded against its market's (analysis.calendar). */
    MarketCalendars calendars;
    quint64 fingerprint = 0;
};

std::unique_ptr<TaskStep> makeAnalysisStep(Store::DatabasePtr db,
                                           const PipelineSettings& settings,
                                           bool full = false,
                                           const QString& jsonFolder = {});

/**
 * The "pipeline" task kind: "Run pipeline" (seed 002's batch_run; one ticker = its run_all; the
 * synthetic provider = its sample_data). Parameters (JSON, stored with the run):
 *   tickers           selection (array); missing/empty = everything the provider has, or without a
 *                     provider every symbol with stored bars
 *   provider          optional --provider spec (csv:DIR, synthetic[:SEED], yahoo, stooq): load from it
 *                     first, as the "load" kind does (its "universe" and "settings" parameters apply);
 *                     missing = analyse the stored bars
 *   full              true: recompute indicators and analyses of every symbol, even when up to date
 *   jsonOut           folder for the JSON documents and summary.csv; missing = the pipeline/jsonFolder
 *                     setting; empty = no JSON written
 *   analysisSettings  {key: text} overrides of Tiles::pipelineParameters() for this run; the rest come
 *                     from the database settings, then the declared defaults
 * Steps per symbol: [bars (with a provider)] → indicators (the "indicators" kind's step) → analysis.
 * At the end (unless cancelled), with a JSON folder: summary.csv (symbol, direction, score, grade,
 * abs_score, valid, as_of, last_price, validation_errors, formula) of every symbol the run finished and every
 * symbol the folder's summary.csv already listed, from their stored analyses — so a retry or a run over
 * part of the universe updates its rows and keeps the others.
 */
TaskKind pipelineTaskKind();

/** Parameters of a pipeline run (empty strings/lists = the defaults). */
QJsonObject pipelineParams(const QStringList& tickers = {},
                           const QString& providerSpec = {},
                           bool full = false,
                           const QString& jsonOut = {});

/**
 * The analysis settings of a run: the stored settings of Tiles::pipelineParameters(), then the
 * overrides, with their fingerprint. An error names a bad key or value.
 */
[[nodiscard]] Result<PipelineSettings> resolveAnalysisSettings(const Store::Database& db,
                                                               const QJsonObject& overrides);

/**
 * A 64-bit fingerprint of the analysis settings: every field of settings and the effective value of
 * every declared pipeline parameter (values by key; missing = the declared default), and the holidays
 * of settings.calendar and of every market calendar.
 */
quint64 analysisSettingsFingerprint(const Tiles::AnalysisSettings& settings,
                                    const QMap<QString, QString>& values = {},
                                    const MarketCalendars& calendars = {});

} // namespace Tessera::Tasks
