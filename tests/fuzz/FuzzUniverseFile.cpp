// libFuzzer harness: tickers files and universe (constituents CSV) files, Universes::readTickersFile and
// readUniverseFile. They read a path, so each input is written to a file in a temporary folder first:
// the harness runs exactly what `universe import` runs, size and line caps included.
// Seeds: resources/universes (NSE and S&P 500 constituents), tests/fuzz/seeds/universe (tickers files).
#include <cstddef>
#include <cstdint>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include "core/universe/UniverseFile.h"

#include "tests/fuzz/FuzzSupport.h"

using namespace Tessera;

namespace {

QTemporaryDir* folder()
{
    // Made once, removed at exit (libFuzzer exits through exit(), which runs static destructors).
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tessera-fuzz-universe-XXXXXX"));
    return &dir;
}

/** The error names the file: by its name ("list.txt:3: …") or, for a refused size, its path. */
bool namesFile(const Error& e, const QString& path)
{
    return e.message.startsWith(QFileInfo(path).fileName() + u':') || e.message.startsWith(path + u':');
}

void checkTicker(const QString& t, const QString& path)
{
    FUZZ_CHECK(!t.isEmpty(), path);
    FUZZ_CHECK(t == t.trimmed(), t);
    FUZZ_CHECK(!t.contains(u' '), t);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QTemporaryDir* dir = folder();
    FUZZ_CHECK(dir->isValid(), dir->errorString());
    // Odd sizes take a bundled list's file name, whose universe is named by the bundled title; even ones
    // a URL-encoded name whose "%20" and "%2" must reach messages as written.
    const QString path =
        dir->filePath(size % 2 ? QStringLiteral("ind_nifty50list.csv") : QStringLiteral("my%20list%2.txt"));
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate), f.errorString());
        FUZZ_CHECK(f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size),
                   f.errorString());
    }
    // Every fifth input meets small caps, the paths that refuse a large file or a long line.
    Tessera::ReadLimits limits = Universes::universeFileReadLimits();
    if (size % 5 == 0) {
        limits.maxFileBytes = 4096;
        limits.maxLineBytes = 80;
    }

    const auto tickers = Universes::readTickersFile(path, limits);
    if (tickers) {
        FUZZ_CHECK(!tickers->isEmpty(), path);
        QSet<QString> seen;
        for (const QString& t : *tickers) {
            checkTicker(t, path);
            FUZZ_CHECK(!t.contains(u',') && !t.contains(u'\t') && !t.contains(u'#'), t);
            FUZZ_CHECK(!seen.contains(t), t + QStringLiteral(" listed twice"));
            seen.insert(t);
        }
    } else {
        FUZZ_CHECK(!tickers.error().message.isEmpty(), path);
        FUZZ_CHECK(namesFile(tickers.error(), path), tickers.error().message);
    }

    const auto universe = Universes::readUniverseFile(path, {}, limits);
    if (!universe) {
        FUZZ_CHECK(!universe.error().message.isEmpty(), path);
        FUZZ_CHECK(namesFile(universe.error(), path), universe.error().message);
        return 0;
    }
    FUZZ_CHECK(!universe->name.isEmpty(), path);
    FUZZ_CHECK(universe->source == path, universe->source);
    FUZZ_CHECK(!universe->members.isEmpty(), path);
    QSet<QString> seen;
    for (const Symbol& s : universe->members) {
        checkTicker(s.ticker, path);
        FUZZ_CHECK(!seen.contains(s.ticker), s.ticker + QStringLiteral(" listed twice"));
        seen.insert(s.ticker);
    }
    // Without a comma in its first line a file is a tickers file: both readers must agree on it.
    const qsizetype firstEnd = qsizetype(QByteArrayView(data, qsizetype(size)).indexOf('\n'));
    const bool csvHeader = QByteArrayView(data, firstEnd < 0 ? qsizetype(size) : firstEnd).contains(',');
    if (!csvHeader) {
        FUZZ_CHECK(tickers, universe->name);
        QStringList members;
        for (const Symbol& s : universe->members) {
            members << s.ticker;
        }
        FUZZ_CHECK(members == *tickers, members.join(u' ') + QStringLiteral(" vs ") + tickers->join(u' '));
    }
    return 0;
}
