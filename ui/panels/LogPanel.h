#pragma once

#include <deque>
#include <memory>

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Tessera::Ui {

/**
 * The engine's log, live: a Log forwarder (an spdlog sink) hands each line over on the logging
 * thread; lines are buffered under a mutex and appended on the GUI thread in batches by a ~100 ms
 * single-shot timer, so a burst of thousands of lines costs a few repaints. Keeps the last
 * MaxLines lines; a level filter hides the quieter ones (what is logged at all is the log level
 * setting). "Open log folder" shows the rotating files.
 */
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 5000;
    static constexpr int BatchMs = 100;

    explicit LogPanel(QWidget* parent = nullptr);

    /**
     * Starts keeping the lines logged before a panel exists (call once after Log::setup in main):
     * the first panel created shows them, so start-up messages are not lost.
     */
    static void captureEarlyLines();
    ~LogPanel() override;

    /** Lines held (before the filter), at most MaxLines. */
    int lineCount() const { return static_cast<int>(m_lines.size()); }
    /** The text shown (after the filter). */
    QString text() const;
    /** Lowest spdlog level shown (spdlog::level::level_enum as int). */
    int minimumLevel() const;
    void setMinimumLevel(int level);

public slots:
    void clear();
    void openLogFolder();

signals:
    /** A batch of lines was appended (tests wait on it). */
    void linesAppended(int count);

private:
    struct Line
    {
        int level;
        QString text;
    };
    struct Inbox; // shared with the forwarder callback

    void drain();
    void rebuild();
    void appendLines(const std::deque<Line>& lines);

    std::shared_ptr<Inbox> m_inbox;
    int m_forwarderId = 0;
    std::deque<Line> m_lines;
    QComboBox* m_levelCombo = nullptr;
    QPlainTextEdit* m_view = nullptr;
    QPushButton* m_openFolder = nullptr;
    QTimer* m_batchTimer = nullptr;
};

} // namespace Tessera::Ui
