#pragma once

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include "core/store/Database.h"

/** The stored history the backtest tests share (core store test, CLI test, window test). */
namespace Tessera::Test {

inline void execOrDie(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql)) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

/**
 * Three symbols with weekday bars from 2024-01-01 to 2024-04-30, an rsi_14 row per bar, fundamentals
 * as of 2024-02-01 and 2024-03-01, and cross-sectional scores of two models: one trained to
 * 2024-01-20 scoring 2024-01-25, one trained to 2024-03-10 that scored 2024-02-15 (a later model's
 * score of an earlier day).
 */
inline void fillBacktestFixture(const Store::Database& db)
{
    QSqlQuery q(db.connection());
    execOrDie(q, QStringLiteral("BEGIN"));
    for (int s = 1; s <= 3; ++s) {
        execOrDie(
            q,
            QStringLiteral("INSERT INTO symbols (id, ticker, name) VALUES (%1, 'S%1', 'Stock %1')").arg(s));
        int i = 0;
        QDate first, last;
        for (QDate d(2024, 1, 1); d <= QDate(2024, 4, 30); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5) {
                continue;
            }
            first = first.isValid() ? first : d;
            last = d;
            const double c = 100 + s * 10 + (i % 7) * s - (i % 3);
            execOrDie(q,
                      QStringLiteral("INSERT INTO daily_bars VALUES (%1, '%2', %3, %4, %5, %3, %3, %6)")
                          .arg(s)
                          .arg(d.toString(Qt::ISODate))
                          .arg(c)
                          .arg(c + 1)
                          .arg(c - 1)
                          .arg(1000 * (i + 1)));
            execOrDie(q,
                      QStringLiteral(
                          "INSERT INTO technical_indicators (id, symbol_id, date, rsi_14) VALUES (%1, %2, "
                          "'%3', %4)")
                          .arg(static_cast<qint64>(s) * 4294967296LL + d.toJulianDay())
                          .arg(s)
                          .arg(d.toString(Qt::ISODate))
                          .arg(30 + (i * 7 + s * 13) % 50));
            ++i;
        }
        execOrDie(q,
                  QStringLiteral(
                      "INSERT INTO bar_summary (symbol_id, bar_count, first_date, last_date, updated_at) "
                      "VALUES (%1, %2, '%3', '%4', 'now')")
                      .arg(s)
                      .arg(i)
                      .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        execOrDie(
            q,
            QStringLiteral("INSERT INTO fundamentals (symbol_id, as_of, collected_at, pe_ratio) VALUES (%1, "
                           "'2024-02-01', 'x', %2), (%1, '2024-03-01', 'x', %3)")
                .arg(s)
                .arg(10 + s)
                .arg(20 + s));
    }
    const QString model =
        QStringLiteral("INSERT INTO xs_models (id, selection, as_of, learner, transform, horizon, "
                       "feature_names, settings, symbols, "
                       "rows, gate, price_validated, risk_validated, price_metrics, risk_metrics, "
                       "trained_at) VALUES (%1, 'all', "
                       "'%2', 'xgb', 'rank', 5, '[]', '{}', 3, 100, 2, 1, 1, '{}', '{}', 'now')");
    execOrDie(q, model.arg(1).arg(QStringLiteral("2024-01-20")));
    execOrDie(q, model.arg(2).arg(QStringLiteral("2024-03-10")));
    const QString score = QStringLiteral("INSERT INTO xs_scores (symbol_id, as_of, model_id, "
                                         "ml_prediction_score, ml_confidence, ml_risk_score, "
                                         "price_validated, risk_validated, expires_on) VALUES (%1, '%2', %3, "
                                         "%4, 0.5, 0.5, 1, 1, '2099-01-01')");
    for (int s = 1; s <= 3; ++s) {
        execOrDie(q, score.arg(s).arg(QStringLiteral("2024-01-25")).arg(1).arg(0.1 * s));
        execOrDie(q, score.arg(s).arg(QStringLiteral("2024-02-15")).arg(2).arg(0.9));
    }
    execOrDie(q, QStringLiteral("COMMIT"));
}

} // namespace Tessera::Test
