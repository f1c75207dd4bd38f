#pragma once

#include <memory>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Fetch {
class BarProvider;
}

namespace Tessera::Cli {

/**
 * The symbol selection shared by fetch/pipeline/train (SPEC §1): --ticker T, --symbols A,B,
 * --tickers-file F, --universe NAME, --tag T; several combine as a union; none = everything.
 */
QList<QCommandLineOption> selectionOptions();

/** True when any selection option was given. */
bool hasSelection(const QCommandLineParser& parser);

/**
 * Resolves the selection to tickers (order kept, duplicates dropped). An unknown universe (names
 * compare ignoring case and punctuation; the error lists the stored ones) or tag, or an unreadable
 * tickers file, is an InvalidInput error naming it. Empty result + no selection = all.
 *
 * Every ticker named by --ticker, --symbols or --tickers-file must be a stored symbol (exactly, or the
 * only one with that base: "NTPC" for "NTPC.NS"), or, when the command loads through `provider`, one
 * the provider serves; a provider that cannot list its symbols (Yahoo, Stooq) accepts any ticker,
 * since naming a new one is how it is added. Otherwise: InvalidInput "unknown ticker FOOBAR; did you
 * mean FOOBAR.NS?", before anything is recorded.
 */
[[nodiscard]] Result<QStringList> resolveSelection(const QCommandLineParser& parser,
                                                   const Store::Database& db,
                                                   Fetch::BarProvider* provider = nullptr);

/**
 * Checks tickers the user typed against the stored symbols (and provider, as above); the error names
 * every unknown one with its close matches.
 */
[[nodiscard]] Result<void>
checkTickers(const QStringList& tickers, const Store::Database& db, Fetch::BarProvider* provider = nullptr);

/**
 * "FOOBAR (did you mean FOOBAR.NS?), ZZZ": each unknown ticker with its close matches among the stored
 * symbols and `offered` (suggestions for the first 20).
 */
[[nodiscard]] Result<QString> describeUnknownTickers(const QStringList& unknown,
                                                     const Store::Database& db,
                                                     const QStringList& offered = {});

/** --provider SPEC of the commands that can load before they compute (indicators, pipeline). */
QCommandLineOption loadProviderOption();

/**
 * The provider --provider names (csv:DIR, synthetic[:SEED], …), or null when the option is not given; an
 * unknown spec is an InvalidInput error.
 */
[[nodiscard]] Result<std::unique_ptr<Fetch::BarProvider>> loadProvider(const QCommandLineParser& parser);

/** The stored name of universe `name` (see UniverseRepository::storedName); the error lists the names. */
[[nodiscard]] Result<QString> storedUniverseName(const QString& name, const Store::Database& db);

} // namespace Tessera::Cli
