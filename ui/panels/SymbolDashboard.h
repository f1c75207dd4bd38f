#pragma once

#include <optional>

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include "core/fundamentals/Fundamentals.h"
#include "ui/charts/tiles/AnalysisLoader.h"
#include "ui/charts/tiles/AnalysisView.h"

class QLabel;
class QStackedWidget;
class QThreadPool;

namespace Tessera::Ui {

class ElidedLabel;

class CandlesTile;
class TileView;
class VerdictCard;
class VolumeProfileTile;

/**
 * The symbol dashboard: a header (name, last price and change, verdict badge with the signed score,
 * "UP · +0.17", and the components and formula on hover (VerdictFormat), quality grade with its reasons
 * on hover, as-of date and last update), a banner when validation withheld the
 * verdict, the verdict card and the nine tiles in a grid (the volume profile beside the candles on the
 * same price range; slippage as samples and Monte Carlo).
 *
 * showSymbol() reads the stored analysis through the injected loader and parses it on the read pool;
 * the GUI thread only draws. A result that arrives after a newer showSymbol() is dropped (request
 * counter). Double-clicking a tile opens it enlarged in a dialog.
 */
class SymbolDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit SymbolDashboard(QThreadPool* readPool, QWidget* parent = nullptr);
    ~SymbolDashboard() override;

    /** Where analyses come from (called on the read pool); the default has none stored. */
    void setLoader(AnalysisLoader loader);

    QString currentTicker() const { return m_ticker; }
    /** The analysis on screen, if any. */
    const std::optional<AnalysisView>& currentView() const { return m_view; }
    TileView* tile(const QString& id) const { return m_tiles.value(id); }
    VerdictCard* verdictCard() const { return m_verdict; }
    /** The enlarged tile's dialog while it is open. */
    QDialog* enlargedDialog() const { return m_enlarged; }
    /** Milliseconds from the last showSymbol() to its analysis being drawn (-1 before). */
    qint64 lastSwitchMs() const { return m_lastSwitchMs; }

public slots:
    /** Loads and shows ticker's stored analysis; name is the company name for the header. */
    void showSymbol(const QString& ticker, const QString& name = {});
    /**
     * The next symbol's latest fundamentals (read with the universe table's snapshot, off the UI thread);
     * nullopt when none are stored. Shown in the Fundamentals section under the verdict card.
     */
    void setFundamentals(std::optional<Fundamentals::Record> record);
    /** Re-reads the current symbol (after a pipeline run stored new analyses). */
    void reload();
    /** Opens the tile with that id enlarged in a dialog. */
    void enlargeTile(const QString& id);

signals:
    /** ticker's analysis is drawn. */
    void analysisShown(const QString& ticker);
    /** ticker has no analysis, or reading it failed; message is what the dashboard shows. */
    void messageShown(const QString& ticker, const QString& message);
    /** A result for ticker arrived after a newer request and was not drawn. */
    void staleResultDropped(const QString& ticker);

private:
    void buildUi();
    void showView(AnalysisView view);
    void showMessage(const QString& message);
    void updateHeader(const AnalysisView& view);

    QThreadPool* m_pool;
    AnalysisLoader m_loader;
    quint64 m_request = 0;
    QString m_ticker;
    QString m_name;
    QElapsedTimer m_switchTimer;
    qint64 m_lastSwitchMs = -1;
    std::optional<AnalysisView> m_view;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_title = nullptr;            ///< the ticker: always whole
    ElidedLabel* m_companyName = nullptr; ///< gives way with "…" when the header is narrow
    QLabel* m_price = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_quality = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_banner = nullptr;
    VerdictCard* m_verdict = nullptr;
    QLabel* m_features = nullptr;
    QLabel* m_fundamentals = nullptr;
    QHash<QString, TileView*> m_tiles;
    VolumeProfileTile* m_profile = nullptr;
    CandlesTile* m_candles = nullptr;
    QPointer<QDialog> m_enlarged;
};

} // namespace Tessera::Ui
