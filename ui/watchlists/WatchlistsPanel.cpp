#include "ui/watchlists/WatchlistsPanel.h"

#include <functional>

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/watchlists/WatchlistStore.h"

namespace Tessera::Ui {
namespace {

const QString LastFolderKey = QStringLiteral("watchlists/lastFolder");

/** The members list: takes tickers dropped on it (from the universe table or as text). */
class TickerDropList final : public QListWidget
{
public:
    using OnDrop = std::function<void(const QStringList&)>;

    TickerDropList(OnDrop onDrop, QWidget* parent)
        : QListWidget(parent)
        , m_onDrop(std::move(onDrop))
    {
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        viewport()->setAcceptDrops(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (!WatchlistStore::tickersFrom(event->mimeData()).isEmpty()) {
            event->acceptProposedAction();
        }
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        if (!WatchlistStore::tickersFrom(event->mimeData()).isEmpty()) {
            event->acceptProposedAction();
        }
    }
    void dropEvent(QDropEvent* event) override
    {
        const QStringList tickers = WatchlistStore::tickersFrom(event->mimeData());
        if (tickers.isEmpty()) {
            return;
        }
        event->acceptProposedAction();
        m_onDrop(tickers);
    }

private:
    OnDrop m_onDrop;
};

} // namespace

WatchlistsPanel::WatchlistsPanel(WatchlistStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("watchlistsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_lists = new QComboBox(this);
    m_lists->setObjectName(QStringLiteral("watchlistComboBox"));
    m_lists->setToolTip(tr("The watchlist shown below"));
    m_lists->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lists->setMinimumContentsLength(10);
    top->addWidget(m_lists, 1);
    const auto button = [this,
                         top](const QString& text, const QString& tip, const char* objectName, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(QString::fromLatin1(objectName));
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        top->addWidget(b);
        return b;
    };
    button(tr("+"), tr("New watchlist…"), "newWatchlistButton", &WatchlistsPanel::newList);
    auto* more = new QToolButton(this);
    more->setText(tr("⋯"));
    more->setToolTip(tr("Rename, delete, import, export"));
    more->setObjectName(QStringLiteral("watchlistMenuButton"));
    more->setAutoRaise(true);
    top->addWidget(more);
    auto* menu = new QMenu(more);
    menu->setObjectName(QStringLiteral("watchlistMenu"));
    QAction* rename = menu->addAction(tr("Rename…"), this, &WatchlistsPanel::renameList);
    rename->setObjectName(QStringLiteral("renameWatchlistAction"));
    QAction* remove = menu->addAction(tr("Delete list"), this, &WatchlistsPanel::deleteList);
    remove->setObjectName(QStringLiteral("deleteWatchlistAction"));
    menu->addSeparator();
    QAction* import = menu->addAction(tr("Import tickers file…"), this, &WatchlistsPanel::importList);
    import->setObjectName(QStringLiteral("importWatchlistAction"));
    QAction* exportAction = menu->addAction(tr("Export tickers file…"), this, &WatchlistsPanel::exportList);
    exportAction->setObjectName(QStringLiteral("exportWatchlistAction"));
    more->setMenu(menu);
    more->setPopupMode(QToolButton::InstantPopup);
    auto* filter = button(tr("Filter"),
                          tr("Show only this list's symbols in the universe table"),
                          "showWatchlistInTableButton",
                          [this] {
                              if (!m_store->currentList().isEmpty()) {
                                  emit showInTableRequested(m_store->currentList());
                              }
                          });
    m_listButtons = {filter};
    layout->addLayout(top);

    m_members = new TickerDropList(
        [this](const QStringList& tickers) {
            QString list = m_store->currentList();
            if (list.isEmpty()) {
                list = askNewListName(this);
                if (list.isEmpty()) {
                    return;
                }
            }
            m_store->add(list, tickers);
        },
        this);
    m_members->setObjectName(QStringLiteral("watchlistMembersListWidget"));
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_members->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* removeSymbols = new QAction(tr("Remove from list"), m_members);
    removeSymbols->setObjectName(QStringLiteral("removeFromWatchlistAction"));
    removeSymbols->setShortcut(QKeySequence::Delete);
    removeSymbols->setShortcutContext(Qt::WidgetShortcut);
    connect(removeSymbols, &QAction::triggered, this, &WatchlistsPanel::removeSelected);
    m_members->addAction(removeSymbols);
    layout->addWidget(m_members, 1);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("watchlistHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    connect(m_lists, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding) {
            m_store->setCurrentList(m_lists->currentData().toString());
        }
    });
    connect(m_members, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !m_rebuilding) {
            emit symbolActivated(item->text());
        }
    });
    connect(m_store, &WatchlistStore::changed, this, &WatchlistsPanel::rebuildLists);
    connect(m_store, &WatchlistStore::currentListChanged, this, &WatchlistsPanel::rebuildLists);
    connect(m_store, &WatchlistStore::done, this, &WatchlistsPanel::message);
    connect(m_store, &WatchlistStore::failed, this, &WatchlistsPanel::message);
    rebuildLists();
}

QString WatchlistsPanel::askNewListName(QWidget* parent, const QString& suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, tr("New watchlist"), tr("Name of the new watchlist:"), QLineEdit::Normal, suggestion, &ok);
    return ok ? name.trimmed() : QString();
}

void WatchlistsPanel::setCurrentTicker(const QString& ticker)
{
    const QList<QListWidgetItem*> found = m_members->findItems(ticker, Qt::MatchExactly);
    if (found.isEmpty() || m_members->currentItem() == found.constFirst()) {
        return;
    }
    m_rebuilding = true; // the chart shows it already: no symbolActivated back
    m_members->setCurrentItem(found.constFirst());
    m_rebuilding = false;
}

void WatchlistsPanel::rebuildLists()
{
    m_rebuilding = true;
    m_lists->clear();
    for (const Store::Watchlist& w : m_store->lists()) {
        m_lists->addItem(tr("%1 (%2)").arg(w.name).arg(w.tickers.size()), w.name);
    }
    m_lists->setCurrentIndex(m_lists->findData(m_store->currentList()));
    m_rebuilding = false;
    for (QToolButton* b : std::as_const(m_listButtons)) {
        b->setEnabled(!m_store->currentList().isEmpty());
    }
    rebuildMembers();
}

void WatchlistsPanel::rebuildMembers()
{
    const QString current = m_members->currentItem() ? m_members->currentItem()->text() : QString();
    m_rebuilding = true;
    m_members->clear();
    const QStringList tickers = m_store->members(m_store->currentList());
    m_members->addItems(tickers);
    const QList<QListWidgetItem*> again = m_members->findItems(current, Qt::MatchExactly);
    if (!again.isEmpty()) {
        m_members->setCurrentItem(again.constFirst());
    }
    m_rebuilding = false;
    if (m_store->lists().isEmpty()) {
        m_hint->setText(tr("No watchlists yet: press + or right-click a symbol ▸ Add to watchlist."));
    } else if (tickers.isEmpty()) {
        m_hint->setText(tr("Drag symbols here from the table, or right-click one ▸ Add to watchlist."));
    } else {
        m_hint->setText(tr("↑/↓ switch the chart · Delete removes · drop symbols to add"));
    }
}

void WatchlistsPanel::newList()
{
    const QString name = askNewListName(this);
    if (!name.isEmpty()) {
        m_store->create(name);
    }
}

void WatchlistsPanel::renameList()
{
    const QString current = m_store->currentList();
    if (current.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Rename watchlist"),
                                               tr("New name of \"%1\":").arg(current),
                                               QLineEdit::Normal,
                                               current,
                                               &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != current) {
        m_store->rename(current, name);
    }
}

void WatchlistsPanel::deleteList()
{
    const QString current = m_store->currentList();
    if (current.isEmpty()) {
        return;
    }
    if (QMessageBox::question(
            this,
            tr("Delete watchlist"),
            tr("Delete the watchlist \"%1\"? Its symbols stay in the database.").arg(current))
        == QMessageBox::Yes) {
        m_store->deleteList(current);
    }
}

void WatchlistsPanel::importList()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import a tickers file as a watchlist"),
                                                      settings.value(LastFolderKey).toString(),
                                                      tr("Tickers files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Import watchlist"),
                                               tr("Add the tickers to the watchlist (created if new):"),
                                               QLineEdit::Normal,
                                               QFileInfo(path).completeBaseName(),
                                               &ok);
    if (ok && !name.trimmed().isEmpty()) {
        m_store->importFile(path, name);
    }
}

void WatchlistsPanel::exportList()
{
    const QString current = m_store->currentList();
    if (current.isEmpty()) {
        return;
    }
    QSettings settings;
    const QString suggested = QDir(settings.value(LastFolderKey, QDir::homePath()).toString())
                                  .filePath(current + QStringLiteral(".txt"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export watchlist \"%1\"").arg(current), suggested, tr("Tickers files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    m_store->exportFile(current, path);
}

void WatchlistsPanel::removeSelected()
{
    QStringList tickers;
    for (const QListWidgetItem* item : m_members->selectedItems()) {
        tickers << item->text();
    }
    if (!tickers.isEmpty() && !m_store->currentList().isEmpty()) {
        m_store->remove(m_store->currentList(), tickers);
    }
}

} // namespace Tessera::Ui
