#include "core/portfolio/EquityCurve.h"

#include <set>

#include "core/portfolio/AccountState.h"
#include "core/portfolio/PaperEngine.h"
#include "core/store/PortfolioRepository.h"

namespace Tessera::Portfolio {

Result<QList<EquityPoint>> equityCurve(const Store::Database& db, const Account& account)
{
    auto events = Store::PortfolioRepository(db).events(account.id);
    if (!events) {
        return fail(events.error());
    }
    QDate first;
    QDate last;
    QStringList symbols;
    for (const JournalEvent& e : std::as_const(*events)) {
        if (e.day.isValid()) {
            first = first.isValid() ? std::min(first, e.day) : e.day;
            last = last.isValid() ? std::max(last, e.day) : e.day;
        }
        const QString symbol = e.payload.value(QStringLiteral("symbol")).toString();
        if (!symbol.isEmpty() && !symbols.contains(symbol)) {
            symbols << symbol;
        }
    }
    QList<EquityPoint> out;
    if (!first.isValid()) {
        return out;
    }
    BarCache bars(db);
    std::set<qint64> days{first.toJulianDay(), last.toJulianDay()};
    for (const QString& s : std::as_const(symbols)) {
        auto series = bars.series(s);
        if (!series) {
            return fail(series.error());
        }
        for (qint64 d : (*series)->days()) {
            if (d >= first.toJulianDay() && d <= last.toJulianDay()) {
                days.insert(d);
            }
        }
    }
    AccountState state;
    qsizetype next = 0;
    for (qint64 jd : days) {
        const QDate day = QDate::fromJulianDay(jd);
        while (next < events->size() && (!(*events)[next].day.isValid() || (*events)[next].day <= day)) {
            if (auto ok = state.apply((*events)[next]); !ok) {
                return fail(ok.error());
            }
            ++next;
        }
        for (const Position& p : state.positions()) {
            auto series = bars.series(p.symbol);
            if (!series) {
                return fail(series.error());
            }
            const qsizetype i = BarCache::indexAtOrBefore(**series, day);
            if (i >= 0) {
                state.mark(p.symbol, (*series)->close()[static_cast<size_t>(i)]);
            }
        }
        out.append(EquityPoint{day, state.equity(), state.cashBalance()});
    }
    return out;
}

double maxDrawdown(const QList<EquityPoint>& curve)
{
    double peak = 0;
    double worst = 0;
    for (const EquityPoint& p : curve) {
        peak = std::max(peak, p.equity);
        if (peak > 0) {
            worst = std::max(worst, 1 - p.equity / peak);
        }
    }
    return worst;
}

} // namespace Tessera::Portfolio
