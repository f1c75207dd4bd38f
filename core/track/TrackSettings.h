#pragma once

#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/track/Outcome.h"

namespace Tessera::Store {
class Database;
}

namespace Tessera::Track {

inline const QString kVerdictHorizonSetting = QStringLiteral("track/verdictHorizon");
inline const QString kPickHorizonSetting = QStringLiteral("track/pickHorizon");
inline const QString kNeutralBandSetting = QStringLiteral("track/neutralBand");
inline const QString kCallRetentionSetting = QStringLiteral("track/retentionDays");

/**
 * The track record's settings: the horizon a verdict is scored over (5 trading days: the verdict reads a
 * 20-bar momentum and the week's flow, a statement about the next days, not the next quarter), the
 * horizon of a pick (20 trading days: its target and stop are ±2 ATR, about a month of moves), the
 * NEUTRAL band (a NEUTRAL verdict is a hit when the stock moved less than ±1 %), and the retention of
 * calls (0 = forever: a night of 2,000 symbols is a few hundred KB).
 */
const QList<Config::Parameter>& trackParameters();

struct TrackSettings
{
    int verdictHorizon = 5;
    int pickHorizon = 20;
    ScoringRules rules;
    int retentionDays = 0;
};

/** The stored settings (defaults where unset); an error names a bad stored value. */
[[nodiscard]] Result<TrackSettings> trackSettings(const Store::Database& db);

} // namespace Tessera::Track
