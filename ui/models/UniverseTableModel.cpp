#include "ui/models/UniverseTableModel.h"

#include <cmath>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMimeData>

#include "ui/common/MarketColors.h"
#include "ui/common/VerdictFormat.h"
#include "ui/watchlists/WatchlistStore.h"

namespace Tessera::Ui {
namespace {

/** Text of failed fetches: the same red as the dialogs' error labels, readable on light and dark rows. */
QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace

QString UniverseTableModel::formatUpdateTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

UniverseTableModel::UniverseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UniverseTableModel::setRows(QList<Store::SymbolRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void UniverseTableModel::setAnalyses(QHash<QString, Tiles::AnalysisSummary> analyses)
{
    m_analyses = std::move(analyses);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, VerdictColumn), index(rowCount() - 1, QualityColumn));
    }
}

void UniverseTableModel::setFundamentals(QHash<QString, Fundamentals::Record> fundamentals)
{
    m_fundamentals = std::move(fundamentals);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, PeColumn), index(rowCount() - 1, CapCategoryColumn));
    }
}

void UniverseTableModel::setHoldings(QHash<QString, QList<HeldPosition>> held)
{
    m_held = std::move(held);
    if (rowCount() > 0) {
        emit dataChanged(index(0, HeldColumn), index(rowCount() - 1, HeldColumn));
    }
}

void UniverseTableModel::setXsScores(QHash<QString, Store::XsScoreRow> scores)
{
    m_xsScores = std::move(scores);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, MlScoreColumn), index(rowCount() - 1, MlRiskColumn));
    }
}

QString UniverseTableModel::xsScoreText(double score, bool validated)
{
    const QString number = QLocale().toString(score, 'f', 2);
    return validated ? number : tr("%1 (unvalidated)").arg(number);
}

int UniverseTableModel::rowOf(const QString& ticker) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].symbol.ticker == ticker) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString UniverseTableModel::tickerAt(int row) const
{
    const Store::SymbolRow* r = rowData(row);
    return r ? r->symbol.ticker : QString();
}

const Store::SymbolRow* UniverseTableModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int UniverseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UniverseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UniverseTableModel::data(const QModelIndex& index, int role) const
{
    const Store::SymbolRow* row = index.isValid() ? rowData(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    const int column = index.column();
    const bool rowRole =
        role == TickerRole || role == TagsRole || role == SearchTextRole || role == VerdictRole;
    if (column >= VerdictColumn && column <= QualityColumn && !rowRole) {
        return analysisValue(*row, column, role);
    }
    if (column >= PeColumn && column <= CapCategoryColumn && !rowRole) {
        return fundamentalsValue(*row, column, role);
    }
    if (column >= MlScoreColumn && column <= MlRiskColumn && !rowRole) {
        return xsValue(*row, column, role);
    }
    if (column == HeldColumn && !rowRole) {
        return heldValue(*row, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, column);
    case SortRole:
        return sortValue(*row, column);
    case TickerRole:
        return row->symbol.ticker;
    case TagsRole:
        return row->symbol.tags;
    case SearchTextRole:
        return QString(row->symbol.ticker + u' ' + row->symbol.name + u' ' + row->symbol.sector).toLower();
    case VerdictRole:
        return m_analyses.value(row->symbol.ticker).direction;
    case Qt::TextAlignmentRole:
        if (column == LastCloseColumn || column == ChangeColumn || column == BarsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == ChangeColumn) {
            const double change = row->changePercent();
            if (!isMissing(change) && change != 0.0) {
                return QBrush(change > 0 ? MarketColors::up() : MarketColors::down());
            }
        }
        if (column == LastErrorColumn && !row->lastError.isEmpty()) {
            return QBrush(errorColor());
        }
        return {};
    case Qt::ToolTipRole: {
        if (column == LastErrorColumn && !row->lastError.isEmpty()) {
            return tr("Last fetch failed at %1:\n%2").arg(formatUpdateTime(row->lastAttempt), row->lastError);
        }
        if (column == LastUpdateColumn && row->lastAttempt.isValid()) {
            return row->lastSuccess.isValid()
                       ? tr("Last successful fetch: %1\nLast attempt: %2")
                             .arg(formatUpdateTime(row->lastSuccess), formatUpdateTime(row->lastAttempt))
                       : tr("Never fetched successfully\nLast attempt: %1")
                             .arg(formatUpdateTime(row->lastAttempt));
        }
        QStringList lines;
        lines << row->symbol.ticker
                     + (row->symbol.name.isEmpty() ? QString() : QStringLiteral(" — ") + row->symbol.name);
        if (!row->symbol.industry.isEmpty()) {
            lines << tr("Industry: %1").arg(row->symbol.industry);
        }
        if (!row->symbol.tags.isEmpty()) {
            lines << tr("Tags: %1").arg(row->symbol.tags.join(QStringLiteral(", ")));
        }
        if (row->barCount > 0) {
            lines << tr("%1 bars from %2 to %3")
                         .arg(QLocale().toString(row->barCount),
                              row->firstDate.toString(Qt::ISODate),
                              row->lastDate.toString(Qt::ISODate));
        } else {
            lines << tr("No bars stored");
        }
        if (!row->lastError.isEmpty()) {
            lines << tr("Last load failed: %1").arg(row->lastError);
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant UniverseTableModel::displayValue(const Store::SymbolRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case SymbolColumn:
        return row.lastError.isEmpty() ? row.symbol.ticker
                                       : QString(row.symbol.ticker + QStringLiteral(" ⚠"));
    case NameColumn:
        return row.symbol.name;
    case SectorColumn:
        return row.symbol.sector;
    case LastCloseColumn:
        return isMissing(row.lastClose) ? QString() : locale.toString(row.lastClose, 'f', 2);
    case ChangeColumn: {
        const double change = row.changePercent();
        if (isMissing(change)) {
            return QString();
        }
        return QString((change > 0 ? QStringLiteral("+") : QString()) + locale.toString(change, 'f', 2)
                       + u'%');
    }
    case BarsColumn:
        return row.barCount > 0 ? locale.toString(row.barCount) : QString();
    case LastDateColumn:
        return row.lastDate.isValid() ? row.lastDate.toString(Qt::ISODate) : QString();
    case LastUpdateColumn:
        return formatUpdateTime(row.lastSuccess);
    case LastErrorColumn:
        // One line in the cell; the tooltip has the whole reason.
        return row.lastError.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant UniverseTableModel::sortValue(const Store::SymbolRow& row, int column) const
{
    switch (column) {
    case SymbolColumn:
        return row.symbol.ticker;
    case NameColumn:
        return row.symbol.name.isEmpty() ? QVariant() : QVariant(row.symbol.name);
    case SectorColumn:
        return row.symbol.sector.isEmpty() ? QVariant() : QVariant(row.symbol.sector);
    case LastCloseColumn:
        return isMissing(row.lastClose) ? QVariant() : QVariant(row.lastClose);
    case ChangeColumn: {
        const double change = row.changePercent();
        return isMissing(change) ? QVariant() : QVariant(change);
    }
    case BarsColumn:
        return row.barCount > 0 ? QVariant(row.barCount) : QVariant();
    case LastDateColumn:
        return row.lastDate.isValid() ? QVariant(row.lastDate) : QVariant();
    case LastUpdateColumn:
        return row.lastSuccess.isValid() ? QVariant(row.lastSuccess.toMSecsSinceEpoch()) : QVariant();
    case LastErrorColumn:
        return row.lastError.isEmpty() ? QVariant() : QVariant(row.lastError);
    default:
        return {};
    }
}

QVariant UniverseTableModel::fundamentalsValue(const Store::SymbolRow& row, int column, int role) const
{
    const auto it = m_fundamentals.constFind(row.symbol.ticker);
    if (it == m_fundamentals.cend()) {
        return role == Qt::DisplayRole ? QVariant(QString())
                                       : QVariant(); // none collected: empty, sorts last
    }
    const Fundamentals::Record& r = *it;
    if (column == CapCategoryColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return r.capCategory.isEmpty() ? QStringLiteral("—") : r.capCategory;
        case SortRole:
            return r.capCategory.isEmpty() ? QVariant() : QVariant(r.capCategory);
        case Qt::ToolTipRole:
            return r.capCategory.isEmpty()
                       ? tr("No market-cap category: no market cap, or no rule for this market")
                       : tr("%1 as of %2%3")
                             .arg(Fundamentals::capCategoryLabel(r.capCategory), r.asOf.toString(Qt::ISODate))
                             .arg(r.capCategoryDerived ? tr(" (derived by Tessera from the market cap)")
                                                       : QString());
        default:
            return {};
        }
    }
    const Fundamentals::Field field = column == PeColumn    ? Fundamentals::Field::PeRatio
                                      : column == PbColumn  ? Fundamentals::Field::PbRatio
                                      : column == RoeColumn ? Fundamentals::Field::Roe
                                                            : Fundamentals::Field::MarketCap;
    const double value = r.value(field);
    const bool derived = r.has(field) && r.derived.contains(field);
    switch (role) {
    case Qt::DisplayRole:
        if (!r.has(field)) {
            return QStringLiteral("—");
        }
        if (field == Fundamentals::Field::MarketCap) {
            return Fundamentals::formatValue(value, Fundamentals::Unit::Currency);
        }
        return QLocale().toString(value, 'f', 2);
    case SortRole:
        return r.has(field) ? QVariant(value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (derived) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 as of %2 (%3)%4")
            .arg(QString::fromLatin1(Fundamentals::info(field).label), r.asOf.toString(Qt::ISODate), r.source)
            .arg(derived ? tr("\nDerived by Tessera from the other fields (README \"Fundamentals\")")
                         : QString());
    default:
        return {};
    }
}

QVariant UniverseTableModel::analysisValue(const Store::SymbolRow& row, int column, int role) const
{
    const auto it = m_analyses.constFind(row.symbol.ticker);
    if (it == m_analyses.cend()) {
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant(); // no analysis: sorts last
    }
    const Tiles::AnalysisSummary& a = *it;
    switch (role) {
    case Qt::DisplayRole:
        if (column == VerdictColumn) {
            return a.direction;
        }
        if (column == ScoreColumn) {
            return VerdictFormat::signedScore(a.score);
        }
        return a.qualityGrade;
    case SortRole:
        // Verdicts sort by score, so UP names come first descending and WITHHELD ones stay together.
        if (column == VerdictColumn) {
            return a.valid ? QVariant(a.score) : QVariant(-2.0);
        }
        return column == ScoreColumn ? QVariant(a.score) : QVariant(a.qualityGrade);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((column == ScoreColumn ? Qt::AlignRight : Qt::AlignHCenter)
                                   | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == VerdictColumn
            && (a.direction == QStringLiteral("UP") || a.direction == QStringLiteral("DOWN"))) {
            return QBrush(a.direction == QStringLiteral("UP") ? MarketColors::up() : MarketColors::down());
        }
        return {};
    case Qt::ToolTipRole:
        if (column == QualityColumn && a.valid) {
            return a.qualityReasons.isEmpty()
                       ? tr("Data quality %1").arg(a.qualityGrade)
                       : tr("Data quality %1:\n%2").arg(a.qualityGrade, a.qualityReasons.join(u'\n'));
        }
        return tr("%1\nAs of %2.")
            .arg(VerdictFormat::toolTip(VerdictFormat::fromSummary(a)), a.asOf.toString(Qt::ISODate));
    default:
        return {};
    }
}

QVariant UniverseTableModel::heldValue(const Store::SymbolRow& row, int role) const
{
    const auto it = m_held.constFind(row.symbol.ticker);
    if (it == m_held.cend()) {
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant(); // not held: sorts last
    }
    double total = 0;
    QStringList lines;
    for (const HeldPosition& h : *it) {
        total += h.quantity;
        lines << tr("%1: %2 @ %3")
                     .arg(h.account,
                          QLocale().toString(h.quantity, 'g', 12),
                          QLocale().toString(h.averagePrice, 'f', 2));
    }
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(total, 'g', 12);
    case SortRole:
        return total;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return lines.join(u'\n');
    default:
        return {};
    }
}

QVariant UniverseTableModel::xsValue(const Store::SymbolRow& row, int column, int role) const
{
    const auto it = m_xsScores.constFind(row.symbol.ticker);
    if (it == m_xsScores.cend()) {
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant(); // no score: sorts last
    }
    const Store::XsScoreRow& x = *it;
    const bool validated = column == MlRiskColumn ? x.riskValidated : x.priceValidated;
    const bool expired = x.expiredOn(QDate::currentDate());
    switch (role) {
    case Qt::DisplayRole:
        if (column == MlScoreColumn) {
            return xsScoreText(x.predictionScore, validated);
        }
        if (column == MlTargetColumn) {
            return std::isfinite(x.priceTarget) ? xsScoreText(x.priceTarget, validated) : QString();
        }
        return xsScoreText(x.riskScore, validated);
    case SortRole:
        if (column == MlScoreColumn) {
            return x.predictionScore;
        }
        return column == MlTargetColumn ? QVariant(x.priceTarget) : QVariant(x.riskScore);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Unvalidated or expired scores are greyed: shown, never presented as a signal.
        return validated && !expired ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("Cross-sectional model as of %1 (expires %2%3)")
                     .arg(x.asOf.toString(Qt::ISODate),
                          x.expiresOn.toString(Qt::ISODate),
                          expired ? tr(", expired") : QString());
        lines << tr("ML score %1: percentile of the predicted 10-day return among the day's symbols")
                     .arg(QLocale().toString(x.predictionScore, 'f', 2));
        lines << tr("Price target %1 = close %2 × (1 %3 %4 %): the out-of-sample mean return of its decile")
                     .arg(QLocale().toString(x.priceTarget, 'f', 2),
                          QLocale().toString(x.close, 'f', 2),
                          x.predictedReturn < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                          QLocale().toString(100 * std::fabs(x.predictedReturn), 'f', 2));
        lines << tr("Confidence %1 (ranking strength from out-of-sample skill, not a probability)")
                     .arg(QLocale().toString(x.confidence, 'f', 2));
        lines << tr("Risk %1: percentile of the predicted 10-day drawdown (%2 %), lower = safer")
                     .arg(QLocale().toString(x.riskScore, 'f', 2),
                          QLocale().toString(100 * x.predictedDrawdown, 'f', 2));
        if (!x.priceValidated) {
            lines << tr("Price model unvalidated: its out-of-sample rank-IC t-statistic is below the gate");
        }
        if (!x.riskValidated) {
            lines << tr("Risk model unvalidated: its out-of-sample rank-IC t-statistic is below the gate");
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant UniverseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SymbolColumn:
            return tr("Symbol");
        case NameColumn:
            return tr("Name");
        case SectorColumn:
            return tr("Sector");
        case LastCloseColumn:
            return tr("Last close");
        case ChangeColumn:
            return tr("Chg %");
        case BarsColumn:
            return tr("Bars");
        case LastDateColumn:
            return tr("Last date");
        case VerdictColumn:
            return tr("Verdict");
        case ScoreColumn:
            return tr("Score");
        case QualityColumn:
            return tr("Quality");
        case PeColumn:
            return tr("P/E");
        case PbColumn:
            return tr("P/B");
        case RoeColumn:
            return tr("ROE %");
        case MarketCapColumn:
            return tr("Mkt cap");
        case CapCategoryColumn:
            return tr("Cap");
        case LastUpdateColumn:
            return tr("Last update");
        case LastErrorColumn:
            return tr("Last error");
        case MlScoreColumn:
            return tr("ML score");
        case MlTargetColumn:
            return tr("ML target");
        case MlRiskColumn:
            return tr("ML risk");
        case HeldColumn:
            return tr("Held");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastCloseColumn:
            return tr("Last stored close (as delivered by the source)");
        case ChangeColumn:
            return tr("Change of the last close against the previous close");
        case BarsColumn:
            return tr("Daily bars stored");
        case VerdictColumn:
            return tr("Direction of the stored analysis (WITHHELD when it failed validation)");
        case ScoreColumn:
            return tr("Verdict score on its -1…+1 scale, signed: not a probability and not an expected "
                      "move. By default (formula directional) momentum and flow set its sign and "
                      "liquidity and cost can only strengthen it; hover a row for its formula");
        case QualityColumn:
            return tr("Data-quality grade A–D of the analysed bars");
        case PeColumn:
            return tr(
                "Price / earnings per share, from the latest fundamentals (italic: derived by Tessera)");
        case PbColumn:
            return tr("Price / book value per share (italic: derived by Tessera)");
        case RoeColumn:
            return tr("Return on equity, in percent");
        case MarketCapColumn:
            return tr("Market capitalisation in the listing's currency");
        case CapCategoryColumn:
            return tr(
                "Market-cap category: NSE by SEBI rank (large 1–100, mid 101–250, small), US by dollar bands "
                "(mega ≥ 200 bn, large ≥ 10 bn, mid ≥ 2 bn, small ≥ 300 m, micro)");
        case LastUpdateColumn:
            return tr("When the symbol was last fetched successfully (local time)");
        case LastErrorColumn:
            return tr("Why the symbol's last fetch failed; empty when it succeeded");
        case MlScoreColumn:
            return tr("Cross-sectional ML score 0–1: percentile of the predicted 10-day return; "
                      "\"unvalidated\" when the model failed its out-of-sample gate");
        case MlTargetColumn:
            return tr("Cross-sectional price target: close × (1 + predicted 10-day return)");
        case MlRiskColumn:
            return tr("Cross-sectional risk 0–1: percentile of the predicted 10-day drawdown, lower = safer");
        case HeldColumn:
            return tr("Quantity held over the portfolio's accounts (paper and brokers); hover for each "
                      "account's position and average price");
        default:
            return {};
        }
    }
    return {};
}

// Drag rows onto a watchlist (issue 17).
Qt::ItemFlags UniverseTableModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList UniverseTableModel::mimeTypes() const
{
    return {WatchlistStore::tickersMimeType(), QStringLiteral("text/plain")};
}

QMimeData* UniverseTableModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList tickers;
    for (const QModelIndex& index : indexes) {
        const QString ticker = tickerAt(index.row());
        if (!ticker.isEmpty() && !tickers.contains(ticker)) {
            tickers << ticker;
        }
    }
    auto* mime = new QMimeData;
    const QString text = tickers.join(u'\n');
    mime->setData(WatchlistStore::tickersMimeType(), text.toUtf8());
    mime->setText(text);
    return mime;
}

} // namespace Tessera::Ui
