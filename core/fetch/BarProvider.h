#pragma once

#include <memory>

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/market/Symbol.h"

namespace Tessera::Fetch {

/**
 * One unit of fetch work: a ticker and what the provider needs to get it (for a CSV folder, the
 * files that hold it). Plain data so units can be recorded, retried and resumed.
 */
struct FetchUnit
{
    QString ticker;
    QStringList files; ///< source files (CSV provider); empty for network/synthetic providers
    Symbol meta;       ///< what the provider knows about the symbol (name, sector, ...); may be empty
};

/** A symbol's bars as delivered, plus notes worth showing the user (dropped null rows, merged files). */
struct FetchedBars
{
    QString ticker;
    BarSeries series;
    Symbol meta;
    QStringList warnings;
    /** true: the delivery is the symbol's whole history and replaces what is stored. */
    bool replacesHistory = true;
};

/**
 * A source of daily bars behind one interface (CSV folder, synthetic, later Yahoo and Stooq).
 * plan() runs once on the calling thread; fetch() is called concurrently from pool threads, so
 * implementations keep it free of shared mutable state.
 */
class BarProvider
{
public:
    virtual ~BarProvider() = default;

    /** A stable id recorded with the bars ("csv", "synthetic", "yahoo"). */
    virtual QString id() const = 0;

    /**
     * The units to fetch. selection empty = everything the provider can enumerate by itself (all
     * files of a CSV folder, the demo universe); otherwise only those tickers (a ticker the provider
     * cannot serve becomes a unit whose fetch() fails with a clear reason).
     */
    [[nodiscard]] virtual Result<QList<FetchUnit>> plan(const QStringList& selection) = 0;

    /** Fetches one unit. The error message names the ticker and, for files, the file and line. */
    [[nodiscard]] virtual Result<FetchedBars> fetch(const FetchUnit& unit) = 0;

    /**
     * The universe a whole-provider load (empty selection) is stored as, or empty for none
     * (the synthetic provider's demo market).
     */
    virtual QString defaultUniverse() const { return {}; }

    /** Notes from the last plan() worth showing the user (files skipped as not being price data). */
    virtual QStringList planNotes() const { return {}; }
};

/**
 * Builds a provider from a --provider spec: "csv:DIR" (or "csv:FILE"), "synthetic" or
 * "synthetic:SEED". Unknown specs are an InvalidInput error listing the valid ones.
 */
[[nodiscard]] Result<std::unique_ptr<BarProvider>> makeProvider(const QString& spec);

} // namespace Tessera::Fetch
