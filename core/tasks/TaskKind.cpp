#include "core/tasks/TaskKind.h"

#include <mutex>

#include "core/tasks/ExportTask.h"
#include "core/tasks/FundamentalsTask.h"
#include "core/tasks/HourlyTrainTask.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/PicksTask.h"
#include "core/tasks/PipelineTask.h"
#include "core/tasks/RunAllTask.h"
#include "core/tasks/TrainTask.h"
#include "core/tasks/TrainXsTask.h"

namespace Tessera::Tasks {
namespace {

// Errors carrying this prefix are "skipped" outcomes, not failures (see TaskStep::skip).
const QString kSkipPrefix = QStringLiteral("\x01skip:");

std::mutex s_registryMutex;
std::vector<std::unique_ptr<TaskKind>>& registry()
{
    static std::vector<std::unique_ptr<TaskKind>> kinds;
    return kinds;
}

} // namespace

tl::unexpected<Error> TaskStep::skip(const QString& reason)
{
    return fail(Error::invalidInput(kSkipPrefix + reason));
}

bool TaskStep::isSkip(const Error& e)
{
    return e.message.startsWith(kSkipPrefix);
}

QString TaskStep::skipReason(const Error& e)
{
    return isSkip(e) ? e.message.mid(kSkipPrefix.size()) : e.message;
}

void TaskRegistry::add(TaskKind kind)
{
    std::lock_guard lock(s_registryMutex);
    for (auto& existing : registry()) {
        if (existing->id == kind.id) {
            *existing = std::move(kind);
            return;
        }
    }
    registry().push_back(std::make_unique<TaskKind>(std::move(kind)));
}

const TaskKind* TaskRegistry::find(const QString& id)
{
    registerBuiltinTaskKinds();
    std::lock_guard lock(s_registryMutex);
    for (const auto& k : registry()) {
        if (k->id == id) {
            return k.get();
        }
    }
    return nullptr;
}

QList<const TaskKind*> TaskRegistry::all()
{
    registerBuiltinTaskKinds();
    std::lock_guard lock(s_registryMutex);
    QList<const TaskKind*> out;
    for (const auto& k : registry()) {
        out << k.get();
    }
    return out;
}

void registerBuiltinTaskKinds()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TaskRegistry::add(loadTaskKind());
        TaskRegistry::add(indicatorsTaskKind());
        TaskRegistry::add(trainTaskKind());
        TaskRegistry::add(hourlyTrainTaskKind());
        TaskRegistry::add(trainXsTaskKind());
        TaskRegistry::add(exportTaskKind());
        TaskRegistry::add(pipelineTaskKind());
        TaskRegistry::add(fundamentalsTaskKind());
        TaskRegistry::add(picksTaskKind());
        TaskRegistry::add(runAllTaskKind());
    });
}

} // namespace Tessera::Tasks
