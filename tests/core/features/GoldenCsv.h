#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include "core/market/BarSeries.h"

namespace Tessera::Test {

/**
 * A golden file of tests/data/golden: a header and numeric columns keyed by name; "NA" or an empty cell
 * is NaN, "inf"/"-inf" are infinities. The files are plain (no quoted cells), written by make_goldens.py.
 */
struct GoldenTable
{
    QStringList dates;
    QHash<QString, std::vector<double>> columns;
    QStringList names; ///< numeric columns in file order

    bool isValid() const { return !dates.isEmpty(); }
};

inline double parseGoldenCell(const QString& cell)
{
    if (cell.isEmpty() || cell == u"NA") {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (cell == u"inf") {
        return std::numeric_limits<double>::infinity();
    }
    if (cell == u"-inf") {
        return -std::numeric_limits<double>::infinity();
    }
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

inline GoldenTable readGolden(const QString& path)
{
    GoldenTable t;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return t;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return t;
    }
    const QStringList header = lines.first().split(u',');
    t.names = header.mid(1);
    for (const QString& name : t.names) {
        t.columns[name].reserve(static_cast<size_t>(lines.size()));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        t.dates << cells.value(0);
        for (qsizetype c = 1; c < header.size(); ++c) {
            t.columns[header[c]].push_back(parseGoldenCell(cells.value(c)));
        }
    }
    return t;
}

/** An *.input.csv golden (Date,Open,High,Low,Close,Volume) as an already adjusted series. */
inline BarSeries readGoldenSeries(const QString& path)
{
    const GoldenTable t = readGolden(path);
    BarSeries s(QStringLiteral("GOLDEN"));
    for (qsizetype i = 0; i < t.dates.size(); ++i) {
        const auto at = [&t, i](const char* name) {
            return t.columns.value(QString::fromLatin1(name))[static_cast<size_t>(i)];
        };
        s.append(Bar{QDate::fromString(t.dates[i], Qt::ISODate),
                     at("Open"),
                     at("High"),
                     at("Low"),
                     at("Close"),
                     at("Close"),
                     at("Volume")});
    }
    return s;
}

/**
 * Relative agreement: both missing, equal infinities, or |a − b| ≤ rel · max(|a|, |b|). The goldens
 * keep 10 significant digits, so rel must stay above 5e-11.
 */
inline bool agrees(double a, double b, double rel)
{
    if (std::isnan(a) || std::isnan(b)) {
        return std::isnan(a) && std::isnan(b);
    }
    if (std::isinf(a) || std::isinf(b)) {
        return a == b;
    }
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

} // namespace Tessera::Test
