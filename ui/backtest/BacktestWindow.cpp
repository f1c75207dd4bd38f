#include "ui/backtest/BacktestWindow.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/store/ScreenRepository.h"
#include "core/tasks/BacktestRun.h"
#include "core/tasks/TaskContext.h"
#include "ui/backtest/BacktestCharts.h"
#include "ui/common/TableExport.h"

namespace Tessera::Ui {

namespace {

const QColor kStrategy(0x2f, 0x7e, 0xd8);
const QColor kBenchmark(0x8a, 0x8a, 0x8a);
const QColor kSecond(0xe0, 0x8a, 0x1e);

QString percent(double v)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 2) + QStringLiteral(" %")
                            : QStringLiteral("—");
}

QString number(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—");
}

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (right) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QTableWidget* table(const QString& objectName)
{
    auto* t = new QTableWidget;
    t->setObjectName(objectName);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

BacktestLine line(const QString& name,
                  const QColor& color,
                  Qt::PenStyle style,
                  const std::vector<Backtest::CurvePoint>& curve,
                  double Backtest::CurvePoint::*field)
{
    BacktestLine l;
    l.name = name;
    l.color = color;
    l.style = style;
    for (const Backtest::CurvePoint& p : curve) {
        l.days.push_back(p.date);
        l.values.push_back(p.*field);
    }
    return l;
}

} // namespace

BacktestWindow::BacktestWindow(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(std::move(db))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("backtestWindow"));
    setWindowTitle(tr("Backtests"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget;
    buildForm(left);
    split->addWidget(left);

    auto* right = new QSplitter(Qt::Vertical);
    m_equity = new BacktestChartView(BacktestChartView::Kind::Equity);
    m_equity->setObjectName(QStringLiteral("backtestEquityChart"));
    m_drawdown = new BacktestChartView(BacktestChartView::Kind::Drawdown);
    m_drawdown->setObjectName(QStringLiteral("backtestDrawdownChart"));
    m_tabs = new QTabWidget;
    m_metrics = table(QStringLiteral("backtestMetricsTable"));
    m_trades = table(QStringLiteral("backtestTradesTable"));
    m_curve = table(QStringLiteral("backtestEquityTable"));
    installExportContextMenu(m_trades, QStringLiteral("backtest_trades"));
    installExportContextMenu(m_curve, QStringLiteral("backtest_equity"));
    installExportContextMenu(m_metrics, QStringLiteral("backtest_metrics"));
    auto* metricsPage = new QWidget;
    auto* metricsLayout = new QVBoxLayout(metricsPage);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    metricsLayout->addWidget(m_metrics, 1);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("backtestNotesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    metricsLayout->addWidget(m_notes);
    m_tabs->addTab(metricsPage, tr("Metrics"));
    m_tabs->addTab(m_trades, tr("Trades"));
    m_tabs->addTab(m_curve, tr("Equity"));
    right->addWidget(m_equity);
    right->addWidget(m_drawdown);
    right->addWidget(m_tabs);
    right->setSizes({430, 210, 340});
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 1200});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100); // progress read from the context, never pushed from the worker
    connect(m_progressTimer, &QTimer::timeout, this, &BacktestWindow::showProgress);
    m_equity->setLines(tr("Equity"), {});
    m_drawdown->setLines(tr("Drawdown"), {});
    resize(1600, 1000);
}

BacktestWindow::~BacktestWindow()
{
    if (m_context) {
        m_context->cancel();
    }
}

void BacktestWindow::buildForm(QWidget* panel)
{
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* setup = new QGroupBox(tr("Run a backtest"));
    auto* form = new QFormLayout(setup);
    m_screen = new QComboBox;
    m_screen->setObjectName(QStringLiteral("backtestScreenCombo"));
    m_screen->setEditable(true);
    m_screen->setToolTip(tr("A stored screen or strategy, or an expression such as \"rsi_14 < 30 and close > "
                            "sma_200\"."));
    m_screen->setMinimumContentsLength(18);
    m_screen->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("Screen"), m_screen);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("backtestFromEdit"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("backtestToEdit"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_to->setDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addYears(-3));
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    m_rebalance = new QComboBox;
    m_rebalance->setObjectName(QStringLiteral("backtestRebalanceCombo"));
    m_rebalance->setEditable(true);
    m_rebalance->addItems({QStringLiteral("weekly"),
                           QStringLiteral("monthly"),
                           QStringLiteral("daily"),
                           QStringLiteral("5"),
                           QStringLiteral("10"),
                           QStringLiteral("20")});
    m_rebalance->setToolTip(
        tr("daily, weekly (first trading day of each week), monthly, or every N trading days"));
    form->addRow(tr("Rebalance"), m_rebalance);
    m_top = new QSpinBox;
    m_top->setObjectName(QStringLiteral("backtestTopSpin"));
    m_top->setRange(1, 500);
    m_top->setValue(20);
    form->addRow(tr("Top N"), m_top);
    m_hold = new QSpinBox;
    m_hold->setObjectName(QStringLiteral("backtestHoldSpin"));
    m_hold->setRange(1, 1000);
    m_hold->setValue(5);
    m_hold->setSuffix(tr(" trading days"));
    form->addRow(tr("Hold"), m_hold);
    m_notional = new QDoubleSpinBox;
    m_notional->setObjectName(QStringLiteral("backtestNotionalSpin"));
    m_notional->setRange(1, 1e13);
    m_notional->setDecimals(0);
    m_notional->setValue(1e6);
    m_notional->setGroupSeparatorShown(true);
    m_notional->setToolTip(tr("Starting capital: the slippage model prices each order of it, on both legs"));
    form->addRow(tr("Notional"), m_notional);
    m_stop = new QDoubleSpinBox;
    m_stop->setObjectName(QStringLiteral("backtestStopSpin"));
    m_target = new QDoubleSpinBox;
    m_target->setObjectName(QStringLiteral("backtestTargetSpin"));
    for (QDoubleSpinBox* s : {m_stop, m_target}) {
        s->setRange(0, 99);
        s->setDecimals(1);
        s->setSuffix(QStringLiteral(" %"));
        s->setSpecialValueText(tr("off"));
    }
    m_stop->setToolTip(
        tr("Exit when a day's low reaches this far below the entry; a bar touching both the stop "
           "and the target counts as the stop"));
    m_target->setToolTip(tr("Exit when a day's high reaches this far above the entry"));
    form->addRow(tr("Stop"), m_stop);
    form->addRow(tr("Target"), m_target);
    m_stale = new QCheckBox(tr("Allow stale fundamentals"));
    m_stale->setObjectName(QStringLiteral("backtestStaleCheck"));
    m_stale->setToolTip(
        tr("Fundamentals are not point-in-time before Tessera began collecting them: use the first "
           "stored values for earlier days (the report says so)"));
    form->addRow(QString(), m_stale);
    auto* walkForward = new QHBoxLayout;
    m_xsWalkForward = new QCheckBox(tr("Retrain ML scores every"));
    m_xsWalkForward->setObjectName(QStringLiteral("backtestXsWalkForwardCheck"));
    m_xsWalkForward->setToolTip(
        tr("Cross-sectional ML scores from models retrained walk-forward, each on data up to its retrain "
           "day only, instead of the stored models' scores (slower: two models per retrain; the stored "
           "models are not changed)"));
    m_xsRetrainDays = new QSpinBox;
    m_xsRetrainDays->setObjectName(QStringLiteral("backtestXsRetrainSpin"));
    m_xsRetrainDays->setRange(5, 1000);
    m_xsRetrainDays->setValue(126);
    m_xsRetrainDays->setSuffix(tr(" trading days"));
    m_xsRetrainDays->setEnabled(false);
    connect(m_xsWalkForward, &QCheckBox::toggled, m_xsRetrainDays, &QWidget::setEnabled);
    walkForward->addWidget(m_xsWalkForward);
    walkForward->addWidget(m_xsRetrainDays, 1);
    form->addRow(QString(), walkForward);
    auto* buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"));
    m_runButton->setObjectName(QStringLiteral("backtestRunButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("backtestCancelButton"));
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    form->addRow(buttons);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("backtestProgressBar"));
    m_progress->setTextVisible(true);
    m_progress->setValue(0);
    m_progress->setFormat(QString()); // nothing run yet
    form->addRow(m_progress);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backtestStatusLabel"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    layout->addWidget(setup);

    auto* stored = new QGroupBox(tr("Stored runs"));
    auto* storedLayout = new QVBoxLayout(stored);
    m_runsTable = table(QStringLiteral("backtestRunsTable"));
    m_runsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runsTable->setColumnCount(4);
    m_runsTable->setHorizontalHeaderLabels({tr("Name"), tr("CAGR"), tr("Bench."), tr("Sharpe")});
    m_runsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_runsTable->horizontalHeader()->setStretchLastSection(false);
    storedLayout->addWidget(m_runsTable, 1);
    auto* runButtons = new QHBoxLayout;
    m_showButton = new QPushButton(tr("Show"));
    m_showButton->setObjectName(QStringLiteral("backtestShowButton"));
    m_compareButton = new QPushButton(tr("Compare two"));
    m_compareButton->setObjectName(QStringLiteral("backtestCompareButton"));
    m_compareButton->setToolTip(
        tr("Select two runs: their equity curves on one chart, metrics side by side"));
    m_removeButton = new QPushButton(tr("Remove"));
    m_removeButton->setObjectName(QStringLiteral("backtestRemoveButton"));
    runButtons->addWidget(m_showButton);
    runButtons->addWidget(m_compareButton);
    runButtons->addWidget(m_removeButton);
    storedLayout->addLayout(runButtons);
    layout->addWidget(stored, 1);

    connect(m_runButton, &QPushButton::clicked, this, &BacktestWindow::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &BacktestWindow::cancel);
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty()) {
            showStored(ids.first());
        }
    });
    connect(m_runsTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_runs.size()) {
            showStored(m_runs[row].id);
        }
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 2) {
            m_status->setText(tr("Select exactly two stored runs to compare."));
            return;
        }
        compare(ids[0], ids[1]);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty()
            || QMessageBox::question(
                   this, tr("Remove backtests"), tr("Remove %n stored run(s)?", nullptr, ids.size()))
                   != QMessageBox::Yes) {
            return;
        }
        QPointer<BacktestWindow> self(this);
        QtConcurrent::run(m_pool, [db = m_db, ids]() -> Result<void> {
            for (qint64 id : ids) {
                if (auto r = Store::BacktestRepository(*db).remove(id); !r) {
                    return r;
                }
            }
            return {};
        }).then(this, [self](Result<void> r) {
            if (!self) {
                return;
            }
            if (!r) {
                self->m_status->setText(r.error().message);
            }
            self->refresh();
        });
    });
}

void BacktestWindow::emitLater(void (BacktestWindow::*signal)())
{
    // Always from the event loop, never inside the call that started the work: a continuation attached to
    // a future that already finished runs at once, and a caller connecting after refresh() or run()
    // must still get the signal.
    QMetaObject::invokeMethod(
        this, [this, signal] { emit(this->*signal)(); }, Qt::QueuedConnection);
}

void BacktestWindow::finishLater(bool ok)
{
    QMetaObject::invokeMethod(
        this, [this, ok] { emit runFinished(ok); }, Qt::QueuedConnection);
}

QList<qint64> BacktestWindow::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_runsTable->selectionModel()->selectedRows()) {
        if (i.row() < m_runs.size()) {
            ids << m_runs[i.row()].id;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> BacktestWindow::storedIds() const
{
    QList<qint64> ids;
    for (const Store::BacktestSummary& s : m_runs) {
        ids << s.id;
    }
    return ids;
}

void BacktestWindow::selectScreen(const QString& name)
{
    const int i = m_screen->findText(name, Qt::MatchFixedString);
    if (i >= 0) {
        m_screen->setCurrentIndex(i);
    } else {
        m_screen->setEditText(name);
    }
}

void BacktestWindow::refresh()
{
    struct Lists
    {
        QStringList screens;
        std::pair<QDate, QDate> period;
        QList<Store::BacktestSummary> runs;
    };
    QPointer<BacktestWindow> self(this);
    QtConcurrent::run(m_pool, [db = m_db]() -> Result<Lists> {
        Lists out;
        auto screens = Store::ScreenRepository(*db).all();
        if (!screens) {
            return fail(screens.error());
        }
        for (const Screens::ScreenDefinition& s : std::as_const(*screens)) {
            out.screens << s.name;
        }
        Store::BacktestRepository repo(*db);
        auto period = repo.storedPeriod();
        if (!period) {
            return fail(period.error());
        }
        out.period = *period;
        auto runs = repo.list();
        if (!runs) {
            return fail(runs.error());
        }
        out.runs = *runs;
        return out;
    }).then(this, [self](Result<Lists> lists) {
        if (!self) {
            return;
        }
        if (!lists) {
            self->m_status->setText(tr("Could not read the stored runs: %1").arg(lists.error().message));
            self->emitLater(&BacktestWindow::listLoaded);
            return;
        }
        const QString typed = self->m_screen->currentText();
        self->m_screen->clear();
        self->m_screen->addItems(lists->screens);
        if (!typed.isEmpty()) {
            self->selectScreen(typed);
        } else if (lists->screens.contains(QStringLiteral("momentum"))) {
            self->selectScreen(QStringLiteral("momentum"));
        }
        const auto [first, last] = lists->period;
        if (last.isValid()) {
            // Defaults: the stored history's last day, and a start a year after its first, so 250-bar fields
            // (SMA 200, 52-week range) exist on the first rebalance.
            self->m_to->setDate(last);
            self->m_from->setDate(std::min(last, std::max(first.addYears(1), last.addYears(-5))));
        }
        self->showRuns(lists->runs);
        self->emitLater(&BacktestWindow::listLoaded);
    });
}

void BacktestWindow::showRuns(const QList<Store::BacktestSummary>& runs)
{
    m_runs = runs;
    m_runsTable->setRowCount(static_cast<int>(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const Store::BacktestSummary& s = runs[i];
        QTableWidgetItem* name = cell(s.name);
        name->setToolTip(QStringLiteral("#%1 · %2 · %3").arg(s.id).arg(s.createdAt, s.expression));
        m_runsTable->setItem(i, 0, name);
        m_runsTable->setItem(i, 1, cell(percent(s.metrics.cagr), true));
        m_runsTable->setItem(i, 2, cell(percent(s.metrics.benchmarkCagr), true));
        m_runsTable->setItem(i, 3, cell(number(s.metrics.sharpe), true));
    }
    m_runsTable->resizeColumnsToContents();
    m_runsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void BacktestWindow::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    if (running) {
        m_progress->setFormat(QStringLiteral("%p%"));
        m_progress->setRange(0, 0);
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
        m_progress->setRange(0, 100);
    }
}

void BacktestWindow::showProgress()
{
    if (!m_context) {
        return;
    }
    const Tasks::TaskProgress p = m_context->progress();
    if (p.total > 0
        && (p.step == QStringLiteral("backtest") || p.step == QStringLiteral("verdicts")
            || p.step == QStringLiteral("xs models"))) {
        m_progress->setRange(0, static_cast<int>(p.total));
        m_progress->setValue(static_cast<int>(p.finished()));
        if (p.step == QStringLiteral("verdicts")) {
            m_progress->setFormat(tr("verdicts as of the rebalance days: %v of %m symbols"));
        } else if (p.step == QStringLiteral("xs models")) {
            m_progress->setFormat(tr("walk-forward ML models: %v of %m fits · %1").arg(p.item));
        } else {
            m_progress->setFormat(tr("%v of %m rebalances · %1").arg(p.item));
        }
    } else {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Loading the stored history…"));
    }
}

void BacktestWindow::run()
{
    if (m_context) {
        return;
    }
    Tasks::BacktestRequest req;
    req.screen = m_screen->currentText().trimmed();
    Backtest::BacktestSettings& s = req.settings;
    s.from = m_from->date();
    s.to = m_to->date();
    if (auto ok = s.setRebalance(m_rebalance->currentText()); !ok) {
        m_status->setText(ok.error().message);
        finishLater(false);
        return;
    }
    s.top = m_top->value();
    s.hold = m_hold->value();
    s.notional = m_notional->value();
    s.stop = m_stop->value() / 100.0;
    s.target = m_target->value() / 100.0;
    s.allowStaleFundamentals = m_stale->isChecked();
    s.xsWalkForward = m_xsWalkForward->isChecked();
    s.xsRetrainDays = m_xsRetrainDays->value();
    if (req.screen.isEmpty()) {
        m_status->setText(tr("Choose a screen or type an expression."));
        finishLater(false);
        return;
    }
    auto context = std::make_shared<Tasks::TaskContext>();
    m_context = context;
    setRunning(true);
    m_status->setText(tr("Running…"));
    const quint64 request = ++m_request;
    QPointer<BacktestWindow> self(this);
    struct Outcome
    {
        Backtest::BacktestResult result;
        qint64 id = 0;
    };
    QtConcurrent::run(m_pool, [db = m_db, req, context]() -> Result<Outcome> {
        auto r = Tasks::runStoredBacktest(db, req, context.get());
        if (!r) {
            return fail(r.error());
        }
        Outcome out{std::move(*r), 0};
        auto id = Store::BacktestRepository(*db).save(out.result);
        if (!id) {
            return fail(id.error());
        }
        out.id = *id;
        return out;
    }).then(this, [self, request](Result<Outcome> outcome) {
        if (!self || request != self->m_request) {
            return;
        }
        self->m_context.reset();
        self->setRunning(false);
        if (!outcome) {
            self->m_progress->setValue(0);
            self->m_status->setText(outcome.error().code == ErrorCode::Cancelled
                                        ? tr("Cancelled.")
                                        : tr("The backtest failed: %1").arg(outcome.error().message));
            self->finishLater(false);
            return;
        }
        self->m_progress->setValue(self->m_progress->maximum());
        self->m_progress->setFormat(
            tr("%n rebalance(s) replayed", nullptr, outcome->result.metrics.rebalances));
        self->m_status->setText(
            tr("Stored as run #%1 (%2 s).")
                .arg(outcome->id)
                .arg(
                    QLocale().toString(outcome->result.loadSeconds + outcome->result.replaySeconds, 'f', 2)));
        self->showResult(outcome->result);
        self->refresh();
        self->finishLater(true);
    });
}

void BacktestWindow::cancel()
{
    if (m_context) {
        m_context->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void BacktestWindow::showStored(qint64 id)
{
    QPointer<BacktestWindow> self(this);
    QtConcurrent::run(m_pool, [db = m_db, id] {
        return Store::BacktestRepository(*db).load(id);
    }).then(this, [self, id](Result<Backtest::BacktestResult> r) {
        if (!self) {
            return;
        }
        if (!r) {
            self->m_status->setText(r.error().message);
        } else {
            self->m_status->setText(tr("Run #%1.").arg(id));
            self->showResult(*r);
        }
        self->emitLater(&BacktestWindow::shown);
    });
}

void BacktestWindow::compare(qint64 first, qint64 second)
{
    using Pair = std::pair<Backtest::BacktestResult, Backtest::BacktestResult>;
    QPointer<BacktestWindow> self(this);
    QtConcurrent::run(m_pool, [db = m_db, first, second]() -> Result<Pair> {
        Store::BacktestRepository repo(*db);
        auto a = repo.load(first);
        if (!a) {
            return fail(a.error());
        }
        auto b = repo.load(second);
        if (!b) {
            return fail(b.error());
        }
        return Pair{std::move(*a), std::move(*b)};
    }).then(this, [self, first, second](Result<Pair> r) {
        if (!self) {
            return;
        }
        if (!r) {
            self->m_status->setText(r.error().message);
        } else {
            auto nameOf = [&](qint64 id) {
                for (const Store::BacktestSummary& s : std::as_const(self->m_runs)) {
                    if (s.id == id) {
                        return s.name;
                    }
                }
                return QStringLiteral("#%1").arg(id);
            };
            self->showComparison(r->first, nameOf(first), r->second, nameOf(second));
            self->m_status->setText(tr("Comparing run #%1 with run #%2.").arg(first).arg(second));
        }
        self->emitLater(&BacktestWindow::shown);
    });
}

void BacktestWindow::showResult(const Backtest::BacktestResult& r)
{
    m_current = r;
    const QString title = tr("%1: %2 to %3, rebalance %4, top %5, hold %6")
                              .arg(r.screenName,
                                   r.settings.from.toString(Qt::ISODate),
                                   r.settings.to.toString(Qt::ISODate),
                                   r.settings.rebalanceText())
                              .arg(r.settings.top)
                              .arg(r.settings.hold);
    m_equity->setLines(
        title,
        {line(tr("strategy (after costs)"), kStrategy, Qt::SolidLine, r.curve, &Backtest::CurvePoint::equity),
         line(tr("equal-weight universe"),
              kBenchmark,
              Qt::DashLine,
              r.curve,
              &Backtest::CurvePoint::benchmark)});
    m_drawdown->setLines(
        tr("Drawdown of the strategy"),
        {line(tr("drawdown"), kStrategy, Qt::SolidLine, r.curve, &Backtest::CurvePoint::drawdown)});
    fillMetrics({{tr("Strategy"), r.metrics}}, true);
    fillTrades(r.trades);
    fillEquity(r);
    QStringList notes;
    notes << tr("Conditions: %1").arg(r.expression.isEmpty() ? tr("(none)") : r.expression);
    if (!r.ranking.isEmpty()) {
        notes << tr("Ranked by: %1").arg(r.ranking);
    }
    notes << r.notes;
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

void BacktestWindow::showComparison(const Backtest::BacktestResult& a,
                                    const QString& nameA,
                                    const Backtest::BacktestResult& b,
                                    const QString& nameB)
{
    m_current = a;
    m_equity->setLines(tr("%1 against %2").arg(nameA, nameB),
                       {line(nameA, kStrategy, Qt::SolidLine, a.curve, &Backtest::CurvePoint::equity),
                        line(nameB, kSecond, Qt::SolidLine, b.curve, &Backtest::CurvePoint::equity),
                        line(tr("equal-weight universe (%1)").arg(nameA),
                             kBenchmark,
                             Qt::DashLine,
                             a.curve,
                             &Backtest::CurvePoint::benchmark)});
    m_drawdown->setLines(tr("Drawdowns"),
                         {line(nameA, kStrategy, Qt::SolidLine, a.curve, &Backtest::CurvePoint::drawdown),
                          line(nameB, kSecond, Qt::SolidLine, b.curve, &Backtest::CurvePoint::drawdown)});
    fillMetrics({{nameA, a.metrics}, {nameB, b.metrics}}, true);
    fillTrades(a.trades + b.trades);
    fillEquity(a);
    m_notes->setText(tr("Left: %1 (%2). Right: %3 (%4). The benchmark column is the first run's.")
                         .arg(nameA, a.expression, nameB, b.expression));
}

void BacktestWindow::fillMetrics(const QList<QPair<QString, Backtest::Metrics>>& columns, bool withBenchmark)
{
    QStringList headers{tr("Metric")};
    for (const auto& c : columns) {
        headers << c.first;
    }
    if (withBenchmark) {
        headers << tr("Benchmark (equal-weight universe)");
    }
    struct Row
    {
        QString label;
        std::function<QString(const Backtest::Metrics&)> value;
        std::function<QString(const Backtest::Metrics&)> bench;
    };
    using M = Backtest::Metrics;
    const QList<Row> rows = {
        {tr("Total return"),
         [](const M& m) { return percent(m.totalReturn); },
         [](const M& m) {
             return percent(m.benchmarkTotalReturn);
         }},
        {tr("CAGR"),
         [](const M& m) { return percent(m.cagr); },
         [](const M& m) {
             return percent(m.benchmarkCagr);
         }},
        {tr("Volatility (annualised)"),
         [](const M& m) { return percent(m.volatility); },
         [](const M& m) {
             return percent(m.benchmarkVolatility);
         }},
        {tr("Sharpe (risk-free 0)"),
         [](const M& m) { return number(m.sharpe); },
         [](const M& m) {
             return number(m.benchmarkSharpe);
         }},
        {tr("Max drawdown"),
         [](const M& m) { return percent(m.maxDrawdown); },
         [](const M& m) {
             return percent(m.benchmarkMaxDrawdown);
         }},
        {tr("Hit rate (trades with a gain)"), [](const M& m) { return percent(m.hitRate); }, nullptr},
        {tr("Turnover (per year)"), [](const M& m) { return number(m.turnover); }, nullptr},
        {tr("Costs paid"),
         [](const M& m) -> QString {
             return QStringLiteral("%1 (%2)").arg(number(m.costs, 0), percent(m.costsFraction));
         },
         nullptr},
        {tr("Exposure"), [](const M& m) { return percent(m.exposure); }, nullptr},
        {tr("Trades"), [](const M& m) { return QString::number(m.trades); }, nullptr},
        {tr("Rebalances"), [](const M& m) { return QString::number(m.rebalances); }, nullptr},
    };
    m_metrics->clear();
    m_metrics->setColumnCount(static_cast<int>(headers.size()));
    m_metrics->setHorizontalHeaderLabels(headers);
    m_metrics->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_metrics->setItem(r, 0, cell(rows[r].label));
        for (int c = 0; c < columns.size(); ++c) {
            m_metrics->setItem(r, c + 1, cell(rows[r].value(columns[c].second), true));
        }
        if (withBenchmark) {
            m_metrics->setItem(r,
                               static_cast<int>(columns.size()) + 1,
                               cell(rows[r].bench ? rows[r].bench(columns.first().second) : QString(), true));
        }
    }
    m_metrics->horizontalHeader()->setStretchLastSection(false);
    m_metrics->resizeColumnsToContents();
}

void BacktestWindow::fillTrades(const QList<Backtest::Trade>& trades)
{
    m_trades->setSortingEnabled(false);
    m_trades->clear();
    m_trades->setColumnCount(10);
    m_trades->setHorizontalHeaderLabels({tr("Symbol"),
                                         tr("Rank"),
                                         tr("Entry"),
                                         tr("Entry price"),
                                         tr("Exit"),
                                         tr("Exit price"),
                                         tr("Exit by"),
                                         tr("Net return"),
                                         tr("Costs"),
                                         tr("Allotted")});
    m_trades->setRowCount(static_cast<int>(trades.size()));
    for (int i = 0; i < trades.size(); ++i) {
        const Backtest::Trade& t = trades[i];
        m_trades->setItem(i, 0, cell(t.symbol));
        m_trades->setItem(i, 1, cell(QString::number(t.rank), true));
        m_trades->setItem(i, 2, cell(t.entryDate.toString(Qt::ISODate)));
        m_trades->setItem(i, 3, cell(number(t.entryPrice), true));
        m_trades->setItem(i, 4, cell(t.exitDate.toString(Qt::ISODate)));
        m_trades->setItem(i, 5, cell(number(t.exitPrice), true));
        m_trades->setItem(i, 6, cell(t.exitReason));
        m_trades->setItem(i, 7, cell(percent(t.netReturn), true));
        m_trades->setItem(i, 8, cell(number(t.entryCost + t.exitCost), true));
        m_trades->setItem(i, 9, cell(number(t.allotted, 0), true));
    }
    m_trades->resizeColumnsToContents();
}

void BacktestWindow::fillEquity(const Backtest::BacktestResult& r)
{
    m_curve->clear();
    m_curve->setColumnCount(5);
    m_curve->setHorizontalHeaderLabels(
        {tr("Date"), tr("Equity"), tr("Benchmark"), tr("Drawdown"), tr("Exposure")});
    m_curve->setRowCount(static_cast<int>(r.curve.size()));
    for (int i = 0; i < static_cast<int>(r.curve.size()); ++i) {
        const Backtest::CurvePoint& p = r.curve[static_cast<size_t>(i)];
        m_curve->setItem(i, 0, cell(p.date.toString(Qt::ISODate)));
        m_curve->setItem(i, 1, cell(QString::number(p.equity, 'f', 6), true));
        m_curve->setItem(i, 2, cell(QString::number(p.benchmark, 'f', 6), true));
        m_curve->setItem(i, 3, cell(QString::number(p.drawdown, 'f', 6), true));
        m_curve->setItem(i, 4, cell(QString::number(p.exposure, 'f', 4), true));
    }
    m_curve->resizeColumnsToContents();
}

} // namespace Tessera::Ui
