#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/fundamentals/FundamentalsCsv.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/WriteLock.h"
#include "core/tasks/FundamentalsTask.h"
#include "core/tasks/TaskRunner.h"

namespace Tessera::Cli {
namespace {

using Fundamentals::Field;
using Fundamentals::Record;

/** A value as the user reads it ("—" when missing), "(derived)" when Tessera computed it. */
QString shown(const Record& r, Field f)
{
    const QString text = Fundamentals::formatValue(r.value(f), Fundamentals::info(f).unit);
    return r.has(f) && r.derived.contains(f) ? text + QStringLiteral(" (derived)") : text;
}

QJsonObject toJson(const Record& r)
{
    QJsonObject o{{QStringLiteral("symbol"), r.ticker},
                  {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
                  {QStringLiteral("source"), r.source}};
    QJsonArray derived;
    for (const Fundamentals::FieldInfo& f : Fundamentals::fields()) {
        // Missing is null, never 0.
        o.insert(QString::fromLatin1(f.key), r.has(f.field) ? QJsonValue(r.value(f.field)) : QJsonValue());
        if (r.derived.contains(f.field)) {
            derived.append(QString::fromLatin1(f.key));
        }
    }
    if (r.capCategoryDerived) {
        derived.append(QStringLiteral("market_cap_category"));
    }
    o.insert(QStringLiteral("sector"), r.sector.isEmpty() ? QJsonValue() : QJsonValue(r.sector));
    o.insert(QStringLiteral("industry"), r.industry.isEmpty() ? QJsonValue() : QJsonValue(r.industry));
    o.insert(QStringLiteral("market_cap_category"),
             r.capCategory.isEmpty() ? QJsonValue() : QJsonValue(r.capCategory));
    o.insert(QStringLiteral("derived"), derived);
    return o;
}

/** `fundamentals import|show|list`: the seed-003 stocks table's fundamentals, by as-of date. */
class FundamentalsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fundamentals"); }
    QString synopsis() const override
    {
        return QStringLiteral("fundamentals import FILE [--as-of D] [--create] | fetch [selection] "
                              "[--base-url URL] | show SYMBOL | "
                              "list [selection]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Import fundamentals (P/E, P/B, ROE, EPS, margins, growth, market cap, …) from a CSV: the S&P "
            "500 "
            "financials layout or the generic one (symbol, as_of and the seed's column names); rows are kept "
            "by as-of date (default today) so history accumulates. Rows of tickers that are not stored "
            "symbols are skipped and listed, unless --create. fetch: today's values from Yahoo quoteSummary "
            "(cookie + crumb session) for the selection (default: every stored symbol). show: one symbol's "
            "history; list: each symbol's latest row. Missing values print as — and are null in --json, "
            "never 0.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("as-of"),
             QStringLiteral("fundamentals import: the date of rows without their own as_of (default today)."),
             QStringLiteral("YYYY-MM-DD")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("import")) {
            return runImport(ctx);
        }
        if (sub == QStringLiteral("fetch")) {
            return runFetch(ctx);
        }
        if (sub == QStringLiteral("show")) {
            return runShow(ctx);
        }
        if (sub == QStringLiteral("list")) {
            return runList(ctx);
        }
        return ctx.error(QStringLiteral("usage: tessera-cli %1").arg(synopsis()), ExitUsage);
    }

private:
    static int runImport(CliContext& ctx)
    {
        const QString file = ctx.args.value(1);
        if (file.isEmpty() || ctx.args.size() != 2) {
            return ctx.error(QStringLiteral("fundamentals import needs one FILE"), ExitUsage);
        }
        QDate asOf = QDate::currentDate();
        if (ctx.parser.isSet(QStringLiteral("as-of"))) {
            asOf = QDate::fromString(ctx.parser.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!asOf.isValid()) {
                return ctx.error(QStringLiteral("--as-of needs a date YYYY-MM-DD, not '%1'")
                                     .arg(ctx.parser.value(QStringLiteral("as-of"))),
                                 ExitUsage);
            }
        }
        auto parsed = Fundamentals::readFundamentalsCsv(file, asOf);
        if (!parsed) {
            return ctx.error(parsed.error().message, ExitUsage);
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        auto lock = Store::WriteLock::acquire(db->path());
        if (!lock) {
            return ctx.error(lock.error().message, ExitUsage);
        }
        Store::SymbolRepository symbols(*db);
        const bool create = ctx.parser.isSet(QStringLiteral("create"));
        QList<Record> stored;
        QStringList unknown;
        for (Record r : parsed->records) {
            // The file's ticker, its stored form (NTPC → NTPC.NS), or the exchange's spelling of a class
            // share (BRK.B in the S&P list, BRK-B at Yahoo).
            std::optional<QString> match;
            for (const QString& candidate : {r.ticker, QString(r.ticker).replace(u'.', u'-')}) {
                auto found = symbols.lookup(candidate);
                if (!found) {
                    return ctx.error(found.error().message, exitCodeFor(found.error(), ExitUsage));
                }
                if (found->has_value()) {
                    match = **found;
                    break;
                }
            }
            if (!match && create) {
                if (auto added = symbols.ensure(r.ticker); !added) {
                    return ctx.error(added.error().message, exitCodeFor(added.error(), ExitUsage));
                }
                match = r.ticker;
            }
            if (!match) {
                unknown << r.ticker;
                continue;
            }
            r.ticker = *match;
            stored << r;
        }
        auto home = Store::HolidayRepository(*db).marketCalendarName();
        if (!home) {
            return ctx.error(home.error().message, exitCodeFor(home.error(), ExitUsage));
        }
        auto written = Store::FundamentalsRepository(*db).store(stored, *home);
        if (!written) {
            return ctx.error(written.error().message, exitCodeFor(written.error(), ExitUsage));
        }
        for (qsizetype i = 0; i < parsed->warnings.size() && i < 20; ++i) {
            ctx.err << "warning: " << parsed->warnings[i] << "\n";
        }
        if (parsed->warnings.size() > 20) {
            ctx.err << QStringLiteral("warning: … and %1 more\n").arg(parsed->warnings.size() - 20);
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("file"), file},
                            {QStringLiteral("layout"), parsed->layout},
                            {QStringLiteral("stored"), *written},
                            {QStringLiteral("skipped"), QJsonArray::fromStringList(unknown)},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(parsed->warnings)}}));
            return ExitOk;
        }
        ctx.out << QStringLiteral(
                       "Fundamentals of %1 symbol(s) from %2 (%3 layout); rows without a date are as "
                       "of %4.\n")
                       .arg(*written)
                       .arg(file, parsed->layout, asOf.toString(Qt::ISODate));
        if (!unknown.isEmpty()) {
            ctx.out << QStringLiteral(
                           "Skipped %1 row(s) of tickers that are not stored symbols: %2%3\n"
                           "Import their list first (universe import) or add them with --create.\n")
                           .arg(unknown.size())
                           .arg(unknown.mid(0, 10).join(QStringLiteral(", ")),
                                unknown.size() > 10 ? QStringLiteral(", …") : QString());
        }
        return ExitOk;
    }

    static int runFetch(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto selection = resolveSelection(ctx.parser, *db);
        if (!selection) {
            return ctx.error(selection.error().message, exitCodeFor(selection.error(), ExitUsage));
        }
        if (hasSelection(ctx.parser) && selection->isEmpty()) {
            return ctx.error(QStringLiteral("the selection is empty"), ExitUsage);
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        // A recorded run (progress, Ctrl+C, `runs resume`), one Yahoo session for all its symbols.
        const QJsonObject params =
            Tasks::fundamentalsParams(*selection, ctx.parser.value(QStringLiteral("base-url")));
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers > 0 ? ctx.maxWorkers : 4;
        options.trigger = QStringLiteral("cli");
        return runTask(ctx, [&](Tasks::TaskContext& task) {
            return Tasks::TaskRunner(db).start(QStringLiteral("fundamentals"), params, options, task);
        });
    }

    static int runShow(CliContext& ctx)
    {
        const QString typed = ctx.args.value(1);
        if (typed.isEmpty()) {
            return ctx.error(QStringLiteral("fundamentals show needs a SYMBOL"), ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (auto known = checkTickers({typed}, *db); !known) {
            return ctx.error(known.error().message, ExitUsage);
        }
        auto stored = Store::SymbolRepository(*db).lookup(typed);
        if (!stored || !stored->has_value()) {
            return ctx.error(QStringLiteral("%1 is not a stored symbol").arg(typed), ExitUsage);
        }
        const QString ticker = **stored;
        auto rows = Store::FundamentalsRepository(*db).history(ticker);
        if (!rows) {
            return ctx.error(rows.error().message, exitCodeFor(rows.error(), ExitUsage));
        }
        if (ctx.json) {
            QJsonArray list;
            for (const Record& r : *rows) {
                list.append(toJson(r));
            }
            ctx.printJson(QJsonDocument(list));
            return ExitOk;
        }
        if (rows->isEmpty()) {
            ctx.out << QStringLiteral("%1: no fundamentals stored (tessera-cli fundamentals import FILE).\n")
                           .arg(ticker);
            return ExitOk;
        }
        const Record& last = rows->last();
        ctx.out << QStringLiteral("%1 — fundamentals as of %2 (%3; %4 dated row(s) stored)\n")
                       .arg(ticker, last.asOf.toString(Qt::ISODate), last.source)
                       .arg(rows->size());
        for (const Fundamentals::FieldInfo& f : Fundamentals::fields()) {
            ctx.out << QStringLiteral("  %1 %2\n")
                           .arg(QString::fromLatin1(f.label), -20)
                           .arg(shown(last, f.field));
        }
        ctx.out << QStringLiteral("  %1 %2\n")
                       .arg(QStringLiteral("Sector"), -20)
                       .arg(last.sector.isEmpty() ? QStringLiteral("—") : last.sector);
        ctx.out << QStringLiteral("  %1 %2\n")
                       .arg(QStringLiteral("Industry"), -20)
                       .arg(last.industry.isEmpty() ? QStringLiteral("—") : last.industry);
        ctx.out << QStringLiteral("  %1 %2%3\n")
                       .arg(QStringLiteral("Market-cap category"), -20)
                       .arg(last.capCategory.isEmpty() ? QStringLiteral("—")
                                                       : Fundamentals::capCategoryLabel(last.capCategory),
                            last.capCategoryDerived ? QStringLiteral(" (derived)") : QString());
        return ExitOk;
    }

    static int runList(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto rows = Store::FundamentalsRepository(*db).latestAll();
        if (!rows) {
            return ctx.error(rows.error().message, exitCodeFor(rows.error(), ExitUsage));
        }
        QList<Record> selected = *rows;
        if (hasSelection(ctx.parser)) {
            auto tickers = resolveSelection(ctx.parser, *db);
            if (!tickers) {
                return ctx.error(tickers.error().message, exitCodeFor(tickers.error(), ExitUsage));
            }
            const QSet<QString> wanted(tickers->begin(), tickers->end());
            selected.removeIf([&wanted](const Record& r) { return !wanted.contains(r.ticker); });
        }
        if (ctx.json) {
            QJsonArray list;
            for (const Record& r : selected) {
                list.append(toJson(r));
            }
            ctx.printJson(QJsonDocument(list));
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                       .arg(QStringLiteral("Symbol"), -14)
                       .arg(QStringLiteral("As of"), -10)
                       .arg(QStringLiteral("P/E"), 8)
                       .arg(QStringLiteral("P/B"), 8)
                       .arg(QStringLiteral("ROE"), 9)
                       .arg(QStringLiteral("EPS"), 9)
                       .arg(QStringLiteral("Market cap"), 11)
                       .arg(QStringLiteral("Category"));
        for (const Record& r : selected) {
            const auto plain = [&r](Field f) {
                const QString s = shown(r, f);
                return s.endsWith(QStringLiteral(" (derived)")) ? s.chopped(10) + u'*' : s;
            };
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                           .arg(r.ticker, -14)
                           .arg(r.asOf.toString(Qt::ISODate), -10)
                           .arg(plain(Field::PeRatio), 8)
                           .arg(plain(Field::PbRatio), 8)
                           .arg(plain(Field::Roe), 9)
                           .arg(plain(Field::Eps), 9)
                           .arg(plain(Field::MarketCap), 11)
                           .arg(r.capCategory.isEmpty() ? QStringLiteral("—") : r.capCategory);
        }
        ctx.out << QStringLiteral("%1 symbol(s); * derived by Tessera from the other fields; — missing.\n")
                       .arg(selected.size());
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeFundamentalsCommand()
{
    return std::make_unique<FundamentalsCommand>();
}

} // namespace Tessera::Cli
