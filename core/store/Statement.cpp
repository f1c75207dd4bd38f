#include "core/store/Statement.h"

#include <cmath>
#include <limits>

#include "core/store/Database.h"
#include "core/store/StatementCache.h"

#include <sqlite3.h>

namespace Tessera::Store {

Statement::Statement(sqlite3* handle, const char* sql)
    : m_handle(handle)
{
    if (!handle) {
        m_error = QStringLiteral("no database connection");
        m_prepareFailure = Error::database(m_error);
        return;
    }
    m_stmt = StatementCache::take(handle, sql);
    if (!m_stmt) {
        m_prepareFailure = sqliteFailure(handle, QStringLiteral("preparing statement"));
        m_error = m_prepareFailure.message;
    }
}

Statement::~Statement()
{
    StatementCache::give(m_handle, m_stmt);
}

void Statement::bind(int index, double value)
{
    if (std::isnan(value)) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        sqlite3_bind_double(m_stmt, index, value);
    }
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindText(int index, const char* utf8, int bytes)
{
    sqlite3_bind_text(m_stmt, index, utf8, bytes, SQLITE_TRANSIENT);
}

void Statement::bindTextView(int index, const char* utf8, int bytes)
{
    sqlite3_bind_text(m_stmt, index, utf8, bytes, SQLITE_STATIC);
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    // A zero-length blob still binds as a BLOB (not NULL): SQLite needs a non-null pointer for that.
    static const char kEmpty = 0;
    sqlite3_bind_blob64(m_stmt,
                        index,
                        bytes.isEmpty() ? &kEmpty : bytes.data(),
                        static_cast<sqlite3_uint64>(bytes.size()),
                        SQLITE_STATIC);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> Statement::step()
{
    if (!m_stmt) {
        return fail(m_prepareFailure);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return fail(
        sqliteFailure(m_handle, QStringLiteral("executing %1").arg(QString::fromUtf8(sqlite3_sql(m_stmt)))));
}

Result<QStringList> Statement::firstColumnTexts()
{
    QStringList out;
    auto rows = forEachRow([&out](const Statement& row) { out << row.textAt(0); });
    if (!rows) {
        return fail(rows.error());
    }
    return out;
}

Result<void> Statement::run()
{
    while (true) {
        auto r = step();
        if (!r) {
            reset();
            return fail(r.error());
        }
        if (!*r) {
            break;
        }
    }
    reset();
    return {};
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

qint64 Statement::int64At(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::doubleAt(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::textAt(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) {
        return {};
    }
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8At(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_stmt, column) : 0);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView Statement::blobAt(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

qint64 Statement::lastInsertRowId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

int Statement::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

} // namespace Tessera::Store
