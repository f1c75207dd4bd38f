#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace Tessera::Ui {

class WatchlistStore;

/**
 * The chart's symbol switcher (issue 17): the current watchlist and its symbols in two combo boxes
 * above the chart, with previous/next buttons, so a list can be walked without the Watchlists dock.
 * Choosing a symbol emits symbolActivated; setCurrentTicker follows the chart. Shares the current list
 * with the Watchlists panel through the WatchlistStore. Hidden while there are no watchlists.
 */
class WatchlistSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit WatchlistSwitcher(WatchlistStore* store, QWidget* parent = nullptr);

    QComboBox* symbolCombo() const { return m_symbols; }

public slots:
    void setCurrentTicker(const QString& ticker);
    /** Steps through the current list (wraps around); emits symbolActivated. */
    void step(int delta);

signals:
    void symbolActivated(const QString& ticker);

private:
    void rebuild();

    WatchlistStore* m_store;
    QComboBox* m_lists = nullptr;
    QComboBox* m_symbols = nullptr;
    QString m_ticker;
    bool m_rebuilding = false;
};

} // namespace Tessera::Ui
