#pragma once

#include <QDate>
#include <QList>

#include "core/fetch/BarProvider.h"
#include "core/market/Symbol.h"

namespace Tessera::Fetch {

/** Parameters of the synthetic market (the offline demo and the seeds' sample_data mode). */
struct SyntheticOptions
{
    quint64 seed = 42;
    int days = 500; ///< business days (Mon-Fri) per symbol
    QDate endDate;  ///< last bar's date; invalid = the last weekday before today
};

/**
 * A deterministic, realistic daily series for ticker: the same (ticker, seed, days, endDate) always
 * gives the same bars, on any machine. GARCH(1,1)-style volatility clustering, Student-t fat tails,
 * occasional jumps, volume linked to |return| and to the volatility regime, OHLC consistent
 * (Low <= Open, Close <= High), business days only. Pure function, thread-safe.
 */
BarSeries generateSyntheticSeries(const QString& ticker, const SyntheticOptions& options);

/** The 50-symbol demo universe with names, sectors and industries (fictional tickers, e.g. "CORVEX.DEMO"). */
QList<Symbol> demoSymbols();

/** Name of the universe the demo is stored under. */
QString demoUniverseName();

/** BarProvider over generateSyntheticSeries; plan() with no selection = the demo universe. */
class SyntheticProvider final : public BarProvider
{
public:
    explicit SyntheticProvider(SyntheticOptions options = {});

    QString id() const override { return QStringLiteral("synthetic"); }
    Result<QList<FetchUnit>> plan(const QStringList& selection) override;
    QString defaultUniverse() const override { return demoUniverseName(); }

protected:
    Result<FetchedBars> fetchUnit(const FetchUnit& unit, const CancelCheck& canceled) override;

private:
    SyntheticOptions m_options;
};

} // namespace Tessera::Fetch
