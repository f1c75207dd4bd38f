#pragma once

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/screens/Expression.h"
#include "core/screens/ScreenData.h"

namespace Tessera::Screens {

/** One ranking field: its per-day percentile rank, weighted; higherIsBetter false ranks low values first. */
struct RankTerm
{
    QString field;
    double weight = 1.0;
    bool higherIsBetter = true;

    /** "rsi_14", "-pe_ratio" (lower is better), "2*return_60d", "0.5*-ml_risk_score". */
    QString toText() const;
};

/** Parses "2*return_60d, -pe_ratio, ml_prediction_score" (fields checked against the catalog). */
[[nodiscard]] Result<QList<RankTerm>> parseRanking(const QString& text);
QString rankingText(const QList<RankTerm>& terms);

/** What a screen reads: every field, and the ones whose previous bar is needed (crossings). */
struct FieldNeeds
{
    QStringList fields;
    QSet<QString> previous;
};
FieldNeeds fieldNeeds(const Expression& expression, const QList<RankTerm>& ranking);

/** One symbol that passed. */
struct ScreenRow
{
    qsizetype row = 0; ///< index into the ScreenData
    QString ticker;
    double score = 0;                  ///< weighted percentile rank, 0..1 (NaN: no ranking)
    QMap<QString, double> percentiles; ///< ranking field → its percentile rank (direction applied), 0..1
};

/** A screen's answer. */
struct ScreenResult
{
    QDate asOf;
    int selectionSize = 0;
    int evaluated = 0; ///< symbols that had every needed field
    int matched = 0;   ///< symbols whose conditions held (before the limit)
    QList<ScreenRow> rows;
    QMap<QString, int> missing;     ///< condition field → symbols excluded because it was missing
    QMap<QString, int> rankMissing; ///< ranking field → passing symbols ranked without it
    double loadMs = 0;
    double evalMs = 0;

    /** "12 symbols lacked pe_ratio; 3 symbols lacked ml_prediction_score", empty when none. */
    QString missingText() const;
};

/**
 * Evaluates a parsed expression over a table: a symbol missing any field the expression reads (its
 * previous bar too for a crossing) is excluded and counted under each missing field; the others are
 * kept when the conditions hold. Ranking: for each ranking field, each symbol's percentile rank among
 * every symbol of the selection that has the field that day ((average rank − 1) / (n − 1), 1 = best in
 * the field's direction; 1 when n = 1); the score is Σ weight × rank / Σ weight over the ranking fields
 * the symbol has (a missing ranking field — no ML score yet, no dividend — neither excludes nor
 * punishes; it is counted in rankMissing; with none of them the score is 0). Rows are ordered by score
 * (ticker without a ranking), then cut to limit (0 = no limit). Pure.
 */
ScreenResult
evaluate(const Expression& expression, const QList<RankTerm>& ranking, int limit, const ScreenData& data);

/** Whether the conditions hold for one row (missing values make a condition false). */
bool holds(const Node& node, const ScreenData& data, qsizetype row);

} // namespace Tessera::Screens
