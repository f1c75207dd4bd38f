#include "ui/panels/TopPredictionsPanel.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSpinBox>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/market/HourlySeries.h"
#include "ui/common/MarketColors.h"
#include "ui/common/TableExport.h"

namespace Tessera::Ui {
namespace {

enum Column
{
    RankColumn,
    SymbolColumn,
    MoveColumn,
    PriceColumn,
    AsOfColumn,
    ExpiresColumn,
    IcColumn,
    HitColumn,
    SkillColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName)
{
    auto* t = new QTableWidget(0, ColumnCount, parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels({QObject::tr("#"),
                                  QObject::tr("Symbol"),
                                  QObject::tr("Predicted move"),
                                  QObject::tr("Close → predicted"),
                                  QObject::tr("As of (UTC)"),
                                  QObject::tr("Expires (UTC)"),
                                  QObject::tr("IC (vs 0)"),
                                  QObject::tr("Hit rate vs baseline"),
                                  QObject::tr("MSE skill")});
    t->horizontalHeaderItem(MoveColumn)
        ->setToolTip(QObject::tr("exp(predicted log return) − 1 over the horizon, from the as-of close"));
    t->horizontalHeaderItem(IcColumn)->setToolTip(
        QObject::tr("Out-of-sample rank correlation of the models' forecasts and realised returns (mean of "
                    "the consensus's models); a constant forecast scores 0"));
    t->horizontalHeaderItem(HitColumn)->setToolTip(
        QObject::tr("Share of out-of-sample hours with the right direction, beside the training-mean "
                    "baseline's"));
    t->horizontalHeaderItem(SkillColumn)
        ->setToolTip(QObject::tr("1 − MSE / MSE of the better naive baseline; above 0 beats it"));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    installExportContextMenu(t, objectName);
    return t;
}

QString utc(qint64 t)
{
    return hourLabel(t);
}

} // namespace

Result<TopPredictionsData>
readTopPredictions(const Store::Database& db, int horizon, int limit, bool includeExpired, qint64 now)
{
    TopPredictionsData out;
    out.now = now;
    Store::HourlyPredictionRepository repo(db);
    auto horizons = repo.horizons();
    if (!horizons) {
        return fail(horizons.error());
    }
    out.horizons = *horizons;
    if (out.horizons.isEmpty()) {
        return out;
    }
    out.horizon = out.horizons.contains(horizon) ? horizon : out.horizons.front();
    auto top = repo.top(out.horizon, limit, {}, now, includeExpired);
    if (!top) {
        return fail(top.error());
    }
    out.top = std::move(*top);
    return out;
}

TopPredictionsPanel::TopPredictionsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    setObjectName(QStringLiteral("topPredictionsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Horizon:"), this));
    m_horizon = new QComboBox(this);
    m_horizon->setObjectName(QStringLiteral("topHorizonComboBox"));
    controls->addWidget(m_horizon);
    controls->addWidget(new QLabel(tr("Show:"), this));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("topLimitSpinBox"));
    m_limit->setRange(1, 500);
    m_limit->setValue(20);
    controls->addWidget(m_limit);
    m_expired = new QCheckBox(tr("Include expired"), this);
    m_expired->setObjectName(QStringLiteral("topExpiredCheckBox"));
    controls->addWidget(m_expired);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("topSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_validatedLabel = new QLabel(this);
    m_validatedLabel->setObjectName(QStringLiteral("topValidatedLabel"));
    layout->addWidget(m_validatedLabel);
    m_validated = makeTable(this, QStringLiteral("topValidatedTableWidget"));
    layout->addWidget(m_validated, 1);
    m_unvalidatedLabel = new QLabel(this);
    m_unvalidatedLabel->setObjectName(QStringLiteral("topUnvalidatedLabel"));
    layout->addWidget(m_unvalidatedLabel);
    m_unvalidated = makeTable(this, QStringLiteral("topUnvalidatedTableWidget"));
    layout->addWidget(m_unvalidated, 1);

    auto* footnote = new QLabel(
        tr("From the hourly prediction cache (train --resolution hourly fills it): the consensus of each "
           "symbol's models, ranked by the size of the move. Validated: at least one model passed the "
           "production-ready gate out of sample. IC and hit rate are walk-forward records, not "
           "probabilities."),
        this);
    footnote->setWordWrap(true);
    footnote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(footnote);

    connect(m_horizon, &QComboBox::activated, this, &TopPredictionsPanel::refresh);
    connect(m_limit, &QSpinBox::editingFinished, this, &TopPredictionsPanel::refresh);
    connect(m_expired, &QCheckBox::toggled, this, &TopPredictionsPanel::refresh);
    for (QTableWidget* t : {m_validated, m_unvalidated}) {
        connect(t, &QTableWidget::cellDoubleClicked, this, [this, t](int row, int) {
            if (const QTableWidgetItem* item = t->item(row, SymbolColumn)) {
                emit symbolActivated(item->text());
            }
        });
    }
}

void TopPredictionsPanel::refresh()
{
    m_dirty = true;
    if (isVisible()) {
        load();
    }
}

void TopPredictionsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        load();
    }
}

void TopPredictionsPanel::load()
{
    m_dirty = false;
    const quint64 request = ++m_request;
    const int horizon = m_horizon->currentData().toInt();
    const int limit = m_limit->value();
    const bool expired = m_expired->isChecked();
    QPointer<TopPredictionsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, horizon, limit, expired] {
        return readTopPredictions(*db, horizon, limit, expired, QDateTime::currentSecsSinceEpoch());
    }).then(this, [self, request](Result<TopPredictionsData> read) {
        if (!self || request != self->m_request) {
            return;
        }
        if (!read) {
            spdlog::error("reading the top predictions failed: {}", read.error().message);
            self->m_summary->setText(tr("Could not read the prediction cache: %1").arg(read.error().message));
            emit self->loaded();
            return;
        }
        self->showData(std::move(*read));
    });
}

void TopPredictionsPanel::showData(TopPredictionsData read)
{
    m_shown = std::move(read);
    const TopPredictionsData& d = m_shown;
    m_horizon->blockSignals(true);
    m_horizon->clear();
    for (int h : d.horizons) {
        m_horizon->addItem(tr("%1 h").arg(h), h);
    }
    m_horizon->setCurrentIndex(static_cast<int>(d.horizons.indexOf(d.horizon)));
    m_horizon->blockSignals(false);
    if (d.horizons.isEmpty()) {
        m_summary->setText(
            tr("No hourly predictions cached yet: load hourly bars (Binance or hourly CSV files) "
               "and train hourly models (tessera-cli train --resolution hourly)."));
    } else {
        m_summary->setText(tr("Largest predicted moves over the next %1 h.%2")
                               .arg(d.horizon)
                               .arg(d.top.expired > 0 && !m_expired->isChecked()
                                        ? tr(" %1 expired prediction(s) left out: retrain, or tick Include "
                                             "expired.")
                                              .arg(d.top.expired)
                                        : QString()));
    }
    m_validatedLabel->setText(tr("<b>Validated</b> — %1").arg(d.top.validated.size()));
    m_unvalidatedLabel->setText(tr("<b>Unvalidated</b> (no model passed the gate; for reference only) — %1")
                                    .arg(d.top.unvalidated.size()));
    fill(m_validated, d.top.validated, d.now);
    fill(m_unvalidated, d.top.unvalidated, d.now);
    emit loaded();
}

void TopPredictionsPanel::fill(QTableWidget* table, const QList<Store::HourlyPrediction>& rows, qint64 now)
{
    table->setUpdatesEnabled(false);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Store::HourlyPrediction& p = rows.at(r);
        const bool expired = p.expired(now);
        const double move = p.movePercent();
        auto* moveItem = cell(
            QStringLiteral("%1%2 %").arg(move >= 0 ? QStringLiteral("+") : QString()).arg(move, 0, 'f', 2),
            true);
        moveItem->setForeground(move >= 0 ? MarketColors::up() : MarketColors::down());
        QTableWidgetItem* items[ColumnCount] = {
            cell(QString::number(r + 1), true),
            cell(p.symbol),
            moveItem,
            cell(QStringLiteral("%1 → %2").arg(p.asOfClose, 0, 'g', 6).arg(p.predictedPrice, 0, 'g', 6),
                 true),
            cell(utc(p.asOf)),
            cell(expired ? tr("expired %1").arg(utc(p.expiresAt)) : utc(p.expiresAt)),
            cell(std::isfinite(p.ic) ? QString::number(p.ic, 'f', 3) : tr("n/a"), true),
            cell(QStringLiteral("%1 % vs %2 %")
                     .arg(100 * p.hitRate, 0, 'f', 1)
                     .arg(100 * p.baseHitRate, 0, 'f', 1),
                 true),
            cell(std::isfinite(p.mseSkill) ? QStringLiteral("%1 %").arg(100 * p.mseSkill, 0, 'f', 1)
                                           : tr("n/a"),
                 true)};
        for (int c = 0; c < ColumnCount; ++c) {
            if (expired) {
                items[c]->setForeground(palette().color(QPalette::PlaceholderText));
                items[c]->setToolTip(
                    tr("Expired: the prediction was valid until %1 UTC").arg(utc(p.expiresAt)));
            }
            table->setItem(r, c, items[c]);
        }
    }
    table->resizeColumnsToContents();
    table->setUpdatesEnabled(true);
}

} // namespace Tessera::Ui
