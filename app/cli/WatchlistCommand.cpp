#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "core/common/AtomicFile.h"
#include "core/common/Suggest.h"
#include "core/store/SymbolRepository.h"
#include "core/store/WatchlistRepository.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Cli {
namespace {

/**
 * `watchlist list|create|add|remove|delete|import|export` (issue 17): the GUI's watchlists from a script.
 * Edits are a few rows in one transaction each, so they do not take the write lock that long runs hold:
 * adding a symbol to a list works while the GUI loads data (SQLite serialises the two writers).
 */
class WatchlistCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("watchlist"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "watchlist list [NAME] | create NAME | add NAME TICKER... | remove NAME TICKER... | "
            "delete NAME | import FILE [--name N] | export NAME [FILE]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Watchlists: your own ordered lists of stored symbols (the GUI's Watchlists panel). Names match "
            "in any case. Unknown tickers are refused with suggestions. import reads a tickers file (one "
            "per line, '#' comments, as 'universe import' does) into the list named by --name or the file "
            "name, creating it; export writes one ticker per line (to stdout without FILE).");
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("list")) {
            return runList(ctx);
        }
        if (sub == QStringLiteral("create")) {
            return runCreate(ctx);
        }
        if (sub == QStringLiteral("add") || sub == QStringLiteral("remove")) {
            return runAddRemove(ctx, sub == QStringLiteral("add"));
        }
        if (sub == QStringLiteral("delete")) {
            return runDelete(ctx);
        }
        if (sub == QStringLiteral("import")) {
            return runImport(ctx);
        }
        if (sub == QStringLiteral("export")) {
            return runExport(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    /** The stored spelling of list `name`, or an error that lists the watchlists and the closest names. */
    static Result<QString> storedList(const QString& name, const Store::Database& db)
    {
        Store::WatchlistRepository lists(db);
        auto stored = lists.storedName(name);
        if (!stored) {
            return fail(stored.error());
        }
        if (stored->has_value()) {
            return **stored;
        }
        auto names = lists.names();
        if (!names) {
            return fail(names.error());
        }
        if (names->isEmpty()) {
            return fail(Error::invalidInput(
                QStringLiteral("no watchlist named '%1': there are none yet; create one with 'tessera-cli "
                               "watchlist create NAME'")
                    .arg(name)));
        }
        return fail(Error::invalidInput(
            QStringLiteral("no watchlist named '%1'%2 (the watchlists are: %3)")
                .arg(name, didYouMean(closeMatches(name, *names)), names->join(QStringLiteral(", ")))));
    }

    /**
     * The stored tickers the user's tickers stand for ("NTPC" is "NTPC.NS"), in order; an unknown one
     * refuses the whole command with suggestions (Selection's checkTickers), before anything is stored.
     */
    static Result<QStringList> storedTickers(const QStringList& typed, const Store::Database& db)
    {
        if (auto known = checkTickers(typed, db); !known) {
            return fail(known.error());
        }
        Store::SymbolRepository symbols(db);
        QStringList out;
        for (const QString& t : typed) {
            auto stored = symbols.lookup(t.trimmed());
            if (!stored) {
                return fail(stored.error());
            }
            if (stored->has_value() && !out.contains(**stored)) {
                out << **stored;
            }
        }
        return out;
    }

    static int runList(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        const QString one = ctx.args.value(1);
        auto all = Store::WatchlistRepository(*db).all();
        if (!all) {
            return ctx.error(all.error().message, exitCodeFor(all.error(), ExitUsage));
        }
        if (!one.isEmpty()) {
            auto stored = storedList(one, *db);
            if (!stored) {
                return ctx.error(stored.error().message, exitCodeFor(stored.error(), ExitUsage));
            }
            for (const Store::Watchlist& w : std::as_const(*all)) {
                if (w.name != *stored) {
                    continue;
                }
                if (ctx.json) {
                    ctx.printJson(QJsonDocument(
                        QJsonObject{{QStringLiteral("name"), w.name},
                                    {QStringLiteral("tickers"), QJsonArray::fromStringList(w.tickers)}}));
                } else {
                    for (const QString& t : w.tickers) {
                        ctx.out << t << "\n";
                    }
                    ctx.out << QStringLiteral("%1 symbols in '%2'\n").arg(w.tickers.size()).arg(w.name);
                }
            }
            return ExitOk;
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const Store::Watchlist& w : std::as_const(*all)) {
                arr.append(QJsonObject{{QStringLiteral("name"), w.name},
                                       {QStringLiteral("tickers"), QJsonArray::fromStringList(w.tickers)}});
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        if (all->isEmpty()) {
            ctx.out << "No watchlists. Create one with 'tessera-cli watchlist create NAME'.\n";
            return ExitOk;
        }
        for (const Store::Watchlist& w : std::as_const(*all)) {
            QStringList shown = w.tickers.mid(0, 8);
            if (w.tickers.size() > 8) {
                shown << QStringLiteral("…");
            }
            ctx.out << QStringLiteral("%1 %2  %3\n")
                           .arg(w.name, -24)
                           .arg(w.tickers.size(), 5)
                           .arg(shown.join(QStringLiteral(", ")));
        }
        return ExitOk;
    }

    static int runCreate(CliContext& ctx)
    {
        const QString name = ctx.args.value(1);
        if (name.trimmed().isEmpty()) {
            return ctx.error(QStringLiteral("watchlist create needs a NAME"), ExitUsage);
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        if (auto r = Store::WatchlistRepository(*db).create(name); !r) {
            return ctx.error(r.error().message, exitCodeFor(r.error(), ExitUsage));
        }
        ctx.out << QStringLiteral("Watchlist '%1' created\n").arg(name.trimmed());
        return ExitOk;
    }

    static int runAddRemove(CliContext& ctx, bool adding)
    {
        const QString name = ctx.args.value(1);
        const QStringList typed = ctx.args.mid(2);
        if (name.isEmpty() || typed.isEmpty()) {
            return ctx.error(QStringLiteral("usage: watchlist %1 NAME TICKER...")
                                 .arg(adding ? QStringLiteral("add") : QStringLiteral("remove")),
                             ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto list = storedList(name, *db);
        if (!list) {
            return ctx.error(list.error().message, exitCodeFor(list.error(), ExitUsage));
        }
        auto tickers = storedTickers(typed, *db);
        if (!tickers) {
            return ctx.error(tickers.error().message, exitCodeFor(tickers.error(), ExitUsage));
        }
        Store::WatchlistRepository lists(*db);
        auto changed = adding ? lists.add(*list, *tickers) : lists.remove(*list, *tickers);
        if (!changed) {
            return ctx.error(changed.error().message, exitCodeFor(changed.error(), ExitUsage));
        }
        auto members = lists.members(*list);
        const qsizetype size = members ? members->size() : 0;
        if (ctx.json) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("name"), *list},
                            {adding ? QStringLiteral("added") : QStringLiteral("removed"), *changed},
                            {QStringLiteral("size"), size}}));
        } else {
            ctx.out << (adding ? QStringLiteral("Added %1 to '%2' (%3 symbols; already there: %4)\n")
                                     .arg(*changed)
                                     .arg(*list)
                                     .arg(size)
                                     .arg(tickers->size() - *changed)
                               : QStringLiteral("Removed %1 from '%2' (%3 symbols; not on it: %4)\n")
                                     .arg(*changed)
                                     .arg(*list)
                                     .arg(size)
                                     .arg(tickers->size() - *changed));
        }
        return ExitOk;
    }

    static int runDelete(CliContext& ctx)
    {
        const QString name = ctx.args.value(1);
        if (name.isEmpty()) {
            return ctx.error(QStringLiteral("watchlist delete needs a NAME"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto list = storedList(name, *db);
        if (!list) {
            return ctx.error(list.error().message, exitCodeFor(list.error(), ExitUsage));
        }
        if (auto r = Store::WatchlistRepository(*db).deleteList(*list); !r) {
            return ctx.error(r.error().message, exitCodeFor(r.error(), ExitUsage));
        }
        ctx.out << QStringLiteral("Watchlist '%1' deleted (its symbols stay stored)\n").arg(*list);
        return ExitOk;
    }

    static int runImport(CliContext& ctx)
    {
        const QString file = ctx.args.value(1);
        if (file.isEmpty()) {
            return ctx.error(QStringLiteral("watchlist import needs a FILE (one ticker per line)"),
                             ExitUsage);
        }
        auto typed = Universes::readTickersFile(file);
        if (!typed) {
            return ctx.error(typed.error().message, ExitUsage);
        }
        const QString name = ctx.parser.isSet(QStringLiteral("name"))
                                 ? ctx.parser.value(QStringLiteral("name"))
                                 : QFileInfo(file).completeBaseName();
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto tickers = storedTickers(*typed, *db);
        if (!tickers) {
            return ctx.error(QStringLiteral("nothing imported from %1: %2")
                                 .arg(QDir::toNativeSeparators(file), tickers.error().message),
                             exitCodeFor(tickers.error(), ExitUsage));
        }
        Store::WatchlistRepository lists(*db);
        auto added = lists.add(name, *tickers, true);
        if (!added) {
            return ctx.error(added.error().message, exitCodeFor(added.error(), ExitUsage));
        }
        auto stored = lists.storedName(name);
        const QString shownName = stored && stored->has_value() ? **stored : name;
        if (ctx.json) {
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("name"), shownName},
                                                    {QStringLiteral("read"), tickers->size()},
                                                    {QStringLiteral("added"), *added}}));
        } else {
            ctx.out << QStringLiteral("Watchlist '%1': %2 tickers read, %3 added\n")
                           .arg(shownName)
                           .arg(tickers->size())
                           .arg(*added);
        }
        return ExitOk;
    }

    static int runExport(CliContext& ctx)
    {
        const QString name = ctx.args.value(1);
        if (name.isEmpty()) {
            return ctx.error(QStringLiteral("watchlist export needs a NAME"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto list = storedList(name, *db);
        if (!list) {
            return ctx.error(list.error().message, exitCodeFor(list.error(), ExitUsage));
        }
        auto members = Store::WatchlistRepository(*db).members(*list);
        if (!members) {
            return ctx.error(members.error().message, exitCodeFor(members.error(), ExitUsage));
        }
        // The tickers-file format readTickersFile reads back: a '#' comment line, then one ticker per line.
        QString text = QStringLiteral("# Tessera watchlist: %1\n").arg(*list);
        for (const QString& t : std::as_const(*members)) {
            text += t + u'\n';
        }
        const QString file = ctx.args.value(2);
        if (file.isEmpty()) {
            ctx.out << text;
            return ExitOk;
        }
        if (auto r = writeFileAtomically(file, text.toUtf8()); !r) {
            return ctx.error(r.error().message, ExitUsage);
        }
        ctx.out << QStringLiteral("Wrote %1 tickers of '%2' to %3\n")
                       .arg(members->size())
                       .arg(*list, QDir::toNativeSeparators(file));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeWatchlistCommand()
{
    return std::make_unique<WatchlistCommand>();
}

} // namespace Tessera::Cli
