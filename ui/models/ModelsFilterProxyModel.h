#pragma once

#include <QSortFilterProxyModel>

namespace Tessera::Ui {

/**
 * Filters and sorts the Models view (ModelsTableModel): by algorithm id, horizon, production-ready
 * only and a symbol search (case-insensitive substring). Missing metrics (NaN) sort last in both
 * directions; equal keys fall back to symbol order so the table never jumps.
 */
class ModelsFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModelsFilterProxyModel(QObject* parent = nullptr);

    /** "rf", "gbm", "linear"; empty = every algorithm. */
    void setAlgorithm(const QString& id);
    /** Trading days; 0 = every horizon. */
    void setHorizon(int tradingDays);
    void setReadyOnly(bool readyOnly);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_algorithm;
    int m_horizon = 0;
    bool m_readyOnly = false;
    QString m_search;
};

} // namespace Tessera::Ui
