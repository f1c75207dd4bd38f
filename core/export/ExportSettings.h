#pragma once

#include <QList>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/store/Database.h"

namespace Tessera::Export {

/** The database setting that says how many days of daily exports the export folder keeps. */
inline const QString kRetentionDaysSetting = QStringLiteral("export/retentionDays");

/**
 * The export settings declared once (STYLE.md §5): `export/retentionDays` (default 30, 0 = keep
 * everything). `settings list|get|set` validates against this table. The export folder itself
 * (`export/folder`, DailyExports.h) is a path and has no range to declare.
 */
const QList<Config::Parameter>& exportParameters();

/** The stored `export/retentionDays`, validated, or its default when unset. */
[[nodiscard]] Result<int> retentionDays(const Store::Database& db);

} // namespace Tessera::Export
