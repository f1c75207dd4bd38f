#include "ui/models/UniverseSnapshot.h"

#include "core/common/Log.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/PortfolioRepository.h"

namespace Tessera::Ui {

Result<UniverseSnapshot> loadUniverseSnapshot(const Store::Database& db,
                                              const AnalysisSummaryLoader& analyses)
{
    UniverseSnapshot snapshot;
    Store::SymbolRepository symbols(db);
    auto rows = symbols.rows();
    if (!rows) {
        return fail(rows.error());
    }
    snapshot.rows = std::move(*rows);
    for (const Store::SymbolRow& row : std::as_const(snapshot.rows)) {
        snapshot.totalBars += row.barCount;
    }

    auto tags = symbols.allTags();
    if (!tags) {
        return fail(tags.error());
    }
    snapshot.tags = std::move(*tags);

    Store::UniverseRepository universes(db);
    auto list = universes.list();
    if (!list) {
        return fail(list.error());
    }
    snapshot.universes = std::move(*list);
    for (const Store::UniverseInfo& info : std::as_const(snapshot.universes)) {
        auto members = universes.members(info.name);
        if (!members) {
            return fail(members.error());
        }
        snapshot.members.insert(info.name, QSet<QString>(members->cbegin(), members->cend()));
    }
    auto fundamentals = Store::FundamentalsRepository(db).latestAll();
    if (!fundamentals) {
        return fail(fundamentals.error());
    }
    for (Fundamentals::Record& r : *fundamentals) {
        snapshot.fundamentals.insert(r.ticker, std::move(r));
    }
    if (analyses) {
        auto summaries = analyses();
        if (summaries) {
            snapshot.analyses = std::move(*summaries);
        } else {
            spdlog::warn("reading the stored analyses failed: {}", summaries.error().message);
        }
    }
    if (auto scores = Store::CrossSectionRepository(db).latestScores(); scores) {
        for (Store::XsScoreRow& x : *scores) {
            snapshot.xsScores.insert(x.ticker, std::move(x));
        }
    } else {
        spdlog::warn("reading the cross-sectional scores failed: {}", scores.error().message);
    }
    // Every account's open positions, folded from its journal (a few accounts: cheap beside the bars).
    if (auto accounts = Store::PortfolioRepository(db).accounts(); accounts) {
        for (const Portfolio::Account& account : *accounts) {
            auto state = Portfolio::loadState(db, account);
            if (!state) {
                spdlog::warn("reading portfolio account {} failed: {}", account.name, state.error().message);
                continue;
            }
            for (const Portfolio::Position& p : state->positions()) {
                if (p.quantity != 0) {
                    snapshot.held[p.symbol].append({account.name, p.quantity, p.averagePrice});
                }
            }
        }
    } else {
        spdlog::warn("reading the portfolio accounts failed: {}", accounts.error().message);
    }
    return snapshot;
}

} // namespace Tessera::Ui
