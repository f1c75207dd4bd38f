#pragma once

#include <optional>
#include <utility>

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/backtest/Backtest.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** One stored backtest as listed: what was run and its headline figures, without the curve. */
struct BacktestSummary
{
    qint64 id = 0;
    QString name;
    QString screen;
    QString expression;
    QString createdAt;
    Backtest::BacktestSettings settings;
    Backtest::Metrics metrics;
};

/**
 * Stored backtests (schema 20): a run's parameters, metrics and notes, its daily curve and its trades,
 * written in one transaction so a stored run is always whole. Works on the calling thread's connection.
 */
class BacktestRepository
{
public:
    explicit BacktestRepository(const Database& db)
        : m_db(db)
    {}

    /** Stores a result under name (empty: "SCREEN FROM–TO"); returns its id. */
    [[nodiscard]] Result<qint64> save(const Backtest::BacktestResult& result, const QString& name = {});
    /** Every stored run, newest first. */
    [[nodiscard]] Result<QList<BacktestSummary>> list();
    /** A stored run whole (curve, trades, settings, metrics, notes); NotFound names the id. */
    [[nodiscard]] Result<Backtest::BacktestResult> load(qint64 id);
    /** The summary of one run; NotFound names the id. */
    [[nodiscard]] Result<BacktestSummary> summary(qint64 id);
    /** The first and last stored bar dates over every symbol (invalid dates when none): the form's defaults.
     */
    [[nodiscard]] Result<std::pair<QDate, QDate>> storedPeriod();
    /** Removes a run and its rows; NotFound when there is none. */
    [[nodiscard]] Result<void> remove(qint64 id);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
