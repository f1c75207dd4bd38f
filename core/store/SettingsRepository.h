#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Key/value settings stored in the database itself: values that belong to the data (the demo seed,
 * the first-run choice) and must travel with the file, unlike per-user QSettings.
 */
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database& db)
        : m_db(db)
    {}

    [[nodiscard]] Result<QString> value(const QString& key, const QString& fallback = {});
    [[nodiscard]] Result<void> setValue(const QString& key, const QString& value);

    /**
     * The stored values of parameters by key, the empty ones left out: what a task resolves its run's
     * overrides and the declared defaults on.
     */
    [[nodiscard]] Result<QHash<QString, QString>> storedValues(const QList<Config::Parameter>& parameters);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
