#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Cli {

/**
 * The symbol selection shared by fetch/pipeline/train (SPEC §1): --ticker T, --symbols A,B,
 * --tickers-file F, --universe NAME, --tag T; several combine as a union; none = everything.
 */
QList<QCommandLineOption> selectionOptions();

/** True when any selection option was given. */
bool hasSelection(const QCommandLineParser& parser);

/**
 * Resolves the selection to tickers (order kept, duplicates dropped). An unknown universe or tag, or
 * an unreadable tickers file, is an InvalidInput error naming it. Empty result + no selection = all.
 */
[[nodiscard]] Result<QStringList> resolveSelection(const QCommandLineParser& parser,
                                                   const Store::Database& db);

} // namespace Tessera::Cli
