#pragma once

#include <optional>

#include <QSet>
#include <QSortFilterProxyModel>

namespace Tessera::Ui {

/**
 * Sorting and filtering over UniverseTableModel. Sorts on UniverseTableModel::SortRole: numbers and
 * dates numerically, text case-insensitively, and missing values always last whatever the order.
 * Filters by a search text (ticker, name or sector contain it), by universe membership, sector and tag.
 */
class UniverseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UniverseFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    /** Only these tickers (a universe's members); nullopt = no universe filter. */
    void setMemberFilter(std::optional<QSet<QString>> tickers);
    /** Only symbols carrying this tag; empty = no tag filter. */
    void setTagFilter(const QString& tag);
    /** Only symbols of this sector; empty = no sector filter. */
    void setSectorFilter(const QString& sector);
    /** Only symbols whose stored verdict is this direction; noAnalysisFilter() = none stored; empty = all. */
    void setVerdictFilter(const QString& direction);
    static QString noAnalysisFilter() { return QStringLiteral("none"); }

    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    std::optional<QSet<QString>> m_members;
    QString m_tag;
    QString m_sector;
    QString m_verdict;
};

} // namespace Tessera::Ui
