#include "core/fetch/providers/CsvFolderProvider.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include "core/fetch/BarValidation.h"

namespace Tessera::Fetch {
namespace {

bool isBarFile(const QFileInfo& info)
{
    const QString suffix = info.suffix().toLower();
    return suffix == u"csv" || suffix == u"txt";
}

/** The entry of ticker in a parsed file: the only one of a single-symbol file, else by name. */
const CsvSymbolBars* symbolIn(const CsvParseResult& parsed, const QString& ticker)
{
    if (!parsed.symbolFromColumn) {
        return parsed.symbols.isEmpty() ? nullptr : &parsed.symbols.front();
    }
    const auto it =
        std::find_if(parsed.symbols.cbegin(), parsed.symbols.cend(), [&ticker](const CsvSymbolBars& s) {
            return s.ticker.compare(ticker, Qt::CaseInsensitive) == 0;
        });
    return it == parsed.symbols.cend() ? nullptr : &*it;
}

/** Notes about one symbol of a multi-symbol file (its line-numbered warnings cover every symbol). */
QStringList symbolWarnings(const CsvParseResult& parsed, const CsvSymbolBars& bars)
{
    QStringList warnings;
    if (bars.nullRows > 0) {
        warnings.append(QStringLiteral("%1: skipped %2 row(s) of %3 whose prices are all empty or null")
                            .arg(parsed.file)
                            .arg(bars.nullRows)
                            .arg(bars.ticker));
    }
    if (bars.duplicateDates > 0) {
        warnings.append(QStringLiteral("%1: %2 repeated date(s) for %3; the later row was kept")
                            .arg(parsed.file)
                            .arg(bars.duplicateDates)
                            .arg(bars.ticker));
    }
    return warnings;
}

} // namespace

CsvFolderProvider::CsvFolderProvider(QString path)
    : m_path(std::move(path))
{}

Result<QList<FetchUnit>> CsvFolderProvider::plan(const QStringList& selection)
{
    m_multiSymbolFiles.clear();
    m_hourlyFiles.clear();
    m_planNotes.clear();
    const QFileInfo root(m_path);
    if (!root.exists()) {
        return fail(Error::notFound(QStringLiteral("cannot read %1: no such file or folder").arg(m_path)));
    }
    if (!root.isReadable()) {
        return fail(Error::io(QStringLiteral("cannot read %1: permission denied").arg(m_path)));
    }
    QStringList files;
    if (root.isDir()) {
        for (const QFileInfo& entry : QDir(m_path).entryInfoList(QDir::Files)) {
            if (isBarFile(entry)) {
                files.append(entry.absoluteFilePath());
            }
        }
        // Plain code-point order of the names, independent of locale: it decides which file wins a merge.
        std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
            return QFileInfo(a).fileName() < QFileInfo(b).fileName();
        });
    } else {
        files.append(root.absoluteFilePath());
    }

    // QMap keeps tickers sorted, so the units come out in ticker order.
    QMap<QString, QStringList> filesByTicker;
    QMap<QString, QStringList> hourlyByTicker;
    for (const QString& file : files) {
        if (isIntradayCsv(file)) {
            Result<HourlyCsvResult> parsed = parseHourlyCsvFile(file);
            if (parsed) {
                for (const HourlySeries& symbol : parsed->symbols) {
                    hourlyByTicker[symbol.ticker()].append(file);
                }
            } else {
                hourlyByTicker[tickerFromFileName(file)].append(file);
            }
            m_hourlyFiles.insert(file, std::move(parsed));
            continue;
        }
        const CsvFileTickers tickers = sniffCsvTickers(file);
        if (tickers.notPriceData && root.isDir()) {
            m_planNotes.append(QStringLiteral("skipped %1: not a price file (no date or price column)")
                                   .arg(QFileInfo(file).fileName()));
            continue;
        }
        if (!tickers.symbolColumn) {
            filesByTicker[tickers.ticker].append(file);
            continue;
        }
        // Only a full read tells which symbols a long file holds. A file that fails to parse is
        // planned under its file-name ticker so that fetch() reports the error.
        Result<CsvParseResult> parsed = parseBarsCsvFile(file);
        if (parsed) {
            for (const CsvSymbolBars& symbol : parsed->symbols) {
                filesByTicker[symbol.ticker].append(file);
            }
            // Said once for the file (its per-symbol warnings leave out the file-wide ones).
            if (!parsed->dateOrderNote.isEmpty()) {
                m_planNotes.append(parsed->dateOrderNote);
            }
        } else {
            filesByTicker[tickers.ticker].append(file);
        }
        m_multiSymbolFiles.insert(file, std::move(parsed));
    }

    for (auto it = hourlyByTicker.cbegin(); it != hourlyByTicker.cend(); ++it) {
        if (const QStringList daily = filesByTicker.take(it.key()); !daily.isEmpty()) {
            m_planNotes.append(QStringLiteral("%1: loaded from its hourly file(s); daily file(s) %2 left out")
                                   .arg(it.key(), daily.join(QStringLiteral(", "))));
        }
        filesByTicker.insert(it.key(), it.value());
    }
    const auto unitFor = [this](const QString& ticker, const QStringList& unitFiles) {
        FetchUnit unit;
        unit.ticker = ticker;
        unit.files = unitFiles;
        unit.meta.ticker = ticker;
        if (!unitFiles.isEmpty() && m_hourlyFiles.contains(unitFiles.front())) {
            unit.interval = BarInterval::Hour;
        }
        return unit;
    };
    QList<FetchUnit> units;
    if (selection.isEmpty()) {
        for (auto it = filesByTicker.cbegin(); it != filesByTicker.cend(); ++it) {
            units.append(unitFor(it.key(), it.value()));
        }
        return units;
    }
    // File and column tickers are upper case, so upper-casing the selection matches case-insensitively.
    QSet<QString> seen;
    for (const QString& wanted : selection) {
        const QString ticker = wanted.trimmed().toUpper();
        if (ticker.isEmpty() || seen.contains(ticker)) {
            continue;
        }
        seen.insert(ticker);
        units.append(unitFor(ticker, filesByTicker.value(ticker)));
    }
    std::sort(units.begin(), units.end(), [](const FetchUnit& a, const FetchUnit& b) {
        return a.ticker < b.ticker;
    });
    return units;
}

Result<FetchedBars> CsvFolderProvider::fetchUnit(const FetchUnit& unit, const CancelCheck&)
{
    if (unit.files.isEmpty()) {
        return fail(Error::notFound(QStringLiteral("no CSV file for %1 in %2").arg(unit.ticker, m_path)));
    }
    FetchedBars out;
    out.ticker = unit.ticker;
    out.meta = unit.meta;
    out.meta.ticker = unit.ticker;
    out.replacesHistory = true;
    out.series.setTicker(unit.ticker);

    if (unit.interval == BarInterval::Hour) {
        return fetchHourly(unit);
    }
    QStringList names;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const QString& file : unit.files) {
        // m_multiSymbolFiles is only read here (const lookup, no detach), so concurrent fetches are safe.
        const auto cached = m_multiSymbolFiles.constFind(file);
        const Result<CsvParseResult> parsed =
            cached != m_multiSymbolFiles.cend() ? *cached : parseBarsCsvFile(file);
        if (!parsed) {
            return fail(parsed.error());
        }
        const CsvSymbolBars* bars = symbolIn(*parsed, unit.ticker);
        if (!bars) {
            return fail(
                Error::notFound(QStringLiteral("%1 has no rows for %2").arg(parsed->file, unit.ticker)));
        }
        out.warnings += parsed->symbolFromColumn ? symbolWarnings(*parsed, *bars) : parsed->warnings;
        names.append(parsed->file);
        if (unit.files.size() == 1) {
            out.series = bars->series;
            out.series.setTicker(unit.ticker);
            return out;
        }
        // A later file's bar wins a shared date, so an invalid one would push out an earlier file's valid
        // bar before the validation gate dropped it: leave invalid rows out of the merge instead.
        qsizetype invalid = 0;
        QString first;
        for (qsizetype i = 0; i < bars->series.size(); ++i) {
            const Bar bar = bars->series.at(i);
            if (const QString why = BarValidation::barProblem(bar, today); !why.isEmpty()) {
                if (invalid++ == 0) {
                    first = QStringLiteral("%1: %2").arg(bar.date.toString(Qt::ISODate), why);
                }
                continue;
            }
            out.series.append(bar);
        }
        if (invalid > 0) {
            out.warnings.append(
                QStringLiteral("%1: %2 invalid row(s) of %3 left out of the merge (first: %4)")
                    .arg(unit.ticker)
                    .arg(invalid)
                    .arg(parsed->file, first));
        }
    }
    // Files were appended in the unit's (sorted) order and the dedup keeps the last occurrence, so on
    // a date present in several files the later file's bar is the one kept.
    const qsizetype overlapping = out.series.sortAndDeduplicate();
    out.warnings.append(
        QStringLiteral("%1: merged %2 files (%3); on %4 shared date(s) the later file's bar was kept")
            .arg(unit.ticker)
            .arg(names.size())
            .arg(names.join(QStringLiteral(", ")))
            .arg(overlapping));
    return out;
}

Result<FetchedBars> CsvFolderProvider::fetchHourly(const FetchUnit& unit) const
{
    FetchedBars out;
    out.ticker = unit.ticker;
    out.meta = unit.meta;
    out.meta.ticker = unit.ticker;
    out.replacesHistory = true;
    out.interval = BarInterval::Hour;
    out.hourly.setTicker(unit.ticker);
    for (const QString& file : unit.files) {
        const auto cached = m_hourlyFiles.constFind(file);
        const Result<HourlyCsvResult> parsed =
            cached != m_hourlyFiles.cend() ? *cached : parseHourlyCsvFile(file);
        if (!parsed) {
            return fail(parsed.error());
        }
        const auto it =
            std::find_if(parsed->symbols.cbegin(), parsed->symbols.cend(), [&unit](const HourlySeries& s) {
                return s.ticker().compare(unit.ticker, Qt::CaseInsensitive) == 0;
            });
        if (it == parsed->symbols.cend()) {
            return fail(
                Error::notFound(QStringLiteral("%1 has no rows for %2").arg(parsed->file, unit.ticker)));
        }
        out.warnings += parsed->warnings;
        for (qsizetype i = 0; i < it->size(); ++i) {
            out.hourly.append(it->at(i));
        }
    }
    if (unit.files.size() > 1) {
        // Files in name order, the later one winning a shared hour (as for daily files).
        const qsizetype overlapping = out.hourly.sortAndDeduplicate();
        out.warnings.append(
            QStringLiteral("%1: merged %2 hourly files; on %3 shared hour(s) the later file's bar was kept")
                .arg(unit.ticker)
                .arg(unit.files.size())
                .arg(overlapping));
    }
    return out;
}

} // namespace Tessera::Fetch
