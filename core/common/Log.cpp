#include "core/common/Log.h"

#include <map>
#include <mutex>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QDir>

namespace Tessera::Log {
namespace {

QString s_directory;
std::mutex s_forwardersMutex;
std::map<int, LineCallback> s_forwarders;
int s_nextForwarderId = 1;

/** Debian's spdlog 1.10 has no callback_sink: this forwards formatted lines to registered callbacks. */
class ForwardingSink final : public spdlog::sinks::base_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        const QString line =
            QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size())).trimmed();
        std::lock_guard lock(s_forwardersMutex);
        for (const auto& [id, callback] : s_forwarders) {
            callback(static_cast<int>(msg.level), line);
        }
    }
    void flush_() override {}
};

void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    auto logger = spdlog::default_logger();
    switch (type) {
    case QtDebugMsg:
        logger->debug("qt: {}", message);
        break;
    case QtInfoMsg:
        logger->info("qt: {}", message);
        break;
    case QtWarningMsg:
        logger->warn("qt: {}", message);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("qt: {}", message);
        break;
    }
}

} // namespace

void setup(const Options& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        s_directory = options.directory;
        const QString file = QDir(options.directory).filePath(QStringLiteral("tessera.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex& e) {
            fmt::print(stderr, "tessera: cannot open log file {}: {}\n", file, e.what());
        }
    }
    sinks.push_back(std::make_shared<ForwardingSink>());
    auto logger = std::make_shared<spdlog::logger>("tessera", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ [%t] %v");
    spdlog::set_default_logger(logger);
    setLevel(options.level);
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageHandler);
}

void setLevel(const QString& level)
{
    auto parsed = spdlog::level::from_str(level.toLower().toStdString());
    if (parsed == spdlog::level::off && level.compare(QStringLiteral("off"), Qt::CaseInsensitive) != 0) {
        parsed = spdlog::level::info;
    }
    spdlog::set_level(parsed);
}

QString logDirectory()
{
    return s_directory;
}

int addForwarder(LineCallback callback)
{
    std::lock_guard lock(s_forwardersMutex);
    const int id = s_nextForwarderId++;
    s_forwarders.emplace(id, std::move(callback));
    return id;
}

void removeForwarder(int id)
{
    std::lock_guard lock(s_forwardersMutex);
    s_forwarders.erase(id);
}

} // namespace Tessera::Log
