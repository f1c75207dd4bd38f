#pragma once

#include <QStringList>

namespace Tessera::Csv {

/**
 * Splits one CSV record (RFC 4180): fields separated by commas, a field in double quotes may contain
 * commas and doubled quotes (""). A trailing '\r' is dropped. Records spanning lines are not supported
 * (none of the universe or bar formats use them).
 */
QStringList splitLine(QStringView line);

/** Quotes a field for writing when it holds a comma, quote, CR or LF (RFC 4180). */
QString quoteField(const QString& field);

/** Lower-cases and drops spaces, '_' and '-' so "Adj Close", "adj_close" and "AdjClose" compare equal. */
QString normalizeHeader(QStringView name);

} // namespace Tessera::Csv
