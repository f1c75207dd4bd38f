#include "ui/panels/PredictionsPanel.h"

#include <algorithm>

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/ml/MlTypes.h"
#include "ui/common/MarketColors.h"
#include "ui/common/ModelFormat.h"
// The CSV export of tables (another branch); merged into main separately, so taken when present.
#include "ui/common/TableExport.h"

namespace Tessera::Ui {
namespace {

const QString Consensus = QStringLiteral("consensus");

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem* numberCell(const QString& text)
{
    return cell(text, Qt::AlignRight | Qt::AlignVCenter);
}

/** The cached prediction of (algorithm id, horizon), or nullptr (the model was skipped: old schema). */
const Store::CachedPrediction*
findPrediction(const QList<Store::CachedPrediction>& predictions, const QString& algorithm, int horizon)
{
    for (const Store::CachedPrediction& p : predictions) {
        if (p.prediction.algorithm == algorithm && p.prediction.horizon == horizon) {
            return &p;
        }
    }
    return nullptr;
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

} // namespace

QList<Store::CachedPrediction> SymbolPredictions::consensus() const
{
    QList<Store::CachedPrediction> out;
    for (const Store::CachedPrediction& p : predictions) {
        if (p.prediction.algorithm == Consensus) {
            out << p;
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.prediction.horizon < b.prediction.horizon;
    });
    return out;
}

Result<SymbolPredictions> readSymbolPredictions(const Store::Database& db, const QString& ticker)
{
    SymbolPredictions out;
    out.ticker = ticker;
    auto models = Store::ModelRepository(db).latest(ticker);
    if (!models) {
        return fail(models.error());
    }
    auto predictions = Store::PredictionRepository(db).forSymbol(ticker);
    if (!predictions) {
        return fail(predictions.error());
    }
    out.models = std::move(*models);
    out.predictions = std::move(*predictions);
    Store::CrossSectionRepository xs(db);
    auto score = xs.latestScoreOf(ticker);
    if (!score) {
        return fail(score.error());
    }
    out.crossSection = *score;
    if (out.crossSection) {
        auto peers = xs.scoredCount(out.crossSection->modelId, out.crossSection->asOf);
        if (!peers) {
            return fail(peers.error());
        }
        out.crossSectionPeers = *peers;
    }
    return out;
}

PredictionsPanel::PredictionsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    setObjectName(QStringLiteral("predictionsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("predictionsTitleLabel"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("predictionsMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    m_cardsRow = new QWidget(content);
    m_cardsRow->setObjectName(QStringLiteral("consensusCards"));
    auto* cardsLayout = new QHBoxLayout(m_cardsRow);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->setSpacing(8);
    contentLayout->addWidget(m_cardsRow);

    m_table = new QTableWidget(0, ColumnCount, content);
    m_table->setObjectName(QStringLiteral("predictionsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Model"),
                                        tr("Horizon"),
                                        tr("Predicted move"),
                                        tr("Price"),
                                        tr("Production"),
                                        tr("IC (vs 0)"),
                                        tr("Hit rate vs baseline"),
                                        tr("R² vs baseline"),
                                        tr("MAE vs baseline"),
                                        tr("Trained"),
                                        tr("Data range"),
                                        tr("As of")});
    m_table->horizontalHeaderItem(IcColumn)->setToolTip(
        tr("Out-of-sample Spearman rank correlation of forecasts and realised returns; a constant "
           "forecast scores 0"));
    m_table->horizontalHeaderItem(HitRateColumn)
        ->setToolTip(tr("Share of out-of-sample rows with the right direction, beside the training-mean "
                        "baseline's (not an accuracy of the return)"));
    m_table->horizontalHeaderItem(R2Column)->setToolTip(
        tr("Out-of-sample R², beside the better naive baseline (zero return or training mean)"));
    m_table->horizontalHeaderItem(MaeColumn)->setToolTip(
        tr("Mean absolute error of the log return, beside the better naive baseline"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    installExportContextMenu(m_table, QStringLiteral("predictions"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    contentLayout->addWidget(m_table, 1);

    m_footnote = new QLabel(content);
    m_footnote->setObjectName(QStringLiteral("predictionsFootnoteLabel"));
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    m_footnote->setText(
        tr("Walk-forward out-of-sample metrics. A model is production ready only when it beats the naive "
           "baselines by the configured margin; the consensus weighs models by their out-of-sample IC. "
           "Confidence is that skill, not a probability of being right."));
    contentLayout->addWidget(m_footnote);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);

    showMessage(tr("Select a symbol to see its predictions."));
}

QString PredictionsPanel::consensusText(int horizon) const
{
    for (QFrame* card : m_cards) {
        if (card->property("horizon").toInt() == horizon) {
            QStringList parts;
            for (const QLabel* label : card->findChildren<QLabel*>()) {
                parts << label->text();
            }
            return parts.join(u'\n');
        }
    }
    return {};
}

void PredictionsPanel::setTicker(const QString& ticker)
{
    if (ticker == m_ticker && !m_dirty && m_shown.ticker == ticker) {
        return;
    }
    m_ticker = ticker;
    refresh();
}

void PredictionsPanel::refresh()
{
    m_dirty = true;
    if (isVisible()) {
        load();
    }
}

void PredictionsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        load();
    }
}

void PredictionsPanel::load()
{
    m_dirty = false;
    const quint64 request = ++m_request;
    if (m_ticker.isEmpty()) {
        showMessage(tr("Select a symbol to see its predictions."));
        emit loaded(m_ticker);
        return;
    }
    QPointer<PredictionsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, ticker = m_ticker] {
        return readSymbolPredictions(*db, ticker);
    }).then(this, [self, request](Result<SymbolPredictions> read) {
        if (!self || request != self->m_request) {
            return; // a newer symbol or refresh superseded this read
        }
        if (!read) {
            spdlog::error("reading the predictions of {} failed: {}", self->m_ticker, read.error().message);
            self->showMessage(
                tr("Could not read the predictions of %1:\n%2").arg(self->m_ticker, read.error().message));
            emit self->loaded(self->m_ticker);
            return;
        }
        self->showData(std::move(*read));
    });
}

void PredictionsPanel::showMessage(const QString& message)
{
    m_shown = SymbolPredictions{};
    m_shown.ticker = m_ticker;
    m_title->setText(m_ticker.isEmpty() ? QString()
                                        : QStringLiteral("<b>%1</b>").arg(m_ticker.toHtmlEscaped()));
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    fillCards(m_shown);
    m_table->setRowCount(0);
}

void PredictionsPanel::showData(SymbolPredictions shown)
{
    if (shown.models.isEmpty() && !shown.crossSection) {
        showMessage(tr("No models yet for %1 — Tools ▸ Run ▸ Train models… trains them.").arg(shown.ticker));
        emit loaded(shown.ticker);
        return;
    }
    m_shown = std::move(shown);
    QString title = QStringLiteral("<b>%1</b>").arg(m_shown.ticker.toHtmlEscaped());
    const QList<Store::CachedPrediction> consensus = m_shown.consensus();
    if (!consensus.isEmpty()) {
        const Store::CachedPrediction& c = consensus.first();
        title += QStringLiteral(" &nbsp;·&nbsp; ")
                 + tr("forecasts from the close of %1, made %2")
                       .arg(c.prediction.asOf.toString(Qt::ISODate), localTime(c.generatedAt));
        if (c.expired) {
            title += QStringLiteral(" &nbsp;·&nbsp; <span style=\"color:#c62828\">%1</span>")
                         .arg(tr("predictions %1: retrain or update the models").arg(c.freshness()));
        }
    } else {
        title += QStringLiteral(" &nbsp;·&nbsp; ") + tr("no cached predictions: retrain the models");
    }
    m_title->setText(title);
    m_stack->setCurrentIndex(1);
    fillCards(m_shown);
    fillTable(m_shown);
    emit loaded(m_shown.ticker);
}

void PredictionsPanel::fillCards(const SymbolPredictions& shown)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    auto* layout = qobject_cast<QHBoxLayout*>(m_cardsRow->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item;
    }
    const QColor grey = ModelFormat::mutedColor(palette());
    for (const Store::CachedPrediction& c : shown.consensus()) {
        const Ml::Prediction& p = c.prediction;
        auto* card = new QFrame(m_cardsRow);
        card->setObjectName(QStringLiteral("consensusCard%1").arg(p.horizon));
        card->setProperty("horizon", p.horizon);
        card->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(card);
        v->setSpacing(2);
        auto* head = new QLabel(QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span>")
                                    .arg(ModelFormat::horizonName(p.horizon),
                                         grey.name(),
                                         tr("consensus · %1").arg(ModelFormat::horizonDetail(p.horizon))),
                                card);
        v->addWidget(head);

        const double move = ModelFormat::move(p.predictedReturn);
        // Without a production-ready model the horizon has no forecast to show: the move of models that
        // did not beat the naive baselines is given small and grey, never in rising/falling colours.
        auto* moveLabel = new QLabel(
            p.productionReady ? ModelFormat::signedPercent(move) : tr("no validated forecast"), card);
        moveLabel->setObjectName(QStringLiteral("consensusMoveLabel%1").arg(p.horizon));
        QFont big = moveLabel->font();
        big.setPointSizeF(big.pointSizeF() * (p.productionReady ? 1.8 : 1.2));
        big.setBold(true);
        moveLabel->setFont(big);
        QColor colour = move > 0 ? MarketColors::up() : move < 0 ? MarketColors::down() : grey;
        if (c.expired || !p.productionReady) {
            colour = grey;
        }
        moveLabel->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
        v->addWidget(moveLabel);

        auto* price =
            new QLabel(p.productionReady ? tr("→ %1").arg(QLocale().toString(p.predictedPrice, 'f', 2))
                                         : tr("unvalidated: %1 → %2")
                                               .arg(ModelFormat::signedPercent(move),
                                                    QLocale().toString(p.predictedPrice, 'f', 2)),
                       card);
        if (!p.productionReady) {
            price->setForegroundRole(QPalette::PlaceholderText);
        }
        price->setObjectName(QStringLiteral("consensusPriceLabel%1").arg(p.horizon));
        v->addWidget(price);
        auto* confidence = new QLabel(
            tr("confidence %1 (out-of-sample IC)").arg(ModelFormat::number(p.confidence, 3)), card);
        confidence->setObjectName(QStringLiteral("consensusConfidenceLabel%1").arg(p.horizon));
        confidence->setForegroundRole(QPalette::PlaceholderText);
        v->addWidget(confidence);
        auto* badge = new QLabel(c.expired ? tr("expired") : ModelFormat::readyText(p.productionReady), card);
        badge->setObjectName(QStringLiteral("consensusBadgeLabel%1").arg(p.horizon));
        badge->setStyleSheet(QStringLiteral("color: %1; font-weight: bold")
                                 .arg(c.expired ? QStringLiteral("#c62828")
                                                : ModelFormat::readyColor(p.productionReady, grey).name()));
        badge->setToolTip(p.productionReady
                              ? tr("At least one contributing model passed the production-ready gate")
                              : tr("No model of this horizon beats the naive baselines out of sample; the "
                                   "consensus is shown for information only"));
        v->addWidget(badge);
        layout->addWidget(card, 1);
        m_cards << card;
    }
    if (shown.crossSection) {
        QFrame* card = crossSectionCard(*shown.crossSection, shown.crossSectionPeers);
        layout->addWidget(card, 1);
        m_cards << card;
    }
    m_cardsRow->setVisible(!m_cards.isEmpty());
}

QFrame* PredictionsPanel::crossSectionCard(const Store::XsScoreRow& x, int peers)
{
    const QColor grey = ModelFormat::mutedColor(palette());
    const QLocale locale;
    const bool expired = x.expiredOn(QDate::currentDate());
    auto* card = new QFrame(m_cardsRow);
    card->setObjectName(QStringLiteral("crossSectionCard"));
    card->setProperty("horizon", -10); // not a per-stock horizon: consensusText(-10) reads it
    card->setFrameShape(QFrame::StyledPanel);
    auto* v = new QVBoxLayout(card);
    v->setSpacing(2);
    auto* head =
        new QLabel(QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span>")
                       .arg(tr("10D"), grey.name(), tr("cross-section · of %1").arg(locale.toString(peers))),
                   card);
    head->setObjectName(QStringLiteral("crossSectionHeadLabel"));
    head->setToolTip(
        tr("The pooled cross-sectional model ranks this symbol among the %1 symbols it scored on %2")
            .arg(locale.toString(peers), x.asOf.toString(Qt::ISODate)));
    v->addWidget(head);

    // The score is a percentile among the symbols, not a move: coloured only when the model passed its
    // out-of-sample gate and the score is fresh; otherwise grey, as the per-stock consensus.
    auto* score = new QLabel(tr("ML score %1").arg(locale.toString(x.predictionScore, 'f', 2)), card);
    score->setObjectName(QStringLiteral("crossSectionScoreLabel"));
    QFont big = score->font();
    big.setPointSizeF(big.pointSizeF() * (x.priceValidated ? 1.8 : 1.2));
    big.setBold(true);
    score->setFont(big);
    QColor colour = x.predictionScore > 0.5   ? MarketColors::up()
                    : x.predictionScore < 0.5 ? MarketColors::down()
                                              : grey;
    if (expired || !x.priceValidated) {
        colour = grey;
    }
    score->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    score->setToolTip(tr("Percentile of the predicted 10-day return among the symbols the model scored "
                         "(0 = lowest, 1 = highest)"));
    v->addWidget(score);

    const double move = x.close > 0 ? x.priceTarget / x.close - 1 : 0.0;
    auto* target =
        new QLabel((x.priceValidated ? tr("target → %1 (%2)") : tr("unvalidated: target %1 (%2)"))
                       .arg(locale.toString(x.priceTarget, 'f', 2), ModelFormat::signedPercent(move)),
                   card);
    target->setObjectName(QStringLiteral("crossSectionTargetLabel"));
    target->setWordWrap(true); // the fourth card must not widen the window
    target->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(target);
    auto* risk = new QLabel(tr("risk %1 (lower = safer%2) · drawdown %3")
                                .arg(locale.toString(x.riskScore, 'f', 2),
                                     x.riskValidated ? QString() : tr(", unvalidated"),
                                     ModelFormat::percent(x.predictedDrawdown)),
                            card);
    risk->setObjectName(QStringLiteral("crossSectionRiskLabel"));
    risk->setWordWrap(true);
    risk->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(risk);
    auto* confidence =
        new QLabel(tr("confidence %1 (ranking strength)").arg(ModelFormat::number(x.confidence, 2)), card);
    confidence->setForegroundRole(QPalette::PlaceholderText);
    confidence->setWordWrap(true);
    confidence->setToolTip(tr("clamp(t / (2 × gate), 0, 1) × |2 × score − 1|: zero without out-of-sample "
                              "skill or for a middling score; not a probability"));
    v->addWidget(confidence);
    auto* badge = new QLabel(expired ? tr("expired (as of %1)").arg(x.asOf.toString(Qt::ISODate))
                                     : tr("%1 · as of %2")
                                           .arg(x.priceValidated ? tr("validated") : tr("unvalidated"),
                                                x.asOf.toString(Qt::ISODate)),
                             card);
    badge->setObjectName(QStringLiteral("crossSectionBadgeLabel"));
    badge->setStyleSheet(QStringLiteral("color: %1; font-weight: bold")
                             .arg(expired ? QStringLiteral("#c62828")
                                          : ModelFormat::readyColor(x.priceValidated, grey).name()));
    badge->setToolTip(x.priceValidated
                          ? tr("The cross-sectional price model's out-of-sample rank-IC t passed the gate")
                          : tr("The cross-sectional price model's out-of-sample rank IC is not significant: "
                               "the score is shown for information only"));
    v->addWidget(badge);
    return card;
}

void PredictionsPanel::fillTable(const SymbolPredictions& shown)
{
    const QColor grey = ModelFormat::mutedColor(palette());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(shown.models.size()));
    for (int row = 0; row < shown.models.size(); ++row) {
        const Store::StoredModel& m = shown.models[row];
        const Ml::Evaluation& e = m.evaluation;
        const Ml::Metrics& best = ModelFormat::bestBaseline(e);
        const Store::CachedPrediction* c =
            findPrediction(shown.predictions, Ml::toString(m.algorithm), m.horizon);

        m_table->setItem(row, ModelColumn, cell(Ml::displayName(m.algorithm)));
        QTableWidgetItem* horizon = cell(ModelFormat::horizonName(m.horizon));
        horizon->setToolTip(ModelFormat::horizonDetail(m.horizon));
        m_table->setItem(row, HorizonColumn, horizon);
        if (c) {
            const double move = ModelFormat::move(c->prediction.predictedReturn);
            QTableWidgetItem* moveItem = numberCell(ModelFormat::signedPercent(move));
            if (!c->expired) {
                moveItem->setForeground(move > 0   ? MarketColors::up()
                                        : move < 0 ? MarketColors::down()
                                                   : grey);
            }
            m_table->setItem(row, MoveColumn, moveItem);
            m_table->setItem(
                row, PriceColumn, numberCell(QLocale().toString(c->prediction.predictedPrice, 'f', 2)));
        } else {
            QTableWidgetItem* none = numberCell(QStringLiteral("—"));
            none->setToolTip(tr("No cached prediction: the model's feature schema is out of date; retrain"));
            m_table->setItem(row, MoveColumn, none);
            m_table->setItem(row, PriceColumn, numberCell(QStringLiteral("—")));
        }
        QTableWidgetItem* ic = numberCell(ModelFormat::number(e.oos.ic));
        ic->setToolTip(tr("t statistic %1").arg(ModelFormat::number(e.icT, 1)));
        m_table->setItem(row, IcColumn, ic);
        m_table->setItem(
            row,
            HitRateColumn,
            numberCell(ModelFormat::versus(ModelFormat::percent(e.oos.hitRate),
                                           ModelFormat::percent(ModelFormat::hitBaseline(e).hitRate))));
        m_table->setItem(row,
                         R2Column,
                         numberCell(ModelFormat::versus(ModelFormat::number(e.oos.r2, 3),
                                                        ModelFormat::number(best.r2, 3))));
        m_table->setItem(row,
                         MaeColumn,
                         numberCell(ModelFormat::versus(ModelFormat::percent(e.oos.mae, 2),
                                                        ModelFormat::percent(best.mae, 2))));
        QTableWidgetItem* ready = cell(ModelFormat::readyText(m.productionReady()), Qt::AlignCenter);
        ready->setForeground(ModelFormat::readyColor(m.productionReady(), grey));
        ready->setToolTip(ModelFormat::evaluationToolTip(e, m.horizon));
        m_table->setItem(row, ReadyColumn, ready);
        QTableWidgetItem* trained = cell(localTime(m.trainedAt));
        trained->setToolTip(tr("version %1, %n training row(s)", nullptr, m.rows).arg(m.version));
        m_table->setItem(row, TrainedColumn, trained);
        m_table->setItem(row, RangeColumn, cell(ModelFormat::dataRange(m.dataFrom, m.dataTo)));
        QString asOf = c ? c->prediction.asOf.toString(Qt::ISODate) : QString();
        if (c && c->expired) {
            asOf += QStringLiteral(" · ") + tr("expired");
        }
        QTableWidgetItem* asOfItem = cell(asOf);
        if (c) {
            asOfItem->setToolTip(tr("%1; valid until %2").arg(c->freshness(), localTime(c->expiresAt)));
        }
        m_table->setItem(row, AsOfColumn, asOfItem);

        // Expired: the whole row greyed, so nobody trades on an old forecast by accident.
        if (c && c->expired) {
            for (int column = 0; column < ColumnCount; ++column) {
                m_table->item(row, column)->setForeground(grey);
            }
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace Tessera::Ui
