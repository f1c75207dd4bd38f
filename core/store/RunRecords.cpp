#include "core/store/RunRecords.h"

namespace Tessera::Store {

QString toString(RunStatus s)
{
    switch (s) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Done:
        return QStringLiteral("done");
    case RunStatus::DoneWithFailures:
        return QStringLiteral("done-with-failures");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Interrupted:
        return QStringLiteral("interrupted");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

RunStatus runStatusFromString(const QString& s)
{
    for (RunStatus r : {RunStatus::Running,
                        RunStatus::Done,
                        RunStatus::DoneWithFailures,
                        RunStatus::Cancelled,
                        RunStatus::Interrupted,
                        RunStatus::Failed}) {
        if (toString(r) == s) {
            return r;
        }
    }
    return RunStatus::Failed;
}

QString toString(OutcomeStatus s)
{
    switch (s) {
    case OutcomeStatus::Pending:
        return QStringLiteral("pending");
    case OutcomeStatus::Done:
        return QStringLiteral("done");
    case OutcomeStatus::Failed:
        return QStringLiteral("failed");
    case OutcomeStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("pending");
}

OutcomeStatus outcomeStatusFromString(const QString& s)
{
    for (OutcomeStatus o :
         {OutcomeStatus::Pending, OutcomeStatus::Done, OutcomeStatus::Failed, OutcomeStatus::Skipped}) {
        if (toString(o) == s) {
            return o;
        }
    }
    return OutcomeStatus::Pending;
}

bool isResumable(RunStatus s)
{
    // A failed run may have pending work too: one stopped by a full disk or an I/O error.
    return s == RunStatus::Cancelled || s == RunStatus::Interrupted || s == RunStatus::Failed;
}

double RunRecord::seconds() const
{
    if (!startedAt.isValid()) {
        return 0;
    }
    const QDateTime end = finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc();
    return static_cast<double>(startedAt.msecsTo(end)) / 1000.0;
}

} // namespace Tessera::Store
