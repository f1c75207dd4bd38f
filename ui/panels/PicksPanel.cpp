#include "ui/panels/PicksPanel.h"

#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/screens/Strategy.h"
#include "core/store/PickRepository.h"
#include "ui/common/MarketColors.h"
#include "ui/common/TableExport.h"

namespace Tessera::Ui {
namespace {

enum Column
{
    ChangeColumn,
    RankColumn,
    SymbolColumn,
    NameColumn,
    SectorColumn,
    PriceColumn,
    ScoreColumn,
    RecommendationColumn,
    TargetColumn,
    StopColumn,
    MlColumn,
    RiskColumn,
    RsiColumn,
    PeColumn,
    WhyColumn,
    ColumnCount
};

/** A cell that sorts by its number (NaN last), not by its text. */
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString& text)
        : QTableWidgetItem(text)
        , m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setData(Qt::UserRole, value);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const double b = other.data(Qt::UserRole).toDouble();
        if (std::isnan(m_value) || std::isnan(b)) {
            return !std::isnan(m_value) && std::isnan(b);
        }
        return m_value < b;
    }

private:
    double m_value;
};

QString number(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—");
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

QString changeMarker(int rank, int previousRank)
{
    if (rank <= 0) {
        return QObject::tr("dropped");
    }
    if (previousRank <= 0) {
        return QObject::tr("new");
    }
    if (previousRank == rank) {
        return QStringLiteral("=");
    }
    return previousRank > rank ? QStringLiteral("▲ %1").arg(previousRank - rank)
                               : QStringLiteral("▼ %1").arg(rank - previousRank);
}

Result<PicksData> readPicks(const Store::Database& db, const QString& strategy, QDate date)
{
    PicksData out;
    out.strategy = strategy;
    Store::PickRepository repo(db);
    auto dates = repo.dates(strategy);
    if (!dates) {
        return fail(dates.error());
    }
    out.dates = *dates;
    if (out.dates.isEmpty()) {
        return out;
    }
    out.date = out.dates.contains(date) ? date : out.dates.front();
    const qsizetype at = out.dates.indexOf(out.date);
    out.previousDate = at + 1 < out.dates.size() ? out.dates.at(at + 1) : QDate();
    auto picks = repo.picks(strategy, out.date);
    if (!picks) {
        return fail(picks.error());
    }
    out.picks = *picks;
    if (out.previousDate.isValid()) {
        auto previous = repo.picks(strategy, out.previousDate);
        if (!previous) {
            return fail(previous.error());
        }
        out.previous = *previous;
    }
    return out;
}

Result<PicksData> readPicksOrAny(const Store::Database& db, const QString& strategy)
{
    auto first = readPicks(db, strategy, {});
    if (!first || first->date.isValid()) {
        return first;
    }
    for (const QString& other : Screens::strategyIds()) {
        auto read = readPicks(db, other, {});
        if (!read || read->date.isValid()) {
            return read;
        }
    }
    return first;
}

PicksPanel::PicksPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    setObjectName(QStringLiteral("picksPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Strategy:"), this));
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("picksStrategyComboBox"));
    const QStringList names = {tr("Growth"), tr("Value"), tr("Balanced"), tr("Momentum")};
    const QStringList ids = Screens::strategyIds();
    for (int i = 0; i < ids.size(); ++i) {
        m_strategy->addItem(names.value(i, ids[i]), ids[i]);
    }
    m_strategy->setCurrentIndex(static_cast<int>(ids.indexOf(QStringLiteral("balanced"))));
    controls->addWidget(m_strategy);
    controls->addWidget(new QLabel(tr("Date:"), this));
    m_date = new QComboBox(this);
    m_date->setObjectName(QStringLiteral("picksDateComboBox"));
    m_date->setMinimumContentsLength(10);
    controls->addWidget(m_date);
    controls->addWidget(new QLabel(tr("Sector:"), this));
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("picksSectorComboBox"));
    m_sector->setMinimumContentsLength(14);
    controls->addWidget(m_sector);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("picksSearchEdit"));
    m_search->setPlaceholderText(tr("Search symbol or name"));
    m_search->setClearButtonEnabled(true);
    controls->addWidget(m_search, 1);
    m_generate = new QPushButton(tr("Compute now"), this);
    m_generate->setObjectName(QStringLiteral("picksGenerateButton"));
    m_generate->setToolTip(
        tr("Run the four strategies on the stored data of the newest day and store their picks"));
    controls->addWidget(m_generate);
    auto* buy = new QPushButton(tr("Buy top N…"), this);
    buy->setObjectName(QStringLiteral("picksBuyButton"));
    buy->setToolTip(
        tr("Paper-trade the shown picks: buy the top N with a position size rule and bracket exits"));
    controls->addWidget(buy);
    connect(buy, &QPushButton::clicked, this, [this] { emit buyRequested(m_shown.picks); });
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("picksExportButton"));
    controls->addWidget(m_export);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("picksSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("picksTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Change"),
                                        tr("#"),
                                        tr("Symbol"),
                                        tr("Name"),
                                        tr("Sector"),
                                        tr("Price"),
                                        tr("Score"),
                                        tr("Call"),
                                        tr("Target"),
                                        tr("Stop"),
                                        tr("ML score"),
                                        tr("ML risk"),
                                        tr("RSI"),
                                        tr("P/E"),
                                        tr("Why")});
    m_table->horizontalHeaderItem(ChangeColumn)
        ->setToolTip(tr("Against the previous snapshot: new, rank moved up ▲ or down ▼, or dropped"));
    m_table->horizontalHeaderItem(ScoreColumn)
        ->setToolTip(
            tr("Selection score: the weighted percentile rank of the strategy's ranking fields, 0 to 1"));
    m_table->horizontalHeaderItem(RecommendationColumn)
        ->setToolTip(tr(
            "BUY: score ≥ 0.6, verdict not DOWN, ML score ≥ 0.5 and risk ≤ 0.6 where known; AVOID: ML risk > "
            "0.8, a strong DOWN verdict or a validated ML score < 0.3; else WATCH"));
    m_table->horizontalHeaderItem(TargetColumn)
        ->setToolTip(tr("The ML price target when its model is validated, else close + 2 × ATR 14"));
    m_table->horizontalHeaderItem(StopColumn)->setToolTip(tr("Close − 2 × ATR 14"));
    m_table->horizontalHeaderItem(MlColumn)->setToolTip(
        tr("Cross-sectional ML score; * marks an unvalidated model (for reference only)"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(RankColumn,
                                                  Qt::AscendingOrder); // dropped ones (no rank) last
    installExportContextMenu(m_table, QStringLiteral("picks"));
    layout->addWidget(m_table, 1);

    auto* footnote =
        new QLabel(tr("Stored daily by the picks task (Tools ▸ Run, the schedule, tessera-cli picks). "
                      "Targets and calls follow documented rules; they are not forecasts."),
                   this);
    footnote->setWordWrap(true);
    footnote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(footnote);

    connect(m_strategy, &QComboBox::activated, this, [this] { load({}); });
    connect(m_date, &QComboBox::activated, this, [this] { load(m_date->currentData().toDate()); });
    connect(m_sector, &QComboBox::activated, this, &PicksPanel::fillTable);
    connect(m_search, &QLineEdit::textChanged, this, &PicksPanel::fillTable);
    connect(m_generate, &QPushButton::clicked, this, &PicksPanel::generateRequested);
    connect(m_export, &QPushButton::clicked, this, &PicksPanel::exportTable);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_table->item(row, SymbolColumn)) {
            emit symbolActivated(item->text());
        }
    });
}

void PicksPanel::refresh()
{
    m_dirty = true;
    if (isVisible()) {
        load({});
    }
}

void PicksPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        load({});
    }
}

void PicksPanel::load(QDate date)
{
    m_dirty = false;
    const quint64 request = ++m_request;
    const QString strategy = m_strategy->currentData().toString();
    const bool any = m_firstRead; // until a first read is shown (a newer request drops an older one)
    QPointer<PicksPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, strategy, date, any] {
        return any ? readPicksOrAny(*db, strategy) : readPicks(*db, strategy, date);
    }).then(this, [self, request](Result<PicksData> read) {
        if (!self || request != self->m_request) {
            return;
        }
        if (!read) {
            spdlog::error("reading the picks failed: {}", read.error().message);
            self->m_summary->setText(tr("Could not read the picks: %1").arg(read.error().message));
            emit self->loaded();
            return;
        }
        self->showData(std::move(*read));
    });
}

void PicksPanel::showData(PicksData read)
{
    m_shown = std::move(read);
    m_firstRead = false;
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(m_shown.strategy)));
    m_date->clear();
    for (const QDate& d : std::as_const(m_shown.dates)) {
        m_date->addItem(QLocale().toString(d, QLocale::ShortFormat), d);
    }
    m_date->setCurrentIndex(static_cast<int>(m_shown.dates.indexOf(m_shown.date)));
    const QString sector = m_sector->currentData().toString();
    QStringList sectors;
    for (const Screens::Pick& p : std::as_const(m_shown.picks)) {
        if (!p.sector.isEmpty() && !sectors.contains(p.sector)) {
            sectors << p.sector;
        }
    }
    sectors.sort(Qt::CaseInsensitive);
    m_sector->clear();
    m_sector->addItem(tr("All sectors"), QString());
    for (const QString& s : std::as_const(sectors)) {
        m_sector->addItem(s, s);
    }
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(sector)));
    fillTable();
    emit loaded();
}

void PicksPanel::fillTable()
{
    const PicksData& d = m_shown;
    if (!d.date.isValid()) {
        m_summary->setText(
            tr("No picks stored yet for this strategy: press Compute now, or run the picks task "
               "(it runs each night after the data update)."));
        m_table->setRowCount(0);
        return;
    }
    QHash<QString, int> before;
    for (const Screens::Pick& p : d.previous) {
        before.insert(p.symbol, p.rank);
    }
    QSet<QString> today;
    for (const Screens::Pick& p : d.picks) {
        today.insert(p.symbol);
    }
    const QString sector = m_sector->currentData().toString();
    const QString search = m_search->text().trimmed();
    auto wanted = [&](const Screens::Pick& p) {
        return (sector.isEmpty() || p.sector == sector)
               && (search.isEmpty() || p.symbol.contains(search, Qt::CaseInsensitive)
                   || p.stockName.contains(search, Qt::CaseInsensitive));
    };
    QList<const Screens::Pick*> rows;
    int newCount = 0;
    for (const Screens::Pick& p : d.picks) {
        newCount += before.contains(p.symbol) ? 0 : 1;
        if (wanted(p)) {
            rows << &p;
        }
    }
    QList<const Screens::Pick*> dropped;
    for (const Screens::Pick& p : d.previous) {
        if (!today.contains(p.symbol) && wanted(p)) {
            dropped << &p;
        }
    }
    bool anyUnvalidated = false;
    m_table->setSortingEnabled(false);
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(static_cast<int>(rows.size() + dropped.size()));
    const QColor grey = palette().color(QPalette::PlaceholderText);
    int r = 0;
    for (bool isDropped : {false, true}) {
        for (const Screens::Pick* p : isDropped ? dropped : rows) {
            const int previousRank = before.value(p->symbol, 0);
            const QString marker = isDropped ? changeMarker(0, p->rank) : changeMarker(p->rank, previousRank);
            auto* change = textItem(marker);
            if (!isDropped && previousRank > 0 && previousRank != p->rank) {
                change->setForeground(previousRank > p->rank ? MarketColors::up() : MarketColors::down());
            }
            const bool unvalidated = p->hasMl() && !p->mlValidated;
            anyUnvalidated = anyUnvalidated || unvalidated;
            QTableWidgetItem* items[ColumnCount] = {
                change,
                new NumberItem(isDropped ? NAN : p->rank,
                               isDropped ? QStringLiteral("—") : QString::number(p->rank)),
                textItem(p->symbol),
                textItem(p->stockName),
                textItem(p->sector),
                new NumberItem(p->currentPrice, number(p->currentPrice)),
                new NumberItem(p->selectionScore, number(p->selectionScore, 3)),
                textItem(p->recommendation),
                new NumberItem(p->targetPrice, number(p->targetPrice)),
                new NumberItem(p->stopLoss, number(p->stopLoss)),
                new NumberItem(p->mlPredictionScore,
                               number(p->mlPredictionScore)
                                   + (unvalidated ? QStringLiteral(" *") : QString())),
                new NumberItem(p->mlRiskScore, number(p->mlRiskScore)),
                new NumberItem(p->rsi14, number(p->rsi14, 1)),
                new NumberItem(p->peRatio, number(p->peRatio, 1)),
                textItem(p->reason)};
            items[WhyColumn]->setToolTip(p->reason);
            if (p->recommendation == QStringLiteral("BUY")) {
                items[RecommendationColumn]->setForeground(MarketColors::up());
            } else if (p->recommendation == QStringLiteral("AVOID")) {
                items[RecommendationColumn]->setForeground(MarketColors::down());
            }
            for (int c = 0; c < ColumnCount; ++c) {
                if (isDropped) {
                    items[c]->setForeground(grey);
                    items[c]->setToolTip(tr("Picked on %1 at rank %2, not any more")
                                             .arg(QLocale().toString(d.previousDate, QLocale::ShortFormat))
                                             .arg(p->rank));
                }
                m_table->setItem(r, c, items[c]);
            }
            ++r;
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(NameColumn, std::min(m_table->columnWidth(NameColumn), 220));
    m_table->setColumnWidth(SectorColumn, std::min(m_table->columnWidth(SectorColumn), 160));
    m_table->setUpdatesEnabled(true);
    QString text = tr("%1 picks of %2 on %3")
                       .arg(d.picks.size())
                       .arg(m_strategy->currentText(), QLocale().toString(d.date, QLocale::LongFormat));
    if (d.previousDate.isValid()) {
        text += tr(" — against %1: %2 new, %3 dropped")
                    .arg(QLocale().toString(d.previousDate, QLocale::ShortFormat))
                    .arg(newCount)
                    .arg(d.previous.size() - (d.picks.size() - newCount));
    }
    if (anyUnvalidated) {
        text += tr(". * ML score from an unvalidated model");
    }
    m_summary->setText(text);
}

void PicksPanel::exportTable()
{
    for (QAction* a : m_table->actions()) {
        if (a->objectName() == QStringLiteral("exportRowsAction")) {
            a->trigger();
            return;
        }
    }
}

} // namespace Tessera::Ui
