#include "ui/watchlists/WatchlistSwitcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

#include "ui/watchlists/WatchlistStore.h"

namespace Tessera::Ui {

WatchlistSwitcher::WatchlistSwitcher(WatchlistStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("watchlistSwitcher"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(2);
    m_lists = new QComboBox(this);
    m_lists->setObjectName(QStringLiteral("chartWatchlistComboBox"));
    m_lists->setToolTip(tr("Watchlist to switch through"));
    m_symbols = new QComboBox(this);
    m_symbols->setObjectName(QStringLiteral("chartSymbolComboBox"));
    m_symbols->setToolTip(tr("Show this symbol's chart"));
    m_symbols->setMinimumContentsLength(12);
    m_symbols->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousSymbolButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous symbol of the watchlist"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextSymbolButton"));
    next->setArrowType(Qt::RightArrow);
    next->setAutoRaise(true);
    next->setToolTip(tr("Next symbol of the watchlist"));
    layout->addWidget(m_lists);
    layout->addWidget(previous);
    layout->addWidget(m_symbols);
    layout->addWidget(next);

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_lists, &QComboBox::activated, this, [this] {
        m_store->setCurrentList(m_lists->currentData().toString());
    });
    connect(m_symbols, &QComboBox::activated, this, [this] {
        const QString ticker = m_symbols->currentText();
        if (!ticker.isEmpty()) {
            m_ticker = ticker;
            emit symbolActivated(ticker);
        }
    });
    connect(m_store, &WatchlistStore::changed, this, &WatchlistSwitcher::rebuild);
    connect(m_store, &WatchlistStore::currentListChanged, this, &WatchlistSwitcher::rebuild);
    rebuild();
}

void WatchlistSwitcher::setCurrentTicker(const QString& ticker)
{
    m_ticker = ticker;
    const int at = m_symbols->findText(ticker);
    m_symbols->setCurrentIndex(at); // -1 (blank) when the chart shows a symbol that is not on the list
}

void WatchlistSwitcher::step(int delta)
{
    const int n = m_symbols->count();
    if (n == 0) {
        return;
    }
    const int at = m_symbols->currentIndex();
    const int to = at < 0 ? (delta > 0 ? 0 : n - 1) : ((at + delta) % n + n) % n;
    m_symbols->setCurrentIndex(to);
    m_ticker = m_symbols->currentText();
    emit symbolActivated(m_ticker);
}

void WatchlistSwitcher::rebuild()
{
    m_lists->clear();
    for (const QString& name : m_store->names()) {
        m_lists->addItem(name, name);
    }
    m_lists->setCurrentIndex(m_lists->findData(m_store->currentList()));
    m_symbols->clear();
    m_symbols->addItems(m_store->members(m_store->currentList()));
    m_symbols->setCurrentIndex(m_symbols->findText(m_ticker));
    setVisible(!m_store->lists().isEmpty());
}

} // namespace Tessera::Ui
