#include "core/export/ExportSettings.h"

#include "core/export/DailyExports.h"
#include "core/store/SettingsRepository.h"

namespace Tessera::Export {

const QList<Config::Parameter>& exportParameters()
{
    // 30 days matches the seeds' cleanup of their export folder; ten years is a generous ceiling that
    // still catches a typo of a date for a count.
    static const QList<Config::Parameter> table = {
        {kRetentionDaysSetting,
         Config::ParameterType::Integer,
         QStringLiteral("30"),
         0,
         3650,
         QStringLiteral("days"),
         QStringLiteral("The export task deletes its own daily CSV files (stocks_, historical_, "
                        "technical_indicators_ with a date) whose date is more than this many days old; "
                        "0 keeps them all. Other files in the folder are never touched."),
         QStringLiteral("retention-days"),
         {}},
        {kExportFolderSetting,
         Config::ParameterType::Folder,
         QString(),
         0,
         0,
         QString(),
         QStringLiteral("Where the CSV exports go (File ▸ Export, the schedule, tessera-cli export without "
                        "--out); empty = the exports folder beside the database's application data."),
         QString(),
         {}},
    };
    return table;
}

Result<int> retentionDays(const Store::Database& db)
{
    const Config::Parameter& p = exportParameters().constFirst();
    auto stored = Store::SettingsRepository(db).value(p.key);
    if (!stored) {
        return fail(stored.error());
    }
    auto valid = Config::validate(p, stored->isEmpty() ? p.defaultValue : *stored);
    if (!valid) {
        return fail(valid.error());
    }
    return valid->toInt();
}

} // namespace Tessera::Export
