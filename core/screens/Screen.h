#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/screens/Evaluator.h"
#include "core/screens/Expression.h"

namespace Tessera::Screens {

/**
 * A stored screen: conditions + ranking + limit over a selection. A strategy screen (strategy not empty:
 * growth, value, balanced, momentum) also has filter settings (Strategy.h) whose conditions are put in
 * front of its own expression; its name is the strategy id.
 */
struct ScreenDefinition
{
    qint64 id = 0;
    QString name;
    QString description;
    QString expression; ///< the user's conditions (a strategy's extra conditions; may be empty then)
    QString ranking;    ///< "2*return_60d, -pe_ratio" (parseRanking)
    int limit = 50;     ///< 0 = every passing symbol
    QString selection = QStringLiteral("all"); ///< ScreenDataRepository::resolveSelection
    bool watched = false;                      ///< alerts when symbols enter or leave it
    QString strategy;                          ///< built-in strategy id, or empty
    QJsonObject settings;                      ///< a strategy's filters (Strategy.h)

    bool isStrategy() const { return !strategy.isEmpty(); }

    /** The conditions evaluated: a strategy's filters and its expression joined by and. */
    QString effectiveExpression() const;

    /** JSON for export: name, description, expression, ranking, limit, selection, watched, strategy,
     * settings. */
    QJsonObject toJson() const;
    /** The inverse; the error names the missing or malformed key. The expression and ranking are checked. */
    [[nodiscard]] static Result<ScreenDefinition> fromJson(const QJsonObject& json);
};

/** A definition parsed and ready to run. */
struct CompiledScreen
{
    Expression expression;
    QList<RankTerm> ranking;
};

/** Parses a definition's effective expression and ranking; the error says which of the two is wrong. */
[[nodiscard]] Result<CompiledScreen> compile(const ScreenDefinition& screen);

} // namespace Tessera::Screens
