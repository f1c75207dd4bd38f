#pragma once

#include <memory>

#include <QDate>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/fetch/CancelCheck.h"
#include "core/fetch/FetchSettings.h"
#include "core/market/BarSeries.h"
#include "core/market/CorporateAction.h"
#include "core/market/HourlySeries.h"
#include "core/market/Symbol.h"

namespace Tessera::Fetch {

/** The bar length a unit asks for and a delivery holds: daily bars or 60-minute bars (issue 21). */
enum class BarInterval
{
    Day,
    Hour,
};

/** "1d" or "1h", the spelling of the CLI's --interval and of Binance's interval parameter. */
QString intervalName(BarInterval interval);

/**
 * One unit of fetch work: a ticker and what the provider needs to get it (for a CSV folder, the
 * files that hold it). Plain data so units can be recorded, retried and resumed.
 */
struct FetchUnit
{
    QString ticker;
    QStringList files; ///< source files (CSV provider); empty for network/synthetic providers
    Symbol meta;       ///< what the provider knows about the symbol (name, sector, ...); may be empty
    /**
     * The first and last stored bar of the ticker (invalid = nothing stored), filled in by the load task.
     * Network providers then fetch incrementally: from storedLast minus the overlap; without storedLast
     * the whole history range, reaching back at least to storedFirst so a re-fetch loses nothing. File
     * and synthetic providers ignore them and always deliver the whole history.
     */
    QDate storedFirst{};
    QDate storedLast{};
    /** What to fetch: daily bars, or hourly bars for providers that have them (Binance, hourly CSV files). */
    BarInterval interval = BarInterval::Day;
    /** Open time (UTC epoch seconds) of the first and last stored hourly bar; 0 = none stored. */
    qint64 storedFirstHour = 0;
    qint64 storedLastHour = 0;
};

/** A symbol's bars as delivered, plus notes worth showing the user (dropped null rows, merged files). */
struct FetchedBars
{
    QString ticker;
    /**
     * The symbol the source itself says the answer is for (Yahoo's meta.symbol); empty when the source
     * names none. The validation gate refuses a delivery whose source symbol is not the ticker asked for.
     */
    QString sourceSymbol{};
    BarSeries series;
    Symbol meta;
    QStringList warnings;
    /** true: the delivery is the symbol's whole history and replaces what is stored. */
    bool replacesHistory = true;
    /** Corporate actions inside the delivered range (providers that report them: Yahoo). */
    QList<Dividend> dividends{};
    QList<Split> splits{};
    /** Hour: the delivery is `hourly` (series stays empty); Day: it is `series`. */
    BarInterval interval = BarInterval::Day;
    HourlySeries hourly{};
};

/**
 * A source of daily bars behind one interface (CSV folder, synthetic, Yahoo, Stooq).
 * plan() and prefetch() run once on the calling thread; fetch() is called concurrently from pool
 * threads, so implementations keep fetchUnit() free of unguarded shared mutable state.
 *
 * Providers implement fetchUnit(); callers call fetch(), which passes every delivery through the one
 * validation gate (BarValidation::validate) before anything can be stored. fetch() is declared
 * `virtual ... final` only so that the compiler refuses a provider that declares its own fetch(): an
 * override is an error, and a hiding overload trips -Woverloaded-virtual (an error under -Werror).
 */
class BarProvider
{
public:
    virtual ~BarProvider() = default;

    /** A stable id recorded with the bars ("csv", "synthetic", "yahoo", "stooq"). */
    virtual QString id() const = 0;

    /**
     * The units to fetch. selection empty = everything the provider can enumerate by itself (all
     * files of a CSV folder, the demo universe); otherwise only those tickers (a ticker the provider
     * cannot serve becomes a unit whose fetch() fails with a clear reason).
     */
    [[nodiscard]] virtual Result<QList<FetchUnit>> plan(const QStringList& selection) = 0;

    /**
     * Fetches one unit through fetchUnit() and then the validation gate: invalid rows are dropped with a
     * warning each, and a delivery for another symbol, or one with no valid bar that would replace the
     * stored history, is an error (see BarValidation::validate). The error message names the ticker
     * and, for files, the file and line.
     */
    [[nodiscard]] virtual Result<FetchedBars> fetch(const FetchUnit& unit, const CancelCheck& canceled) final;

    /** fetch() for callers that never cancel (tests, one-off tools). */
    [[nodiscard]] Result<FetchedBars> fetch(const FetchUnit& unit) { return fetch(unit, CancelCheck()); }

    /**
     * Starts getting units ahead of the fetch() calls, in this order, so that fetching and computing
     * overlap (network providers keep a bounded window of requests running). Units are those of plan()
     * with the stored dates filled in. The default does nothing: files and synthetic data are read on
     * demand.
     */
    virtual void prefetch(const QList<FetchUnit>& units) { Q_UNUSED(units) }

    /** Stops all work in flight; fetch() calls waiting for it return Cancelled. Thread-safe. */
    virtual void cancel() {}

    /**
     * False for providers that cannot list their symbols (network APIs): a load with an empty selection
     * then means every symbol stored in the database.
     */
    virtual bool canEnumerate() const { return true; }

    /**
     * The universe a whole-provider load (empty selection) is stored as, or empty for none
     * (the synthetic provider's demo market).
     */
    virtual QString defaultUniverse() const { return {}; }

    /**
     * Whether a unit of plan() can be fetched at all: false for a ticker the provider knows it lacks (no
     * file for it in a CSV folder), so commands can refuse a typo before a run is recorded. The default
     * is true: synthetic data has every ticker, and a network provider only knows by asking.
     */
    virtual bool serves(const FetchUnit& unit) const
    {
        Q_UNUSED(unit)
        return true;
    }

    /** Notes from the last plan() worth showing the user (files skipped as not being price data). */
    virtual QStringList planNotes() const { return {}; }

protected:
    /**
     * Gets one unit's bars as the source has them; fetch() validates them afterwards. A provider that
     * waits (network) polls canceled at least every 50 ms and then returns a Cancelled error.
     */
    [[nodiscard]] virtual Result<FetchedBars> fetchUnit(const FetchUnit& unit,
                                                        const CancelCheck& canceled) = 0;
};

/**
 * Builds a provider from a --provider spec: "csv:DIR" (or "csv:FILE"), "synthetic", "synthetic:SEED",
 * "yahoo" or "stooq". Network providers take their settings from network (defaults when empty); they
 * open no connection before prefetch() or fetch(). Unknown specs are an InvalidInput error listing the
 * valid ones.
 */
[[nodiscard]] Result<std::unique_ptr<BarProvider>> makeProvider(const QString& spec,
                                                                const SettingValues& network = {});

/** True for specs of providers that fetch over the network ("yahoo", "stooq"). */
bool isNetworkProvider(const QString& spec);

} // namespace Tessera::Fetch
