#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/ModelRepository.h"

namespace Tessera::Ui {

/**
 * The Models view's table: every symbol's newest model per (algorithm, horizon), as
 * ModelRepository::latestAll() returns them (read on a worker; the model never touches SQL). Each
 * out-of-sample metric has its baseline in the next column, so both sort: IC (a constant forecast
 * has 0), hit rate beside the training-mean baseline's, R² and MAE beside the better naive baseline
 * (ModelFormat::bestBaseline). SortRole gives numbers (NaN = invalid, sorted last).
 */
class ModelsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SymbolColumn,
        AlgorithmColumn,
        HorizonColumn,
        ReadyColumn,
        IcColumn,
        HitRateColumn,
        BaseHitRateColumn,
        R2Column,
        BaseR2Column,
        MaeColumn,
        BaseMaeColumn,
        TrainedColumn,
        RowsColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< the column's value for sorting (double, int, date-time, text)
        AlgorithmRole,               ///< "rf", "gbm" or "linear", whatever the column
        HorizonRole,                 ///< trading days (int)
        ReadyRole,                   ///< bool: production ready
        TickerRole,                  ///< the symbol
    };

    explicit ModelsTableModel(QObject* parent = nullptr);

    void setModels(QList<Store::StoredModel> models);
    const QList<Store::StoredModel>& models() const { return m_models; }
    /** The model of a row, or nullptr. */
    const Store::StoredModel* model(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Store::StoredModel& m, int column) const;
    QVariant sortValue(const Store::StoredModel& m, int column) const;

    QList<Store::StoredModel> m_models;
};

} // namespace Tessera::Ui
