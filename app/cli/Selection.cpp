#include "app/cli/Selection.h"

#include <QSet>

#include "core/common/Suggest.h"
#include "core/fetch/BarProvider.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Cli {
namespace {

QString bundledIds()
{
    QStringList ids;
    for (const Universes::BundledUniverse& b : Universes::bundledUniverses()) {
        ids << QStringLiteral("bundled:") + b.id;
    }
    return ids.join(QStringLiteral(", "));
}

/** What an unknown ticker may be close to: the stored symbols and what the provider offers. */
Result<QStringList> candidateTickers(const Store::Database& db, const QStringList& offered)
{
    auto stored = Store::SymbolRepository(db).allTickers();
    if (!stored) {
        return fail(stored.error());
    }
    return *stored + offered;
}

} // namespace

QList<QCommandLineOption> selectionOptions()
{
    return {
        {QStringLiteral("ticker"), QStringLiteral("One ticker."), QStringLiteral("T")},
        {QStringLiteral("symbols"), QStringLiteral("Comma-separated tickers."), QStringLiteral("A,B,...")},
        {QStringLiteral("tickers-file"),
         QStringLiteral("File with one ticker per line (# comments)."),
         QStringLiteral("F")},
        {QStringLiteral("universe"),
         QStringLiteral("Every member of a stored universe (name in any case: nifty500 = NIFTY 500)."),
         QStringLiteral("NAME")},
        {QStringLiteral("tag"),
         QStringLiteral("Every symbol with a tag (e.g. shariah)."),
         QStringLiteral("T")},
    };
}

bool hasSelection(const QCommandLineParser& parser)
{
    for (const char* name : {"ticker", "symbols", "tickers-file", "universe", "tag"}) {
        if (parser.isSet(QString::fromLatin1(name))) {
            return true;
        }
    }
    return false;
}

Result<QString> storedUniverseName(const QString& name, const Store::Database& db)
{
    Store::UniverseRepository universes(db);
    auto stored = universes.storedName(name);
    if (!stored) {
        return fail(stored.error());
    }
    if (stored->has_value()) {
        return **stored;
    }
    auto names = universes.names();
    if (!names) {
        return fail(names.error());
    }
    if (names->isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral("no universe named '%1': this database has none yet; import one with "
                           "'tessera-cli universe import FILE' or one of %2")
                .arg(name, bundledIds())));
    }
    const QString all = names->join(QStringLiteral(", "));
    for (const Universes::BundledUniverse& b : Universes::bundledUniverses()) {
        if (universeKey(name) == b.id) {
            return fail(Error::invalidInput(
                QStringLiteral("no universe named '%1' yet; it is bundled: 'tessera-cli universe import "
                               "bundled:%2' (the universes are: %3)")
                    .arg(name, b.id, all)));
        }
    }
    return fail(Error::invalidInput(
        QStringLiteral("no universe named '%1'%2 (the universes are: %3; names match in any case, so "
                       "'nifty500' is 'NIFTY 500')")
            .arg(name, didYouMean(closeMatches(name, *names)), all)));
}

Result<void> checkTickers(const QStringList& tickers, const Store::Database& db, Fetch::BarProvider* provider)
{
    // A network provider cannot list its symbols: any ticker may be new, and its fetch says if it is not.
    if (provider && !provider->canEnumerate()) {
        return {};
    }
    Store::SymbolRepository symbols(db);
    QStringList unknown;
    for (const QString& ticker : tickers) {
        auto stored = symbols.lookup(ticker);
        if (!stored) {
            return fail(stored.error());
        }
        if (!stored->has_value() && !unknown.contains(ticker)) {
            unknown << ticker;
        }
    }
    QStringList offered;
    if (!unknown.isEmpty() && provider) {
        // Tickers the provider serves pass: a CSV folder's new files, any synthetic ticker.
        auto units = provider->plan(unknown);
        if (!units) {
            return fail(units.error());
        }
        for (const Fetch::FetchUnit& unit : *units) {
            if (provider->serves(unit)) {
                unknown.removeIf([&unit](const QString& t) {
                    return t.trimmed().compare(unit.ticker, Qt::CaseInsensitive) == 0;
                });
            }
        }
        if (!unknown.isEmpty()) {
            auto all = provider->plan({});
            if (all) {
                for (const Fetch::FetchUnit& unit : *all) {
                    offered << unit.ticker;
                }
            }
        }
    }
    if (unknown.isEmpty()) {
        return {};
    }
    const QString where = provider ? QStringLiteral("neither stored nor offered by %1").arg(provider->id())
                          : unknown.size() == 1 ? QStringLiteral("not a stored symbol")
                                                : QStringLiteral("not stored symbols");
    if (unknown.size() == 1) {
        // "unknown ticker FOOBAR (not a stored symbol); did you mean FOOBAR.NS?"
        auto candidates = candidateTickers(db, offered);
        if (!candidates) {
            return fail(candidates.error());
        }
        const QString close = didYouMean(closeMatches(unknown.front(), *candidates));
        return fail(Error::invalidInput(
            QStringLiteral("unknown ticker %1 (%2)%3")
                .arg(unknown.front(),
                     where,
                     close.isEmpty() ? QStringLiteral("; 'tessera-cli status --all' lists the stored symbols")
                                     : close)));
    }
    auto listed = describeUnknownTickers(unknown, db, offered);
    if (!listed) {
        return fail(listed.error());
    }
    return fail(Error::invalidInput(
        QStringLiteral("%1 unknown tickers (%2): %3").arg(QString::number(unknown.size()), where, *listed)));
}

Result<QString>
describeUnknownTickers(const QStringList& unknown, const Store::Database& db, const QStringList& offered)
{
    auto candidates = candidateTickers(db, offered);
    if (!candidates) {
        return fail(candidates.error());
    }
    // Every one is named (a list of typos is fixed in one go), with suggestions for the first 20.
    constexpr qsizetype kSuggested = 20;
    QStringList items;
    for (const QString& t : unknown) {
        const QStringList close = items.size() < kSuggested ? closeMatches(t, *candidates) : QStringList();
        items << (close.isEmpty() ? t : QStringLiteral("%1 (%2)").arg(t, didYouMean(close).mid(2)));
    }
    return items.join(QStringLiteral(", "));
}

Result<QStringList>
resolveSelection(const QCommandLineParser& parser, const Store::Database& db, Fetch::BarProvider* provider)
{
    QStringList named;
    for (const QString& t : parser.values(QStringLiteral("ticker"))) {
        named << t.trimmed();
    }
    for (const QString& list : parser.values(QStringLiteral("symbols"))) {
        for (const QString& t : list.split(u',', Qt::SkipEmptyParts)) {
            named << t.trimmed();
        }
    }
    for (const QString& file : parser.values(QStringLiteral("tickers-file"))) {
        auto fromFile = Universes::readTickersFile(file);
        if (!fromFile) {
            return fail(fromFile.error());
        }
        named << *fromFile;
    }
    named.removeAll(QString());
    if (auto known = checkTickers(named, db, provider); !known) {
        return fail(known.error());
    }
    QStringList tickers = named;
    Store::UniverseRepository universes(db);
    for (const QString& name : parser.values(QStringLiteral("universe"))) {
        auto stored = storedUniverseName(name, db);
        if (!stored) {
            return fail(stored.error());
        }
        auto members = universes.members(*stored);
        if (!members) {
            return fail(members.error());
        }
        tickers << *members;
    }
    Store::SymbolRepository symbols(db);
    for (const QString& tag : parser.values(QStringLiteral("tag"))) {
        auto tagged = symbols.tickersWithTag(tag);
        if (!tagged) {
            return fail(tagged.error());
        }
        if (tagged->isEmpty()) {
            return fail(Error::invalidInput(QStringLiteral("no symbol has the tag '%1'").arg(tag)));
        }
        tickers << *tagged;
    }
    QStringList unique;
    QSet<QString> seen;
    for (const QString& t : tickers) {
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            unique << t;
        }
    }
    return unique;
}

QCommandLineOption loadProviderOption()
{
    return QCommandLineOption(
        QStringLiteral("provider"),
        QStringLiteral("Data source: csv:DIR (or csv:FILE), synthetic or synthetic:SEED."),
        QStringLiteral("SPEC"));
}

Result<std::unique_ptr<Fetch::BarProvider>> loadProvider(const QCommandLineParser& parser)
{
    const QString spec = parser.value(QStringLiteral("provider"));
    if (spec.isEmpty()) {
        return std::unique_ptr<Fetch::BarProvider>();
    }
    return Fetch::makeProvider(spec);
}

} // namespace Tessera::Cli
