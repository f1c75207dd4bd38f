#pragma once

#include <functional>

#include <QStringList>

class QComboBox;
class QMenu;
class QWidget;

namespace Tessera::Ui {

class WatchlistStore;

/**
 * The "Add to watchlist ▸" menu of the universe table's rows (issue 17): one entry per list (those
 * that hold every selected symbol already are checked and disabled), then "New list…", which asks for a
 * name and creates the list with the symbols. Rebuilt each time it opens; tickers() gives the symbols.
 */
QMenu* makeAddToWatchlistMenu(WatchlistStore* store, std::function<QStringList()> tickers, QWidget* parent);

/** The universe filter combo's watchlist entries: appended after a separator, "☆ NAME (n)". */
void addWatchlistFilterItems(QComboBox* combo, const WatchlistStore& store);

/** The watchlist a combo entry stands for (addWatchlistFilterItems), or empty for a universe entry. */
QString watchlistOfFilterItem(const QComboBox* combo, int index);

/** Selects list name's entry in the combo; returns whether it exists. */
bool selectWatchlistFilterItem(QComboBox* combo, const QString& name);

} // namespace Tessera::Ui
