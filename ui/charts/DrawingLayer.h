#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointF>

#include "core/charting/Drawing.h"
#include "core/store/Database.h"

class QChart;
class QChartView;
class QMenu;
class QPainter;
class QPixmap;
class QWidget;
class QThreadPool;

namespace Tessera::Ui {

class CandleChartView;

namespace detail {
class DrawingItem;
}

/**
 * The drawing tools of a CandleChartView's price pane (issue 17): trend line, ray, horizontal level,
 * vertical line, rectangle, Fibonacci retracement and text note, drawn by one graphics item on top of
 * the price QChart and placed through QChart::mapToPosition/mapToValue, so they follow every zoom, pan
 * and resize. Drawings are kept in (date, price) coordinates (Charting::Drawing) and stored per symbol;
 * they come back when the symbol is shown again. On the 60-minute chart the points carry their hours
 * and those drawings are shown there only; the daily, weekly and monthly charts show the daily ones, so
 * neither kind is ever moved to the other's bars (a daily drawing edited on hours would lose its day).
 *
 * Mouse (an event filter on the price pane, in front of its pan and crosshair): with a tool chosen,
 * click the points (or press, drag and release for two-point kinds); without one, click a drawing to
 * select it, drag it to move it, drag a handle to move that point, double-click to edit its text or
 * colour; Delete removes the selected drawing, Escape cancels. Empty chart space keeps panning as
 * before. With the magnet on, a placed or dragged point snaps to the nearest open, high, low or close
 * of the bar under the pointer. Right-click opens the chart menu (buildContextMenu).
 *
 * Persistence: every write (insert, move, edit, delete) is a job chained after the previous one on the
 * read pool, so they reach the database in order, and a drawing saved before its insert came back
 * still updates the same row. The GUI thread runs no SQL. GUI thread only.
 */
class DrawingLayer : public QObject
{
    Q_OBJECT

public:
    DrawingLayer(CandleChartView* chart, Store::DatabasePtr db, QThreadPool* pool, QObject* parent = nullptr);
    ~DrawingLayer() override;

    QString ticker() const { return m_ticker; }
    /** The drawings of the shown symbol, oldest first. */
    QList<Charting::Drawing> drawings() const;
    /** Index into drawings() of the selected one, or -1. */
    int selectedIndex() const { return m_selected; }

    /** The tool the next clicks place; nullopt = select and move. */
    std::optional<Charting::DrawingKind> tool() const { return m_tool; }
    void setTool(std::optional<Charting::DrawingKind> kind);
    bool magnet() const { return m_magnet; }
    /** Snapping to OHLC on or off (remembered in the settings). */
    void setMagnet(bool on);

    void deleteSelected();
    /** Deletes every drawing of the shown symbol. */
    void deleteAll();

    /** True while no write or read is waiting or running (tests wait for it). */
    bool isIdle() const { return m_inFlight == 0; }

    /** The price pane's view (mouse coordinates are its viewport's). */
    QChartView* view() const;
    /** Viewport position of (bar index, price), and back (the value under a viewport position). */
    QPointF viewportPos(double index, double price) const;
    QPointF valueAt(const QPointF& viewportPos) const;
    /** Viewport position of a (date, price) point of the shown symbol. */
    QPointF viewportPos(const Charting::ChartPoint& point) const;
    /** The point a viewport position stands for: the bar's date and the price (magnet applied if on). */
    Charting::ChartPoint pointAt(const QPointF& viewportPos, bool snap) const;

    /**
     * Fills the chart's right-click menu for a viewport position: alert at this price, the drawing under
     * the pointer (edit, colour, delete, alert at a level), Draw ▸ tools and magnet, copy price, reset
     * zoom, save image. Kept apart so the chart's own menu items can be added around it.
     */
    void buildContextMenu(QMenu* menu, const QPointF& viewportPos);
    /**
     * Puts the drawing layer's entries (alert here, the drawing under the pointer, Draw ▸) at the top of the
     * chart's own right-click menu, which already has copy price, reset zoom and the image actions.
     */
    void mergeIntoChartMenu(QMenu* chartMenu, const QPointF& pos);

    /**
     * A picture of `base` (the chart or the window) with the right-click menu open at the middle of the
     * price plot and its Draw ▸ submenu beside it (--screenshot-view chart-menu).
     */
    QPixmap grabWithContextMenu(QWidget* base);

    /** Paints the drawings (DrawingItem calls it) in the price chart's item coordinates. */
    void paint(QPainter* painter) const;

signals:
    /** "Alert at this price" or a level drawing's "Alert at this level". */
    void alertRequested(const QString& ticker, double price);
    /** The drawings of ticker were read and are shown. */
    void drawingsLoaded(const QString& ticker);
    /** A drawing was added, moved, edited or deleted (its write is queued). */
    void drawingsChanged();
    /** Something for the status bar. */
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry
    {
        quint64 key = 0; ///< stable in this session, also before the insert returned the row id
        Charting::Drawing drawing;
    };
    enum class Mode
    {
        Idle,
        Placing,  ///< the first point is down, the second follows the pointer
        MoveBody, ///< dragging a whole drawing
        MoveA,    ///< dragging its first point
        MoveB,    ///< dragging its second point
    };

    void showSymbol(const QString& ticker);
    void load(const QString& ticker);
    void save(const Entry& entry);
    void removeStored(quint64 key);
    /** Chains job after every earlier write on the pool. */
    void chain(std::function<void()> job);

    QChart* chart() const;
    QPointF chartPos(double index, double price) const;
    QPointF chartPos(const Charting::ChartPoint& point) const;
    double indexOf(const Charting::ChartPoint& point) const;
    /** The point at bar position index: its date, or on a 60-minute chart its hour. */
    Charting::ChartPoint pointAtIndex(double index, double price) const;
    /** Whether drawing belongs to the bars shown (hourly drawings on 60 min, daily ones elsewhere). */
    bool isShown(const Charting::Drawing& drawing) const;
    /** The drawing (index into m_entries) under a chart position, and whether a handle (1 = a, 2 = b) was
     * hit. */
    std::pair<int, int> hitTest(const QPointF& chartPos) const;
    void editDrawing(int index);
    QString formatPrice(double price) const;
    void repaint();

    bool mousePress(const QPointF& pos);
    bool mouseMove(const QPointF& pos, bool buttonDown);
    bool mouseRelease(const QPointF& pos);

    CandleChartView* m_chart;
    Store::DatabasePtr m_db;
    QThreadPool* m_pool;
    detail::DrawingItem* m_item = nullptr;
    QString m_ticker;
    QList<Entry> m_entries;
    quint64 m_nextKey = 1;
    int m_selected = -1;
    std::optional<Charting::DrawingKind> m_tool;
    bool m_magnet = true;
    Mode m_mode = Mode::Idle;
    QPointF m_pressPos;
    Charting::ChartPoint m_pressValue;
    double m_pressIndex = 0.0;
    Charting::Drawing m_before; ///< the drawing as it was when the drag began
    quint64 m_loadRequest = 0;
    int m_inFlight = 0;
    QFuture<void> m_writes; ///< the last write of the chain
    /** Row ids by key, shared with the write jobs (an insert's id is known only on the pool). */
    struct Ids
    {
        QMutex mutex;
        QHash<quint64, qint64> byKey;
    };
    std::shared_ptr<Ids> m_ids;
    int m_lastPreset = 2; ///< CandleChartView::RangePreset to reset the zoom to (default 6M)
};

} // namespace Tessera::Ui
