#include "ui/panels/LogPanel.h"

#include <mutex>

#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "core/common/Log.h"
#include "ui/common/RunFormat.h"

namespace Tessera::Ui {

/**
 * Lines waiting for the GUI thread. The forwarder callback (logging thread) appends and, when the
 * inbox was empty, asks the GUI thread once to arm the batch timer; the GUI thread drains.
 */
struct LogPanel::Inbox
{
    std::mutex mutex;
    std::deque<Line> lines;
    bool armed = false;
};

namespace {

/** Lines logged before the first panel existed (captureEarlyLines), handed to that panel. */
struct EarlyLines
{
    std::mutex mutex;
    std::deque<std::pair<int, QString>> lines;
    int forwarderId = 0;
};

EarlyLines& earlyLines()
{
    static EarlyLines early;
    return early;
}

} // namespace

void LogPanel::captureEarlyLines()
{
    EarlyLines& early = earlyLines();
    if (early.forwarderId != 0) {
        return;
    }
    early.forwarderId = Log::addForwarder([](int level, const QString& line) {
        EarlyLines& e = earlyLines();
        std::lock_guard lock(e.mutex);
        e.lines.emplace_back(level, line);
        if (e.lines.size() > static_cast<size_t>(MaxLines)) {
            e.lines.pop_front();
        }
    });
}

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent)
    , m_inbox(std::make_shared<Inbox>())
{
    setObjectName(QStringLiteral("logPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    m_levelCombo = new QComboBox(this);
    m_levelCombo->setObjectName(QStringLiteral("logLevelFilterComboBox"));
    m_levelCombo->addItem(tr("Everything"), static_cast<int>(spdlog::level::trace));
    m_levelCombo->addItem(tr("Debug and above"), static_cast<int>(spdlog::level::debug));
    m_levelCombo->addItem(tr("Info and above"), static_cast<int>(spdlog::level::info));
    m_levelCombo->addItem(tr("Warnings and errors"), static_cast<int>(spdlog::level::warn));
    m_levelCombo->addItem(tr("Errors only"), static_cast<int>(spdlog::level::err));
    m_levelCombo->setCurrentIndex(0);
    m_levelCombo->setToolTip(
        tr("Hide quieter lines. How much is logged at all is the log level in Settings."));
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LogPanel::rebuild);
    bar->addWidget(m_levelCombo);
    bar->addStretch(1);
    m_openFolder = new QPushButton(tr("Open log folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openLogFolderButton"));
    m_openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    const QString folder = Log::logDirectory();
    m_openFolder->setEnabled(!folder.isEmpty());
    m_openFolder->setToolTip(folder.isEmpty() ? tr("Logging goes to the terminal only") : folder);
    connect(m_openFolder, &QPushButton::clicked, this, &LogPanel::openLogFolder);
    bar->addWidget(m_openFolder);
    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("clearLogButton"));
    connect(clearButton, &QPushButton::clicked, this, &LogPanel::clear);
    bar->addWidget(clearButton);
    layout->addLayout(bar);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("logTextEdit"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(MaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setUndoRedoEnabled(false);
    layout->addWidget(m_view, 1);

    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchMs);
    connect(m_batchTimer, &QTimer::timeout, this, &LogPanel::drain);

    // Runs on whichever thread logs. It must not log itself (it runs inside the sink's lock).
    std::weak_ptr<Inbox> weakInbox = m_inbox;
    QTimer* timer = m_batchTimer;
    m_forwarderId = Log::addForwarder([weakInbox, timer](int level, const QString& line) {
        auto inbox = weakInbox.lock();
        if (!inbox) {
            return;
        }
        bool arm = false;
        {
            std::lock_guard lock(inbox->mutex);
            inbox->lines.push_back(Line{level, line});
            if (inbox->lines.size() > static_cast<size_t>(MaxLines)) {
                inbox->lines.pop_front();
            }
            arm = !inbox->armed;
            inbox->armed = true;
        }
        if (arm) {
            // Queued to the timer's (GUI) thread. The panel removes this forwarder before it is
            // destroyed, and Qt drops queued calls to a deleted object.
            QMetaObject::invokeMethod(timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
        }
    });

    // Take over the start-up lines. The capture is removed before its lines are read, without holding
    // its mutex (the sink calls forwarders under its own lock, which removeForwarder also takes).
    EarlyLines& early = earlyLines();
    if (early.forwarderId != 0) {
        Log::removeForwarder(early.forwarderId);
        early.forwarderId = 0;
        std::deque<Line> backlog;
        {
            std::lock_guard lock(early.mutex);
            for (auto& [level, line] : early.lines) {
                backlog.push_back(Line{level, std::move(line)});
            }
            early.lines.clear();
        }
        m_lines = backlog;
        appendLines(backlog);
    }
}

LogPanel::~LogPanel()
{
    // After this returns no callback runs any more (the sink calls forwarders under the same lock).
    Log::removeForwarder(m_forwarderId);
}

void LogPanel::drain()
{
    std::deque<Line> batch;
    {
        std::lock_guard lock(m_inbox->mutex);
        batch.swap(m_inbox->lines);
        m_inbox->armed = false;
    }
    if (batch.empty()) {
        return;
    }
    for (const Line& l : batch) {
        m_lines.push_back(l);
    }
    while (m_lines.size() > static_cast<size_t>(MaxLines)) {
        m_lines.pop_front();
    }
    appendLines(batch);
    emit linesAppended(static_cast<int>(batch.size()));
}

void LogPanel::appendLines(const std::deque<Line>& lines)
{
    const int minimum = minimumLevel();
    QScrollBar* scroll = m_view->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const QTextCharFormat plain;
    QTextCharFormat warn;
    warn.setForeground(severityColor(1, palette()));
    QTextCharFormat error;
    error.setForeground(severityColor(2, palette()));
    QTextCharFormat quiet;
    quiet.setForeground(palette().color(QPalette::PlaceholderText));
    bool first = m_view->document()->isEmpty();
    for (const Line& l : lines) {
        if (l.level < minimum) {
            continue;
        }
        if (!first) {
            cursor.insertBlock();
        }
        first = false;
        const QTextCharFormat& format = l.level >= static_cast<int>(spdlog::level::err)    ? error
                                        : l.level == static_cast<int>(spdlog::level::warn) ? warn
                                        : l.level < static_cast<int>(spdlog::level::info)  ? quiet
                                                                                           : plain;
        cursor.insertText(l.text, format);
    }
    cursor.endEditBlock();
    if (atBottom) {
        scroll->setValue(scroll->maximum());
    }
}

void LogPanel::rebuild()
{
    m_view->clear();
    appendLines(m_lines);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

QString LogPanel::text() const
{
    return m_view->toPlainText();
}

int LogPanel::minimumLevel() const
{
    return m_levelCombo->currentData().toInt();
}

void LogPanel::setMinimumLevel(int level)
{
    const int index = m_levelCombo->findData(level);
    if (index >= 0) {
        m_levelCombo->setCurrentIndex(index);
    }
}

void LogPanel::clear()
{
    m_lines.clear();
    m_view->clear();
}

void LogPanel::openLogFolder()
{
    const QString folder = Log::logDirectory();
    if (!folder.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    }
}

} // namespace Tessera::Ui
