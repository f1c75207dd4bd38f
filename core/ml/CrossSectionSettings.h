#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/ml/CrossSection.h"

namespace Tessera::Ml {

/**
 * The cross-sectional model settings ("xs/…"), declared once (STYLE.md §5): key, default, range, help.
 * Stored in the database's settings table; a run may override them (train-xs options).
 */
const QList<Config::Parameter>& xsParameters();

/**
 * The declared defaults, overridden by stored settings, overridden by a run's overrides (key → text).
 * Text that fails validation is an InvalidInput error naming the key.
 */
[[nodiscard]] Result<XsSettings> resolveXsSettings(const QHash<QString, QString>& stored,
                                                   const QHash<QString, QString>& overrides = {});

} // namespace Tessera::Ml
