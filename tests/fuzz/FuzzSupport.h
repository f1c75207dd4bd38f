#pragma once

#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

#include "core/common/Result.h"

/**
 * Shared pieces of the libFuzzer harnesses (tests/fuzz, README "Fuzzing"). A harness must never crash
 * on bad input; where it finds the parser's documented contract broken it aborts through FUZZ_CHECK,
 * which libFuzzer reports like a crash, with the input saved as a crash-… file to reproduce it.
 */
namespace Tessera::Fuzz {

[[noreturn]] inline void contractBroken(const char* file, int line, const char* what, const QString& detail)
{
    std::fprintf(
        stderr, "%s:%d: fuzz invariant broken: %s\n  %s\n", file, line, what, detail.toUtf8().constData());
    std::abort();
}

/** The input as a QByteArray that owns a copy (parsers may keep implicit-shared copies of it). */
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/**
 * An input's trailing "\n#name=NAME" (the fuzzer can grow one; the dictionaries suggest it): NAME is
 * removed from data and returned, up to 256 bytes; without it, an empty string.
 */
inline QString takeNameTrailer(QByteArray& data)
{
    static const QByteArray marker = QByteArrayLiteral("\n#name=");
    const qsizetype at = data.lastIndexOf(marker);
    if (at < 0) {
        return {};
    }
    QString name = QString::fromUtf8(data.mid(at + marker.size(), 256));
    data.truncate(at);
    return name;
}

} // namespace Tessera::Fuzz

/** Aborts (a crash for libFuzzer) with a message naming the invariant when cond is false. */
#define FUZZ_CHECK(cond, detail)                                                                             \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            ::Tessera::Fuzz::contractBroken(__FILE__, __LINE__, #cond, (detail));                            \
        }                                                                                                    \
    } while (false)

/** Every error is one line for the user: never empty, and it names its source (file, symbol, …). */
#define FUZZ_CHECK_ERROR(error, prefix)                                                                      \
    do {                                                                                                     \
        FUZZ_CHECK(!(error).message.isEmpty(), QStringLiteral("empty error message"));                       \
        FUZZ_CHECK((error).message.startsWith(prefix), (error).message);                                     \
    } while (false)
