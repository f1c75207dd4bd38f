#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include "core/common/ReadLimits.h"
#include "core/common/Result.h"
#include "core/fundamentals/Fundamentals.h"

namespace Tessera::Fundamentals {

/** What a fundamentals CSV held. */
struct CsvImport
{
    QString layout; ///< "sp500-financials" or "generic"
    QList<Record> records;
    QStringList warnings; ///< "FILE:LINE: …" for cells left missing, ignored columns
};

/** 64 MB files, 1 MB lines: a fundamentals file is one row per company. */
ReadLimits fundamentalsCsvLimits();

/**
 * Reads a fundamentals CSV (README "Fundamentals"), either layout:
 *  - the S&P 500 financials snapshot (`Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,
 *    Earnings/Share,…,Market Cap,…,Price/Book,…`): its Sector is a GICS sub-industry (stored as the
 *    industry), its dividend yield a fraction (stored in percent); no date in the file;
 *  - the generic layout: a `symbol` (or `ticker`) column, optionally `as_of` (YYYY-MM-DD), `sector`,
 *    `industry`, `market_cap_category`, and any of the seed's field columns (`pe_ratio`, `roe`, …) in
 *    the documented units (Fundamentals.h).
 * Rows without their own date are as of asOf. An empty cell, "NA", "N/A", "-" or "null" is missing;
 * a cell that is not a number is missing too, with a warning naming file, line and column. A file of
 * neither layout is refused by name with what it lacks.
 */
[[nodiscard]] Result<CsvImport>
readFundamentalsCsv(const QString& path, QDate asOf, const ReadLimits& limits = fundamentalsCsvLimits());

/** The same from text already read (fuzzing, tests); name is used in messages. */
[[nodiscard]] Result<CsvImport> parseFundamentalsCsv(const QByteArray& data, const QString& name, QDate asOf);

} // namespace Tessera::Fundamentals
