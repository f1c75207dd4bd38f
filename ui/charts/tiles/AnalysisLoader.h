#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QString>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tiles/SymbolAnalysis.h"
#include "ui/charts/tiles/AnalysisView.h"

namespace Tessera::Ui {

/**
 * Where the dashboard and the universe table get stored analyses. Injected, so the UI does not depend
 * on one store: MainWindow installs the store's repository, tests and `--analysis-dir` read JSON
 * files. Both are called on a worker thread (MainWindow's read pool), never on the GUI thread, and
 * must be thread-safe.
 */
/** One symbol's stored analysis; nullopt = none stored yet (not an error). */
using AnalysisLoader = std::function<Result<std::optional<StoredAnalysis>>(const QString& ticker)>;
/** Every stored symbol's summary (verdict, score, quality) by ticker, for the universe table. */
using AnalysisSummaryLoader = std::function<Result<QHash<QString, Tiles::AnalysisSummary>>()>;

/** The pipeline's stored analyses (Store::AnalysisRepository) through the calling thread's connection. */
AnalysisLoader storeAnalysisLoader(Store::DatabasePtr db);
AnalysisSummaryLoader storeAnalysisSummaryLoader(Store::DatabasePtr db);

/** Loader with nothing stored: every symbol has "no analysis yet". */
AnalysisLoader emptyAnalysisLoader();
AnalysisSummaryLoader emptyAnalysisSummaryLoader();

/**
 * Reads the three documents the pipeline's --json-out writes ({T}.json, {T}_slippage.json,
 * {T}_monte_slippage.json) from dir; updatedAt is the main file's modification time. nullopt when
 * {T}.json does not exist; an error names the file that is unreadable or not a JSON object.
 */
[[nodiscard]] Result<std::optional<StoredAnalysis>> loadAnalysisJson(const QString& dir,
                                                                     const QString& ticker);
AnalysisLoader jsonDirectoryLoader(const QString& dir);
/** Summaries of every {T}.json in dir (a document that does not parse is skipped with a warning). */
AnalysisSummaryLoader jsonDirectorySummaryLoader(const QString& dir);

/** The summary a view shows (what the store keeps beside the documents). */
Tiles::AnalysisSummary summaryOf(const AnalysisView& view);

} // namespace Tessera::Ui
