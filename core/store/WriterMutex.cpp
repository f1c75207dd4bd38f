#include "core/store/WriterMutex.h"

#include <map>
#include <vector>

namespace Tessera::Store {
namespace {

std::mutex s_registryMutex;
// Weak entries: the mutex lives as long as a Database on that file does; a file opened again later
// gets a fresh one (nothing can hold the old one then).
std::map<QString, std::weak_ptr<WriterMutex>> s_registry;

/** The writer mutexes the calling thread holds (usually none or one). */
thread_local std::vector<const WriterMutex*> t_held;

} // namespace

std::shared_ptr<WriterMutex> WriterMutex::forPath(const QString& absolutePath)
{
    std::lock_guard lock(s_registryMutex);
    std::erase_if(s_registry, [](const auto& entry) { return entry.second.expired(); });
    std::weak_ptr<WriterMutex>& slot = s_registry[absolutePath];
    std::shared_ptr<WriterMutex> mutex = slot.lock();
    if (!mutex) {
        mutex = std::make_shared<WriterMutex>();
        slot = mutex;
    }
    return mutex;
}

bool WriterMutex::lock(std::chrono::milliseconds timeout, Priority priority)
{
    std::unique_lock lock(m_state);
    const bool urgent = priority == Priority::Urgent;
    m_urgentWaiting += urgent ? 1 : 0;
    const bool turn =
        m_turn.wait_for(lock, timeout, [&] { return !m_held && (urgent || m_urgentWaiting == 0); });
    m_urgentWaiting -= urgent ? 1 : 0;
    if (!turn) {
        if (urgent) {
            m_turn.notify_all(); // ordinary waiters held back by this one may go
        }
        return false;
    }
    m_held = true;
    t_held.push_back(this);
    return true;
}

void WriterMutex::unlock()
{
    for (auto it = t_held.begin(); it != t_held.end(); ++it) {
        if (*it == this) {
            t_held.erase(it);
            break;
        }
    }
    {
        std::lock_guard lock(m_state);
        m_held = false;
    }
    m_turn.notify_all(); // few waiters (the workers of one run): each checks whether the turn is its own
}

bool WriterMutex::heldByThisThread() const
{
    for (const WriterMutex* m : t_held) {
        if (m == this) {
            return true;
        }
    }
    return false;
}

bool WriterMutex::anyHeldByThisThread()
{
    return !t_held.empty();
}

} // namespace Tessera::Store
