#include "core/store/SqliteLibraryCheck.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Tessera::Store {
namespace {

/** tessera_linked_sqlite(): the linked library's source id (which also names its version). */
void linkedSourceId(sqlite3_context* context, int, sqlite3_value**)
{
    sqlite3_result_text(context, sqlite3_sourceid(), -1, SQLITE_STATIC);
}

/** The auto-extension: every connection the linked library opens gets tessera_linked_sqlite(). */
int addMarker(sqlite3* db, const char** /*errorMessage*/, const sqlite3_api_routines* /*api*/)
{
    return sqlite3_create_function_v2(db,
                                      "tessera_linked_sqlite",
                                      0,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr,
                                      &linkedSourceId,
                                      nullptr,
                                      nullptr,
                                      nullptr);
}

} // namespace

void registerLinkedLibraryMarker()
{
    // sqlite3_auto_extension takes the entry point as void(*)(void) and calls it with the extension
    // signature (documented); void(*)(void) is the generic function pointer type. Registering an entry
    // point that is already registered does nothing (documented), so every open may call this.
    sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(&addMarker));
}

Result<void> verifyDriverLibrary(const QSqlDatabase& connection)
{
    QSqlQuery marker(connection);
    if (marker.exec(QStringLiteral("SELECT tessera_linked_sqlite()")) && marker.next()) {
        return {};
    }
    // The function is missing: the driver runs on another SQLite. Ask it which one, with its own API.
    QString driverLibrary = QStringLiteral("an unknown version");
    QSqlQuery version(connection);
    if (version.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && version.next()) {
        driverLibrary =
            QStringLiteral("SQLite %1 (%2)").arg(version.value(0).toString(), version.value(1).toString());
    }
    return fail(Error::database(
        QStringLiteral("Qt's SQLite driver (QSQLITE) runs on %1, not on the SQLite library Tessera is linked "
                       "with, SQLite %2 (%3). Two SQLite copies in one process do not see each other's file "
                       "locks and can corrupt the database, so Tessera will not open it. Install the Qt "
                       "SQLite plugin built against the system SQLite (Debian: libqt6sql6-sqlite) "
                       "(driver said: %4)")
            .arg(driverLibrary,
                 QString::fromLatin1(sqlite3_libversion()),
                 QString::fromLatin1(sqlite3_sourceid()),
                 marker.lastError().text())));
}

} // namespace Tessera::Store
