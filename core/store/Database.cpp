#include "core/store/Database.h"

#include <atomic>
#include <map>
#include <mutex>
#include <vector>

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QVariant>

#include "core/common/Log.h"
#include "core/store/Schema.h"
#include "core/store/SqliteLibraryCheck.h"
#include "core/store/StatementCache.h"
#include "core/store/WalCheckpointer.h"
#include "core/store/WriterMutex.h"

#include <sqlite3.h>

namespace Tessera::Store {
namespace {

constexpr int kBusyTimeoutMs = 15000;

/**
 * The WAL file is truncated to this size when a checkpoint has reset it (PRAGMA journal_size_limit),
 * so a long run's WAL does not keep its largest size on the disk afterwards.
 */
constexpr const char* kConnectionPragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                           "PRAGMA foreign_keys=ON; PRAGMA journal_size_limit=67108864;";

/** A connection handle of the calling thread for one Database (by its id, never reused). */
struct HandleSlot
{
    int databaseId;
    sqlite3* handle;
};
/** The thread's own connections, so rawHandle() skips the QSqlDatabase lookup (a few recent ones). */
thread_local std::vector<HandleSlot> t_ownHandles;
/** The writer connections the thread holds a Transaction on (rawHandle() returns these first). */
thread_local std::vector<HandleSlot> t_writing;
constexpr size_t kOwnHandleSlots = 8;

std::atomic<int> s_nextDatabaseId{1};
std::mutex s_connectionsMutex;
std::map<QString, sqlite3*> s_connections; // by connection name: the raw handle, for the statement cache

void removeConnection(const QString& name, sqlite3* handle)
{
    // SQLite refuses to close a connection that still has prepared statements.
    StatementCache::forget(handle);
    // removeDatabase closes the connection; never call QSqlDatabase::database() for another thread's
    // connection (Qt warns and refuses).
    QSqlDatabase::removeDatabase(name);
}

/**
 * Closes the connections a thread opened when that thread ends (pool threads expire), so SQLite
 * handles do not pile up for the lifetime of the Database.
 */
struct ThreadConnections
{
    std::vector<QString> names;
    ~ThreadConnections()
    {
        std::lock_guard lock(s_connectionsMutex);
        for (const QString& name : names) {
            if (const auto it = s_connections.find(name); it != s_connections.end()) {
                removeConnection(name, it->second);
                s_connections.erase(it);
            }
        }
    }
};
thread_local ThreadConnections t_connections;

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

Result<void> execScript(sqlite3* handle, const QString& sql, const QString& context)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message); // sqlite3_errmsg() still has it, with the result code sqliteFailure reads
        return fail(sqliteFailure(handle, context));
    }
    return {};
}

} // namespace

QString sqliteError(sqlite3* handle, const QString& context)
{
    return context + QStringLiteral(": ")
           + QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "no connection");
}

bool isStorageFault(int sqliteResultCode)
{
    switch (sqliteResultCode & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOLFS:
    case SQLITE_PROTOCOL:
        return true;
    default:
        return false;
    }
}

QString diskFullMessage(const QString& databasePath)
{
    const QString folder = QFileInfo(databasePath).absolutePath();
    const QStorageInfo storage(folder);
    if (!storage.isValid()) {
        return QStringLiteral("disk full at %1").arg(folder);
    }
    return QStringLiteral("disk full: %1 MB free at %2")
        .arg(storage.bytesAvailable() / (1024 * 1024))
        .arg(folder);
}

Error sqliteFailure(sqlite3* handle, const QString& context)
{
    const QString message = sqliteError(handle, context);
    const int rc = handle ? sqlite3_extended_errcode(handle) : SQLITE_ERROR;
    if (!isStorageFault(rc)) {
        return Error::database(message);
    }
    const char* file = sqlite3_db_filename(handle, "main");
    const QString path = file && *file ? QString::fromUtf8(file) : QStringLiteral("the database");
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::storage(diskFullMessage(path) + QStringLiteral(" (%1)").arg(message));
    case SQLITE_READONLY:
        return Error::storage(QStringLiteral("%1 cannot be written: the file or its folder is read-only (%2)")
                                  .arg(path, message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::storage(
            QStringLiteral("%1 is damaged or not a Tessera database (%2); `tessera-cli status --check` "
                           "runs SQLite's integrity check")
                .arg(path, message));
    case SQLITE_CANTOPEN:
        return Error::storage(
            QStringLiteral("cannot open the files of %1: is its folder writable? (%2)").arg(path, message));
    default:
        return Error::storage(QStringLiteral("I/O error on %1 (%2)").arg(path, message));
    }
}

Database::Database(QString path, const Options& options)
    : m_id(s_nextDatabaseId.fetch_add(1))
    , m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("tessera-%1-").arg(m_id))
    , m_writerMutex(WriterMutex::forPath(m_path))
    , m_checkpointer(std::make_unique<WalCheckpointer>(
          m_path,
          m_writerMutex,
          options.checkpointFrames > 0 ? options.checkpointFrames : WalCheckpointer::kCheckpointFrames,
          options.restartFrames > 0 ? options.restartFrames : WalCheckpointer::kRestartFrames))
{}

Database::~Database()
{
    m_checkpointer.reset(); // before the connections close: the last to close checkpoints the rest
    if (m_writer) {
        StatementCache::forget(m_writer);
        sqlite3_close(m_writer);
    }
    std::lock_guard lock(s_connectionsMutex);
    for (auto it = s_connections.begin(); it != s_connections.end();) {
        if (it->first.startsWith(m_connectionPrefix)) {
            removeConnection(it->first, it->second);
            it = s_connections.erase(it);
        } else {
            ++it;
        }
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    registerLinkedLibraryMarker(); // before the process's first connection
    if (path.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("no database path given")));
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return fail(Error::invalidInput(QStringLiteral("database path %1 is not a file").arg(path)));
    }
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isDir()) {
        return fail(Error::invalidInput(QStringLiteral("cannot use %1 for the database: %2 is not a folder")
                                            .arg(path, folder.filePath())));
    }
    if (!folder.exists() && !QDir().mkpath(folder.filePath())) {
        return fail(Error::storage(QStringLiteral("cannot create the database folder %1 (does its parent "
                                                  "exist, and may you write there?)")
                                       .arg(folder.filePath())));
    }
    // SQLite keeps the write-ahead log and its index beside the database: a read-only folder would let
    // it open the file and fail at the first write, so say it here.
    if (!QFileInfo(folder.filePath()).isWritable()) {
        return fail(
            Error::storage(QStringLiteral("the database folder %1 is read-only: Tessera writes %2 and "
                                          "its -wal and -shm files there")
                               .arg(folder.filePath(), info.fileName())));
    }
    if (info.exists() && !info.isWritable()) {
        return fail(
            Error::storage(QStringLiteral("the database %1 is read-only").arg(info.absoluteFilePath())));
    }
    std::shared_ptr<Database> db(new Database(info.absoluteFilePath(), options));
    const QSqlDatabase first = db->connection();
    if (!db->m_openError.isEmpty()) {
        return fail(Error::database(db->m_openError));
    }
    if (!first.isOpen()) {
        return fail(Error::storage(
            QStringLiteral("cannot open database %1: %2").arg(path, first.lastError().text())));
    }
    if (auto migrated = db->migrate(); !migrated) {
        return fail(migrated.error());
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    // Set once the first connection of the process proved the Qt driver runs on the linked SQLite.
    static std::atomic<bool> s_driverVerified{false};
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Busy timeout in the driver as well as the pragma below: the driver's applies to its own calls.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        spdlog::error("cannot open {}: {}", m_path, db.lastError().text());
        return db;
    }
    // No raw sqlite3 call may touch the driver's handle before this check has passed.
    if (!s_driverVerified.load()) {
        if (auto same = verifyDriverLibrary(db); !same) {
            m_openError = same.error().message;
            spdlog::error("{}", m_openError);
            db.close();
            return db;
        }
        s_driverVerified.store(true);
    }
    sqlite3* h = handleOf(db);
    {
        std::lock_guard lock(s_connectionsMutex);
        s_connections.emplace(name, h);
    }
    t_connections.names.push_back(name);
    if (h) {
        // WAL lets readers (the UI) run while a task writes; see the README's durability promise for
        // what synchronous=NORMAL means on a power cut.
        sqlite3_extended_result_codes(h, 1);
        sqlite3_busy_timeout(h, kBusyTimeoutMs);
        sqlite3_exec(h, kConnectionPragmas, nullptr, nullptr, nullptr);
        sqlite3_wal_hook(h, &WalCheckpointer::walHook, m_checkpointer.get());
    }
    return db;
}

sqlite3* Database::rawHandle() const
{
    for (const HandleSlot& slot : t_writing) {
        if (slot.databaseId == m_id) {
            return slot.handle;
        }
    }
    return ownHandle();
}

sqlite3* Database::ownHandle() const
{
    for (const HandleSlot& slot : t_ownHandles) {
        if (slot.databaseId == m_id) {
            return slot.handle;
        }
    }
    sqlite3* h = handleOf(connection());
    if (h) {
        // A Database's id is never reused, so a slot of a destroyed Database is dead, never wrong.
        if (t_ownHandles.size() >= kOwnHandleSlots) {
            t_ownHandles.erase(t_ownHandles.begin());
        }
        t_ownHandles.push_back({m_id, h});
    }
    return h;
}

sqlite3* Database::writerHandle() const
{
    if (m_writer) {
        return m_writer;
    }
    sqlite3* h = nullptr;
    // NOMUTEX: the writer mutex already makes its users take turns.
    const int rc = sqlite3_open_v2(
        m_path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        m_writerOpenError =
            sqliteFailure(h, QStringLiteral("opening the writer connection to %1").arg(m_path));
        sqlite3_close(h);
        return nullptr;
    }
    // As the Qt driver's connections: extended result codes, the busy timeout (other processes), WAL,
    // NORMAL sync, foreign keys. A larger page cache (16 MB): it now survives from one transaction to
    // the next, and the interior pages of the big tables stay in it.
    sqlite3_extended_result_codes(h, 1);
    sqlite3_busy_timeout(h, kBusyTimeoutMs);
    sqlite3_exec(h, kConnectionPragmas, nullptr, nullptr, nullptr);
    sqlite3_exec(h, "PRAGMA cache_size=-16384;", nullptr, nullptr, nullptr);
    sqlite3_wal_hook(h, &WalCheckpointer::walHook, m_checkpointer.get());
    m_writer = h;
    return m_writer;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

qint64 Database::fileSizeBytes() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

bool Database::truncateWal(int waitMs) const
{
    if (m_writerMutex->heldByThisThread()
        || !m_writerMutex->lock(std::chrono::milliseconds(kBusyTimeoutMs))) {
        return false;
    }
    bool truncated = false;
    if (sqlite3* h = writerHandle()) {
        // The writer connection is only used under the writer mutex, which is held here. TRUNCATE waits
        // (busy handler) for readers of the WAL: a short wait, then it gives up without harm.
        sqlite3_busy_timeout(h, waitMs);
        const int rc = sqlite3_wal_checkpoint_v2(h, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_busy_timeout(h, kBusyTimeoutMs);
        truncated = rc == SQLITE_OK;
        if (!truncated && rc != SQLITE_BUSY) {
            spdlog::warn("checkpointing {}: {}", m_path, sqlite3_errmsg(h));
        }
    }
    m_writerMutex->unlock();
    return truncated;
}

Result<void> Database::migrate()
{
    sqlite3* h = rawHandle();
    if (!h) {
        return fail(
            Error::database(QStringLiteral("%1: the Qt SQLite driver gave no sqlite3 handle").arg(m_path)));
    }
    const auto readVersion = [h]() {
        sqlite3_stmt* st = nullptr;
        int version = -1;
        if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW) {
            version = sqlite3_column_int(st, 0);
        }
        sqlite3_finalize(st);
        return version;
    };
    const int current = readVersion();
    if (current == latestSchemaVersion()) {
        return {}; // up to date: no write lock (another process may be writing; a reader must not wait)
    }
    if (current > latestSchemaVersion()) {
        return fail(Error::database(QStringLiteral("%1 has schema version %2, newer than this Tessera (%3); "
                                                   "upgrade Tessera to open it")
                                        .arg(m_path)
                                        .arg(current)
                                        .arg(latestSchemaVersion())));
    }
    for (const Migration& m : migrations()) {
        // The version is read again inside the write transaction: two processes opening a new file at
        // once (a CLI creating it, a GUI or a watcher opening it) must not both apply a migration.
        if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            return fail(sqliteFailure(h, QStringLiteral("migrating %1").arg(m_path)));
        }
        if (readVersion() >= m.version) {
            sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
            continue;
        }
        // Each step and its version bump commit together, so a crash mid-migration leaves the old version.
        const QString script = m.sql + QStringLiteral("\nPRAGMA user_version=%1;\nCOMMIT;").arg(m.version);
        if (auto ok =
                execScript(h, script, QStringLiteral("migrating %1 to schema %2").arg(m_path).arg(m.version));
            !ok) {
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            return ok;
        }
        spdlog::info("database {} migrated to schema {}", m_path, m.version);
    }
    return {};
}

Transaction::Transaction(const Database& db)
    : m_handle(db.rawHandle())
    , m_databaseId(db.m_id)
{
    if (!m_handle) {
        m_beginError = Error::database(QStringLiteral("no database connection"));
        return;
    }
    if (sqlite3_get_autocommit(m_handle) == 0) {
        m_joined = true;
        return;
    }
    WriterMutex& writer = db.writerMutex();
    // A thread that holds the mutex already (a finished transaction not yet destroyed, or one on
    // another Database object of the same file) keeps the connection rawHandle() gave: the writer
    // connection, or its own, where SQLite's lock and the busy timeout apply as without the mutex.
    if (!writer.heldByThisThread()) {
        if (!writer.lock(std::chrono::milliseconds(kBusyTimeoutMs))) {
            m_beginError =
                Error::busy(QStringLiteral("beginning a transaction: %1 is busy: another thread of "
                                           "this process has been writing to it for %2 s")
                                .arg(db.path())
                                .arg(kBusyTimeoutMs / 1000));
            return;
        }
        m_writer = &writer;
        m_handle = db.writerHandle();
        if (!m_handle) {
            m_beginError = db.m_writerOpenError;
            releaseWriter();
            return;
        }
        t_writing.push_back({m_databaseId, m_handle});
    }
    if (sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK) {
        m_active = true;
    } else {
        m_beginError = sqliteFailure(m_handle, QStringLiteral("beginning a transaction"));
        releaseWriter();
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    releaseWriter();
}

void Transaction::releaseWriter()
{
    if (!m_writer) {
        return;
    }
    for (auto it = t_writing.end(); it != t_writing.begin();) {
        --it;
        if (it->databaseId == m_databaseId && it->handle == m_handle) {
            t_writing.erase(it);
            break;
        }
    }
    WriterMutex& writer = *m_writer;
    m_writer = nullptr;
    writer.unlock();
}

Result<void> Transaction::commit()
{
    if (m_joined) {
        return {};
    }
    if (!m_active) {
        return fail(m_beginError.message.isEmpty() ? Error::database(QStringLiteral("no active transaction"))
                                                   : m_beginError);
    }
    if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        // Read before the ROLLBACK, which sets its own result code.
        const Error failure = sqliteFailure(m_handle, QStringLiteral("committing"));
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        m_active = false;
        return fail(failure);
    }
    m_active = false;
    return {};
}

ReadSnapshot::ReadSnapshot(const Database& db)
    : m_handle(db.rawHandle())
{
    if (m_handle && sqlite3_get_autocommit(m_handle)) {
        m_active = sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active) {
        // Nothing was written, so COMMIT and ROLLBACK are the same; COMMIT ends it cheaply.
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    }
}

} // namespace Tessera::Store
