#include "ui/models/ModelsFilterProxyModel.h"

#include <QDateTime>

#include "ui/models/ModelsTableModel.h"

namespace Tessera::Ui {

ModelsFilterProxyModel::ModelsFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelsTableModel::SortRole);
}

void ModelsFilterProxyModel::setAlgorithm(const QString& id)
{
    if (id != m_algorithm) {
        m_algorithm = id;
        invalidateFilter();
    }
}

void ModelsFilterProxyModel::setHorizon(int tradingDays)
{
    if (tradingDays != m_horizon) {
        m_horizon = tradingDays;
        invalidateFilter();
    }
}

void ModelsFilterProxyModel::setReadyOnly(bool readyOnly)
{
    if (readyOnly != m_readyOnly) {
        m_readyOnly = readyOnly;
        invalidateFilter();
    }
}

void ModelsFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != m_search) {
        m_search = trimmed;
        invalidateFilter();
    }
}

bool ModelsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_algorithm.isEmpty() && index.data(ModelsTableModel::AlgorithmRole).toString() != m_algorithm) {
        return false;
    }
    if (m_horizon > 0 && index.data(ModelsTableModel::HorizonRole).toInt() != m_horizon) {
        return false;
    }
    if (m_readyOnly && !index.data(ModelsTableModel::ReadyRole).toBool()) {
        return false;
    }
    return m_search.isEmpty()
           || index.data(ModelsTableModel::TickerRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool ModelsFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing values sort last in both directions: Qt reverses lessThan for descending order.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid()) {
            return false;
        }
        return a.isValid() ? !descending : descending;
    }
    switch (a.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Int:
        if (a.toDouble() != b.toDouble()) {
            return a.toDouble() < b.toDouble();
        }
        break;
    case QMetaType::QDateTime:
        if (a.toDateTime() != b.toDateTime()) {
            return a.toDateTime() < b.toDateTime();
        }
        break;
    default:
        if (const int byText = a.toString().compare(b.toString(), Qt::CaseInsensitive); byText != 0) {
            return byText < 0;
        }
        break;
    }
    // Stable, deterministic order for equal keys: by symbol, then horizon.
    const QString ta = left.data(ModelsTableModel::TickerRole).toString();
    const QString tb = right.data(ModelsTableModel::TickerRole).toString();
    if (ta != tb) {
        return ta < tb;
    }
    return left.data(ModelsTableModel::HorizonRole).toInt()
           < right.data(ModelsTableModel::HorizonRole).toInt();
}

} // namespace Tessera::Ui
