#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "core/common/AtomicFile.h"
#include "core/screens/FieldCatalog.h"
#include "core/screens/Strategy.h"
#include "core/store/ScreenRepository.h"
#include "core/tasks/ScreenRun.h"

namespace Tessera::Cli {
namespace {

QString num(double v)
{
    if (!std::isfinite(v)) {
        return QStringLiteral("—");
    }
    const double a = std::abs(v);
    return QLocale::c().toString(v, 'f', a >= 1000 ? 0 : a >= 1 ? 2 : 4);
}

/**
 * `screen run|list|show|save|remove|duplicate|reset|fields|export|import` (issue 20): screens from a
 * script. One expression syntax with the GUI's Screens view; `screen fields` lists what can be used.
 */
class ScreenCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("screen"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "screen run EXPR|NAME [SELECTION] [--date D] [--limit N] [--ranking R] | list | show NAME | save "
            "NAME "
            "[--expression E] [--ranking R] [--limit N] [--selection S] [--watch on|off] [--set KEY=VALUE] | "
            "remove NAME | duplicate NAME NEW | reset STRATEGY | fields | export [NAME…] [--file F] | import "
            "FILE");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Screens: conditions on any stored field (rsi_14 < 30 and close > sma_200 and pe_ratio < 25; < "
            "<= > >= "
            "= != between in, crosses above/below, and/or/not, parentheses), a ranking of per-day percentile "
            "ranks ('2*return_60d, -pe_ratio') and a limit, over a selection (all, universe:NAME, tag:NAME, "
            "watchlist:NAME or the selection options). The strategies growth, value, balanced and momentum "
            "are "
            "built-in screens whose filters are settings (--set max_pe=25). Symbols missing a field a "
            "condition "
            "needs are left out and counted.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(QStringLiteral("date"),
                                QStringLiteral("screen, picks: as of this day (YYYY-MM-DD)."),
                                QStringLiteral("DATE"))
          << QCommandLineOption(QStringLiteral("limit"),
                                QStringLiteral("screen: rows to keep (0 = all)."),
                                QStringLiteral("N"))
          << QCommandLineOption(QStringLiteral("ranking"),
                                QStringLiteral("screen: ranking fields, e.g. '2*return_60d, -pe_ratio'."),
                                QStringLiteral("R"))
          << QCommandLineOption(QStringLiteral("expression"),
                                QStringLiteral("screen save: the conditions."),
                                QStringLiteral("E"))
          << QCommandLineOption(
                 QStringLiteral("selection"),
                 QStringLiteral("screen save: all, universe:NAME, tag:NAME, watchlist:NAME or tickers."),
                 QStringLiteral("S"))
          << QCommandLineOption(QStringLiteral("description"),
                                QStringLiteral("screen save: a description."),
                                QStringLiteral("TEXT"))
          << QCommandLineOption(QStringLiteral("watch"),
                                QStringLiteral("screen save: on = alert when symbols enter or leave it."),
                                QStringLiteral("on|off"))
          << QCommandLineOption(
                 QStringLiteral("set"),
                 QStringLiteral("screen save: a strategy filter KEY=VALUE (VALUE off to clear)."),
                 QStringLiteral("KEY=VALUE"))
          << QCommandLineOption(QStringLiteral("file"),
                                QStringLiteral("screen export: write to this file."),
                                QStringLiteral("FILE"));
        return o;
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("run")) {
            return runRun(ctx);
        }
        if (sub == QStringLiteral("list")) {
            return runList(ctx);
        }
        if (sub == QStringLiteral("show")) {
            return runShow(ctx);
        }
        if (sub == QStringLiteral("save")) {
            return runSave(ctx);
        }
        if (sub == QStringLiteral("remove")) {
            return runRemove(ctx);
        }
        if (sub == QStringLiteral("duplicate")) {
            return runDuplicate(ctx);
        }
        if (sub == QStringLiteral("reset")) {
            return runReset(ctx);
        }
        if (sub == QStringLiteral("fields")) {
            return runFields(ctx);
        }
        if (sub == QStringLiteral("export")) {
            return runExport(ctx);
        }
        if (sub == QStringLiteral("import")) {
            return runImport(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int fromError(CliContext& ctx, const Error& e)
    {
        return ctx.error(e.message,
                         exitCodeFor(e, e.code == ErrorCode::Database ? ExitSomeFailed : ExitUsage));
    }

    static int runRun(CliContext& ctx)
    {
        const QString what = ctx.args.value(1);
        if (what.trimmed().isEmpty()) {
            return ctx.error(QStringLiteral("usage: screen run EXPR|NAME [SELECTION] [--date D] [--limit N]"),
                             ExitUsage);
        }
        QDate asOf;
        if (ctx.parser.isSet(QStringLiteral("date"))) {
            asOf = QDate::fromString(ctx.parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!asOf.isValid()) {
                return ctx.error(QStringLiteral("--date: expected YYYY-MM-DD, got '%1'")
                                     .arg(ctx.parser.value(QStringLiteral("date"))),
                                 ExitUsage);
            }
        }
        int limit = -1;
        if (ctx.parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = ctx.parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 0) {
                return ctx.error(QStringLiteral("--limit: expected a whole number ≥ 0"), ExitUsage);
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        Store::ScreenRepository screens(*db);
        auto stored = screens.find(what);
        if (!stored) {
            return fromError(ctx, stored.error());
        }
        Screens::ScreenDefinition screen;
        if (stored->has_value()) {
            screen = **stored;
        } else {
            screen.name = QStringLiteral("(expression)");
            screen.expression = what;
            screen.limit = 0;
        }
        if (ctx.parser.isSet(QStringLiteral("ranking"))) {
            screen.ranking = ctx.parser.value(QStringLiteral("ranking"));
        }
        if (ctx.args.size() > 2) {
            screen.selection = ctx.args.value(2);
        }
        QStringList tickers;
        if (hasSelection(ctx.parser)) {
            auto resolved = resolveSelection(ctx.parser, *db);
            if (!resolved) {
                return fromError(ctx, resolved.error());
            }
            tickers = *resolved;
        }
        auto run = Tasks::runScreen(*db, screen, asOf, tickers, limit);
        if (!run) {
            return fromError(ctx, run.error());
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(Tasks::screenRunJson(*run)));
            return ExitOk;
        }
        printRun(ctx, *run);
        return ExitOk;
    }

    static void printRun(CliContext& ctx, const Tasks::ScreenRun& run)
    {
        const Screens::ScreenResult& r = run.result;
        ctx.out << QStringLiteral("%1 as of %2: %3 of %4 symbols passed%5\n")
                       .arg(run.compiled.expression.toText().isEmpty() ? QStringLiteral("(no condition)")
                                                                       : run.compiled.expression.toText(),
                            r.asOf.toString(Qt::ISODate))
                       .arg(r.matched)
                       .arg(r.selectionSize)
                       .arg(r.rows.size() < r.matched ? QStringLiteral(" (showing %1)").arg(r.rows.size())
                                                      : QString());
        if (!r.missing.isEmpty()) {
            ctx.out << QStringLiteral("excluded: %1\n").arg(r.missingText());
        }
        if (!run.compiled.ranking.isEmpty()) {
            ctx.out << QStringLiteral("ranked by: %1\n").arg(Screens::rankingText(run.compiled.ranking));
        }
        const QStringList fields = Screens::fieldNeeds(run.compiled.expression, run.compiled.ranking).fields;
        QString header = QStringLiteral("%1  %2  %3")
                             .arg(QStringLiteral("#"), 4)
                             .arg(QStringLiteral("symbol"), -16)
                             .arg(QStringLiteral("score"), 6);
        for (const QString& f : fields) {
            header += QStringLiteral("  %1").arg(f, 12);
        }
        ctx.out << header << '\n';
        for (int i = 0; i < r.rows.size(); ++i) {
            const Screens::ScreenRow& row = r.rows[i];
            QString line = QStringLiteral("%1  %2  %3")
                               .arg(i + 1, 4)
                               .arg(row.ticker, -16)
                               .arg(std::isfinite(row.score) ? QLocale::c().toString(row.score, 'f', 3)
                                                             : QStringLiteral("—"),
                                    6);
            for (const QString& f : fields) {
                const QString v =
                    run.data.numbers.contains(f) ? num(run.data.valueOf(f, row.row))
                    : run.data.sets.contains(f)
                        ? run.data.sets.value(f)[static_cast<size_t>(row.row)].join(QLatin1Char(','))
                        : run.data.textOf(f, row.row);
                line += QStringLiteral("  %1").arg(v, 12);
            }
            ctx.out << line << '\n';
        }
    }

    static int runList(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto all = Store::ScreenRepository(*db).all();
        if (!all) {
            return fromError(ctx, all.error());
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const Screens::ScreenDefinition& s : std::as_const(*all)) {
                QJsonObject o = s.toJson();
                o.insert(QStringLiteral("effective_expression"), s.effectiveExpression());
                arr.append(o);
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        for (const Screens::ScreenDefinition& s : std::as_const(*all)) {
            ctx.out << QStringLiteral("%1%2  %3  limit %4, %5%6\n")
                           .arg(s.name, -16)
                           .arg(s.isStrategy() ? QStringLiteral(" (strategy)") : QString(), -11)
                           .arg(s.effectiveExpression())
                           .arg(s.limit)
                           .arg(s.selection)
                           .arg(s.watched ? QStringLiteral(", watched") : QString());
        }
        return ExitOk;
    }

    static Result<Screens::ScreenDefinition> findOrFail(const Store::Database& db, const QString& name)
    {
        auto s = Store::ScreenRepository(db).find(name);
        if (!s) {
            return fail(s.error());
        }
        if (!s->has_value()) {
            return fail(Error::invalidInput(
                QStringLiteral("no screen named '%1' (see 'tessera-cli screen list')").arg(name)));
        }
        return **s;
    }

    static int runShow(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto s = findOrFail(*db, ctx.args.value(1));
        if (!s) {
            return fromError(ctx, s.error());
        }
        if (ctx.json) {
            QJsonObject o = s->toJson();
            o.insert(QStringLiteral("effective_expression"), s->effectiveExpression());
            ctx.printJson(QJsonDocument(o));
            return ExitOk;
        }
        ctx.out << QStringLiteral("name:        %1%2\n")
                       .arg(s->name, s->isStrategy() ? QStringLiteral(" (built-in strategy)") : QString());
        if (!s->description.isEmpty()) {
            ctx.out << QStringLiteral("description: %1\n").arg(s->description);
        }
        ctx.out << QStringLiteral("expression:  %1\n").arg(s->expression);
        if (s->isStrategy()) {
            ctx.out << QStringLiteral("filters:\n");
            for (const Screens::StrategyFilter& f : Screens::strategyFilters()) {
                const QJsonValue v = s->settings.value(QLatin1String(f.key));
                ctx.out << QStringLiteral("  %1 %2 (%3 %4)\n")
                               .arg(QLatin1String(f.key), -20)
                               .arg(v.isDouble() ? QLocale::c().toString(v.toDouble(), 'g', 10)
                                                 : QStringLiteral("off"),
                                    -12)
                               .arg(QLatin1String(f.field), QLatin1String(f.op));
            }
            ctx.out << QStringLiteral("runs as:     %1\n").arg(s->effectiveExpression());
        }
        ctx.out << QStringLiteral("ranking:     %1\nlimit:       %2\nselection:   %3\nwatched:     %4\n")
                       .arg(s->ranking.isEmpty() ? QStringLiteral("(none)") : s->ranking)
                       .arg(s->limit)
                       .arg(s->selection)
                       .arg(s->watched ? QStringLiteral("yes") : QStringLiteral("no"));
        return ExitOk;
    }

    static int runSave(CliContext& ctx)
    {
        const QString name = ctx.args.value(1).trimmed();
        if (name.isEmpty()) {
            return ctx.error(
                QStringLiteral("usage: screen save NAME [--expression E] [--ranking R] [--limit N] "
                               "[--selection S] [--watch on|off] [--set KEY=VALUE]"),
                ExitUsage);
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        Store::ScreenRepository repo(*db);
        auto existing = repo.find(name);
        if (!existing) {
            return fromError(ctx, existing.error());
        }
        Screens::ScreenDefinition s;
        if (existing->has_value()) {
            s = **existing;
        } else {
            s.name = name;
            if (!ctx.parser.isSet(QStringLiteral("expression"))) {
                return ctx.error(QStringLiteral("screen save %1: a new screen needs --expression").arg(name),
                                 ExitUsage);
            }
        }
        const auto opt = [&](const char* key) {
            return ctx.parser.value(QLatin1String(key));
        };
        if (ctx.parser.isSet(QStringLiteral("expression"))) {
            s.expression = opt("expression");
        }
        if (ctx.parser.isSet(QStringLiteral("ranking"))) {
            s.ranking = opt("ranking");
        }
        if (ctx.parser.isSet(QStringLiteral("selection"))) {
            s.selection = opt("selection");
        }
        if (ctx.parser.isSet(QStringLiteral("description"))) {
            s.description = opt("description");
        }
        if (ctx.parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            s.limit = opt("limit").toInt(&ok);
            if (!ok || s.limit < 0) {
                return ctx.error(QStringLiteral("--limit: expected a whole number ≥ 0"), ExitUsage);
            }
        }
        if (ctx.parser.isSet(QStringLiteral("watch"))) {
            const QString w = opt("watch").toLower();
            if (w != QStringLiteral("on") && w != QStringLiteral("off")) {
                return ctx.error(QStringLiteral("--watch: expected on or off"), ExitUsage);
            }
            s.watched = w == QStringLiteral("on");
        }
        for (const QString& kv : ctx.parser.values(QStringLiteral("set"))) {
            if (!s.isStrategy()) {
                return ctx.error(
                    QStringLiteral("--set: '%1' is not a strategy; only strategies have filter settings")
                        .arg(s.name),
                    ExitUsage);
            }
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            const QString key = kv.left(eq).trimmed();
            const QString value = kv.mid(eq + 1).trimmed();
            bool known = false;
            QStringList keys;
            for (const Screens::StrategyFilter& f : Screens::strategyFilters()) {
                keys << QLatin1String(f.key);
                known = known || key == QLatin1String(f.key);
            }
            if (eq < 0 || !known) {
                return ctx.error(QStringLiteral("--set: expected KEY=VALUE with KEY one of %1")
                                     .arg(keys.join(QStringLiteral(", "))),
                                 ExitUsage);
            }
            if (value.compare(QStringLiteral("off"), Qt::CaseInsensitive) == 0) {
                s.settings.insert(key, QJsonValue::Null);
            } else {
                bool ok = false;
                const double v = QLocale::c().toDouble(value, &ok);
                if (!ok) {
                    return ctx.error(
                        QStringLiteral("--set %1: expected a number or off, got '%2'").arg(key, value),
                        ExitUsage);
                }
                s.settings.insert(key, v);
            }
        }
        auto id = repo.save(s);
        if (!id) {
            return fromError(ctx, id.error());
        }
        ctx.out << QStringLiteral("Screen '%1' saved: %2\n").arg(s.name, s.effectiveExpression());
        return ExitOk;
    }

    static int runRemove(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (auto r = Store::ScreenRepository(*db).remove(ctx.args.value(1)); !r) {
            return fromError(ctx, r.error());
        }
        ctx.out << QStringLiteral("Screen '%1' removed\n").arg(ctx.args.value(1));
        return ExitOk;
    }

    static int runDuplicate(CliContext& ctx)
    {
        if (ctx.args.size() < 3) {
            return ctx.error(QStringLiteral("usage: screen duplicate NAME NEW"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto copy = Store::ScreenRepository(*db).duplicate(ctx.args.value(1), ctx.args.value(2));
        if (!copy) {
            return fromError(ctx, copy.error());
        }
        ctx.out << QStringLiteral("Screen '%1' copied as '%2'\n").arg(ctx.args.value(1), copy->name);
        return ExitOk;
    }

    static int runReset(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (auto r = Store::ScreenRepository(*db).resetStrategy(ctx.args.value(1)); !r) {
            return fromError(ctx, r.error());
        }
        ctx.out << QStringLiteral("Strategy '%1' reset to its defaults\n").arg(ctx.args.value(1));
        return ExitOk;
    }

    static int runFields(CliContext& ctx)
    {
        const auto& catalog = Screens::FieldCatalog::instance();
        if (ctx.json) {
            QJsonArray arr;
            for (const Screens::FieldInfo& f : catalog.fields()) {
                arr.append(
                    QJsonObject{{QStringLiteral("key"), f.key},
                                {QStringLiteral("source"), QLatin1String(Screens::sourceName(f.source))},
                                {QStringLiteral("unit"), f.unit},
                                {QStringLiteral("description"), f.description}});
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        for (const Screens::FieldInfo& f : catalog.fields()) {
            ctx.out << QStringLiteral("%1 %2 %3 %4\n")
                           .arg(f.key, -24)
                           .arg(QLatin1String(Screens::sourceName(f.source)), -14)
                           .arg(f.unit, -9)
                           .arg(f.description);
        }
        return ExitOk;
    }

    static int runExport(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto all = Store::ScreenRepository(*db).all();
        if (!all) {
            return fromError(ctx, all.error());
        }
        const QStringList wanted = ctx.args.mid(1);
        QJsonArray arr;
        for (const Screens::ScreenDefinition& s : std::as_const(*all)) {
            if (wanted.isEmpty() || wanted.contains(s.name, Qt::CaseInsensitive)) {
                arr.append(s.toJson());
            }
        }
        if (arr.size() < wanted.size()) {
            return ctx.error(
                QStringLiteral("screen export: some named screens do not exist (see 'screen list')"),
                ExitUsage);
        }
        const QJsonDocument doc(
            QJsonObject{{QStringLiteral("tessera_screens"), 1}, {QStringLiteral("screens"), arr}});
        const QString file = ctx.parser.value(QStringLiteral("file"));
        if (file.isEmpty()) {
            ctx.out << doc.toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (auto w = writeFileAtomically(file, doc.toJson(QJsonDocument::Indented)); !w) {
            return ctx.error(w.error().message, exitCodeFor(w.error(), ExitUsage));
        }
        ctx.out << QStringLiteral("%1 screen(s) written to %2\n").arg(arr.size()).arg(file);
        return ExitOk;
    }

    static int runImport(CliContext& ctx)
    {
        const QString path = ctx.args.value(1);
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            return ctx.error(path.isEmpty() ? QStringLiteral("usage: screen import FILE")
                                            : QStringLiteral("cannot read %1: %2").arg(path, f.errorString()),
                             ExitUsage);
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (doc.isNull()) {
            return ctx.error(QStringLiteral("%1: not JSON at offset %2: %3")
                                 .arg(path)
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()),
                             ExitUsage);
        }
        const QJsonArray arr =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("screens")).toArray();
        if (arr.isEmpty()) {
            return ctx.error(
                QStringLiteral("%1: no screens (expected {\"screens\": [...]} or an array)").arg(path),
                ExitUsage);
        }
        // Every definition is checked before any is stored: a bad file stores nothing.
        QList<Screens::ScreenDefinition> defs;
        for (int i = 0; i < arr.size(); ++i) {
            auto d = Screens::ScreenDefinition::fromJson(arr.at(i).toObject());
            if (!d) {
                return ctx.error(
                    QStringLiteral("%1, screen %2: %3").arg(path).arg(i + 1).arg(d.error().message),
                    ExitUsage);
            }
            defs << *d;
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        Store::ScreenRepository repo(*db);
        for (const Screens::ScreenDefinition& d : std::as_const(defs)) {
            if (auto r = repo.save(d); !r) {
                return fromError(ctx, r.error());
            }
        }
        ctx.out << QStringLiteral("%1 screen(s) imported from %2\n").arg(defs.size()).arg(path);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeScreenCommand()
{
    return std::make_unique<ScreenCommand>();
}

} // namespace Tessera::Cli
