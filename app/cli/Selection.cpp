#include "app/cli/Selection.h"

#include <QSet>

#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Cli {

QList<QCommandLineOption> selectionOptions()
{
    return {
        {QStringLiteral("ticker"), QStringLiteral("One ticker."), QStringLiteral("T")},
        {QStringLiteral("symbols"), QStringLiteral("Comma-separated tickers."), QStringLiteral("A,B,...")},
        {QStringLiteral("tickers-file"),
         QStringLiteral("File with one ticker per line (# comments)."),
         QStringLiteral("F")},
        {QStringLiteral("universe"),
         QStringLiteral("Every member of a stored universe."),
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

Result<QStringList> resolveSelection(const QCommandLineParser& parser, const Store::Database& db)
{
    QStringList tickers;
    for (const QString& t : parser.values(QStringLiteral("ticker"))) {
        tickers << t.trimmed();
    }
    for (const QString& list : parser.values(QStringLiteral("symbols"))) {
        for (const QString& t : list.split(u',', Qt::SkipEmptyParts)) {
            tickers << t.trimmed();
        }
    }
    for (const QString& file : parser.values(QStringLiteral("tickers-file"))) {
        auto fromFile = Universes::readTickersFile(file);
        if (!fromFile) {
            return fail(fromFile.error());
        }
        tickers << *fromFile;
    }
    Store::UniverseRepository universes(db);
    for (const QString& name : parser.values(QStringLiteral("universe"))) {
        auto exists = universes.exists(name);
        if (!exists) {
            return fail(exists.error());
        }
        if (!*exists) {
            return fail(Error::invalidInput(
                QStringLiteral("no universe named '%1' (see 'tessera-cli universe list')").arg(name)));
        }
        auto members = universes.members(name);
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

} // namespace Tessera::Cli
