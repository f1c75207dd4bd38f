#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include "core/common/Result.h"
#include "core/fundamentals/Fundamentals.h"
#include "core/store/CrossSectionRepository.h"
#include "core/store/Database.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "ui/charts/tiles/AnalysisLoader.h"

namespace Tessera::Ui {

/**
 * Everything the universe table, its filters and the status bar show, read in one go on a worker
 * thread (the UI thread never runs SQL) and handed to the UI by value.
 */
/** One account's open position in a symbol (issue 19: holdings marked in the universe table). */
struct HeldPosition
{
    QString account;
    double quantity = 0; ///< negative when short
    double averagePrice = 0;
};

struct UniverseSnapshot
{
    QList<Store::SymbolRow> rows;
    QList<Store::UniverseInfo> universes;
    QHash<QString, QSet<QString>> members; ///< universe name -> its tickers
    QStringList tags;
    qint64 totalBars = 0;
    QHash<QString, Tiles::AnalysisSummary> analyses;   ///< stored analyses' summaries by ticker
    QHash<QString, Fundamentals::Record> fundamentals; ///< each symbol's latest fundamentals by ticker
    QHash<QString, Store::XsScoreRow> xsScores;        ///< newest cross-sectional scores by ticker
    QHash<QString, QList<HeldPosition>> held; ///< open positions of every portfolio account by ticker
};

/**
 * Reads the snapshot on the calling thread's connection. Call it from a worker thread. The analyses'
 * summaries come from the injected loader (none without one); failing to read them only logs a
 * warning, the table still shows.
 */
[[nodiscard]] Result<UniverseSnapshot> loadUniverseSnapshot(const Store::Database& db,
                                                            const AnalysisSummaryLoader& analyses = {});

} // namespace Tessera::Ui
