#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Tessera::Screens {

/**
 * A watched screen's alert (issue 20): a symbol entered or left the screen's result on a day. Kept as
 * history beside the price alerts (table screen_alerts); acknowledged when the user has seen it.
 */
struct ScreenAlert
{
    qint64 id = 0;
    qint64 screenId = 0;
    QString screen; ///< the screen's name when the alert was raised
    QString ticker;
    QDate date; ///< the as-of day of the evaluation
    bool entered = true;
    QJsonObject values; ///< the screen's fields on that day ({"rsi_14": 28.4, …}; null = missing)
    QDateTime createdAt;
    QDateTime acknowledgedAt; ///< invalid: not acknowledged

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    /** "RELIANCE.NS entered Momentum on 2025-09-30 (rsi_14 58.2, close 1,364)". */
    QString describe() const;
};

} // namespace Tessera::Screens
