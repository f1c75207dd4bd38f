#include "ui/models/UniverseFilterProxyModel.h"

#include <QDate>

#include "ui/models/UniverseTableModel.h"

namespace Tessera::Ui {

UniverseFilterProxyModel::UniverseFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UniverseTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UniverseFilterProxyModel::setSearchText(const QString& text)
{
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_search) {
        return;
    }
    m_search = normalized;
    invalidateFilter();
}

void UniverseFilterProxyModel::setMemberFilter(std::optional<QSet<QString>> tickers)
{
    m_members = std::move(tickers);
    invalidateFilter();
}

void UniverseFilterProxyModel::setTagFilter(const QString& tag)
{
    if (tag == m_tag) {
        return;
    }
    m_tag = tag;
    invalidateFilter();
}

void UniverseFilterProxyModel::setSectorFilter(const QString& sector)
{
    if (sector == m_sector) {
        return;
    }
    m_sector = sector;
    invalidateFilter();
}

void UniverseFilterProxyModel::setVerdictFilter(const QString& direction)
{
    if (direction == m_verdict) {
        return;
    }
    m_verdict = direction;
    invalidateFilter();
}

bool UniverseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_members && !m_members->contains(index.data(UniverseTableModel::TickerRole).toString())) {
        return false;
    }
    if (!m_tag.isEmpty() && !index.data(UniverseTableModel::TagsRole).toStringList().contains(m_tag)) {
        return false;
    }
    if (!m_sector.isEmpty()
        && sourceModel()->index(sourceRow, UniverseTableModel::SectorColumn, sourceParent).data().toString()
               != m_sector) {
        return false;
    }
    if (!m_verdict.isEmpty()) {
        const QString verdict = index.data(UniverseTableModel::VerdictRole).toString();
        if (m_verdict == noAnalysisFilter() ? !verdict.isEmpty() : verdict != m_verdict) {
            return false;
        }
    }
    if (!m_search.isEmpty()
        && !index.data(UniverseTableModel::SearchTextRole).toString().contains(m_search)) {
        return false;
    }
    return true;
}

bool UniverseFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing values sort last in both directions: Qt reverses lessThan for descending order, so a
    // missing value is "greater" when ascending and "smaller" when descending.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid()) {
            return false;
        }
        return a.isValid() ? !descending : descending;
    }
    switch (a.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
        return a.toDouble() < b.toDouble();
    case QMetaType::QDate:
        return a.toDate() < b.toDate();
    default:
        break;
    }
    const int byText = a.toString().compare(b.toString(), Qt::CaseInsensitive);
    if (byText != 0) {
        return byText < 0;
    }
    // Stable, deterministic order for equal keys (e.g. the same sector): by ticker.
    return left.data(UniverseTableModel::TickerRole).toString()
           < right.data(UniverseTableModel::TickerRole).toString();
}

} // namespace Tessera::Ui
