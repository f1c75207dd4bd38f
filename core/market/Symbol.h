#pragma once

#include <QString>
#include <QStringList>

namespace Tessera {

/**
 * Symbol-master record. ticker is the provider ticker as the user knows it (e.g. "RELIANCE.NS",
 * "AAPL", "M&M"); every other field may be empty when the source does not say.
 */
struct Symbol
{
    QString ticker;
    QString name;
    QString exchange;
    QString currency;
    QString sector;
    QString industry;
    QString isin;
    QStringList tags;
};

} // namespace Tessera
