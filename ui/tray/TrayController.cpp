#include "ui/tray/TrayController.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

#include "ui/mainwindow/JobRunner.h"

namespace Tessera::Ui {
namespace {

constexpr int IconSize = 64;
constexpr int NotificationMs = 8000;

} // namespace

TrayController::TrayController(bool available, QObject* parent)
    : QObject(parent)
    , m_available(available)
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide = m_menu->addAction(tr("Hide window"), this, &TrayController::showHideRequested);
    m_showHide->setObjectName(QStringLiteral("showHideTrayAction"));
    m_runMenu = m_menu->addMenu(tr("Run now"));
    m_runMenu->setObjectName(QStringLiteral("runNowTrayMenu"));
    m_runMenu->menuAction()->setObjectName(QStringLiteral("runNowTrayAction"));
    m_pause = m_menu->addAction(tr("Pause scheduler"));
    m_pause->setObjectName(QStringLiteral("pauseSchedulerTrayAction"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, &TrayController::pauseToggled);
    m_next = m_menu->addAction(tr("No run scheduled"));
    m_next->setObjectName(QStringLiteral("nextRunTrayAction"));
    m_next->setEnabled(false); // information only
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit Tessera"), this, &TrayController::quitRequested);
    m_quit->setObjectName(QStringLiteral("quitTrayAction"));

    // The icon object exists only where a tray does: elsewhere it would warn and show nothing.
    if (m_available && systemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("systemTrayIcon"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                emit showHideRequested();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit showHideRequested(); });
    }
    updateIcon();
    if (m_tray) {
        m_tray->show();
    }
}

TrayController::~TrayController()
{
    if (m_tray) {
        m_tray->hide();
        m_tray->setContextMenu(nullptr);
    }
    delete m_menu;
}

bool TrayController::systemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QAction* TrayController::action(const QString& objectName) const
{
    for (QAction* a : m_menu->findChildren<QAction*>()) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    for (QAction* a : m_menu->actions()) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    return nullptr;
}

void TrayController::setTaskKinds(const QList<QPair<QString, QString>>& kinds)
{
    m_runMenu->clear();
    for (const auto& [kind, text] : kinds) {
        QAction* a = m_runMenu->addAction(text);
        a->setObjectName(kind + QStringLiteral("TrayAction"));
        connect(a, &QAction::triggered, this, [this, kind = kind] { emit runNowRequested(kind); });
    }
    m_runMenu->setEnabled(!kinds.isEmpty());
}

void TrayController::setWindowVisible(bool visible)
{
    m_showHide->setText(visible ? tr("Hide window") : tr("Show window"));
}

void TrayController::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setChecked(paused);
    updateIcon();
}

void TrayController::setNextRun(const QString& name, const QDateTime& at)
{
    if (name.isEmpty() || !at.isValid()) {
        m_nextRun.clear();
        m_next->setText(tr("No run scheduled"));
    } else {
        const QDateTime local = at.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? local.toString(QStringLiteral("HH:mm"))
                                 : local.toString(QStringLiteral("ddd HH:mm"));
        m_nextRun = tr("Next run: %1 at %2").arg(name, when);
        m_next->setText(m_nextRun);
    }
    updateIcon();
}

void TrayController::setRunEnabled(bool enabled)
{
    m_runMenu->setEnabled(enabled && !m_runMenu->isEmpty());
}

void TrayController::runStarted(const QString& title)
{
    m_title = title;
    m_percent = -1;
    setState(State::Running, title);
}

void TrayController::setProgress(const Tasks::TaskProgress& progress)
{
    if (m_state != State::Running || progress.total <= 0) {
        return;
    }
    const int percent =
        static_cast<int>(100 * std::min(progress.finished(), progress.total) / progress.total);
    if (percent != m_percent) {
        m_percent = percent;
        updateIcon();
    }
}

void TrayController::runFinished(const QString& title, const JobOutcome& outcome)
{
    const bool failed = outcome.runStatus == Tasks::RunStatus::Failed || outcome.failed > 0;
    const QString first = outcome.summary.section(u'\n', 0, 0);
    setState(failed ? State::Error : State::Idle, failed ? tr("%1: %2").arg(title, first) : QString());
    if (outcome.cancelled) {
        notify(tr("%1 cancelled").arg(title), first);
    } else if (failed) {
        notify(tr("%1 finished with failures").arg(title), first, true);
    } else {
        notify(tr("%1 finished").arg(title), first);
    }
}

void TrayController::runFailed(const QString& title, const QString& message)
{
    setState(State::Error, tr("%1 failed: %2").arg(title, message));
    notify(tr("%1 failed").arg(title), message, true);
}

void TrayController::notify(const QString& title, const QString& message, bool warning)
{
    m_lastNotification = {title, message};
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title,
                            message,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            NotificationMs);
    }
    emit notified(title, message);
}

void TrayController::setState(State state, const QString& detail)
{
    const bool changed = state != m_state;
    m_state = state;
    m_detail = detail;
    if (state != State::Running) {
        m_percent = -1;
    }
    updateIcon();
    if (changed) {
        emit stateChanged(state);
    }
}

void TrayController::updateIcon()
{
    QStringList lines{QStringLiteral("Tessera")};
    switch (m_state) {
    case State::Idle:
        lines << tr("Idle");
        break;
    case State::Running:
        lines << (m_percent >= 0 ? tr("Running: %1 (%2%)").arg(m_title).arg(m_percent)
                                 : tr("Running: %1").arg(m_title));
        break;
    case State::Error:
        lines << m_detail;
        break;
    }
    if (m_paused) {
        lines << tr("Scheduler paused");
    } else if (!m_nextRun.isEmpty()) {
        lines << m_nextRun;
    }
    m_toolTip = lines.join(u'\n');
    m_icon = stateIcon(m_state, m_percent);
    if (m_tray) {
        m_tray->setToolTip(m_toolTip);
        m_tray->setIcon(m_icon);
    }
}

QIcon TrayController::stateIcon(State state, int percent)
{
    // The application icon with a status badge: none when idle, a blue ring filling up while running,
    // a red disc with "!" after an error.
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QIcon app(QStringLiteral(":/icons/tessera.svg"));
    if (!app.isNull()) {
        app.paint(&p, QRect(0, 0, IconSize, IconSize));
    } else {
        p.setBrush(QColor(0x26, 0xa6, 0x9a));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(4, 4, IconSize - 8, IconSize - 8), 10, 10);
    }
    const QRectF badge(IconSize * 0.5, IconSize * 0.5, IconSize * 0.48, IconSize * 0.48);
    if (state == State::Running) {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(badge);
        p.setBrush(QColor(0x15, 0x65, 0xc0));
        if (percent >= 0) {
            QPainterPath pie;
            pie.moveTo(badge.center());
            pie.arcTo(badge.adjusted(2, 2, -2, -2), 90, -360.0 * percent / 100.0);
            pie.closeSubpath();
            p.drawPath(pie);
            p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(badge.adjusted(2, 2, -2, -2));
        } else {
            p.drawEllipse(badge.adjusted(6, 6, -6, -6));
        }
    } else if (state == State::Error) {
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(badge);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(static_cast<int>(badge.height() * 0.75));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    p.end();
    return QIcon(pixmap);
}

} // namespace Tessera::Ui
