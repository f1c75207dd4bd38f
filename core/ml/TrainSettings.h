#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/ml/Trainer.h"

namespace Tessera::Ml {

/**
 * The model-training settings, declared once (STYLE.md §5): key, default, range, help. Stored in the
 * database's settings table; a run may override them. The CLI help, the settings page and the README
 * table are built from this list.
 */
const QList<Config::Parameter>& trainParameters();

/** Everything a training run reads from settings. */
struct TrainSettings
{
    TrainConfig config;          ///< folds, minimum rows, model parameters, the gate
    int keepVersions = 3;        ///< stored versions kept per (symbol, algorithm, horizon)
    int maxModelAgeDays = 7;     ///< incremental mode retrains rf/gbm older than this
    int predictionTtlHours = 96; ///< cached predictions expire this long after their as-of day ends (UTC)
};

/**
 * The declared defaults, overridden by stored settings, overridden by a run's overrides (key → text).
 * Text that fails validation is an InvalidInput error naming the key.
 */
[[nodiscard]] Result<TrainSettings> resolveTrainSettings(const QHash<QString, QString>& stored,
                                                         const QHash<QString, QString>& overrides = {});

} // namespace Tessera::Ml
