#pragma once

#include <QList>

#include "core/common/Result.h"
#include "core/screens/ScreenAlert.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** Watched screens' alerts (table screen_alerts). Works on the calling thread's connection. */
class ScreenAlertRepository
{
public:
    explicit ScreenAlertRepository(const Database& db)
        : m_db(db)
    {}

    /** Stores alerts (inside the caller's transaction when one is open); their ids are set. */
    [[nodiscard]] Result<void> add(QList<Screens::ScreenAlert>& alerts);
    /** Every alert, unacknowledged first, newest first (acknowledged ones only when withAcknowledged). */
    [[nodiscard]] Result<QList<Screens::ScreenAlert>> all(bool withAcknowledged = true);
    /** Acknowledges alerts by id (empty: every unacknowledged one); returns how many changed. */
    [[nodiscard]] Result<int> acknowledge(const QList<qint64>& ids = {});
    /** Alerts not yet shown as a notification, oldest first; markNotified records that they were. */
    [[nodiscard]] Result<QList<Screens::ScreenAlert>> unnotified();
    [[nodiscard]] Result<void> markNotified(const QList<qint64>& ids);

private:
    [[nodiscard]] Result<QList<Screens::ScreenAlert>> query(const char* tail);
    const Database& m_db;
};

} // namespace Tessera::Store
