#pragma once

#include <functional>
#include <memory>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <QString>

/** Lets spdlog/fmt format QString arguments directly: spdlog::info("{}", ticker). */
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename Ctx>
    auto format(const QString& s, Ctx& ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()), ctx);
    }
};

namespace Tessera::Log {

/** Where and how verbosely the engine logs. */
struct Options
{
    QString directory;                      ///< folder for the rotating file; empty = no file
    QString level = QStringLiteral("info"); ///< trace, debug, info, warn, error, off
    bool toStderr = true;
};

/**
 * Installs the default spdlog logger ("tessera"): a rotating file (5 MB × 3) in the app data folder
 * plus stderr, and a Qt message handler that routes qDebug/qWarning into it. Call once from main().
 */
void setup(const Options& options);

/** Changes the level of the running logger; unknown names fall back to info. */
void setLevel(const QString& level);

/** The folder holding the log files (for "open log folder"), or empty when logging to stderr only. */
QString logDirectory();

/**
 * A line the engine logged, forwarded to a host callback (the GUI log panel). The callback runs on the
 * logging thread: the receiver must queue it to its own thread.
 */
using LineCallback = std::function<void(int level, const QString& line)>;

/** Adds a sink that forwards every formatted line to the callback; returns an id for removeForwarder. */
int addForwarder(LineCallback callback);
void removeForwarder(int id);

} // namespace Tessera::Log
