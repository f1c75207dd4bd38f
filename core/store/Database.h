#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "core/common/Result.h"

struct sqlite3;

namespace Tessera::Store {

class WriterMutex;

/**
 * The Tessera SQLite file. Owns the schema (migrations by PRAGMA user_version) and hands out one
 * QSqlDatabase connection per thread, created on first use and configured for WAL, a busy timeout
 * and foreign keys. A connection is never shared between threads (Qt 6.4 thread-support rules).
 *
 * Thread-safe: connection() and rawHandle() may be called from any thread; each call returns the
 * calling thread's own connection. Keep the Database alive while any thread uses it.
 */
class Database : public std::enable_shared_from_this<Database>
{
public:
    /** Opens (creating if needed) and migrates the file. The error names the path. */
    [[nodiscard]] static Result<std::shared_ptr<Database>> open(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }

    /** The calling thread's connection (opened and configured on first use). */
    QSqlDatabase connection() const;

    /** The calling thread's raw sqlite3 handle, for bulk prepared-statement writes. */
    sqlite3* rawHandle() const;

    /** Schema version after migration (PRAGMA user_version). */
    int schemaVersion() const;

    /** The newest schema version this build knows. */
    static int latestSchemaVersion();

    /** Size of the database file plus its WAL, in bytes. */
    qint64 fileSizeBytes() const;

    /** The process-wide writer mutex of this file (Transaction takes it; see WriterMutex). */
    WriterMutex& writerMutex() const { return *m_writerMutex; }

private:
    explicit Database(QString path);
    Result<void> migrate();

    QString m_path;
    QString m_connectionPrefix;
    std::shared_ptr<WriterMutex> m_writerMutex;
};

using DatabasePtr = std::shared_ptr<Database>;

/**
 * RAII transaction on the calling thread's connection: begins on construction (BEGIN IMMEDIATE, so a
 * second writer waits on the busy timeout instead of failing at commit), rolls back unless commit()
 * succeeded. One per symbol per step keeps a kill from leaving half a symbol.
 * Inside an already open transaction it is a no-op that joins the outer one (the outer commits), so
 * repository calls compose into one transaction per symbol.
 * Before BEGIN it takes the file's WriterMutex (threads of this process queue there and are woken
 * the moment the writer commits, instead of polling SQLite's lock), and releases it when the
 * transaction ends; a WAL checkpoint that came due in the commit runs after the release.
 */
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active || m_joined; }
    const QString& beginError() const { return m_beginError; }
    [[nodiscard]] Result<void> commit();

private:
    void releaseWriter();

    sqlite3* m_handle = nullptr;
    WriterMutex* m_writer = nullptr; ///< held by this transaction (null: joined, re-entered or failed)
    bool m_active = false;
    bool m_joined = false;
    QString m_beginError;
};

/** Formats the last SQLite error of a raw handle with a context ("writing bars for AAPL"). */
QString sqliteError(sqlite3* handle, const QString& context);

} // namespace Tessera::Store
