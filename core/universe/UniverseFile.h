#pragma once

#include <QList>
#include <QStringList>

#include "core/common/ReadLimits.h"
#include "core/common/Result.h"
#include "core/market/Universe.h"

namespace Tessera::Universes {

/**
 * The default caps of the tickers and universe readers: files up to 16 MB (the S&P 500 constituents
 * with names and sectors are 53 KB; every listed stock in the world fits in a few MB) and lines up to
 * 1 MB. A larger file is refused before it is read, naming the file and its size; a longer line
 * ("FILE:LINE: line longer than 1 MB") fails the file.
 */
ReadLimits universeFileReadLimits();

/**
 * Reads a tickers file: one ticker per line, '#' starts a comment (whole line or trailing), blank
 * lines ignored, surrounding spaces trimmed, duplicates dropped (first kept), order kept — the seeds'
 * nifty500.txt format. A line with an embedded space or comma is an error naming file and line.
 */
[[nodiscard]] Result<QStringList> readTickersFile(const QString& path,
                                                  const ReadLimits& limits = universeFileReadLimits());

/**
 * Reads a universe from a tickers file or a constituents CSV (detected by a header with a
 * Symbol/Ticker column). Known layouts map to Yahoo tickers and fill names, sectors and industries:
 *  - NSE index lists (`Company Name,Industry,Symbol,Series,ISIN Code`): ticker SYMBOL.NS, exchange NSE,
 *    currency INR; NSE's "Industry" is a macro-sector classification and fills both sector and industry.
 *  - S&P 500 constituents (`Symbol,Security,GICS Sector,GICS Sub-Industry,...`): class-share dots become
 *    Yahoo dashes (BRK.B -> BRK-B), exchange US, currency USD.
 *  - any other CSV: Symbol/Ticker + optional Name/Company/Security, Sector, Industry, Exchange, Currency.
 * name empty = derived from the file name. Errors name the file and line.
 */
[[nodiscard]] Result<Universe> readUniverseFile(const QString& path,
                                                const QString& name = {},
                                                const ReadLimits& limits = universeFileReadLimits());

/** A list shipped inside Tessera (resources/universes, provenance in resources/universes/README.md). */
struct BundledUniverse
{
    QString id;           ///< "nifty500", "nifty50", "sp500"
    QString title;        ///< "NIFTY 500 (NSE)"
    QString resourcePath; ///< ":/universes/ind_nifty500list.csv"
};

QList<BundledUniverse> bundledUniverses();

/** Reads a bundled list by id, in any case ("NIFTY50", "nifty 50"); the universe is named by its title. */
[[nodiscard]] Result<Universe> readBundledUniverse(const QString& id);

} // namespace Tessera::Universes
