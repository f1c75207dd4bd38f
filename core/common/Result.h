#pragma once

#include <tl/expected.hpp>

#include <QString>

namespace Tessera {

/** Broad category of a failure, so callers can map errors to exit codes and UI states. */
enum class ErrorCode
{
    InvalidInput, ///< malformed file, line, symbol or argument supplied by the user
    NotFound,     ///< a file, symbol or record that does not exist
    Io,           ///< file system or network failure
    Database,     ///< SQLite error or schema problem
    Storage,      ///< the database file cannot be written or read: disk full, I/O error, read-only, damaged
    Busy,         ///< another process holds the write lock
    Cancelled,    ///< the user or the engine asked to stop
    Internal,     ///< a bug or an unexpected library exception
};

/**
 * A user-facing error. The message is one clear English line that names what failed
 * (symbol, file and line, URL, table), never a stack dump.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    static Error invalidInput(QString m) { return {ErrorCode::InvalidInput, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorCode::NotFound, std::move(m)}; }
    static Error io(QString m) { return {ErrorCode::Io, std::move(m)}; }
    static Error database(QString m) { return {ErrorCode::Database, std::move(m)}; }
    static Error storage(QString m) { return {ErrorCode::Storage, std::move(m)}; }
    static Error busy(QString m) { return {ErrorCode::Busy, std::move(m)}; }
    static Error cancelled(QString m = QStringLiteral("cancelled"))
    {
        return {ErrorCode::Cancelled, std::move(m)};
    }
    static Error internal(QString m) { return {ErrorCode::Internal, std::move(m)}; }

    /** The same error (same code) with a context in front: "writing bars of AAPL: disk full …". */
    Error prefixed(const QString& context) const { return {code, context + QStringLiteral(": ") + message}; }
};

/** Core functions return Result<T>: a value or an Error (tl::expected; std::expected once on C++23). */
template <typename T>
using Result = tl::expected<T, Error>;

/** Shorthand for returning an error from a function that returns Result<T>. */
inline tl::unexpected<Error> fail(Error e)
{
    return tl::unexpected<Error>(std::move(e));
}

} // namespace Tessera
