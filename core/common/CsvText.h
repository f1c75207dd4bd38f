#pragma once

#include <QStringList>

namespace Tessera::Csv {

/**
 * Splits one CSV record (RFC 4180): fields separated by commas, a field in double quotes may contain
 * commas and doubled quotes (""). A trailing '\r' is dropped. Records spanning lines are not supported
 * (none of the universe or bar formats use them).
 */
QStringList splitLine(QStringView line);

/**
 * Whether cell is a plain decimal number: an optional sign, digits with at most one '.', an optional
 * exponent ("-5.2", "+3", ".5", "1e-07", "-2.5E+10"). What CSV writers leave unguarded.
 */
bool isPlainNumber(QStringView cell);

/**
 * Whether a spreadsheet opening the file would take cell for a formula (OWASP "CSV Injection"):
 * it starts with '=', '+', '-', '@', a tab or a carriage return, and is not a plain number (so
 * "-5.2" and "+3" stay numbers). Every CSV cell Tessera writes (Export::CsvWriter) is checked, and
 * such a cell gets a leading apostrophe: "=1+2" is written as "'=1+2", which spreadsheets show as
 * text. The apostrophe is part of the cell for any other reader.
 */
bool needsFormulaGuard(QStringView cell);

/** cell as CSV writers write it (before RFC 4180 quoting): with a leading "'" when needsFormulaGuard. */
QString formulaGuarded(QStringView cell);

/** Lower-cases and drops spaces, '_' and '-' so "Adj Close", "adj_close" and "AdjClose" compare equal. */
QString normalizeHeader(QStringView name);

} // namespace Tessera::Csv
