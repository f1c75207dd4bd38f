#include "core/store/RunRepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/market/Bar.h"
#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    return t;
}

/** done / failed / pending symbol counts of a run, aggregated over its (symbol, step) rows. */
Result<void> fillCounts(const Database& db, RunRecord& r)
{
    Statement st(db.rawHandle(),
                 "SELECT COUNT(*), COALESCE(SUM(f > 0), 0), COALESCE(SUM(f = 0 AND p = 0), 0), "
                 "COALESCE(SUM(f = 0 AND p > 0), 0) FROM (SELECT SUM(status = 'failed') AS f, "
                 "SUM(status = 'pending') AS p FROM run_symbols WHERE run_id = ?1 GROUP BY symbol)");
    st.bind(1, r.id);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    r.total = static_cast<int>(st.int64At(0));
    r.failed = static_cast<int>(st.int64At(1));
    r.done = static_cast<int>(st.int64At(2));
    r.pending = static_cast<int>(st.int64At(3));
    return {};
}

constexpr const char* kRunColumns =
    "SELECT id, kind, params, status, trigger, COALESCE(parent_run_id, 0), started_at, "
    "finished_at, COALESCE(estimated_seconds, -1), COALESCE(pid, 0), host, message "
    "FROM runs ";

RunRecord readRun(const Statement& st)
{
    RunRecord r;
    r.id = st.int64At(0);
    r.kind = st.textAt(1);
    r.params = QJsonDocument::fromJson(st.textAt(2).toUtf8()).object();
    r.status = runStatusFromString(st.textAt(3));
    r.trigger = st.textAt(4);
    r.parentRunId = st.int64At(5);
    r.startedAt = parseIso(st.textAt(6));
    r.finishedAt = parseIso(st.textAt(7));
    r.estimatedSeconds = st.doubleAt(8);
    r.pid = st.int64At(9);
    r.host = st.textAt(10);
    r.message = st.textAt(11);
    return r;
}

Result<QStringList> stepNames(const Database& db, qint64 runId)
{
    Statement st(db.rawHandle(), "SELECT name FROM run_steps WHERE run_id = ?1 ORDER BY step_index");
    st.bind(1, runId);
    QStringList names;
    if (auto r = st.forEachRow([&names](const Statement& s) { names << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return names;
}

} // namespace

Result<qint64> RunRepository::create(const NewRun& run)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement ins(m_db.rawHandle(),
                  "INSERT INTO runs(kind, params, status, trigger, parent_run_id, started_at, "
                  "estimated_seconds, pid, host) "
                  "VALUES (?1, ?2, 'running', ?3, NULLIF(?4, 0), ?5, ?6, ?7, ?8)");
    ins.bind(1, run.kind);
    ins.bind(2, QString::fromUtf8(QJsonDocument(run.params).toJson(QJsonDocument::Compact)));
    ins.bind(3, run.trigger);
    ins.bind(4, run.parentRunId);
    ins.bind(5, nowIso());
    ins.bind(6, run.estimatedSeconds < 0 ? kMissing : run.estimatedSeconds);
    ins.bind(7, QCoreApplication::applicationPid());
    ins.bind(8, QHostInfo::localHostName());
    if (auto r = ins.run(); !r) {
        return fail(r.error());
    }
    Statement last(m_db.rawHandle(), "SELECT last_insert_rowid()");
    if (auto r = last.step(); !r) {
        return fail(r.error());
    }
    const qint64 runId = last.int64At(0);

    Statement step(m_db.rawHandle(),
                   "INSERT INTO run_steps(run_id, step_index, name, started_at) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < run.steps.size(); ++i) {
        step.bind(1, runId);
        step.bind(2, i);
        step.bind(3, run.steps[i]);
        step.bind(4, nowIso());
        if (auto r = step.run(); !r) {
            return fail(r.error());
        }
    }
    Statement sym(m_db.rawHandle(),
                  "INSERT OR IGNORE INTO run_symbols(run_id, symbol, step_index, position, status) "
                  "VALUES (?1, ?2, ?3, ?4, 'pending')");
    for (int k = 0; k < run.symbols.size(); ++k) {
        const int first = k < run.firstStep.size() ? run.firstStep[k] : 0;
        for (int i = first; i < run.steps.size(); ++i) {
            sym.bind(1, runId);
            sym.bind(2, run.symbols[k]);
            sym.bind(3, i);
            sym.bind(4, k);
            if (auto r = sym.run(); !r) {
                return fail(r.error());
            }
        }
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return runId;
}

Result<void> RunRepository::markRunning(qint64 runId)
{
    Statement st(m_db.rawHandle(),
                 "UPDATE runs SET status = 'running', finished_at = NULL, pid = ?2, host = ?3 WHERE id = ?1");
    st.bind(1, runId);
    st.bind(2, QCoreApplication::applicationPid());
    st.bind(3, QHostInfo::localHostName());
    return st.run();
}

Result<void> RunRepository::finish(qint64 runId, RunStatus status, const QString& message)
{
    Transaction tx(m_db);
    Statement st(m_db.rawHandle(),
                 "UPDATE runs SET status = ?2, finished_at = ?3, message = ?4 WHERE id = ?1");
    st.bind(1, runId);
    st.bind(2, toString(status));
    st.bind(3, nowIso());
    st.bind(4, message.isEmpty() ? QString() : message);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    Statement steps(m_db.rawHandle(), "UPDATE run_steps SET finished_at = ?2 WHERE run_id = ?1");
    steps.bind(1, runId);
    steps.bind(2, nowIso());
    if (auto r = steps.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<void> RunRepository::recordOutcome(qint64 runId,
                                          int stepIndex,
                                          const QString& symbol,
                                          OutcomeStatus status,
                                          const QString& reason,
                                          double seconds)
{
    Statement st(m_db.rawHandle(),
                 "UPDATE run_symbols SET status = ?4, reason = ?5, seconds = ?6, finished_at = ?7 "
                 "WHERE run_id = ?1 AND symbol = ?2 AND step_index = ?3");
    st.bind(1, runId);
    st.bind(2, symbol);
    st.bind(3, stepIndex);
    st.bind(4, toString(status));
    st.bind(5, reason.isEmpty() ? QString() : reason);
    st.bind(6, seconds);
    st.bind(7, nowIso());
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    if (status != OutcomeStatus::Failed) {
        return {};
    }
    // Later steps of a failed symbol cannot run on its missing result: mark them, with the cause.
    Statement later(m_db.rawHandle(),
                    "UPDATE run_symbols SET status = 'skipped', reason = ?4 "
                    "WHERE run_id = ?1 AND symbol = ?2 AND step_index > ?3 AND status = 'pending'");
    later.bind(1, runId);
    later.bind(2, symbol);
    later.bind(3, stepIndex);
    later.bind(4, QStringLiteral("not run: an earlier step failed"));
    return later.run();
}

Result<QList<QPair<QString, int>>> RunRepository::pendingWork(qint64 runId)
{
    Statement st(m_db.rawHandle(),
                 "SELECT symbol, MIN(step_index), MIN(position) FROM run_symbols WHERE run_id = ?1 AND "
                 "status = 'pending' "
                 "GROUP BY symbol ORDER BY MIN(position)");
    st.bind(1, runId);
    QList<QPair<QString, int>> out;
    if (auto r = st.forEachRow([&out](const Statement& s) {
            out.append({s.textAt(0), static_cast<int>(s.int64At(1))});
        });
        !r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<QPair<QString, int>>> RunRepository::failedWork(qint64 runId)
{
    Statement st(m_db.rawHandle(),
                 "SELECT symbol, MIN(step_index), MIN(position) FROM run_symbols WHERE run_id = ?1 AND "
                 "status = 'failed' "
                 "GROUP BY symbol ORDER BY MIN(position)");
    st.bind(1, runId);
    QList<QPair<QString, int>> out;
    if (auto r = st.forEachRow([&out](const Statement& s) {
            out.append({s.textAt(0), static_cast<int>(s.int64At(1))});
        });
        !r) {
        return fail(r.error());
    }
    return out;
}

Result<std::optional<RunRecord>> RunRepository::get(qint64 runId)
{
    const QByteArray sql = QByteArray(kRunColumns) + QByteArray("WHERE id = ?1");
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, runId);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return std::optional<RunRecord>{};
    }
    RunRecord r = readRun(st);
    auto names = stepNames(m_db, r.id);
    if (!names) {
        return fail(names.error());
    }
    r.steps = *names;
    if (auto c = fillCounts(m_db, r); !c) {
        return fail(c.error());
    }
    return std::optional<RunRecord>{r};
}

Result<QList<RunRecord>> RunRepository::list(int limit, const QString& kind)
{
    const QByteArray sql =
        QByteArray(kRunColumns) + QByteArray("WHERE (?1 = '' OR kind = ?1) ORDER BY id DESC LIMIT ?2");
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, kind.isNull() ? QStringLiteral("") : kind);
    st.bind(2, limit);
    QList<RunRecord> out;
    if (auto r = st.forEachRow([&out](const Statement& s) { out << readRun(s); }); !r) {
        return fail(r.error());
    }
    for (RunRecord& r : out) {
        auto names = stepNames(m_db, r.id);
        if (!names) {
            return fail(names.error());
        }
        r.steps = *names;
        if (auto c = fillCounts(m_db, r); !c) {
            return fail(c.error());
        }
    }
    return out;
}

Result<QList<StepRecord>> RunRepository::steps(qint64 runId)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT s.step_index, s.name, s.started_at, s.finished_at, "
        "COALESCE(SUM(r.seconds), 0), COALESCE(SUM(r.status = 'done'), 0), COALESCE(SUM(r.status = "
        "'failed'), 0), "
        "COALESCE(SUM(r.status = 'skipped'), 0), COALESCE(SUM(r.status = 'pending'), 0) "
        "FROM run_steps s LEFT JOIN run_symbols r ON r.run_id = s.run_id AND r.step_index = s.step_index "
        "WHERE s.run_id = ?1 GROUP BY s.step_index ORDER BY s.step_index");
    st.bind(1, runId);
    QList<StepRecord> out;
    auto r = st.forEachRow([&out](const Statement& s) {
        StepRecord step;
        step.index = static_cast<int>(s.int64At(0));
        step.name = s.textAt(1);
        step.startedAt = parseIso(s.textAt(2));
        step.finishedAt = parseIso(s.textAt(3));
        step.seconds = s.doubleAt(4);
        step.done = static_cast<int>(s.int64At(5));
        step.failed = static_cast<int>(s.int64At(6));
        step.skipped = static_cast<int>(s.int64At(7));
        step.pending = static_cast<int>(s.int64At(8));
        out << step;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<SymbolOutcomeRecord>> RunRepository::outcomes(qint64 runId, bool onlyProblems)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT r.symbol, r.step_index, s.name, r.status, r.reason, COALESCE(r.seconds, 0), r.finished_at "
        "FROM run_symbols r JOIN run_steps s ON s.run_id = r.run_id AND s.step_index = r.step_index "
        "WHERE r.run_id = ?1 AND (?2 = 0 OR r.status = 'failed' "
        "OR (r.status = 'skipped' AND r.reason LIKE 'not run:%')) "
        "ORDER BY r.position, r.step_index");
    st.bind(1, runId);
    st.bind(2, onlyProblems ? 1 : 0);
    QList<SymbolOutcomeRecord> out;
    auto r = st.forEachRow([&out](const Statement& s) {
        SymbolOutcomeRecord o;
        o.symbol = s.textAt(0);
        o.stepIndex = static_cast<int>(s.int64At(1));
        o.step = s.textAt(2);
        o.status = outcomeStatusFromString(s.textAt(3));
        o.reason = s.textAt(4);
        o.seconds = s.doubleAt(5);
        o.finishedAt = parseIso(s.textAt(6));
        out << o;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QStringList> RunRepository::kinds()
{
    // GROUP BY kind walks the runs_by_kind index.
    Statement st(m_db.rawHandle(), "SELECT kind FROM runs GROUP BY kind ORDER BY kind");
    QStringList out;
    if (auto r = st.forEachRow([&out](const Statement& s) { out << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return out;
}

Result<int> RunRepository::markInterrupted()
{
    Statement st(
        m_db.rawHandle(),
        "UPDATE runs SET status = 'interrupted', finished_at = ?1, "
        "message = COALESCE(message, 'the process running it stopped (killed, crashed or powered off)') "
        "WHERE status = 'running'");
    st.bind(1, nowIso());
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return st.changes();
}

Result<std::optional<double>> RunRepository::secondsPerSymbol(const QString& kind)
{
    // Finished runs only: cancelled and interrupted runs measure a part with an unknown tail.
    Statement st(m_db.rawHandle(),
                 "SELECT r.started_at, r.finished_at, (SELECT COUNT(DISTINCT symbol) FROM run_symbols x "
                 "WHERE x.run_id = r.id AND x.status IN ('done', 'failed')) FROM runs r WHERE r.kind = ?1 "
                 "AND r.status IN ('done', 'done-with-failures') AND r.finished_at IS NOT NULL ORDER BY r.id "
                 "DESC LIMIT 5");
    st.bind(1, kind);
    std::vector<double> rates;
    auto r = st.forEachRow([&rates](const Statement& s) {
        const qint64 symbols = s.int64At(2);
        const qint64 ms = parseIso(s.textAt(0)).msecsTo(parseIso(s.textAt(1)));
        if (symbols > 0 && ms >= 0) {
            rates.push_back(static_cast<double>(ms) / 1000.0 / static_cast<double>(symbols));
        }
    });
    if (!r) {
        return fail(r.error());
    }
    if (rates.empty()) {
        return std::optional<double>{};
    }
    // The median resists one odd run (a cold cache, a busy machine).
    std::sort(rates.begin(), rates.end());
    return std::optional<double>{rates[rates.size() / 2]};
}

} // namespace Tessera::Store
