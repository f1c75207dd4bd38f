#include "ui/panels/ModelsPanel.h"

#include <cmath>
#include <set>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/ml/Evaluation.h"
#include "core/ml/MlTypes.h"
#include "core/store/ModelRepository.h"
#include "core/tasks/TrainTask.h"
#include "ui/charts/MetricHistogramView.h"
#include "ui/common/ModelFormat.h"
// The CSV export of tables (another branch); merged into main separately, so taken when present.
#include "ui/common/TableExport.h"
#include "ui/models/ModelsFilterProxyModel.h"
#include "ui/models/ModelsTableModel.h"

namespace Tessera::Ui {
namespace {

/** Chart refreshes are coalesced: typing in the search re-filters per key, the chart once. */
constexpr int ChartDelayMs = 80;

/** One colour per algorithm, the same in every chart. */
QColor algorithmColour(Ml::Algorithm a)
{
    switch (a) {
    case Ml::Algorithm::RandomForest:
        return QColor(0x42, 0x85, 0xf4);
    case Ml::Algorithm::GradientBoosting:
        return QColor(0xfb, 0x8c, 0x00);
    case Ml::Algorithm::Ridge:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return Qt::gray;
}

/** The chosen metric of a model in display units (NaN when undefined). */
double metricValue(const Store::StoredModel& m, ModelsPanel::ChartMetric metric)
{
    const Ml::Evaluation& e = m.evaluation;
    switch (metric) {
    case ModelsPanel::ChartMetric::Ic:
        return e.oos.ic;
    case ModelsPanel::ChartMetric::HitEdge:
        return 100 * e.hitEdge;
    case ModelsPanel::ChartMetric::R2:
        return e.oos.r2;
    case ModelsPanel::ChartMetric::MseSkill:
        return 100 * e.mseSkill;
    }
    return std::nan("");
}

} // namespace

ModelsPanel::ModelsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    setObjectName(QStringLiteral("modelsPanel"));
    m_model = new ModelsTableModel(this);
    m_proxy = new ModelsFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("modelsSearchLineEdit"));
    m_search->setPlaceholderText(tr("Filter symbols"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_algorithmCombo = new QComboBox(this);
    m_algorithmCombo->setObjectName(QStringLiteral("modelsAlgorithmComboBox"));
    m_algorithmCombo->addItem(tr("All algorithms"), QString());
    for (Ml::Algorithm a : Ml::allAlgorithms()) {
        m_algorithmCombo->addItem(Ml::displayName(a), Ml::toString(a));
    }
    filters->addWidget(m_algorithmCombo, 1);
    m_horizonCombo = new QComboBox(this);
    m_horizonCombo->setObjectName(QStringLiteral("modelsHorizonComboBox"));
    m_horizonCombo->addItem(tr("All horizons"), 0);
    filters->addWidget(m_horizonCombo, 1);
    m_readyOnly = new QCheckBox(tr("Production ready only"), this);
    m_readyOnly->setObjectName(QStringLiteral("modelsReadyOnlyCheckBox"));
    filters->addWidget(m_readyOnly);
    auto* refreshButton =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("modelsRefreshButton"));
    filters->addWidget(refreshButton);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("modelsSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("modelsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("modelsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelsTableModel::SymbolColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    installExportContextMenu(m_table, QStringLiteral("models"), ModelsTableModel::SortRole);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Widths from sample contents, so a ticker, "Gradient boosting" and a date fit without eliding.
    const QFontMetrics fm = m_table->fontMetrics();
    const QString samples[ModelsTableModel::ColumnCount] = {QStringLiteral("BAJAJ-AUTO.NS"),
                                                            QStringLiteral("Gradient boosting"),
                                                            QStringLiteral("Horizon"),
                                                            QStringLiteral("Production"),
                                                            QStringLiteral("-0.000"),
                                                            QStringLiteral("Hit rate"),
                                                            QStringLiteral("Naive hit rate"),
                                                            QStringLiteral("-0.0000"),
                                                            QStringLiteral("Naive R²"),
                                                            QStringLiteral("0.00%"),
                                                            QStringLiteral("Naive MAE"),
                                                            QStringLiteral("8888-88-88 88:88"),
                                                            QStringLiteral("8,888")};
    for (int column = 0; column < ModelsTableModel::ColumnCount; ++column) {
        m_table->setColumnWidth(column, fm.horizontalAdvance(samples[column]) + 22);
    }

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_metricCombo = new QComboBox(right);
    m_metricCombo->setObjectName(QStringLiteral("modelsMetricComboBox"));
    m_metricCombo->addItem(tr("Out-of-sample IC"), static_cast<int>(ChartMetric::Ic));
    m_metricCombo->addItem(tr("Hit rate minus baseline (points)"), static_cast<int>(ChartMetric::HitEdge));
    m_metricCombo->addItem(tr("Out-of-sample R²"), static_cast<int>(ChartMetric::R2));
    m_metricCombo->addItem(tr("MSE below the better baseline (%)"), static_cast<int>(ChartMetric::MseSkill));
    rightLayout->addWidget(m_metricCombo);
    m_chart = new MetricHistogramView(right);
    m_chart->setMinimumSize(320, 200);
    rightLayout->addWidget(m_chart, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(ChartDelayMs);
    connect(m_chartTimer, &QTimer::timeout, this, &ModelsPanel::updateChart);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ModelsFilterProxyModel::setSearchText);
    connect(m_algorithmCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAlgorithm(m_algorithmCombo->currentData().toString());
    });
    connect(m_horizonCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setHorizon(m_horizonCombo->currentData().toInt());
    });
    connect(m_readyOnly, &QCheckBox::toggled, m_proxy, &ModelsFilterProxyModel::setReadyOnly);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        setChartMetric(static_cast<ChartMetric>(m_metricCombo->currentData().toInt()));
    });
    connect(refreshButton, &QPushButton::clicked, this, &ModelsPanel::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit symbolActivated(index.data(ModelsTableModel::TickerRole).toString());
    });
    // The summary and chart follow whatever the filters show.
    const auto changed = [this] {
        updateSummary();
        m_chartTimer->start();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, changed);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    updateSummary();
}

void ModelsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void ModelsPanel::refreshIfVisible()
{
    m_dirty = true;
    if (isVisible()) {
        refresh();
    }
}

void ModelsPanel::refresh()
{
    m_dirty = false;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    QPointer<ModelsPanel> self(this);
    struct Read
    {
        Result<QList<Store::StoredModel>> models;
        double chancePassShare = 0; ///< of the stored gate, for the multiple-testing line
    };
    QtConcurrent::run(m_pool, [db = m_db] {
        auto settings = Tasks::resolvedTrainSettings(*db);
        return Read{Store::ModelRepository(*db).latestAll(),
                    settings ? Ml::chancePassShare(settings->config.gate) : 0.0};
    }).then(this, [self](Read read) {
        if (!self) {
            return;
        }
        auto& models = read.models;
        self->m_chancePassShare = read.chancePassShare;
        self->m_refreshing = false;
        if (self->m_refreshAgain) {
            self->m_refreshAgain = false;
            self->refresh();
            return;
        }
        if (!models) {
            spdlog::error("reading the models failed: {}", models.error().message);
            self->m_summary->setText(tr("Could not read the models: %1").arg(models.error().message));
            emit self->refreshed();
            return;
        }
        self->m_loadedOnce = true;
        self->m_model->setModels(std::move(*models));
        self->updateHorizonCombo();
        self->updateSummary();
        self->updateChart(); // at once, so a caller of refreshed() sees the chart of this read
        emit self->refreshed();
    });
}

void ModelsPanel::setChartMetric(ChartMetric metric)
{
    m_metric = metric;
    const int index = m_metricCombo->findData(static_cast<int>(metric));
    if (index >= 0 && index != m_metricCombo->currentIndex()) {
        const QSignalBlocker block(m_metricCombo);
        m_metricCombo->setCurrentIndex(index);
    }
    updateChart();
}

void ModelsPanel::updateHorizonCombo()
{
    std::set<int> horizons;
    for (const Store::StoredModel& m : m_model->models()) {
        horizons.insert(m.horizon);
    }
    const int current = m_horizonCombo->currentData().toInt();
    const QSignalBlocker block(m_horizonCombo);
    m_horizonCombo->clear();
    m_horizonCombo->addItem(tr("All horizons"), 0);
    for (int h : horizons) {
        m_horizonCombo->addItem(tr("%1 (%2)").arg(ModelFormat::horizonName(h), ModelFormat::horizonDetail(h)),
                                h);
    }
    const int index = m_horizonCombo->findData(current);
    m_horizonCombo->setCurrentIndex(std::max(0, index));
    m_proxy->setHorizon(m_horizonCombo->currentData().toInt());
}

QString ModelsPanel::summaryText() const
{
    return m_summary->text();
}

void ModelsPanel::updateSummary()
{
    if (!m_loadedOnce) {
        m_summary->setText(tr("Reading the models…"));
        return;
    }
    const QList<Store::StoredModel>& all = m_model->models();
    if (all.isEmpty()) {
        m_summary->setText(tr("No models yet — Tools ▸ Run ▸ Train models… trains them."));
        return;
    }
    QSet<QString> symbols;
    QSet<QString> readySymbols;
    int ready = 0;
    for (const Store::StoredModel& m : all) {
        symbols.insert(m.symbol);
        if (m.productionReady()) {
            ++ready;
            readySymbols.insert(m.symbol);
        }
    }
    const QLocale locale;
    QString text = tr("%1 models of %2 symbols trained · %3 production ready (%4 symbols)")
                       .arg(locale.toString(all.size()),
                            locale.toString(symbols.size()),
                            locale.toString(ready),
                            locale.toString(readySymbols.size()));
    if (m_proxy->rowCount() != all.size()) {
        text += tr(" · %1 shown").arg(locale.toString(m_proxy->rowCount()));
    }
    if (ready == 0) {
        text += tr(" — no model beats the naive baselines out of sample by the required margin");
    }
    if (m_chancePassShare > 0) {
        const double expected = m_chancePassShare * all.size();
        text += QLatin1Char('\n')
                + tr("Multiple testing: if no model had any skill, about %1 of these %2 would still pass the "
                     "IC test by chance (%3 each)%4.")
                      .arg(locale.toString(expected, 'f', expected < 10 ? 1 : 0),
                           locale.toString(all.size()),
                           locale.toString(100 * m_chancePassShare, 'f', 1) + QLatin1Char('%'),
                           ready <= expected ? tr(": the %1 ready ones are no more than chance would give")
                                                   .arg(locale.toString(ready))
                                             : QString());
    }
    m_summary->setText(text);
}

void ModelsPanel::updateChart()
{
    m_chartTimer->stop();
    // The rows the filters show, grouped by algorithm.
    QList<MetricHistogramView::Group> groups;
    for (Ml::Algorithm a : Ml::allAlgorithms()) {
        groups.append(MetricHistogramView::Group{Ml::displayName(a), algorithmColour(a), {}});
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const Store::StoredModel* m = m_model->model(source.row());
        if (!m) {
            continue;
        }
        const auto& algos = Ml::allAlgorithms();
        const qsizetype g = algos.indexOf(m->algorithm);
        if (g >= 0) {
            groups[g].values.push_back(metricValue(*m, m_metric));
        }
    }
    // Algorithms the filters hide are left out of the legend.
    QList<MetricHistogramView::Group> shown;
    int count = 0;
    for (const MetricHistogramView::Group& g : std::as_const(groups)) {
        if (!g.values.empty()) {
            shown.append(g);
            count += static_cast<int>(g.values.size());
        }
    }
    const QString metricName = m_metricCombo->currentText();
    m_chart->setData(tr("%1 — %n model(s)", nullptr, count).arg(metricName), metricName, shown);
}

} // namespace Tessera::Ui
