#include "core/tasks/ScreenWatch.h"

#include <cmath>

#include <QSet>

#include "core/store/ScreenAlertRepository.h"
#include "core/store/ScreenRepository.h"
#include "core/tasks/ScreenRun.h"

namespace Tessera::Tasks {

Result<QList<Screens::ScreenAlert>> checkWatchedScreens(const Store::Database& db)
{
    Store::ScreenRepository screens(db);
    auto watched = screens.watched();
    if (!watched) {
        return fail(watched.error());
    }
    QList<Screens::ScreenAlert> raised;
    if (watched->isEmpty()) {
        return raised;
    }
    Store::Transaction tx(db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    for (const Screens::ScreenDefinition& s : std::as_const(*watched)) {
        auto run = runScreen(db, s, {}, {}, -1, {QStringLiteral("close")});
        if (!run) {
            return fail(run.error().prefixed(QStringLiteral("watched screen '%1'").arg(s.name)));
        }
        if (!run->result.asOf.isValid()) {
            continue; // nothing stored yet
        }
        auto before = screens.members(s.id);
        if (!before) {
            return fail(before.error());
        }
        const QStringList fields =
            Screens::fieldNeeds(run->compiled.expression, run->compiled.ranking).fields;
        auto valuesOf = [&](qsizetype row) {
            QJsonObject o;
            for (const QString& f : fields) {
                if (run->data.numbers.contains(f)) {
                    const double v = run->data.valueOf(f, row);
                    o.insert(f, std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
                } else if (run->data.texts.contains(f)) {
                    o.insert(f, run->data.textOf(f, row));
                }
            }
            return o;
        };
        QList<qint64> now;
        QSet<QString> nowTickers;
        const bool first = !before->asOf.isValid();
        for (const Screens::ScreenRow& r : std::as_const(run->result.rows)) {
            now << run->data.symbolIds[static_cast<size_t>(r.row)];
            nowTickers.insert(r.ticker);
            if (!first && !before->symbols.contains(r.ticker)) {
                Screens::ScreenAlert a;
                a.screenId = s.id;
                a.screen = s.name;
                a.ticker = r.ticker;
                a.date = run->result.asOf;
                a.entered = true;
                a.values = valuesOf(r.row);
                raised << a;
            }
        }
        if (!first) {
            for (auto it = before->symbols.cbegin(); it != before->symbols.cend(); ++it) {
                if (nowTickers.contains(it.key())) {
                    continue;
                }
                Screens::ScreenAlert a;
                a.screenId = s.id;
                a.screen = s.name;
                a.ticker = it.key();
                a.date = run->result.asOf;
                a.entered = false;
                const qsizetype row = run->data.tickers.indexOf(it.key());
                if (row >= 0) {
                    a.values = valuesOf(row); // why it left: the values that no longer pass
                }
                raised << a;
            }
        }
        if (auto r = screens.setMembers(s.id, run->result.asOf, now); !r) {
            return fail(r.error());
        }
    }
    if (auto r = Store::ScreenAlertRepository(db).add(raised); !r) {
        return fail(r.error());
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return raised;
}

QString screenAlertsNote(const QList<Screens::ScreenAlert>& alerts)
{
    if (alerts.isEmpty()) {
        return {};
    }
    int entered = 0;
    QStringList some;
    for (const Screens::ScreenAlert& a : alerts) {
        entered += a.entered ? 1 : 0;
        if (some.size() < 5) {
            some << QStringLiteral("%1: %2 %3")
                        .arg(a.screen,
                             a.ticker,
                             a.entered ? QStringLiteral("entered") : QStringLiteral("left"));
        }
    }
    return QStringLiteral("screen alerts: %1 entered, %2 left (%3%4)")
        .arg(entered)
        .arg(alerts.size() - entered)
        .arg(some.join(QStringLiteral("; ")),
             alerts.size() > some.size() ? QStringLiteral("; …") : QString());
}

} // namespace Tessera::Tasks
