#pragma once

#include <array>
#include <utility>
#include <vector>

#include <QSet>
#include <QString>
#include <QStringList>

#include "core/features/IndicatorFrame.h"
#include "core/screens/BarFields.h"
#include "core/screens/Evaluator.h"
#include "core/screens/ScreenData.h"

namespace Tessera::Backtest {

/** The cross-sectional score columns a screen reads, in xs_scores order. */
enum class XsValue
{
    Score,
    Target,
    Return,
    Confidence,
    Risk,
    Validated,
    Count
};

/** A verdict as of a day: a stored verdict call, or one a backtest computed for its rebalance day. */
struct VerdictRow
{
    QString direction; ///< UP, DOWN, NEUTRAL, or WITHHELD (computed by the backtest; never stored as a call)
    double score = 0;
    QString quality; ///< the data-quality grade A..D
};

/**
 * One symbol's stored history over a backtest's window, held in memory so that each rebalance day's
 * screen table is built without a query. Every series is ascending by Julian day.
 */
struct SymbolHistory
{
    qint64 symbolId = 0;
    QString ticker;
    QString name;
    QString sector;
    QString industry;
    QStringList tags;
    QStringList universes;

    std::vector<qint64> days; ///< bar days
    std::vector<Screens::BarRow> bars;

    std::vector<qint64> technicalDays;
    std::vector<std::vector<double>> technical; ///< [Panel::technicalKeys index][row]

    Features::IndicatorFrame features; ///< the stored feature frames of the window's years, merged

    std::vector<qint64> fundamentalDays;           ///< fundamentals as_of
    std::vector<std::vector<double>> fundamentals; ///< [Panel::fundamentalKeys index][row]
    std::vector<QString> fundamentalSector, fundamentalIndustry, capCategory;

    std::vector<qint64> xsDays;      ///< xs_scores as_of
    std::vector<qint64> xsModelDays; ///< the scoring model's training as_of (its data ends there)
    std::vector<std::array<double, static_cast<size_t>(XsValue::Count)>> xs;

    std::vector<qint64> verdictDays; ///< verdict as-of days (each computed from the bars up to that day)
    std::vector<VerdictRow> verdicts;
};

/** What a backtest reads: the selection's histories (ticker order) and which columns were loaded. */
struct Panel
{
    QStringList technicalKeys;   ///< technical_indicators columns loaded (catalog keys)
    QStringList fundamentalKeys; ///< fundamentals columns loaded (catalog keys)
    std::vector<SymbolHistory> symbols;
    /** The earliest fundamentals as_of among the symbols; 0 when none is stored. */
    qint64 firstFundamentalsDay = 0;
};

/** The index of the last day ≤ day in ascending days, or −1. */
qsizetype lastAtOrBefore(const std::vector<qint64>& days, qint64 day);

/**
 * The cross-sectional score a symbol has on a day: the newest row dated on or before it whose model was
 * trained on data up to the day or earlier (a later model's score of an earlier day is skipped), or −1.
 */
qsizetype xsRowAt(const SymbolHistory& s, qint64 day);

/**
 * Adds verdicts to a symbol's series (days not in it yet; any order), keeping it ascending by day.
 * A day already present keeps its row.
 */
void addVerdicts(SymbolHistory& s, std::vector<std::pair<qint64, VerdictRow>> rows);

/**
 * Builds each rebalance day's screen table from a panel, with the as-of rules of the store's
 * ScreenDataRepository: bars, indicator rows, feature rows and fundamentals dated on or before the
 * day (the row before for crossings); cross-sectional scores from the newest row dated on or before
 * the day whose model was trained on data up to the day or earlier — a later model's scores of an
 * earlier day are skipped, so no score is ever computed with later data; verdict fields from the newest
 * verdict dated on or before the day (BacktestRun computes one as of each rebalance day, from the bars up
 * to that day, where the call history has none). Unlike a live screen, the
 * table holds only the symbols with a bar on the day itself: a backtest can only buy what traded.
 *
 * staleFundamentals: before a symbol's first stored fundamentals row, use that first row (the
 * user's --allow-stale-fundamentals override; not point-in-time, and the report says so).
 */
class AsOfBuilder
{
public:
    AsOfBuilder(const Panel& panel, const Screens::FieldNeeds& needs, bool staleFundamentals = false);

    /** The table as of a Julian day. Pure; any thread. */
    Screens::ScreenData at(qint64 day) const;

private:
    /** A field to fill, with its column in the panel (technical or fundamentals; −1 otherwise). */
    struct Field
    {
        const Screens::FieldInfo* info;
        qsizetype column;
        bool previous; ///< a bars aggregate whose previous bar is read (crossings)
    };
    const Panel& m_panel;
    bool m_staleFundamentals = false;
    std::vector<Field> m_fields;
};

} // namespace Tessera::Backtest
