#pragma once

#include <memory>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/store/Database.h"
#include "core/tasks/TaskRunner.h"
#include "ui/mainwindow/JobRunner.h"

namespace Tessera::Ui::Jobs {

/**
 * The writing jobs the GUI offers, as JobFunctions for JobRunner. Each runs the same core code as
 * the CLI (TaskRunner runs of the load kind, UniverseRepository::import, ...) on a worker thread and turns
 * its result into a JobOutcome for the summary box.
 */

/** A new run of task kind with params (TaskRunner::start), e.g. from the operations view or a schedule. */
JobFunction runTask(Store::DatabasePtr db, QString kind, QJsonObject params, Tasks::RunOptions options);

/** Continues a cancelled or interrupted run (TaskRunner::resume). */
JobFunction resumeRun(Store::DatabasePtr db, qint64 runId, Tasks::RunOptions options);

/** A new run over only the failed symbols of runId (TaskRunner::retryFailed). */
JobFunction retryFailed(Store::DatabasePtr db, qint64 runId, Tasks::RunOptions options);

/**
 * Start-up housekeeping: marks runs left "running" by a process that died as interrupted (under the
 * write lock JobRunner holds) and stores in *resumable the interrupted runs that still have work left,
 * newest first. Reports dataChanged = false.
 */
JobFunction recoverInterruptedRuns(Store::DatabasePtr db, std::shared_ptr<QList<qint64>> resumable);

/** The offline demo: synthetic bars for the demo universe (Fetch::demoSymbols()), stored as a universe. */
JobFunction loadDemo(Store::DatabasePtr db, Tasks::RunOptions options = {});

/** Every CSV file of a folder through the CSV provider (the seeds' cached-CSV mode). */
JobFunction importCsvFolder(Store::DatabasePtr db, QString folder, Tasks::RunOptions options = {});

/** A tickers file stored as a universe named universeName, or (tag non-empty) tagging its symbols. */
JobFunction importTickersFile(Store::DatabasePtr db, QString path, QString universeName, QString tag);

/** A universe CSV (symbol, name, sector, ...) or an NSE/S&P constituents file. */
JobFunction importUniverseFile(Store::DatabasePtr db, QString path);

/** A list bundled with Tessera (Universes::bundledUniverses() id), symbols only. */
JobFunction importBundledUniverse(Store::DatabasePtr db, QString id);

/**
 * The exchange-info refresh of every stored crypto universe against Binance (Universes::
 * checkCryptoUniverse, USDT pairs): the summary says per universe how many pairs were added and delisted,
 * the details name them with the reasons. With apply the changes are stored (applyCryptoRefresh: bars are
 * kept); without, nothing changes.
 */
JobFunction refreshCryptoUniverses(Store::DatabasePtr db, bool apply);

/** Turns a run result into the user's summary text and failure details. */
JobOutcome outcomeOf(const Tasks::RunResult& result);

} // namespace Tessera::Ui::Jobs
