#include "ui/watchlists/WatchlistActions.h"

#include <QComboBox>
#include <QMenu>

#include "ui/watchlists/WatchlistStore.h"
#include "ui/watchlists/WatchlistsPanel.h"

namespace Tessera::Ui {
namespace {

/** Marks a combo entry as a watchlist (its data is then the list's name, not a universe's). */
constexpr int WatchlistItemRole = Qt::UserRole + 40;

} // namespace

QMenu* makeAddToWatchlistMenu(WatchlistStore* store, std::function<QStringList()> tickers, QWidget* parent)
{
    auto* menu = new QMenu(QObject::tr("Add to watchlist"), parent);
    menu->setObjectName(QStringLiteral("addToWatchlistMenu"));
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, store, tickers, parent] {
        menu->clear();
        const QStringList selected = tickers();
        for (const Store::Watchlist& w : store->lists()) {
            QAction* action = menu->addAction(w.name);
            action->setObjectName(QStringLiteral("addToWatchlist_") + w.name);
            bool all = !selected.isEmpty();
            for (const QString& t : selected) {
                all = all && w.tickers.contains(t);
            }
            action->setCheckable(all);
            action->setChecked(all);
            action->setEnabled(!all && !selected.isEmpty());
            QObject::connect(action, &QAction::triggered, store, [store, name = w.name, selected] {
                store->add(name, selected);
            });
        }
        if (!store->lists().isEmpty()) {
            menu->addSeparator();
        }
        QAction* create = menu->addAction(QObject::tr("New list…"));
        create->setObjectName(QStringLiteral("addToNewWatchlistAction"));
        create->setEnabled(!selected.isEmpty());
        QObject::connect(create, &QAction::triggered, store, [store, selected, parent] {
            const QString name = WatchlistsPanel::askNewListName(parent);
            if (!name.isEmpty()) {
                store->add(name, selected);
                store->setCurrentList(name);
            }
        });
    });
    return menu;
}

void addWatchlistFilterItems(QComboBox* combo, const WatchlistStore& store)
{
    if (store.lists().isEmpty()) {
        return;
    }
    combo->insertSeparator(combo->count());
    for (const Store::Watchlist& w : store.lists()) {
        combo->addItem(QObject::tr("☆ %1 (%2)").arg(w.name).arg(w.tickers.size()), w.name);
        combo->setItemData(combo->count() - 1, true, WatchlistItemRole);
        combo->setItemData(combo->count() - 1, QObject::tr("Watchlist %1").arg(w.name), Qt::ToolTipRole);
    }
}

QString watchlistOfFilterItem(const QComboBox* combo, int index)
{
    return combo->itemData(index, WatchlistItemRole).toBool() ? combo->itemData(index).toString() : QString();
}

bool selectWatchlistFilterItem(QComboBox* combo, const QString& name)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (watchlistOfFilterItem(combo, i) == name) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace Tessera::Ui
