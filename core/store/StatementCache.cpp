#include "core/store/StatementCache.h"

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace Tessera::Store {
namespace {

/** Enough for every fixed statement of the code base; SQL built at run time cannot crowd it out for ever. */
constexpr size_t kMaxPerConnection = 256;

struct ConnectionCache
{
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle; // by SQL text
    size_t count = 0;
};

struct Caches
{
    std::mutex mutex;
    std::unordered_map<sqlite3*, ConnectionCache> byConnection;
};

/** Never destroyed: connections may close while other translation units' statics are torn down. */
Caches& caches()
{
    static auto* instance = new Caches;
    return *instance;
}

} // namespace

sqlite3_stmt* StatementCache::take(sqlite3* handle, const char* sql)
{
    if (!handle) {
        return nullptr;
    }
    {
        Caches& all = caches();
        std::lock_guard lock(all.mutex);
        const auto cache = all.byConnection.find(handle);
        if (cache != all.byConnection.end()) {
            const auto entry = cache->second.idle.find(sql);
            if (entry != cache->second.idle.end() && !entry->second.empty()) {
                sqlite3_stmt* stmt = entry->second.back();
                entry->second.pop_back();
                --cache->second.count;
                return stmt;
            }
        }
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return stmt;
}

void StatementCache::give(sqlite3* handle, sqlite3_stmt* stmt)
{
    if (!stmt) {
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const char* sql = sqlite3_sql(stmt);
    if (handle && sql) {
        Caches& all = caches();
        std::lock_guard lock(all.mutex);
        ConnectionCache& cache = all.byConnection[handle];
        if (cache.count < kMaxPerConnection) {
            cache.idle[sql].push_back(stmt);
            ++cache.count;
            return;
        }
    }
    sqlite3_finalize(stmt);
}

void StatementCache::forget(sqlite3* handle)
{
    std::vector<sqlite3_stmt*> doomed;
    {
        Caches& all = caches();
        std::lock_guard lock(all.mutex);
        const auto cache = all.byConnection.find(handle);
        if (cache == all.byConnection.end()) {
            return;
        }
        for (auto& [sql, statements] : cache->second.idle) {
            doomed.insert(doomed.end(), statements.begin(), statements.end());
        }
        all.byConnection.erase(cache);
    }
    for (sqlite3_stmt* stmt : doomed) {
        sqlite3_finalize(stmt);
    }
}

} // namespace Tessera::Store
