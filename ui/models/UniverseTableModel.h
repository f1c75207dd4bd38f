#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "core/fundamentals/Fundamentals.h"
#include "core/store/CrossSectionRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tiles/SymbolAnalysis.h"
#include "ui/models/UniverseSnapshot.h"

namespace Tessera::Ui {

/**
 * The universe table: one row per stored symbol with its bar summary. Read-only; the rows are
 * replaced in one go by setRows() with data read on a worker thread (the model never touches SQL).
 * Numeric columns expose raw numbers under SortRole (an invalid QVariant when missing) so the
 * proxy sorts them numerically and puts missing values last. The fetch columns show when a symbol
 * was last fetched and why its last fetch failed (the whole reason as tooltip).
 */
class UniverseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SymbolColumn,
        NameColumn,
        SectorColumn,
        LastCloseColumn,
        ChangeColumn,
        BarsColumn,
        LastDateColumn,
        VerdictColumn, ///< the stored analysis: UP/DOWN/NEUTRAL/WITHHELD (setAnalyses)
        ScoreColumn,
        QualityColumn,
        PeColumn, ///< the latest fundamentals (setFundamentals); "—" when a stored row lacks the value
        PbColumn,
        RoeColumn,
        MarketCapColumn,
        CapCategoryColumn,
        LastUpdateColumn, ///< local time of the last successful fetch
        LastErrorColumn,  ///< reason the last fetch failed, empty after a success
        MlScoreColumn,  ///< cross-sectional ml_prediction_score 0–1 (setXsScores), marked when unvalidated
        MlTargetColumn, ///< ml_price_target (close × (1 + predicted 10-day return))
        MlRiskColumn,   ///< ml_risk_score 0–1, lower = safer
        HeldColumn,     ///< quantity held over the portfolio's accounts (setHoldings); empty when none
        ColumnCount
    };

    enum Role
    {
        SortRole =
            Qt::UserRole + 1, ///< raw value for sorting: QString, double, qint64 or QDate; invalid = missing
        TickerRole,           ///< the row's ticker, whatever the column
        TagsRole,             ///< QStringList of the symbol's tags
        SearchTextRole,       ///< lower-case "ticker name sector" for the search box
        VerdictRole,          ///< the analysis' direction, or empty without a stored analysis
    };

    explicit UniverseTableModel(QObject* parent = nullptr);

    /** How the Last update column shows a UTC instant: local time, "yyyy-MM-dd HH:mm". */
    static QString formatUpdateTime(const QDateTime& utc);

    void setRows(QList<Store::SymbolRow> rows);
    /** The stored analyses' summaries by ticker (verdict, score and quality columns). */
    void setAnalyses(QHash<QString, Tiles::AnalysisSummary> analyses);
    /** Each symbol's latest fundamentals by ticker (P/E, P/B, ROE, market cap and category columns). */
    void setFundamentals(QHash<QString, Fundamentals::Record> fundamentals);
    /** Every symbol's newest cross-sectional scores by ticker (the ML columns). */
    void setXsScores(QHash<QString, Store::XsScoreRow> scores);
    /** The portfolio's open positions by ticker (issue 19), shown in the Held column. */
    void setHoldings(QHash<QString, QList<HeldPosition>> held);
    /** "0.73" or "0.73 (unvalidated)": how a 0–1 score reads wherever it is shown. */
    static QString xsScoreText(double score, bool validated);
    const QList<Store::SymbolRow>& rows() const { return m_rows; }

    /** Row of ticker, or -1. */
    int rowOf(const QString& ticker) const;
    QString tickerAt(int row) const;
    const Store::SymbolRow* rowData(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Rows can be dragged (onto a watchlist): the drag carries their tickers (WatchlistStore's MIME type).
     */
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    QVariant displayValue(const Store::SymbolRow& row, int column) const;
    QVariant sortValue(const Store::SymbolRow& row, int column) const;
    /** Display, sort, colour and tooltip of the analysis columns. */
    QVariant analysisValue(const Store::SymbolRow& row, int column, int role) const;
    /** Display, sort, font and tooltip of the fundamentals columns. */
    QVariant fundamentalsValue(const Store::SymbolRow& row, int column, int role) const;

    /** Display, sort, colour and tooltip of the ML columns. */
    QVariant heldValue(const Store::SymbolRow& row, int role) const;
    QVariant xsValue(const Store::SymbolRow& row, int column, int role) const;

    QList<Store::SymbolRow> m_rows;
    QHash<QString, Tiles::AnalysisSummary> m_analyses;
    QHash<QString, Fundamentals::Record> m_fundamentals;
    QHash<QString, Store::XsScoreRow> m_xsScores;
    QHash<QString, QList<HeldPosition>> m_held;
};

} // namespace Tessera::Ui
