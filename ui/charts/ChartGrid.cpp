#include "ui/charts/ChartGrid.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "ui/common/UiSettings.h"

namespace Tessera::Ui {

ChartGrid::ChartGrid(CandleChartView* main, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartGrid"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    bar->setSpacing(2);
    bar->addWidget(new QLabel(tr("Charts:"), this));
    m_countGroup = new QButtonGroup(this);
    for (int count : {1, 2, 4}) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("chartCount%1Button").arg(count));
        button->setText(QString::number(count));
        button->setToolTip(count == 1 ? tr("One chart")
                                      : tr("%1 charts, each with its own symbol").arg(count));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(count == 1);
        m_countGroup->addButton(button, count);
        bar->addWidget(button);
    }
    connect(m_countGroup, &QButtonGroup::idClicked, this, &ChartGrid::setChartCount);
    m_linkBox = new QCheckBox(tr("Link crosshair and time"), this);
    m_linkBox->setObjectName(QStringLiteral("linkChartsCheckBox"));
    m_linkBox->setToolTip(tr("Panning, zooming and the crosshair move every chart to the same dates"));
    m_linkBox->setChecked(m_linked);
    m_linkBox->setVisible(false);
    connect(m_linkBox, &QCheckBox::toggled, this, &ChartGrid::setLinked);
    bar->addSpacing(8);
    bar->addWidget(m_linkBox);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    layout->addLayout(m_grid, 1);

    main->setParent(this);
    m_charts << main;
    m_symbolBoxes << nullptr;
    m_cells << main;
    connect(main, &CandleChartView::viewRangeSet, this, [this, main](double from, double to) {
        linkRange(main, from, to);
    });
    connect(main, &CandleChartView::hoverChanged, this, [this, main](int index) { linkHover(main, index); });
    relayout();
}

CandleChartView* ChartGrid::chart(int i) const
{
    return i >= 0 && i < m_charts.size() ? m_charts[i] : nullptr;
}

void ChartGrid::setBarsLoader(CandleChartView::BarsLoader loader)
{
    m_loader = std::move(loader);
    for (CandleChartView* c : std::as_const(m_charts)) {
        c->setBarsLoader(m_loader);
    }
}

void ChartGrid::setHourlyLoader(HourlyLoader loader)
{
    m_hourlyLoader = std::move(loader);
}

void ChartGrid::setSymbolList(const QStringList& tickers)
{
    m_symbols = tickers;
    for (CandleChartView* c : std::as_const(m_charts)) {
        c->setSymbolList(tickers);
    }
    for (QComboBox* box : std::as_const(m_symbolBoxes)) {
        if (box) {
            const QString current = box->currentText();
            box->clear();
            box->addItems(tickers);
            box->setCurrentText(current);
        }
    }
}

void ChartGrid::ensureCharts(int count)
{
    while (m_charts.size() < count) {
        const int index = static_cast<int>(m_charts.size());
        auto* cell = new QWidget(this);
        auto* column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto* box = new QComboBox(cell);
        box->setObjectName(QStringLiteral("gridSymbolComboBox%1").arg(index));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(m_symbols);
        box->setCurrentIndex(-1);
        box->lineEdit()->setPlaceholderText(tr("Symbol"));
        box->setToolTip(tr("The symbol of this chart"));
        column->addWidget(box);
        // Extra charts keep their studies and options to themselves (not saved).
        auto* chart = new CandleChartView(cell, false);
        chart->setObjectName(QStringLiteral("gridChartView%1").arg(index));
        chart->setBarsLoader(m_loader);
        chart->setSymbolList(m_symbols);
        chart->setStudies(m_charts.front()->studies());
        chart->setTimeframe(m_charts.front()->timeframe());
        column->addWidget(chart, 1);
        connect(
            box, &QComboBox::activated, this, [this, index, box] { setSymbol(index, box->currentText()); });
        connect(box->lineEdit(), &QLineEdit::returnPressed, this, [this, index, box] {
            setSymbol(index, box->currentText().trimmed());
        });
        connect(chart, &CandleChartView::viewRangeSet, this, [this, chart](double from, double to) {
            linkRange(chart, from, to);
        });
        connect(chart, &CandleChartView::hoverChanged, this, [this, chart](int i) { linkHover(chart, i); });
        connect(chart, &CandleChartView::optionsChanged, this, &ChartGrid::saveSettings); // its timeframe
        connect(chart, &CandleChartView::barsShown, this, [this, index](const QString& ticker) {
            // A chart that loads later joins the linked dates of the main chart.
            CandleChartView* main = m_charts.front();
            if (main->barCount() > 0) {
                linkRange(main, main->visibleFrom(), main->visibleTo());
            }
            emit chartShown(index, ticker);
        });
        m_charts << chart;
        m_symbolBoxes << box;
        m_cells << cell;
    }
}

void ChartGrid::setChartCount(int count)
{
    count = count >= 4 ? 4 : count >= 2 ? 2 : 1;
    ensureCharts(count);
    m_count = count;
    if (QAbstractButton* button = m_countGroup->button(count)) {
        button->setChecked(true);
    }
    m_linkBox->setVisible(count > 1);
    relayout();
    saveSettings();
}

void ChartGrid::relayout()
{
    for (QWidget* cell : std::as_const(m_cells)) {
        m_grid->removeWidget(cell);
        cell->hide();
    }
    for (int i = 0; i < m_count; ++i) {
        // 2: side by side; 4: two rows of two.
        m_grid->addWidget(m_cells[i], m_count == 4 ? i / 2 : 0, m_count == 4 ? i % 2 : i);
        m_cells[i]->show();
    }
}

void ChartGrid::setSymbol(int i, const QString& ticker)
{
    if (i < 1 || ticker.isEmpty()) {
        return;
    }
    ensureCharts(i + 1);
    CandleChartView* target = m_charts[i];
    if (m_symbolBoxes[i]->currentText() != ticker) {
        m_symbolBoxes[i]->setCurrentText(ticker);
    }
    saveSettings();
    if (!m_loader) {
        return;
    }
    // Read on the pool through the loaders (they query the database); a later choice supersedes it.
    QPointer<CandleChartView> guard(target);
    using Read = Result<std::pair<BarSeries, HourlySeries>>;
    QtConcurrent::run([loader = m_loader, hourlyLoader = m_hourlyLoader, ticker]() -> Read {
        auto daily = loader(ticker);
        if (!daily) {
            return fail(daily.error());
        }
        auto hourly = hourlyLoader ? hourlyLoader(ticker) : Result<HourlySeries>(HourlySeries(ticker));
        if (!hourly) {
            return fail(hourly.error());
        }
        return std::make_pair(std::move(*daily), std::move(*hourly));
    }).then(this, [guard, ticker, box = QPointer<QComboBox>(m_symbolBoxes[i])](Read bars) {
        if (!guard || !box || box->currentText() != ticker) {
            return;
        }
        if (!bars) {
            guard->showMessage(tr("Could not load the bars of %1:\n%2").arg(ticker, bars.error().message),
                               ticker);
            emit guard->barsShown(ticker);
            return;
        }
        guard->setBars(ticker, QString(), bars->first, bars->second);
    });
}

void ChartGrid::setLinked(bool on)
{
    m_linked = on;
    if (m_linkBox->isChecked() != on) {
        m_linkBox->setChecked(on);
    }
    saveSettings();
}

QString ChartGrid::symbol(int i) const
{
    return i >= 1 && i < m_symbolBoxes.size() ? m_symbolBoxes[i]->currentText().trimmed() : QString();
}

void ChartGrid::saveSettings() const
{
    if (!m_persistent || m_restoring) {
        return;
    }
    Settings::ChartGridState state;
    state.count = m_count;
    state.linked = m_linked;
    for (qsizetype i = 1; i < m_charts.size(); ++i) {
        state.symbols << symbol(static_cast<int>(i));
        state.timeframes << timeframeKey(m_charts[i]->timeframe());
    }
    Settings::setChartGrid(state);
}

void ChartGrid::restoreSettings()
{
    const Settings::ChartGridState state = Settings::chartGrid();
    m_restoring = true;
    setLinked(state.linked);
    // Every remembered chart comes back (also one hidden by a smaller count), so going from 1 to 4
    // again shows the same symbols.
    ensureCharts(std::max<int>(state.count, static_cast<int>(state.symbols.size()) + 1));
    for (qsizetype k = 0; k < state.symbols.size() && k + 1 < m_charts.size(); ++k) {
        const int i = static_cast<int>(k) + 1;
        if (const auto t = timeframeFromKey(state.timeframes.value(k))) {
            m_charts[i]->setTimeframe(*t);
        }
        if (!state.symbols[k].isEmpty()) {
            setSymbol(i, state.symbols[k]);
        }
    }
    setChartCount(state.count);
    m_restoring = false;
}

void ChartGrid::linkRange(CandleChartView* source, double from, double to)
{
    if (!m_linked || m_syncing || m_count < 2 || source->barCount() == 0) {
        return;
    }
    // By date: each chart shows the bars between the source's first and last visible dates; two
    // 60-minute charts by the hour.
    const int n = source->barCount();
    const int firstRow = std::clamp(static_cast<int>(std::ceil(from)), 0, n - 1);
    const int lastRow = std::clamp(static_cast<int>(std::floor(to)), 0, n - 1);
    const QDate first = source->barDate(firstRow);
    const QDate last = source->barDate(lastRow);
    m_syncing = true;
    for (int i = 0; i < m_count; ++i) {
        CandleChartView* other = m_charts[i];
        if (other == source || other->barCount() == 0) {
            continue;
        }
        int a = 0;
        int b = 0;
        if (source->isIntraday() && other->isIntraday()) {
            a = other->indexOfTime(source->barTime(firstRow));
            if (other->barTime(a) < source->barTime(firstRow) && a + 1 < other->barCount()) {
                ++a; // the first hour at or after the first visible one
            }
            b = other->indexOfTime(source->barTime(lastRow));
        } else {
            a = other->firstIndexOfDate(first); // the first bar on or after the first date
            b = other->indexOfDate(last);
        }
        other->setVisibleRange(a - 0.5, std::max(a, b) + 0.5);
    }
    m_syncing = false;
}

void ChartGrid::linkHover(CandleChartView* source, int index)
{
    if (!m_linked || m_syncing || m_count < 2) {
        return;
    }
    const QDate date = source->barDate(index);
    m_syncing = true;
    for (int i = 0; i < m_count; ++i) {
        CandleChartView* other = m_charts[i];
        if (other == source) {
            continue;
        }
        if (!date.isValid()) {
            other->setHoverIndex(-1);
        } else if (source->isIntraday() && other->isIntraday()) {
            other->setHoverIndex(other->indexOfTime(source->barTime(index)));
        } else {
            other->setHoverIndex(other->indexOfDate(date));
        }
    }
    m_syncing = false;
}

} // namespace Tessera::Ui
