#include "app/cli/TaskSupport.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <thread>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/ProgressPrinter.h"

namespace Tessera::Cli {
namespace {

/**
 * Set by Ctrl-C / SIGTERM. A signal handler may only do async-signal-safe work: a lock-free atomic store
 * is; TaskContext::cancel() (a mutex, progress callbacks, allocation) is not — called from the handler
 * it deadlocks when the signal lands while the main thread holds the context's mutex (ThreadSanitizer
 * reported it). InterruptWatcher turns the flag into cancel() on a thread of its own.
 */
std::atomic<bool> s_interruptRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void onInterrupt(int)
{
    s_interruptRequested.store(true);
}

/** While a task runs: asks it to stop (it finishes the steps in flight, consistent DB) once interrupted. */
class InterruptWatcher
{
public:
    explicit InterruptWatcher(Tasks::TaskContext& task)
        : m_thread([this, &task] {
            while (!m_stop.load()) {
                if (s_interruptRequested.exchange(false)) {
                    task.cancel();
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        })
    {}
    ~InterruptWatcher()
    {
        m_stop.store(true);
        m_thread.join();
    }
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

using SignalHandler = void (*)(int);

/** Forgets an earlier interrupt, then installs onInterrupt for SIGINT; returns the previous handler. */
SignalHandler installInterrupt()
{
    s_interruptRequested.store(false);
    return std::signal(SIGINT, onInterrupt);
}

/** While alive, Ctrl-C and SIGTERM cancel the task (InterruptWatcher); the old handlers come back after. */
class InterruptScope
{
public:
    explicit InterruptScope(Tasks::TaskContext& task)
        : m_previousInt(installInterrupt())
        , m_previousTerm(std::signal(SIGTERM, onInterrupt))
        , m_watcher(task)
    {}
    ~InterruptScope()
    {
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

private:
    SignalHandler m_previousInt;
    SignalHandler m_previousTerm;
    InterruptWatcher m_watcher;
};

} // namespace

void runInterruptible(const std::function<void(Tasks::TaskContext&)>& work)
{
    ProgressPrinter printer;
    Tasks::TaskContext task([&printer](const Tasks::TaskProgress& p) { printer.print(p); });
    {
        InterruptScope interrupts(task);
        work(task);
    }
    printer.finish();
}

std::unique_ptr<Store::WriteLock> acquireWriteLock(CliContext& ctx, const Store::Database& db)
{
    auto lock = Store::WriteLock::acquire(db.path());
    if (!lock) {
        ctx.error(lock.error().message, ExitUsage);
        return nullptr;
    }
    if (auto r = Tasks::TaskRunner::recoverInterrupted(db); r && *r > 0 && !ctx.json) {
        ctx.err << QStringLiteral(
                       "note: %1 run(s) found interrupted; see 'tessera-cli runs list' and resume them "
                       "with 'tessera-cli runs resume ID'\n")
                       .arg(*r);
    }
    return std::move(*lock);
}

int exitCodeOf(const Tasks::RunResult& r)
{
    switch (r.status) {
    case Tasks::RunStatus::Done:
        return ExitOk;
    case Tasks::RunStatus::Cancelled:
    case Tasks::RunStatus::Interrupted:
        return ExitInterrupted;
    case Tasks::RunStatus::Failed:
        return r.fault ? exitCodeFor(*r.fault, ExitSomeFailed) : ExitSomeFailed;
    case Tasks::RunStatus::DoneWithFailures:
    case Tasks::RunStatus::Running:
        return ExitSomeFailed;
    }
    return ExitSomeFailed;
}

void printRunResult(CliContext& ctx, const Tasks::RunResult& r)
{
    if (ctx.json) {
        QJsonArray failures;
        for (const auto& f : r.failures) {
            failures.append(QJsonObject{{QStringLiteral("symbol"), f.symbol},
                                        {QStringLiteral("step"), f.step},
                                        {QStringLiteral("reason"), f.reason}});
        }
        ctx.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("run"), r.runId},
                                      {QStringLiteral("kind"), r.kind},
                                      {QStringLiteral("status"), Tasks::toString(r.status)},
                                      {QStringLiteral("total"), r.total},
                                      {QStringLiteral("done"), r.done},
                                      {QStringLiteral("failed"), r.failed},
                                      {QStringLiteral("pending"), r.pending},
                                      {QStringLiteral("seconds"), r.seconds},
                                      {QStringLiteral("estimatedSeconds"), r.estimatedSeconds},
                                      {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
                                      {QStringLiteral("stoppedBy"), r.fault ? r.fault->message : QString()},
                                      {QStringLiteral("failures"), failures}}));
        return;
    }
    for (const QString& note : r.notes) {
        ctx.err << "note: " << note << "\n";
    }
    ctx.err.flush();
    const double rate = r.seconds > 0 ? (r.done + r.failed) / r.seconds : 0.0;
    ctx.out << QStringLiteral("Run %1 %2: %3 done, %4 failed, %5 pending of %6 in %7 s (%8 symbols/s)")
                   .arg(r.runId)
                   .arg(Tasks::toString(r.status))
                   .arg(r.done)
                   .arg(r.failed)
                   .arg(r.pending)
                   .arg(r.total)
                   .arg(r.seconds, 0, 'f', 2)
                   .arg(rate, 0, 'f', 1);
    if (r.estimatedSeconds >= 0) {
        ctx.out << QStringLiteral("; estimate was %1 s").arg(r.estimatedSeconds, 0, 'f', 1);
    }
    ctx.out << "\n";
    if (!r.failures.isEmpty()) {
        ctx.out << "Failed:\n";
        for (const auto& f : r.failures) {
            ctx.out << "  " << f.symbol << " (" << f.step << "): " << f.reason << "\n";
        }
        ctx.out << QStringLiteral("Retry only these with: tessera-cli runs retry %1\n").arg(r.runId);
    }
    if (r.fault) {
        ctx.err << QStringLiteral("tessera-cli: run %1 stopped: %2\n").arg(r.runId).arg(r.fault->message);
        ctx.err.flush();
    }
    if ((r.status == Tasks::RunStatus::Cancelled || r.fault) && r.pending > 0) {
        ctx.out << QStringLiteral("Nothing committed was lost. Resume with: tessera-cli runs resume %1\n")
                       .arg(r.runId);
    }
}

int runTask(CliContext& ctx,
            const std::function<Result<Tasks::RunResult>(Tasks::TaskContext&)>& run,
            bool printResult)
{
    ProgressPrinter printer;
    std::mutex announce;
    qint64 announcedRun = 0;
    const bool json = ctx.json;
    QTextStream& out = ctx.out;
    Tasks::TaskContext task([&](const Tasks::TaskProgress& p) {
        {
            // The estimate is printed once, as soon as the run exists (seed 000's "estimated_time").
            std::lock_guard lock(announce);
            if (!json && p.runId != 0 && p.runId != announcedRun) {
                announcedRun = p.runId;
                out << QStringLiteral("Run %1: %2 symbol(s), steps %3; ").arg(p.runId).arg(p.total).arg([&p] {
                    QStringList names;
                    for (const auto& s : p.steps) {
                        names << s.name;
                    }
                    return names.join(QStringLiteral(" > "));
                }());
                out << (p.estimatedSeconds >= 0
                            ? QStringLiteral("estimated %1 (from earlier runs)\n")
                                  .arg(formatDuration(p.estimatedSeconds))
                            : QStringLiteral("no estimate yet (first run of this kind)\n"));
                out.flush();
            }
        }
        printer.print(p);
    });
    auto result = [&] {
        InterruptScope interrupts(task);
        return run(task);
    }();
    printer.finish();
    if (!result) {
        return ctx.error(result.error().message, exitCodeFor(result.error(), ExitUsage));
    }
    if (printResult) {
        printRunResult(ctx, *result);
    }
    return exitCodeOf(*result);
}

} // namespace Tessera::Cli
