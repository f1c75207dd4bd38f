#include <map>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/store/WriteLock.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/Scheduler.h"
#include "core/universe/CryptoRefresh.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Cli {
namespace {

/** `universe import|list|show`: the symbol master from lists (SPEC §3). */
class UniverseCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("universe"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "universe import FILE|bundled:ID [--name N] [--tag T [--create]] | list | show NAME | "
            "refresh-crypto [NAME] [--quote USDT] [--base-url URL] [--apply]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Import a tickers file or constituents CSV as a universe (or as a tag), list or "
            "show universes. Bundled: nifty500, nifty50, sp500, topcryptousdt (Top crypto (USDT), 100 "
            "Binance pairs). Names match in any case (nifty500 = "
            "NIFTY 500). Tagging refuses tickers that are not stored symbols unless --create. "
            "refresh-crypto: compare a crypto universe (default Top crypto (USDT)) with Binance's "
            "exchangeInfo and report the pairs added (trading, not members) and delisted (members no "
            "longer trading); --apply updates the membership (stored bars are kept).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("name"),
             QStringLiteral("Universe name (default: from the file)."),
             QStringLiteral("N")},
            {QStringLiteral("as-tag"),
             QStringLiteral("Import the list as a tag on symbols instead of a universe."),
             QStringLiteral("T")},
            {QStringLiteral("quote"),
             QStringLiteral("universe refresh-crypto: the quote asset of the pairs compared (default USDT)."),
             QStringLiteral("ASSET")},
            {QStringLiteral("apply"),
             QStringLiteral("universe refresh-crypto: add the new pairs and drop the delisted ones.")},
            {QStringLiteral("create"),
             QStringLiteral("universe import --tag: add tickers that are not stored yet as new symbols "
                            "(without it they are refused, listed).")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("import")) {
            return runImport(ctx);
        }
        if (sub == QStringLiteral("list")) {
            return runList(ctx);
        }
        if (sub == QStringLiteral("show")) {
            return runShow(ctx);
        }
        if (sub == QStringLiteral("refresh-crypto")) {
            return runRefreshCrypto(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int runImport(CliContext& ctx)
    {
        const QString file = ctx.args.value(1);
        if (file.isEmpty()) {
            return ctx.error(QStringLiteral("universe import needs a FILE or bundled:ID"), ExitUsage);
        }
        // --tag is the SPEC's spelling; --as-tag reads better in help. Both work.
        const QString tag = ctx.parser.isSet(QStringLiteral("as-tag"))
                                ? ctx.parser.value(QStringLiteral("as-tag"))
                                : ctx.parser.value(QStringLiteral("tag"));
        auto universe = file.startsWith(QStringLiteral("bundled:"))
                            ? Universes::readBundledUniverse(file.mid(8))
                            : Universes::readUniverseFile(file, ctx.parser.value(QStringLiteral("name")));
        if (!universe) {
            return ctx.error(universe.error().message, ExitUsage);
        }
        if (ctx.parser.isSet(QStringLiteral("name"))) {
            universe->name = ctx.parser.value(QStringLiteral("name"));
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        auto lock = Store::WriteLock::acquire(db->path());
        if (!lock) {
            return ctx.error(lock.error().message, ExitUsage);
        }
        if (!tag.isEmpty()) {
            return importAsTag(ctx, *db, *universe, tag);
        }
        auto diff = Store::UniverseRepository(*db).import(*universe);
        if (!diff) {
            return ctx.error(diff.error().message, ExitUsage);
        }
        // Seed 001: a crypto universe gets its 6-hourly update and weekly retrain (once; a removed entry is
        // not brought back).
        QStringList scheduled;
        QStringList tickers;
        for (const Symbol& s : universe->members) {
            tickers << s.ticker;
        }
        if (Tasks::isCryptoUniverse(tickers)) {
            Tasks::Scheduler scheduler(db);
            auto created = scheduler.ensureDefaults(Tasks::cryptoDefaultSchedule(universe->name));
            if (!created) {
                return ctx.error(created.error().message, exitCodeFor(created.error(), ExitUsage));
            }
            scheduled = *created;
        }
        std::map<QString, int> industries;
        std::map<QString, int> sectors;
        for (const Symbol& s : universe->members) {
            ++industries[s.industry.isEmpty() ? QStringLiteral("(none)") : s.industry];
            ++sectors[s.sector.isEmpty() ? QStringLiteral("(none)") : s.sector];
        }
        if (ctx.json) {
            QJsonObject ind;
            for (const auto& [k, v] : industries) {
                ind.insert(k, v);
            }
            QJsonObject sec;
            for (const auto& [k, v] : sectors) {
                sec.insert(k, v);
            }
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("universe"), universe->name},
                            {QStringLiteral("symbols"), universe->members.size()},
                            {QStringLiteral("added"), QJsonArray::fromStringList(diff->added)},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(diff->removed)},
                            {QStringLiteral("scheduled"), QJsonArray::fromStringList(scheduled)},
                            {QStringLiteral("sectors"), sec},
                            {QStringLiteral("industries"), ind}}));
            return ExitOk;
        }
        ctx.out << QStringLiteral("Universe '%1': %2 symbols (%3 added, %4 removed, %5 unchanged)\n")
                       .arg(universe->name)
                       .arg(universe->members.size())
                       .arg(diff->added.size())
                       .arg(diff->removed.size())
                       .arg(diff->unchanged);
        if (!diff->removed.isEmpty()) {
            ctx.out << "Removed: " << diff->removed.join(QStringLiteral(", ")) << "\n";
        }
        if (!diff->added.isEmpty() && diff->unchanged > 0) {
            ctx.out << "Added: " << diff->added.join(QStringLiteral(", ")) << "\n";
        }
        if (!scheduled.isEmpty()) {
            ctx.out << QStringLiteral("Scheduled (crypto, UTC): %1 — see 'tessera-cli schedule list'\n")
                           .arg(scheduled.join(QStringLiteral(", ")));
        }
        ctx.out << QStringLiteral("%1 industries:\n").arg(industries.size());
        for (const auto& [k, v] : industries) {
            ctx.out << QStringLiteral("  %1 %2\n").arg(v, 4).arg(k);
        }
        return ExitOk;
    }

    static int
    importAsTag(CliContext& ctx, const Store::Database& db, const Universe& list, const QString& tag)
    {
        // A tag marks stored symbols: a typo in the list must not create a bare symbol that nothing
        // loads. --create says the new tickers are meant.
        QStringList tickers;
        QStringList unknown;
        Store::SymbolRepository symbols(db);
        for (const Symbol& s : list.members) {
            auto stored = symbols.lookup(s.ticker);
            if (!stored) {
                return ctx.error(stored.error().message, exitCodeFor(stored.error(), ExitUsage));
            }
            if (stored->has_value()) {
                tickers << **stored;
            } else {
                unknown << s.ticker;
            }
        }
        const bool create = ctx.parser.isSet(QStringLiteral("create"));
        if (!unknown.isEmpty() && !create) {
            auto listed = describeUnknownTickers(unknown, db);
            if (!listed) {
                return ctx.error(listed.error().message, exitCodeFor(listed.error(), ExitUsage));
            }
            const QString count =
                unknown.size() == 1 ? QStringLiteral("1 ticker of %1 is not a stored symbol").arg(list.source)
                                    : QStringLiteral("%1 tickers of %2 are not stored symbols")
                                          .arg(QString::number(unknown.size()), list.source);
            return ctx.error(QStringLiteral("nothing tagged: %1: %2; fix the list, or add %3 with --create")
                                 .arg(count,
                                      *listed,
                                      unknown.size() == 1 ? QStringLiteral("it as a new symbol")
                                                          : QStringLiteral("them as new symbols")),
                             ExitUsage);
        }
        tickers << unknown;
        Store::Transaction tx(db);
        auto added = symbols.addTag(tag, tickers);
        if (!added) {
            return ctx.error(added.error().message, ExitUsage);
        }
        if (auto r = tx.commit(); !r) {
            return ctx.error(r.error().message, ExitUsage);
        }
        if (ctx.json) {
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("tag"), tag},
                                          {QStringLiteral("symbols"), tickers.size()},
                                          {QStringLiteral("newlyTagged"), *added},
                                          {QStringLiteral("created"), QJsonArray::fromStringList(unknown)}}));
        } else {
            ctx.out << QStringLiteral("Tag '%1': %2 symbols (%3 newly tagged)\n")
                           .arg(tag)
                           .arg(tickers.size())
                           .arg(*added);
            if (!unknown.isEmpty()) {
                ctx.out << QStringLiteral("New symbols (no bars yet): %1\n")
                               .arg(unknown.join(QStringLiteral(", ")));
            }
        }
        return ExitOk;
    }

    static int runList(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto list = Store::UniverseRepository(*db).list();
        if (!list) {
            return ctx.error(list.error().message, ExitUsage);
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const auto& u : *list) {
                arr.append(QJsonObject{{QStringLiteral("name"), u.name},
                                       {QStringLiteral("source"), u.source},
                                       {QStringLiteral("symbols"), u.memberCount},
                                       {QStringLiteral("withBars"), u.withBars},
                                       {QStringLiteral("bars"), u.barCount},
                                       {QStringLiteral("firstDate"), u.firstDate.toString(Qt::ISODate)},
                                       {QStringLiteral("lastDate"), u.lastDate.toString(Qt::ISODate)}});
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        if (list->isEmpty()) {
            ctx.out
                << "No universes. Import one with 'tessera-cli universe import FILE' or bundled:nifty500.\n";
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1 %2 %3 %4  %5\n")
                       .arg(QStringLiteral("Universe"), -24)
                       .arg(QStringLiteral("Symbols"), 8)
                       .arg(QStringLiteral("w/ bars"), 8)
                       .arg(QStringLiteral("Bars"), 10)
                       .arg(QStringLiteral("Dates"));
        for (const auto& u : *list) {
            ctx.out << QStringLiteral("%1 %2 %3 %4  %5\n")
                           .arg(u.name, -24)
                           .arg(u.memberCount, 8)
                           .arg(u.withBars, 8)
                           .arg(u.barCount, 10)
                           .arg(u.firstDate.isValid()
                                    ? u.firstDate.toString(Qt::ISODate) + QStringLiteral(" .. ")
                                          + u.lastDate.toString(Qt::ISODate)
                                    : QStringLiteral("-"));
        }
        return ExitOk;
    }

    static int runRefreshCrypto(CliContext& ctx)
    {
        if (ctx.args.size() > 2) {
            return ctx.error(QStringLiteral("universe refresh-crypto takes one universe NAME at most"),
                             ExitUsage);
        }
        const QString requested = ctx.args.value(1, Universes::defaultCryptoUniverse());
        const QString quote = ctx.parser.isSet(QStringLiteral("quote"))
                                  ? ctx.parser.value(QStringLiteral("quote")).trimmed().toUpper()
                                  : QStringLiteral("USDT");
        if (quote.isEmpty()) {
            return ctx.error(QStringLiteral("--quote needs an asset such as USDT"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto name = storedUniverseName(requested, *db);
        if (!name) {
            return ctx.error(name.error().message, exitCodeFor(name.error(), ExitUsage));
        }
        auto report =
            Universes::checkCryptoUniverse(*db, *name, quote, ctx.parser.value(QStringLiteral("base-url")));
        if (!report) {
            return ctx.error(
                QStringLiteral("%1: exchange-info refresh failed: %2").arg(*name, report.error().message),
                exitCodeFor(report.error(), ExitSomeFailed));
        }
        const bool apply = ctx.parser.isSet(QStringLiteral("apply"));
        std::optional<UniverseDiff> applied;
        if (apply && (!report->added.isEmpty() || !report->delisted.isEmpty())) {
            auto lock = Store::WriteLock::acquire(db->path());
            if (!lock) {
                return ctx.error(lock.error().message, ExitUsage);
            }
            auto diff = Universes::applyCryptoRefresh(*db, *name, *report);
            if (!diff) {
                return ctx.error(diff.error().message, exitCodeFor(diff.error(), ExitUsage));
            }
            applied = *diff;
        }
        if (ctx.json) {
            QJsonArray added;
            for (const Symbol& s : report->added) {
                added.append(
                    QJsonObject{{QStringLiteral("ticker"), s.ticker}, {QStringLiteral("base"), s.name}});
            }
            QJsonArray delisted;
            for (const Universes::DelistedPair& d : report->delisted) {
                delisted.append(
                    QJsonObject{{QStringLiteral("ticker"), d.ticker}, {QStringLiteral("reason"), d.reason}});
            }
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("universe"), *name},
                            {QStringLiteral("quote"), report->quote},
                            {QStringLiteral("tradingPairs"), report->tradingPairs},
                            {QStringLiteral("kept"), report->kept.size()},
                            {QStringLiteral("added"), added},
                            {QStringLiteral("delisted"), delisted},
                            {QStringLiteral("ignored"), QJsonArray::fromStringList(report->ignored)},
                            {QStringLiteral("applied"), applied.has_value()}}));
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1: %2 member pair(s) compared with Binance's %3 %4 pairs trading\n")
                       .arg(*name)
                       .arg(report->kept.size() + report->delisted.size())
                       .arg(report->tradingPairs)
                       .arg(report->quote);
        const QStringList delisted = report->delistedWithReasons();
        const QStringList added = report->addedTickers();
        ctx.out << QStringLiteral("Delisted: %1%2\n")
                       .arg(delisted.size())
                       .arg(delisted.isEmpty() ? QString()
                                               : QStringLiteral(": ") + delisted.join(QStringLiteral(", ")));
        ctx.out << QStringLiteral("Added: %1%2\n")
                       .arg(added.size())
                       .arg(added.isEmpty() ? QString()
                                            : QStringLiteral(": ") + added.join(QStringLiteral(", ")));
        if (!report->ignored.isEmpty()) {
            ctx.out << QStringLiteral("Not %1 pairs (left alone): %2\n")
                           .arg(report->quote, report->ignored.join(QStringLiteral(", ")));
        }
        if (applied) {
            ctx.out << QStringLiteral("Applied: %1 added, %2 removed from '%3'; stored bars are kept\n")
                           .arg(applied->added.size())
                           .arg(applied->removed.size())
                           .arg(*name);
        } else if (added.isEmpty() && delisted.isEmpty()) {
            ctx.out << "Up to date: nothing to change\n";
        } else if (!apply) {
            ctx.out << "Nothing changed; run again with --apply to update the membership\n";
        }
        return ExitOk;
    }

    static int runShow(CliContext& ctx)
    {
        const QString name = ctx.args.value(1);
        if (name.isEmpty()) {
            return ctx.error(QStringLiteral("universe show needs a NAME"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        Store::UniverseRepository universes(*db);
        auto stored = storedUniverseName(name, *db);
        if (!stored) {
            return ctx.error(stored.error().message, exitCodeFor(stored.error(), ExitUsage));
        }
        auto members = universes.members(*stored);
        auto rows = Store::SymbolRepository(*db).rows();
        if (!members || !rows) {
            return ctx.error(!members ? members.error().message : rows.error().message, ExitUsage);
        }
        const QSet<QString> wanted(members->cbegin(), members->cend());
        QJsonArray arr;
        for (const Store::SymbolRow& r : *rows) {
            if (!wanted.contains(r.symbol.ticker)) {
                continue;
            }
            if (ctx.json) {
                arr.append(QJsonObject{{QStringLiteral("ticker"), r.symbol.ticker},
                                       {QStringLiteral("name"), r.symbol.name},
                                       {QStringLiteral("sector"), r.symbol.sector},
                                       {QStringLiteral("industry"), r.symbol.industry},
                                       {QStringLiteral("bars"), r.barCount},
                                       {QStringLiteral("lastDate"), r.lastDate.toString(Qt::ISODate)}});
            } else {
                ctx.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(r.symbol.ticker, -16)
                               .arg(r.symbol.name.left(34), -34)
                               .arg(r.symbol.industry.left(30), -30)
                               .arg(r.barCount, 6)
                               .arg(r.lastDate.toString(Qt::ISODate));
            }
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("universe"), *stored}, {QStringLiteral("members"), arr}}));
        } else {
            ctx.out << QStringLiteral("%1 symbols in '%2'\n").arg(members->size()).arg(*stored);
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeUniverseCommand()
{
    return std::make_unique<UniverseCommand>();
}

} // namespace Tessera::Cli
