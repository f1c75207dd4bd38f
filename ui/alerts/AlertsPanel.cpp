#include "ui/alerts/AlertsPanel.h"

#include <cmath>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/store/AlertRepository.h"
#include "core/store/ScreenAlertRepository.h"

namespace Tessera::Ui {
namespace {

QString priceText(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) >= 1.0 ? 2 : 4);
}

/** What one read brings: the list, and the alerts newly triggered (now marked notified). */
struct AlertsRead
{
    QList<Alerts::PriceAlert> all;
    QList<Alerts::PriceAlert> fresh;
    QList<Screens::ScreenAlert> screens; ///< watched screens' alerts (issue 20)
    QList<Screens::ScreenAlert> freshScreens;
};

} // namespace

AlertsPanel::AlertsPanel(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("alertsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("alertsTableWidget"));
    // Compact for a narrow dock: "≥ 70.00" fires when the price rises to 70, "≤ 60.00" when it falls to 60.
    m_table->setHorizontalHeaderLabels({tr("Symbol"), tr("Alert"), tr("Status"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* show = new QAction(tr("Show chart"), m_table);
    show->setObjectName(QStringLiteral("showAlertChartAction"));
    connect(show, &QAction::triggered, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_alerts.size()) {
            emit symbolActivated(m_alerts[row].ticker);
        }
    });
    auto* remove = new QAction(tr("Remove alert"), m_table);
    remove->setObjectName(QStringLiteral("removeAlertAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AlertsPanel::removeSelected);
    m_table->addActions({show, remove});
    // Watched screens' rows follow the price alerts' (issue 20): acknowledged, not removed.
    auto* acknowledge = new QAction(tr("Acknowledge screen alert"), m_table);
    acknowledge->setObjectName(QStringLiteral("acknowledgeAlertAction"));
    connect(acknowledge, &QAction::triggered, this, &AlertsPanel::acknowledgeSelected);
    m_table->addAction(acknowledge);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_alerts.size()) {
            emit symbolActivated(m_alerts[row].ticker);
        } else if (row >= m_alerts.size() && row - m_alerts.size() < m_screenAlerts.size()) {
            emit symbolActivated(m_screenAlerts[row - m_alerts.size()].ticker);
        }
    });
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
    fill();
}

void AlertsPanel::refresh()
{
    const quint64 request = ++m_request;
    QPointer<AlertsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db]() -> Result<AlertsRead> {
        Store::AlertRepository repo(*db);
        // Newly triggered first, marked notified in the same read: each is reported once
        // even when several windows or reads overlap.
        AlertsRead read;
        auto fresh = repo.unnotified();
        if (!fresh) {
            return fail(fresh.error());
        }
        QList<qint64> ids;
        for (const Alerts::PriceAlert& a : std::as_const(*fresh)) {
            ids << a.id;
        }
        if (!ids.isEmpty()) {
            if (auto r = repo.markNotified(ids); !r) {
                return fail(r.error());
            }
        }
        read.fresh = std::move(*fresh);
        auto all = repo.all();
        if (!all) {
            return fail(all.error());
        }
        read.all = std::move(*all);
        Store::ScreenAlertRepository screens(*db);
        auto freshScreens = screens.unnotified();
        if (!freshScreens) {
            return fail(freshScreens.error());
        }
        QList<qint64> screenIds;
        for (const Screens::ScreenAlert& a : std::as_const(*freshScreens)) {
            screenIds << a.id;
        }
        if (auto r = screens.markNotified(screenIds); !r) {
            return fail(r.error());
        }
        read.freshScreens = std::move(*freshScreens);
        auto allScreens = screens.all();
        if (!allScreens) {
            return fail(allScreens.error());
        }
        read.screens = std::move(*allScreens);
        return read;
    }).then(this, [self, request](Result<AlertsRead> read) {
        if (!self) {
            return;
        }
        if (!read) {
            emit self->message(tr("Reading the price alerts failed: %1").arg(read.error().message));
            return;
        }
        if (!read->fresh.isEmpty()) {
            emit self->triggered(read->fresh); // reported even when a newer read superseded this one
        }
        if (!read->freshScreens.isEmpty()) {
            emit self->screenAlertsRaised(read->freshScreens);
        }
        if (request != self->m_request) {
            return;
        }
        self->m_alerts = std::move(read->all);
        self->m_screenAlerts = std::move(read->screens);
        self->fill();
        emit self->loaded();
    });
}

void AlertsPanel::addAlert(const QString& ticker, double price)
{
    QPointer<AlertsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, ticker, price] {
        return Store::AlertRepository(*db).add(ticker, price);
    }).then(this, [self](Result<Alerts::PriceAlert> alert) {
        if (!self) {
            return;
        }
        if (!alert) {
            emit self->message(tr("No alert set: %1").arg(alert.error().message));
            return;
        }
        emit self->message(alert->direction == Alerts::Direction::Above
                               ? tr("Alert set: %1 rises to %2").arg(alert->ticker, priceText(alert->level))
                               : tr("Alert set: %1 falls to %2").arg(alert->ticker, priceText(alert->level)));
        self->refresh();
    });
}

void AlertsPanel::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < m_alerts.size()) {
            ids << m_alerts[index.row()].id;
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    QPointer<AlertsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, ids]() -> Result<void> {
        Store::AlertRepository repo(*db);
        for (qint64 id : ids) {
            if (auto r = repo.remove(id); !r) {
                return fail(r.error());
            }
        }
        return {};
    }).then(this, [self](Result<void> done) {
        if (!self) {
            return;
        }
        if (!done) {
            emit self->message(tr("Removing the alert failed: %1").arg(done.error().message));
        }
        self->refresh();
    });
}

void AlertsPanel::acknowledgeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const qsizetype at = index.row() - m_alerts.size();
        if (at >= 0 && at < m_screenAlerts.size()) {
            ids << m_screenAlerts[at].id;
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    QPointer<AlertsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, ids] {
        return Store::ScreenAlertRepository(*db).acknowledge(ids);
    }).then(this, [self](Result<int> done) {
        if (!self) {
            return;
        }
        if (!done) {
            emit self->message(tr("Acknowledging failed: %1").arg(done.error().message));
        }
        self->refresh();
    });
}

void AlertsPanel::fill()
{
    m_table->setRowCount(static_cast<int>(m_alerts.size() + m_screenAlerts.size()));
    int active = 0;
    for (int row = 0; row < m_alerts.size(); ++row) {
        const Alerts::PriceAlert& a = m_alerts[row];
        active += a.isTriggered() ? 0 : 1;
        const QString status =
            a.isTriggered() ? tr("hit %1 · close %2").arg(a.triggeredText(), priceText(a.triggeredPrice))
                            : tr("active");
        const QString when =
            a.direction == Alerts::Direction::Above ? QStringLiteral("≥ ") : QStringLiteral("≤ ");
        const QStringList cells{a.ticker, when + priceText(a.level), status, a.note};
        const QString tip = (a.direction == Alerts::Direction::Above
                                 ? tr("%1 rises to %2: fires on the first new bar whose high reaches it")
                                 : tr("%1 falls to %2: fires on the first new bar whose low reaches it"))
                                .arg(a.ticker, priceText(a.level))
                            + u'\n'
                            + tr("Set %1 when the close was %2; checked through %3")
                                  .arg(a.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       priceText(a.referenceClose),
                                       a.checkedThroughText())
                            + (a.note.isEmpty() ? QString() : u'\n' + a.note);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 1) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (a.isTriggered()) {
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            }
            item->setToolTip(tip);
            m_table->setItem(row, column, item);
        }
    }
    // Watched screens' alerts: symbol, "entered/left SCREEN", the day, the screen's values.
    int unacknowledged = 0;
    for (int i = 0; i < m_screenAlerts.size(); ++i) {
        const Screens::ScreenAlert& a = m_screenAlerts[i];
        unacknowledged += a.isAcknowledged() ? 0 : 1;
        QStringList values;
        for (auto it = a.values.constBegin(); it != a.values.constEnd(); ++it) {
            values << QStringLiteral("%1 %2").arg(
                it.key(), it->isDouble() ? QLocale().toString(it->toDouble(), 'g', 6) : it->toString());
        }
        const QStringList cells{a.ticker,
                                (a.entered ? tr("entered %1") : tr("left %1")).arg(a.screen),
                                a.date.toString(Qt::ISODate)
                                    + (a.isAcknowledged() ? tr(" · seen") : QString()),
                                values.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (a.isAcknowledged()) {
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            }
            item->setToolTip(a.describe());
            m_table->setItem(static_cast<int>(m_alerts.size()) + i, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        m_alerts.isEmpty() && m_screenAlerts.isEmpty()
            ? tr("No price alerts: right-click the chart ▸ Alert at this price.")
            : tr("%1 active, %2 triggered · checked after each data update")
                      .arg(active)
                      .arg(m_alerts.size() - active)
                  + (m_screenAlerts.isEmpty()
                         ? QString()
                         : tr(" · %1 screen alert(s) not yet acknowledged").arg(unacknowledged)));
}

} // namespace Tessera::Ui
