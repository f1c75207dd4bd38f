#pragma once

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera::Store {

/**
 * Prepared statements kept per connection for reuse. Preparing is not free (parsing and planning took
 * ~11 % of W2's CPU: every repository call prepared its statements again for every symbol); a
 * statement taken from here is ready to bind, and given back it is reset and kept for the next user
 * of the same SQL text on the same connection. Statement, the feature and indicator writers and the
 * bar reader go through it.
 *
 * Database calls forget() before it closes a connection: SQLite refuses to close a connection with
 * unfinalized statements. Thread-safe; a statement is only ever used by the thread that took it.
 */
class StatementCache
{
public:
    /** A prepared statement for sql on handle, cached or new; null when preparing fails (see
     * sqlite3_errmsg(handle)). Give it back with give(). */
    static sqlite3_stmt* take(sqlite3* handle, const char* sql);

    /** Resets stmt, clears its bindings and keeps it for the next take() (or finalizes it when the
     * connection's cache is full). Null is ignored. */
    static void give(sqlite3* handle, sqlite3_stmt* stmt);

    /** Finalizes every cached statement of handle (before the connection closes). */
    static void forget(sqlite3* handle);
};

} // namespace Tessera::Store
