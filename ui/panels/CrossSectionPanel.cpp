#include "ui/panels/CrossSectionPanel.h"

#include <cmath>

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/common/Log.h"
#include "ui/charts/CrossSectionCharts.h"

namespace Tessera::Ui {
namespace {

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—");
}

QString percent(double v)
{
    return std::isfinite(v) ? QLocale().toString(100 * v, 'f', 2) + QStringLiteral(" %")
                            : QStringLiteral("—");
}

double jsonMetric(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : std::nan("");
}

} // namespace

CrossSectionPanel::CrossSectionPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    m_targetCombo = new QComboBox(this);
    m_targetCombo->setObjectName(QStringLiteral("xsTargetComboBox"));
    m_targetCombo->addItem(tr("Price model (10-day return)"), QStringLiteral("price"));
    m_targetCombo->addItem(tr("Risk model (10-day drawdown)"), QStringLiteral("risk"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("xsRefreshButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("xsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icChart = new RankIcChartView(this);
    m_icChart->setObjectName(QStringLiteral("xsRankIcChartView"));
    // Below ~220 px the title, legend and date axis leave the rank-IC axis too little room for its
    // labels, and Qt Charts draws them as "…".
    m_icChart->setMinimumHeight(220);
    m_decileChart = new DecileChartView(this);
    m_decileChart->setMinimumHeight(220);
    m_decileChart->setObjectName(QStringLiteral("xsDecileChartView"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_targetCombo);
    top->addStretch();
    top->addWidget(refreshButton);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    m_charts = charts;
    charts->addWidget(m_icChart);
    charts->addWidget(m_decileChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 400}); // the IC line needs the width; stretch factors alone start them equal
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(charts, 1);
    layout->addStretch(); // holds the message at the top while the charts are hidden

    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, [this] { updateView(); });
    connect(refreshButton, &QPushButton::clicked, this, &CrossSectionPanel::refresh);
    updateView();
}

QString CrossSectionPanel::summaryText() const
{
    return m_summary->text();
}

void CrossSectionPanel::setTarget(const QString& target)
{
    const int index = m_targetCombo->findData(target);
    if (index >= 0) {
        m_targetCombo->setCurrentIndex(index);
    }
}

void CrossSectionPanel::refresh()
{
    m_dirty = false;
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    QPointer<CrossSectionPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db] {
        return Store::CrossSectionRepository(*db).list(1, true);
    }).then(this, [self](Result<QList<Store::XsModelRow>> models) {
        if (!self) {
            return;
        }
        self->m_refreshing = false;
        if (!models) {
            spdlog::error("reading the cross-sectional models failed: {}", models.error().message);
            self->m_model.reset();
        } else if (models->isEmpty()) {
            self->m_model.reset();
        } else {
            self->m_model = models->first();
        }
        self->updateView();
        emit self->refreshed();
    });
}

void CrossSectionPanel::refreshIfVisible()
{
    if (isVisible()) {
        refresh();
    } else {
        m_dirty = true;
    }
}

void CrossSectionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void CrossSectionPanel::updateView()
{
    const bool price = m_targetCombo->currentData().toString() == u"price";
    if (!m_model) {
        m_summary->setText(
            tr("No cross-sectional model stored yet: Tools ▸ Run ▸ Train cross-sectional models "
               "(or tessera-cli train-xs)."));
        m_icChart->setSeries(tr("Daily rank IC"), {}, {});
        m_decileChart->setDeciles(tr("Mean outcome by predicted decile"), tr("percent"), {});
        // Empty charts would show made-up axes (1970 dates, a default IC range): only the message.
        m_charts->hide();
        return;
    }
    m_charts->show();
    const Store::XsModelRow& m = *m_model;
    const Store::XsModelFigures& f = price ? m.price : m.risk;
    const QJsonObject& o = price ? m.priceMetrics : m.riskMetrics;
    const QString outcome = price ? tr("10-day return") : tr("10-day max drawdown");
    m_summary->setText(
        tr("<b>%1</b> · as of %2 · %3 symbols, %4 rows · %5, %6 per day<br>"
           "Daily rank IC %7 (sd %8, ICIR %9, Newey–West t %10 over %11 test days) against the baseline "
           "%12's "
           "%13 · top − bottom decile %14 before costs, %15 after · R² %16 · <b>%17</b>")
            .arg(m.selection.toHtmlEscaped(), m.asOf.toString(Qt::ISODate))
            .arg(m.symbols)
            .arg(m.rows)
            .arg(m.learner, m.transform)
            .arg(number(f.rankIc, 4),
                 number(jsonMetric(o, "rank_ic_sd"), 4),
                 number(f.icir, 3),
                 number(f.rankIcT, 2),
                 QString::number(o.value(QStringLiteral("ic_days")).toInt()),
                 o.value(QStringLiteral("baseline")).toString(),
                 number(jsonMetric(o, "baseline_rank_ic_mean"), 4),
                 percent(f.spread),
                 percent(f.spreadNet))
            .arg(number(f.r2, 4),
                 f.validated ? tr("validated (t ≥ %1)").arg(m.gate)
                             : tr("unvalidated: t below the gate %1, scores are not a signal").arg(m.gate)));
    std::vector<QDate> days;
    std::vector<double> ic;
    const QJsonArray d = o.value(QStringLiteral("ic_series_days")).toArray();
    const QJsonArray v = o.value(QStringLiteral("ic_series")).toArray();
    for (qsizetype i = 0; i < d.size() && i < v.size(); ++i) {
        if (v[i].isDouble()) {
            days.push_back(QDate::fromString(d[i].toString(), Qt::ISODate));
            ic.push_back(v[i].toDouble());
        }
    }
    m_icChart->setSeries(tr("Daily rank IC of the %1 model, out of sample%2")
                             .arg(outcome, f.validated ? QString() : tr(" (unvalidated)")),
                         days,
                         ic);
    std::vector<double> deciles;
    for (const QJsonValue& x : o.value(QStringLiteral("deciles")).toArray()) {
        deciles.push_back(x.isDouble() ? 100 * x.toDouble() : std::nan(""));
    }
    m_decileChart->setDeciles(
        tr("Mean realised %1 by predicted decile").arg(outcome), tr("percent"), deciles);
}

} // namespace Tessera::Ui
