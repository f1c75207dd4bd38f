#include "core/tasks/ScreenRun.h"

#include <cmath>

#include <QElapsedTimer>
#include <QJsonArray>

#include "core/screens/FieldCatalog.h"
#include "core/store/ScreenDataRepository.h"

namespace Tessera::Tasks {

Result<ScreenRun> runScreen(const Store::Database& db,
                            const Screens::ScreenDefinition& screen,
                            QDate asOf,
                            const QStringList& tickers,
                            int limit,
                            const QStringList& extraFields,
                            const QStringList& extraPrevious)
{
    ScreenRun run;
    run.screen = screen;
    auto compiled = Screens::compile(screen);
    if (!compiled) {
        return fail(compiled.error());
    }
    run.compiled = std::move(*compiled);
    Store::ScreenDataRepository repo(db);
    QStringList selection = tickers;
    if (selection.isEmpty()) {
        auto resolved = repo.resolveSelection(screen.selection);
        if (!resolved) {
            return fail(resolved.error().prefixed(QStringLiteral("screen '%1'").arg(screen.name)));
        }
        selection = *resolved;
        if (selection.isEmpty() && !screen.selection.isEmpty() && screen.selection != QStringLiteral("all")) {
            return fail(Error::notFound(QStringLiteral("screen '%1': its selection '%2' has no symbols")
                                            .arg(screen.name, screen.selection)));
        }
    }
    Screens::FieldNeeds needs = Screens::fieldNeeds(run.compiled.expression, run.compiled.ranking);
    for (const QString& f : extraFields) {
        if (!needs.fields.contains(f) && Screens::FieldCatalog::instance().find(f)) {
            needs.fields << Screens::FieldCatalog::instance().find(f)->key;
        }
    }
    for (const QString& f : extraPrevious) {
        needs.previous.insert(f);
    }
    QElapsedTimer timer;
    timer.start();
    auto data = repo.load(selection, asOf, needs);
    if (!data) {
        return fail(data.error());
    }
    run.data = std::move(*data);
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    run.result = Screens::evaluate(
        run.compiled.expression, run.compiled.ranking, limit < 0 ? screen.limit : limit, run.data);
    run.result.loadMs = loadMs;
    run.result.evalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return run;
}

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject screenRowJson(const ScreenRun& run, int index)
{
    const Screens::ScreenRow& r = run.result.rows.at(index);
    const Screens::ScreenData& d = run.data;
    QJsonObject o{{QStringLiteral("rank"), index + 1},
                  {QStringLiteral("symbol"), r.ticker},
                  {QStringLiteral("stock_name"), d.names.value(r.row)},
                  {QStringLiteral("selection_score"), number(r.score)},
                  {QStringLiteral("sector"), d.textOf(QStringLiteral("sector"), r.row)}};
    if (d.numbers.contains(QStringLiteral("close"))) {
        o.insert(QStringLiteral("current_price"), number(d.valueOf(QStringLiteral("close"), r.row)));
    }
    for (auto it = d.numbers.cbegin(); it != d.numbers.cend(); ++it) {
        o.insert(it.key(), number(it->now[static_cast<size_t>(r.row)]));
    }
    for (auto it = d.texts.cbegin(); it != d.texts.cend(); ++it) {
        if (it.key() != QStringLiteral("ticker")) {
            o.insert(it.key(), (*it)[static_cast<size_t>(r.row)]);
        }
    }
    for (auto it = d.sets.cbegin(); it != d.sets.cend(); ++it) {
        o.insert(it.key(), QJsonArray::fromStringList((*it)[static_cast<size_t>(r.row)]));
    }
    return o;
}

QJsonObject screenRunJson(const ScreenRun& run)
{
    QJsonArray rows;
    for (int i = 0; i < run.result.rows.size(); ++i) {
        rows.append(screenRowJson(run, i));
    }
    QJsonObject excluded;
    for (auto it = run.result.missing.cbegin(); it != run.result.missing.cend(); ++it) {
        excluded.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("screen"), run.screen.name},
                       {QStringLiteral("expression"), run.compiled.expression.toText()},
                       {QStringLiteral("ranking"), Screens::rankingText(run.compiled.ranking)},
                       {QStringLiteral("as_of"), run.result.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("selection_size"), run.result.selectionSize},
                       {QStringLiteral("evaluated"), run.result.evaluated},
                       {QStringLiteral("matched"), run.result.matched},
                       {QStringLiteral("count"), rows.size()},
                       {QStringLiteral("excluded"), excluded},
                       {QStringLiteral("load_ms"), run.result.loadMs},
                       {QStringLiteral("eval_ms"), run.result.evalMs},
                       {QStringLiteral("stocks"), rows}};
}

} // namespace Tessera::Tasks
