#include "ui/portfolio/PortfolioView.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include "core/common/AtomicFile.h"
#include "core/common/CsvText.h"
#include "core/common/Log.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/Replay.h"
#include "core/store/PortfolioRepository.h"

namespace Tessera::Ui {

using namespace Tessera::Portfolio;

namespace {

/** Column titles for the tables' keys. */
QString columnTitle(const QString& key)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("symbol"), QT_TRANSLATE_NOOP("PortfolioView", "Symbol")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("PortfolioView", "Product")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("PortfolioView", "Qty")},
        {QStringLiteral("average"), QT_TRANSLATE_NOOP("PortfolioView", "Avg price")},
        {QStringLiteral("last"), QT_TRANSLATE_NOOP("PortfolioView", "Last")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("PortfolioView", "Value")},
        {QStringLiteral("unrealised"), QT_TRANSLATE_NOOP("PortfolioView", "Unrealised P&L")},
        {QStringLiteral("unrealised_pct"), QT_TRANSLATE_NOOP("PortfolioView", "P&L %")},
        {QStringLiteral("realised"), QT_TRANSLATE_NOOP("PortfolioView", "Realised")},
        {QStringLiteral("day_change"), QT_TRANSLATE_NOOP("PortfolioView", "Day %")},
        {QStringLiteral("opened_on"), QT_TRANSLATE_NOOP("PortfolioView", "Since")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("PortfolioView", "Order")},
        {QStringLiteral("placed_on"), QT_TRANSLATE_NOOP("PortfolioView", "Placed")},
        {QStringLiteral("side"), QT_TRANSLATE_NOOP("PortfolioView", "Side")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("PortfolioView", "Type")},
        {QStringLiteral("filled"), QT_TRANSLATE_NOOP("PortfolioView", "Filled")},
        {QStringLiteral("price"), QT_TRANSLATE_NOOP("PortfolioView", "Price")},
        {QStringLiteral("trigger"), QT_TRANSLATE_NOOP("PortfolioView", "Trigger")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("PortfolioView", "Status")},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("PortfolioView", "Reason")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("PortfolioView", "Target")},
        {QStringLiteral("stop"), QT_TRANSLATE_NOOP("PortfolioView", "Stop")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("PortfolioView", "Note")},
        {QStringLiteral("trade_id"), QT_TRANSLATE_NOOP("PortfolioView", "Trade")},
        {QStringLiteral("day"), QT_TRANSLATE_NOOP("PortfolioView", "Day")},
        {QStringLiteral("order_id"), QT_TRANSLATE_NOOP("PortfolioView", "Order")},
        {QStringLiteral("charges"), QT_TRANSLATE_NOOP("PortfolioView", "Charges")},
        {QStringLiteral("slippage"), QT_TRANSLATE_NOOP("PortfolioView", "Slippage")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("PortfolioView", "Kind")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("PortfolioView", "Amount")},
        {QStringLiteral("balance"), QT_TRANSLATE_NOOP("PortfolioView", "Balance")},
    };
    const char* t = titles.value(key);
    return t ? QCoreApplication::translate("PortfolioView", t) : key;
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/** A number shown formatted (locale, 2 decimals, quantities as they are) and sorted by its value. */
class NumberItem final : public QTableWidgetItem
{
public:
    NumberItem(double value, bool quantity)
        : QTableWidgetItem(quantity ? QLocale().toString(value, 'g', 12) : QLocale().toString(value, 'f', 2))
        , m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* n = dynamic_cast<const NumberItem*>(&other);
        return n ? m_value < n->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

void fill(QTableWidget* w, const Table& t)
{
    w->setSortingEnabled(false);
    w->clear();
    w->setColumnCount(static_cast<int>(t.header.size()));
    w->setRowCount(static_cast<int>(t.rows.size()));
    QStringList titles;
    for (const QString& key : t.header) {
        titles << columnTitle(key);
    }
    w->setHorizontalHeaderLabels(titles);
    const qsizetype pnl = t.header.indexOf(QStringLiteral("unrealised"));
    const qsizetype pct = t.header.indexOf(QStringLiteral("unrealised_pct"));
    const qsizetype day = t.header.indexOf(QStringLiteral("day_change"));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.rows[r].size(); ++c) {
            const QString& cell = t.rows[r][c];
            QTableWidgetItem* item = nullptr;
            if (Csv::isPlainNumber(cell)) {
                const QString& key = t.header[c];
                item = new NumberItem(cell.toDouble(),
                                      key == QLatin1String("quantity") || key == QLatin1String("filled"));
                if ((c == pnl || c == pct || c == day) && cell.toDouble() != 0) {
                    item->setForeground(cell.toDouble() > 0 ? QColor(0x1b, 0x8a, 0x3c)
                                                            : QColor(0xc6, 0x28, 0x28));
                }
            } else {
                item = new QTableWidgetItem(cell);
            }
            w->setItem(r, c, item);
        }
    }
    w->resizeColumnsToContents();
    w->setSortingEnabled(true);
}

} // namespace

Result<PortfolioViewData> readPortfolio(const Store::Database& db, const QString& name)
{
    PortfolioViewData d;
    auto account = resolveAccount(db, name);
    if (!account) {
        return fail(account.error());
    }
    auto all = Store::PortfolioRepository(db).accounts();
    if (!all) {
        return fail(all.error());
    }
    d.accounts = *all;
    d.account = *account;
    auto state = loadState(db, *account);
    if (!state) {
        return fail(state.error());
    }
    auto holdings = holdingsTable(db, *state);
    if (!holdings) {
        return fail(holdings.error());
    }
    d.holdings = *holdings;
    d.orders = ordersTable(*state);
    d.trades = tradesTable(*state);
    d.cash = cashTable(*state);
    auto curve = equityCurve(db, *account);
    if (!curve) {
        return fail(curve.error());
    }
    d.curve = *curve;
    d.cashBalance = state->cashBalance();
    d.equity = state->equity();
    d.realised = state->realisedPnl();
    d.unrealised = state->unrealisedPnl();
    d.charges = state->totalCharges();
    d.dividends = state->totalDividends();
    d.clock = state->clock();
    return d;
}

PortfolioView::PortfolioView(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("portfolioView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Account:"), this));
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("portfolioAccountComboBox"));
    m_account->setMinimumContentsLength(24);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(m_account);
    controls->addStretch(1);
    auto* newOrder = new QPushButton(tr("New order…"), this);
    newOrder->setObjectName(QStringLiteral("portfolioNewOrderButton"));
    m_cancel = new QPushButton(tr("Cancel order"), this);
    m_cancel->setToolTip(tr("Cancel the open order selected in the Orders tab"));
    m_step = new QPushButton(tr("Step one day ▶"), this);
    m_step->setToolTip(tr("Replay: process the next trading day's bars and buy that day's picks"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setToolTip(tr("Save the shown holdings, orders, trades or cash ledger as CSV"));
    for (QPushButton* b : {newOrder, m_cancel, m_step, exportButton}) {
        controls->addWidget(b);
    }
    layout->addLayout(controls);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portfolioSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_holdings = makeTable(this, QStringLiteral("portfolioHoldingsTable"));
    m_orders = makeTable(this, QStringLiteral("portfolioOrdersTable"));
    m_trades = makeTable(this, QStringLiteral("portfolioTradesTable"));
    m_cash = makeTable(this, QStringLiteral("portfolioCashTable"));
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(QStringLiteral("portfolioEquityChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_tabs->addTab(m_holdings, tr("Holdings"));
    m_tabs->addTab(m_orders, tr("Orders"));
    m_tabs->addTab(m_trades, tr("Trades"));
    m_tabs->addTab(m_cash, tr("Cash"));
    // The equity curve stays in sight beside whichever table is shown.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tabs);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_tabs->setMinimumWidth(320);
    m_chart->setMinimumWidth(480);
    split->setSizes({900, 600});
    layout->addWidget(split, 1);
    auto* footnote = new QLabel(
        tr("Paper orders fill from stored daily bars: market at the next open, limits and stops when the "
           "bar's "
           "range crosses their price (a gap fills at the open), with modelled slippage and the market's "
           "charges (README: Portfolio & paper trading)."),
        this);
    footnote->setWordWrap(true);
    footnote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(footnote);

    connect(m_account, &QComboBox::activated, this, [this] {
        m_wanted = m_account->currentData().toString();
        load();
    });
    connect(newOrder, &QPushButton::clicked, this, &PortfolioView::newOrderRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PortfolioView::cancelSelected);
    connect(m_step, &QPushButton::clicked, this, &PortfolioView::stepReplay);
    connect(exportButton, &QPushButton::clicked, this, &PortfolioView::exportShown);
    for (QTableWidget* t : {m_holdings, m_orders, m_trades}) {
        connect(t, &QTableWidget::cellDoubleClicked, this, [this, t](int row, int) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (t->horizontalHeaderItem(c)->text() == columnTitle(QStringLiteral("symbol"))) {
                    emit symbolActivated(t->item(row, c)->text());
                }
            }
        });
    }
}

void PortfolioView::showAccount(const QString& name)
{
    m_wanted = name;
    load();
}

void PortfolioView::refresh()
{
    m_dirty = true;
    if (isVisible()) {
        load();
    }
}

void PortfolioView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        load();
    }
}

void PortfolioView::load()
{
    m_dirty = false;
    const quint64 request = ++m_request;
    QPointer<PortfolioView> self(this);
    QtConcurrent::run(m_pool, [db = m_db, name = m_wanted] {
        return readPortfolio(*db, name);
    }).then(this, [self, request](Result<PortfolioViewData> read) {
        if (!self || request != self->m_request) {
            return;
        }
        if (!read) {
            spdlog::error("reading the portfolio failed: {}", read.error().message);
            self->m_summary->setText(
                tr("Could not read the portfolio: %1").arg(read.error().message.toHtmlEscaped()));
            emit self->loaded();
            return;
        }
        self->showData(std::move(*read));
    });
}

void PortfolioView::showData(PortfolioViewData d)
{
    m_shown = std::move(d);
    m_account->clear();
    for (const Account& a : std::as_const(m_shown.accounts)) {
        const QString kind = a.kind == AccountKind::Broker   ? tr("broker %1").arg(a.broker)
                             : a.kind == AccountKind::Replay ? tr("replay")
                                                             : tr("paper");
        m_account->addItem(QStringLiteral("%1 (%2)").arg(a.name, kind), a.name);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(m_shown.account.name)));
    const auto money = [](double v) {
        return QLocale().toString(v, 'f', 2);
    };
    const auto signedMoney = [&](double v) {
        const QString color = v > 0   ? QStringLiteral("#1b8a3c")
                              : v < 0 ? QStringLiteral("#c62828")
                                      : QString();
        return color.isEmpty() ? money(v)
                               : QStringLiteral("<span style='color:%1'>%2</span>").arg(color, money(v));
    };
    const double start = m_shown.curve.isEmpty() ? 0 : m_shown.curve.first().equity;
    m_summary->setText(
        tr("<b>Equity %1 %2</b> · cash %3 · unrealised %4 · realised %5 · charges %6 · dividends %7%8%9")
            .arg(money(m_shown.equity),
                 m_shown.account.currency,
                 money(m_shown.cashBalance),
                 signedMoney(m_shown.unrealised),
                 signedMoney(m_shown.realised),
                 money(m_shown.charges),
                 money(m_shown.dividends))
            .arg(m_shown.clock.isValid()
                     ? tr(" · simulated day %1").arg(QLocale().toString(m_shown.clock, QLocale::ShortFormat))
                     : QString())
            .arg(start > 0 ? tr(" · since start %1 %")
                                 .arg(QLocale().toString(100 * (m_shown.equity / start - 1), 'f', 2))
                           : QString()));
    fill(m_holdings, m_shown.holdings);
    fill(m_orders, m_shown.orders);
    fill(m_trades, m_shown.trades);
    fill(m_cash, m_shown.cash);
    m_step->setVisible(m_shown.account.kind == AccountKind::Replay);

    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* series = new QLineSeries;
    double lo = 0;
    double hi = 0;
    for (const EquityPoint& p : std::as_const(m_shown.curve)) {
        series->append(static_cast<qreal>(p.day.startOfDay(Qt::UTC).toMSecsSinceEpoch()), p.equity);
        lo = lo == 0 ? p.equity : std::min(lo, p.equity);
        hi = std::max(hi, p.equity);
    }
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(2);
    series->setPen(pen);
    chart->addSeries(series);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTickCount(7);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Equity (%1)").arg(m_shown.account.currency));
    if (hi > lo) {
        const double pad = (hi - lo) * 0.05;
        y->setRange(lo - pad, hi + pad);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // A new account has no valued day yet: say so instead of an empty frame.
    chart->setTitle(m_shown.curve.size() < 2
                        ? tr("Equity: %1 — no history yet (one point per day the account is valued)")
                              .arg(m_shown.account.name)
                        : tr("Equity: %1").arg(m_shown.account.name));
    chart->setToolTip(tr("From the journal, valued at each day's stored close"));
    const QColor text = palette().color(QPalette::WindowText);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(text);
    x->setLabelsBrush(text);
    y->setLabelsBrush(text);
    y->setTitleBrush(text);
    emit loaded();
}

void PortfolioView::cancelSelected()
{
    const int row = m_orders->currentRow();
    if (row < 0 || !m_orders->item(row, 0)) {
        m_tabs->setCurrentWidget(m_orders);
        m_summary->setText(tr("Select an open order in the Orders tab to cancel it."));
        return;
    }
    const QString id = m_orders->item(row, 0)->text();
    QPointer<PortfolioView> self(this);
    QtConcurrent::run(m_pool, [db = m_db, name = m_shown.account.name, id]() -> Result<void> {
        auto account = resolveAccount(*db, name);
        if (!account) {
            return fail(account.error());
        }
        return cancelOrder(*db, *account, id);
    }).then(this, [self](Result<void> r) {
        if (!self) {
            return;
        }
        if (!r) {
            QMessageBox::warning(self, tr("Cancel order"), r.error().message);
        }
        self->load();
    });
}

void PortfolioView::stepReplay()
{
    m_step->setEnabled(false);
    QPointer<PortfolioView> self(this);
    QtConcurrent::run(m_pool, [db = m_db, name = m_shown.account.name]() -> Result<QDate> {
        auto account = resolveAccount(*db, name);
        if (!account) {
            return fail(account.error());
        }
        return Portfolio::stepReplay(*db, *account);
    }).then(this, [self](Result<QDate> day) {
        if (!self) {
            return;
        }
        self->m_step->setEnabled(true);
        if (!day) {
            QMessageBox::warning(self, tr("Replay"), day.error().message);
        }
        self->load();
    });
}

void PortfolioView::exportShown()
{
    const Table* table = m_tabs->currentWidget() == m_orders   ? &m_shown.orders
                         : m_tabs->currentWidget() == m_trades ? &m_shown.trades
                         : m_tabs->currentWidget() == m_cash   ? &m_shown.cash
                                                               : &m_shown.holdings;
    const QString what = m_tabs->tabText(m_tabs->currentIndex()).toLower();
    const QString file =
        QFileDialog::getSaveFileName(this,
                                     tr("Export %1").arg(what),
                                     QStringLiteral("%1-%2.csv").arg(m_shown.account.name, what),
                                     tr("CSV files (*.csv)"));
    if (file.isEmpty()) {
        return;
    }
    if (auto w = writeFileAtomically(file, tableCsv(*table)); !w) {
        QMessageBox::warning(this, tr("Export"), w.error().message);
    }
}

} // namespace Tessera::Ui
