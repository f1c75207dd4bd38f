#include "ui/models/ModelsTableModel.h"

#include <cmath>

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>

#include "core/ml/MlTypes.h"
#include "ui/common/ModelFormat.h"

namespace Tessera::Ui {
namespace {

/** NaN (an undefined metric) sorts as missing. */
QVariant metric(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

} // namespace

ModelsTableModel::ModelsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ModelsTableModel::setModels(QList<Store::StoredModel> models)
{
    beginResetModel();
    m_models = std::move(models);
    endResetModel();
}

const Store::StoredModel* ModelsTableModel::model(int row) const
{
    return row >= 0 && row < m_models.size() ? &m_models[row] : nullptr;
}

int ModelsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_models.size());
}

int ModelsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelsTableModel::data(const QModelIndex& index, int role) const
{
    const Store::StoredModel* m = model(index.row());
    if (!m || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*m, index.column());
    case SortRole:
        return sortValue(*m, index.column());
    case AlgorithmRole:
        return Ml::toString(m->algorithm);
    case HorizonRole:
        return m->horizon;
    case ReadyRole:
        return m->productionReady();
    case TickerRole:
        return m->symbol;
    case Qt::TextAlignmentRole:
        return index.column() <= HorizonColumn || index.column() == TrainedColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(index.column() == ReadyColumn ? Qt::AlignCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const QColor grey = ModelFormat::mutedColor(QApplication::palette());
        if (index.column() == ReadyColumn) {
            return QBrush(ModelFormat::readyColor(m->productionReady(), grey));
        }
        // Baselines in grey, so the model's own numbers stand out beside them.
        if (index.column() == BaseHitRateColumn || index.column() == BaseR2Column
            || index.column() == BaseMaeColumn) {
            return QBrush(grey);
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (index.column() == ReadyColumn || index.column() == SymbolColumn) {
            return ModelFormat::evaluationToolTip(m->evaluation, m->horizon);
        }
        if (index.column() == TrainedColumn) {
            return tr("version %1; data %2")
                .arg(m->version)
                .arg(ModelFormat::dataRange(m->dataFrom, m->dataTo));
        }
        return {};
    default:
        return {};
    }
}

QVariant ModelsTableModel::display(const Store::StoredModel& m, int column) const
{
    const Ml::Evaluation& e = m.evaluation;
    switch (column) {
    case SymbolColumn:
        return m.symbol;
    case AlgorithmColumn:
        return Ml::displayName(m.algorithm);
    case HorizonColumn:
        return ModelFormat::horizonName(m.horizon);
    case IcColumn:
        return ModelFormat::number(e.oos.ic);
    case HitRateColumn:
        return ModelFormat::percent(e.oos.hitRate);
    case BaseHitRateColumn:
        return ModelFormat::percent(ModelFormat::hitBaseline(e).hitRate);
    case R2Column:
        return ModelFormat::number(e.oos.r2, 3);
    case BaseR2Column:
        return ModelFormat::number(ModelFormat::bestBaseline(e).r2, 3);
    case MaeColumn:
        return ModelFormat::percent(e.oos.mae, 2);
    case BaseMaeColumn:
        return ModelFormat::percent(ModelFormat::bestBaseline(e).mae, 2);
    case ReadyColumn:
        return ModelFormat::readyText(m.productionReady());
    case TrainedColumn:
        return QLocale().toString(m.trainedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case RowsColumn:
        return QLocale().toString(m.rows);
    default:
        return {};
    }
}

QVariant ModelsTableModel::sortValue(const Store::StoredModel& m, int column) const
{
    const Ml::Evaluation& e = m.evaluation;
    switch (column) {
    case SymbolColumn:
        return m.symbol;
    case AlgorithmColumn:
        return Ml::displayName(m.algorithm);
    case HorizonColumn:
        return m.horizon;
    case IcColumn:
        return metric(e.oos.ic);
    case HitRateColumn:
        return metric(e.oos.hitRate);
    case BaseHitRateColumn:
        return metric(ModelFormat::hitBaseline(e).hitRate);
    case R2Column:
        return metric(e.oos.r2);
    case BaseR2Column:
        return metric(ModelFormat::bestBaseline(e).r2);
    case MaeColumn:
        return metric(e.oos.mae);
    case BaseMaeColumn:
        return metric(ModelFormat::bestBaseline(e).mae);
    case ReadyColumn:
        return m.productionReady() ? 1 : 0;
    case TrainedColumn:
        return m.trainedAt;
    case RowsColumn:
        return m.rows;
    default:
        return {};
    }
}

QVariant ModelsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SymbolColumn:
            return tr("Symbol");
        case AlgorithmColumn:
            return tr("Algorithm");
        case HorizonColumn:
            return tr("Horizon");
        case IcColumn:
            return tr("IC");
        case HitRateColumn:
            return tr("Hit rate");
        case BaseHitRateColumn:
            return tr("Naive hit rate");
        case R2Column:
            return tr("R²");
        case BaseR2Column:
            return tr("Naive R²");
        case MaeColumn:
            return tr("MAE");
        case BaseMaeColumn:
            return tr("Naive MAE");
        case ReadyColumn:
            return tr("Production");
        case TrainedColumn:
            return tr("Trained");
        case RowsColumn:
            return tr("Rows");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IcColumn:
            return tr(
                "Out-of-sample Spearman IC of forecasts and realised returns; a constant forecast has 0");
        case HitRateColumn:
            return tr("Out-of-sample directional hit rate (not an accuracy of the return)");
        case BaseHitRateColumn:
            return tr("Hit rate of the training-mean baseline on the same rows");
        case BaseR2Column:
        case BaseMaeColumn:
            return tr("The better naive baseline (zero return or training mean) on the same rows");
        case HorizonColumn:
            return tr(
                "Forecast horizon in trading days (sessions): 1D = next session, 5D = a week, 21D = about a "
                "month");
        case RowsColumn:
            return tr("Usable rows of the final fit");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Tessera::Ui
