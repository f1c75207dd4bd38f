#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "core/common/Result.h"

struct sqlite3;

namespace Tessera::Store {

class WalCheckpointer;
class WriterMutex;

/**
 * The Tessera SQLite file. Owns the schema (migrations by PRAGMA user_version) and hands out one
 * QSqlDatabase connection per thread, created on first use and configured for WAL, a busy timeout
 * and foreign keys. A connection is never shared between threads (Qt 6.4 thread-support rules).
 *
 * Thread-safe: connection() and rawHandle() may be called from any thread; each call returns the
 * calling thread's own connection, except that inside a Transaction rawHandle() returns the
 * Database's writer connection (see Transaction). Keep the Database alive while any thread uses it.
 */
class Database : public std::enable_shared_from_this<Database>
{
public:
    /** How a Database is opened; the defaults are the product's. */
    struct Options
    {
        /** WAL frames between background checkpoints, and the WAL size that restarts it (0 = default). */
        int checkpointFrames = 0;
        int restartFrames = 0;
    };

    /**
     * Opens (creating if needed) and migrates the file. The error names the path: code Storage when the
     * folder is read-only or cannot be created, or the disk failed; Database when the file is not a
     * Tessera database or Qt's SQLite driver is not the SQLite Tessera is linked with.
     */
    [[nodiscard]] static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);
    [[nodiscard]] static Result<std::shared_ptr<Database>> open(const QString& path)
    {
        return open(path, {});
    }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }

    /** The calling thread's connection (opened and configured on first use). */
    QSqlDatabase connection() const;

    /**
     * The raw sqlite3 handle for prepared statements: the writer connection while the calling thread
     * holds a Transaction on this Database, otherwise the thread's own connection.
     */
    sqlite3* rawHandle() const;

    /** Schema version after migration (PRAGMA user_version). */
    int schemaVersion() const;

    /** The newest schema version this build knows. */
    static int latestSchemaVersion();

    /** Size of the database file plus its WAL, in bytes. */
    qint64 fileSizeBytes() const;

    /**
     * Copies the whole WAL into the database and truncates it to zero bytes (a TRUNCATE checkpoint),
     * waiting at most waitMs for readers; for quiet points such as the end of a run. Takes the writer
     * mutex. A reader still using the WAL makes it return without truncating (nothing is lost: the
     * WAL is copied later). Returns false when it could not truncate.
     */
    bool truncateWal(int waitMs = 2000) const;

    /** The process-wide writer mutex of this file (Transaction takes it; see WriterMutex). */
    WriterMutex& writerMutex() const { return *m_writerMutex; }

private:
    friend class Transaction;

    Database(QString path, const Options& options);
    Result<void> migrate();
    /** The calling thread's own connection's handle (cached per thread: no QSqlDatabase lookup). */
    sqlite3* ownHandle() const;
    /** The writer connection, opened on first use; only a thread holding the writer mutex calls it. */
    sqlite3* writerHandle() const;

    int m_id;
    QString m_path;
    QString m_connectionPrefix;
    std::shared_ptr<WriterMutex> m_writerMutex;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< every connection's WAL hook wakes it
    mutable sqlite3* m_writer = nullptr;
    mutable Error m_writerOpenError{ErrorCode::Database, {}};
    mutable QString m_openError; ///< why the first connection could not be opened or verified
};

using DatabasePtr = std::shared_ptr<Database>;

/**
 * RAII transaction: begins on construction (BEGIN IMMEDIATE, so a second writer waits instead of failing
 * at commit), rolls back unless commit() succeeded. One per symbol per step keeps a kill from leaving
 * half a symbol. Inside an already open transaction it is a no-op that joins the outer one (the outer
 * commits), so repository calls compose into one transaction per symbol.
 *
 * Writes go through one writer connection per Database, shared by the threads in turn. Before BEGIN a
 * transaction takes the file's WriterMutex (threads of this process queue there and are woken the
 * moment the writer is done, instead of polling SQLite's lock); until the transaction object is
 * destroyed, rawHandle() on this thread returns the writer connection, so every repository call in
 * between (reads included) runs inside the transaction. One connection for all writes keeps its page
 * cache warm: with a connection per thread, each commit by one thread discarded the other's cache and
 * every transaction began by reading the B-tree pages it appends to again. The mutex and the writer
 * connection are released by the destructor (not by commit(), so statements of the transaction's scope
 * are given back first). WAL checkpoints run on the Database's WalCheckpointer thread, never in a
 * commit.
 */
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active || m_joined; }
    /** Why the transaction could not begin (code Storage for a disk or file fault), when !isActive(). */
    const Error& beginFailure() const { return m_beginError; }
    /** beginFailure()'s message, for composing a message of one's own. */
    const QString& beginError() const { return m_beginError.message; }
    /** Commits; on failure the transaction is rolled back and the error says why (Storage: disk, file). */
    [[nodiscard]] Result<void> commit();

private:
    void releaseWriter();

    sqlite3* m_handle = nullptr; ///< the connection the transaction runs on
    int m_databaseId = 0;
    WriterMutex* m_writer = nullptr; ///< held by this transaction (null: joined, re-entered or failed)
    bool m_active = false;
    bool m_joined = false;
    Error m_beginError{ErrorCode::Database, {}};
};

/**
 * A read transaction on the calling thread's connection: in WAL mode every query until its end sees the
 * same snapshot, so numbers read by several queries agree with each other even while a task commits.
 * Joins the caller's transaction when one is open (a nested BEGIN would fail).
 */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_handle = nullptr;
    bool m_active = false;
};

/** Formats the last SQLite error of a raw handle with a context ("writing bars for AAPL"). */
QString sqliteError(sqlite3* handle, const QString& context);

/**
 * The last SQLite error of handle as an Error: code Storage when the file system failed (disk full,
 * I/O error, read-only file or folder, damaged file, cannot open) — a run stops at once on those —
 * otherwise Database. A full disk's message says how much space is left where ("disk full: 3 MB free
 * at /home/me/.local/share/Tessera").
 */
Error sqliteFailure(sqlite3* handle, const QString& context);

/** True for SQLite result codes (primary or extended) that mean the file system failed (see above). */
bool isStorageFault(int sqliteResultCode);

/** Message of a full disk: "disk full: N MB free at FOLDER". */
QString diskFullMessage(const QString& databasePath);

} // namespace Tessera::Store
