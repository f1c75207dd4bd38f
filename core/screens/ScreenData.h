#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Tessera::Screens {

/** A numeric field's values per symbol: on the as-of bar and on the bar before (for crossings). NaN =
 * missing. */
struct NumericColumn
{
    std::vector<double> now;
    std::vector<double> prev;
};

/**
 * The fields a screen needs for a selection on one as-of day, one row per symbol: what the store's
 * ScreenDataRepository loads in a few bulk queries and the evaluator reads. Pure data, so the
 * evaluator is tested on hand-made tables as well as on stored ones.
 */
struct ScreenData
{
    QDate asOf;
    QStringList tickers;
    QStringList names;
    std::vector<qint64> symbolIds;
    QHash<QString, NumericColumn> numbers;         ///< numeric fields by catalog key
    QHash<QString, std::vector<QString>> texts;    ///< text fields (sector, verdict, …); empty = missing
    QHash<QString, std::vector<QStringList>> sets; ///< tag, universe

    qsizetype size() const { return tickers.size(); }

    /** Adds a symbol row (every column grows by one missing value). Returns its index. */
    qsizetype addSymbol(const QString& ticker, qint64 symbolId = 0, const QString& name = {});
    /** The column of key, created (all missing) when absent. */
    NumericColumn& number(const QString& key);
    std::vector<QString>& text(const QString& key);
    std::vector<QStringList>& set(const QString& key);
    /** The value of a numeric field for a row (NaN when absent or missing). */
    double valueOf(const QString& key, qsizetype row) const;
    double previousOf(const QString& key, qsizetype row) const;
    QString textOf(const QString& key, qsizetype row) const;
};

} // namespace Tessera::Screens
