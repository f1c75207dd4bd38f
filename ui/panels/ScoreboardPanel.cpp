#include "ui/panels/ScoreboardPanel.h"

#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/CallRepository.h"
#include "core/tasks/ScoreCalls.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/CrossSectionCharts.h"
#include "ui/common/TableExport.h"

namespace Tessera::Ui {
namespace {

enum Column
{
    SourceColumn,
    GroupColumn,
    CallsColumn,
    HitColumn,
    IntervalColumn,
    BaseColumn,
    MeanExcessColumn,
    MedianExcessColumn,
    TColumn,
    IcColumn,
    TargetColumn,
    StopColumn,
    SignificanceColumn,
    ColumnCount
};

QString percent(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', decimals) + QStringLiteral(" %")
                            : QStringLiteral("—");
}

QString fixed(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—");
}

QString sourceTitle(Track::CallSource s)
{
    switch (s) {
    case Track::CallSource::Verdict:
        return ScoreboardPanel::tr("Verdicts");
    case Track::CallSource::Model:
        return ScoreboardPanel::tr("Per-stock models");
    case Track::CallSource::Xs:
        return ScoreboardPanel::tr("Cross-sectional scores");
    case Track::CallSource::Pick:
        return ScoreboardPanel::tr("Picks");
    }
    return {};
}

/** A cell showing text, holding value under RawRole for the export (NaN: none). */
QTableWidgetItem* cell(const QString& text, double value = std::nan(""))
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (std::isfinite(value)) {
        item->setData(ScoreboardPanel::RawRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

/** The cumulative excess return curve of one row, in percent, with a zero line. */
void drawCurve(QChartView* view, const QString& title, const Track::DatedSeries& series)
{
    QChart* old = view->chart();
    auto* c = new QChart;
    view->setChart(c);
    delete old;
    const bool dark = view->palette().color(QPalette::Window).lightness() < 128;
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    view->setBackgroundBrush(view->palette().color(QPalette::Base));
    c->setTitleBrush(view->palette().color(QPalette::Text));
    c->legend()->setVisible(false);
    c->setTitle(title);
    c->setMargins(QMargins(4, 4, 4, 4));
    auto* line = new QLineSeries;
    auto* zero = new QLineSeries;
    QList<QPointF> points;
    double lo = 0, hi = 0;
    for (const auto& [d, v] : series) {
        points.append(QPointF(static_cast<double>(d.startOfDay(Qt::UTC).toMSecsSinceEpoch()), v * 100.0));
        lo = std::min(lo, v * 100.0);
        hi = std::max(hi, v * 100.0);
    }
    line->replace(points);
    if (!points.isEmpty()) {
        zero->append(points.first().x(), 0);
        zero->append(points.last().x(), 0);
    }
    c->addSeries(line);
    c->addSeries(zero);
    line->setPen(ChartStyle::cosmeticPen(QColor(0x2e, 0x9d, 0x6a), Qt::SolidLine, 2.0));
    zero->setPen(ChartStyle::cosmeticPen(view->palette().color(QPalette::Mid), Qt::DashLine));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTickCount(5);
    c->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    const double span = std::max(0.5, hi - lo);
    const double step = ChartStyle::niceStep(span / 4);
    y->setRange(std::floor(lo / step) * step, std::ceil(hi / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(ScoreboardPanel::tr("cumulative excess, %"));
    c->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {line, zero}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace

Result<ScoreboardData>
readScoreboard(const Store::Database& db, QDate from, QDate to, const Track::CallSource* source)
{
    ScoreboardData data;
    auto pass = Tasks::scoreCalls(db);
    if (!pass) {
        return fail(pass.error());
    }
    data.scoredNow = pass->scored;
    data.waiting = pass->waiting;
    auto calls = Store::CallRepository(db).calls(from, to, source);
    if (!calls) {
        return fail(calls.error());
    }
    data.board = Track::buildScoreboard(*calls, from, to);
    return data;
}

ScoreboardPanel::ScoreboardPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Calls made in:"), this));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("scoreboardPeriod"));
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last year"), 1);
    m_period->addItem(tr("Last 3 years"), 3);
    m_period->addItem(tr("Last 5 years"), 5);
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("Source:"), this));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("scoreboardSource"));
    m_source->addItem(tr("All sources"), QString());
    for (Track::CallSource s : {Track::CallSource::Verdict,
                                Track::CallSource::Model,
                                Track::CallSource::Xs,
                                Track::CallSource::Pick}) {
        m_source->addItem(sourceTitle(s), Track::sourceName(s));
    }
    bar->addWidget(m_source);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 1);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("scoreboardExport"));
    m_export->setToolTip(tr("Write every number of the table to a CSV file"));
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("scoreboardTable"));
    m_table->setHorizontalHeaderLabels({tr("Source"),
                                        tr("Group"),
                                        tr("Calls"),
                                        tr("Hit rate"),
                                        tr("95 % interval"),
                                        tr("Base rate"),
                                        tr("Mean excess"),
                                        tr("Median excess"),
                                        tr("t (excess)"),
                                        tr("Mean IC"),
                                        tr("Target first"),
                                        tr("Stop first"),
                                        tr("Hit rate vs base (95 %)")});
    m_table->horizontalHeaderItem(HitColumn)->setToolTip(
        tr("Share of calls the stock then moved the called way (UP: rose; DOWN: fell; NEUTRAL: "
           "moved less than the neutral band). Not an accuracy: compare it with the base rate."));
    m_table->horizontalHeaderItem(BaseColumn)
        ->setToolTip(tr("Share of all stocks of the market moving that way over the same days: what calling "
                        "every stock would have scored."));
    m_table->horizontalHeaderItem(MeanExcessColumn)
        ->setToolTip(tr("The stock's return minus the equal-weight mean of its market over the same days."));
    m_table->horizontalHeaderItem(TColumn)->setToolTip(
        tr("t-statistic of the mean excess, one observation per day, overlapping horizons counted once."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    installExportContextMenu(m_table, QStringLiteral("scoreboard"), RawRole);
    split->addWidget(m_table);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_sentence = new QLabel(lower);
    m_sentence->setObjectName(QStringLiteral("scoreboardSentence"));
    m_sentence->setWordWrap(true);
    QFont f = m_sentence->font();
    f.setBold(true);
    m_sentence->setFont(f);
    lowerLayout->addWidget(m_sentence);
    auto* charts = new QHBoxLayout;
    m_icChart = new RankIcChartView(lower);
    m_icChart->setObjectName(QStringLiteral("scoreboardIcChart"));
    m_icChart->setMinimumHeight(220);
    m_curveChart = new QChartView(new QChart, lower);
    m_curveChart->setObjectName(QStringLiteral("scoreboardCurveChart"));
    m_curveChart->setRenderHint(QPainter::Antialiasing);
    m_curveChart->setMinimumHeight(220);
    charts->addWidget(m_icChart, 1);
    charts->addWidget(m_curveChart, 1);
    lowerLayout->addLayout(charts, 1);
    auto* footnote = new QLabel(
        tr("Each call is scored once its horizon has passed (verdicts 5 trading days, picks 20, models and "
           "scores their own) on adjusted closes; the 95 % interval treats calls as independent, but calls "
           "of one day move together. Picks: a bar touching both target and stop counts as the stop."),
        lower);
    footnote->setWordWrap(true);
    footnote->setEnabled(false);
    lowerLayout->addWidget(footnote);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ScoreboardPanel::refresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ScoreboardPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &ScoreboardPanel::exportTable);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
}

void ScoreboardPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void ScoreboardPanel::refreshIfVisible()
{
    if (isVisible()) {
        refresh();
    } else {
        m_dirty = true;
    }
}

void ScoreboardPanel::refresh()
{
    m_dirty = false;
    const quint64 request = ++m_request;
    const int years = m_period->currentData().toInt();
    const QDate to;
    const QDate from = years > 0 ? QDate::currentDate().addYears(-years) : QDate();
    const QString sourceId = m_source->currentData().toString();
    m_summary->setText(tr("Scoring and reading…"));
    QPointer<ScoreboardPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, from, to, sourceId] {
        Track::CallSource source{};
        const bool bySource = Track::parseSource(sourceId, &source);
        return readScoreboard(*db, from, to, bySource ? &source : nullptr);
    }).then(this, [self, request](Result<ScoreboardData> read) {
        if (!self || request != self->m_request) {
            return;
        }
        if (!read) {
            spdlog::error("reading the scoreboard failed: {}", read.error().message);
            self->m_summary->setText(tr("Could not read the scoreboard: %1").arg(read.error().message));
            emit self->loaded();
            return;
        }
        self->showData(std::move(*read));
        emit self->loaded();
    });
}

void ScoreboardPanel::showData(ScoreboardData read)
{
    m_shown = std::move(read);
    const Track::Scoreboard& board = m_shown.board;
    int calls = 0;
    for (const Track::ScoreboardRow& r : board.rows) {
        calls += r.count;
    }
    m_summary->setText(
        tr("%1 scored calls in %2 groups; %3 waiting for their horizon%4")
            .arg(calls)
            .arg(board.rows.size())
            .arg(board.unscored)
            .arg(m_shown.scoredNow > 0 ? tr(" (%1 scored just now)").arg(m_shown.scoredNow) : QString()));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(board.rows.size()));
    for (int i = 0; i < board.rows.size(); ++i) {
        const Track::ScoreboardRow& r = board.rows[i];
        m_table->setItem(i, SourceColumn, cell(sourceTitle(r.source)));
        m_table->setItem(i, GroupColumn, cell(r.group));
        m_table->setItem(i, CallsColumn, cell(QLocale().toString(r.count), r.count));
        m_table->setItem(i, HitColumn, cell(percent(r.hitRate, 1), r.hitRate));
        auto* interval = cell(percent(r.ciLow, 1) + QStringLiteral(" – ") + percent(r.ciHigh, 1));
        m_table->setItem(i, IntervalColumn, interval);
        m_table->setItem(i, BaseColumn, cell(percent(r.baseRate, 1), r.baseRate));
        m_table->setItem(i, MeanExcessColumn, cell(percent(r.meanExcess, 2), r.meanExcess));
        m_table->setItem(i, MedianExcessColumn, cell(percent(r.medianExcess, 2), r.medianExcess));
        m_table->setItem(i, TColumn, cell(fixed(r.tExcess, 2), r.tExcess));
        m_table->setItem(i, IcColumn, cell(fixed(r.meanIc, 3), r.meanIc));
        const bool pick = r.source == Track::CallSource::Pick;
        m_table->setItem(
            i, TargetColumn, pick ? cell(QLocale().toString(r.targetFirst), r.targetFirst) : cell({}));
        m_table->setItem(i, StopColumn, pick ? cell(QLocale().toString(r.stopFirst), r.stopFirst) : cell({}));
        m_table->setItem(i, SignificanceColumn, cell(r.significance));
        m_table->item(i, SignificanceColumn)->setToolTip(r.sentence);
        m_table->item(i, GroupColumn)->setToolTip(r.sentence);
    }
    if (board.rows.isEmpty()) {
        m_sentence->setText(tr("No scored calls yet. Calls are kept from every pipeline run, training and "
                               "picks run, and scored once their horizon has passed; `tessera-cli calls "
                               "backfill --verdicts` computes past verdicts to score now."));
        static_cast<RankIcChartView*>(m_icChart)->setSeries(tr("Daily rank IC"), {}, {});
        drawCurve(m_curveChart, tr("Cumulative excess return"), {});
        return;
    }
    m_table->setCurrentCell(0, GroupColumn);
    showRow(0);
}

void ScoreboardPanel::showRow(int row)
{
    const auto& rows = m_shown.board.rows;
    if (row < 0 || row >= rows.size()) {
        return;
    }
    const Track::ScoreboardRow& r = rows[row];
    m_sentence->setText(r.sentence);
    std::vector<QDate> days;
    std::vector<double> ic;
    for (const auto& [d, v] : r.ic) {
        days.push_back(d);
        ic.push_back(v);
    }
    static_cast<RankIcChartView*>(m_icChart)->setSeries(
        tr("Daily rank IC: %1 (mean %2)").arg(r.label, fixed(r.meanIc, 3)), days, ic);
    drawCurve(m_curveChart, tr("Cumulative excess return: %1").arg(r.label), r.cumulative);
}

void ScoreboardPanel::exportTable()
{
    for (QAction* a : m_table->actions()) {
        if (a->objectName() == QStringLiteral("exportRowsAction")) {
            a->trigger();
            return;
        }
    }
}

} // namespace Tessera::Ui
