#pragma once

#include <QHash>

#include "core/fetch/BarProvider.h"
#include "core/fetch/providers/CsvBarFile.h"
#include "core/fetch/providers/HourlyCsvFile.h"

namespace Tessera::Fetch {

/**
 * The seeds' "cached CSV" mode: every *.csv / *.txt file in a folder (not recursive) or one file.
 * plan() maps tickers to files (several files of the same ticker are merged, later dates and later
 * files win, and a warning says so); long multi-symbol files are parsed once during plan() and their
 * per-symbol series kept. fetch() parses the unit's files, so one bad file fails only its symbols.
 * When merging, a file's rows that the validation gate would refuse are left out (with a warning), so
 * they cannot push out another file's valid bar for the same date.
 *
 * Files of intraday bars (isIntradayCsv: times of day less than a day apart) are read as hourly bars
 * (parseHourlyCsvFile) and their units ask for BarInterval::Hour; a ticker with an hourly file is
 * loaded from its hourly files only (a plan note names the daily files left out).
 */
class CsvFolderProvider final : public BarProvider
{
public:
    explicit CsvFolderProvider(QString path);

    QString id() const override { return QStringLiteral("csv"); }
    Result<QList<FetchUnit>> plan(const QStringList& selection) override;

    const QString& path() const { return m_path; }
    QStringList planNotes() const override { return m_planNotes; }
    /** A unit with no file: the folder has nothing for that ticker. */
    bool serves(const FetchUnit& unit) const override { return !unit.files.isEmpty(); }

protected:
    Result<FetchedBars> fetchUnit(const FetchUnit& unit, const CancelCheck& canceled) override;

private:
    Result<FetchedBars> fetchHourly(const FetchUnit& unit) const;

    QString m_path;
    /** Multi-symbol files parsed during plan(): file -> result (read-only after plan()). */
    QHash<QString, Result<CsvParseResult>> m_multiSymbolFiles;
    /** Hourly files (issue 21), parsed during plan(): file -> result (read-only after plan()). */
    QHash<QString, Result<HourlyCsvResult>> m_hourlyFiles;
    QStringList m_planNotes;
};

} // namespace Tessera::Fetch
