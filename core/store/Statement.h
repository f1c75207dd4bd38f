#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera::Store {

/**
 * A prepared statement on a raw sqlite3 handle (the fast path measured at ~0.9 M rows/s against
 * ~0.2 M through QSqlQuery). Parameters are always bound, never formatted into SQL.
 * Taken from and given back to the connection's StatementCache, so constructing one per call costs a
 * lookup, not a parse. Use on the thread that owns the handle only.
 */
class Statement
{
public:
    Statement(sqlite3* handle, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /** The prepare error, or empty. */
    const QString& prepareError() const { return m_error; }

    /** Bind helpers take 1-based parameter indexes, like sqlite3_bind_*. NaN binds NULL. */
    void bind(int index, double value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, const QString& value);            ///< a null QString binds NULL
    void bindText(int index, const char* utf8, int bytes); ///< copied: the buffer may go away
    /** Not copied: utf8 must stay alive and unchanged until the statement is stepped (hot loops). */
    void bindTextView(int index, const char* utf8, int bytes);
    /** A BLOB, not copied: bytes must stay alive and unchanged until the statement is stepped. */
    void bindBlob(int index, QByteArrayView bytes);
    void bindNull(int index);

    /** Steps once: true when a row is available, false when done; error on failure. */
    [[nodiscard]] Result<bool> step();
    /** Steps through every row, calling onRow(const Statement&) for each; returns the first error. */
    template <typename F>
    [[nodiscard]] Result<void> forEachRow(F onRow)
    {
        while (true) {
            auto next = step();
            if (!next) {
                return fail(next.error());
            }
            if (!*next) {
                return {};
            }
            onRow(static_cast<const Statement&>(*this));
        }
    }
    /** Steps through every row and returns the first column's texts (a list query). */
    [[nodiscard]] Result<QStringList> firstColumnTexts();
    /** Steps to completion and resets (for INSERT/UPDATE/DELETE). */
    [[nodiscard]] Result<void> run();
    void reset();

    qint64 int64At(int column) const;
    double doubleAt(int column) const; ///< NULL reads as NaN
    QString textAt(int column) const;  ///< NULL reads as a null QString
    /** A text column's UTF-8 bytes, valid until the next step() or reset() (hot loops: no QString). */
    QByteArrayView utf8At(int column) const;
    bool isNull(int column) const;
    /** A BLOB column's bytes, valid until the next step() or reset() (copy them to keep them). */
    QByteArrayView blobAt(int column) const;
    /** The rowid of the last INSERT on this connection. */
    qint64 lastInsertRowId() const;
    /** Rows changed by the last completed INSERT/UPDATE/DELETE on this connection. */
    int changes() const;

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    Error m_prepareFailure{ErrorCode::Database, {}};
};

} // namespace Tessera::Store
