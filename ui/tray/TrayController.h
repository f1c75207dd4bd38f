#pragma once

#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include "core/tasks/TaskContext.h"

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Tessera::Ui {

struct JobOutcome;

/**
 * The system tray side of Tessera: an icon whose colour and tooltip follow the task state (idle,
 * running with its percentage, error after a failed run), a menu (Show/Hide window, Run now ▸ each
 * task kind, Pause scheduler, "Next run: …", Quit) and notifications when runs finish or fail.
 *
 * It holds the logic and the menu whether or not a tray exists, so it can be tested where
 * QSystemTrayIcon::isSystemTrayAvailable() is false (Xvfb, offscreen): the icon is only shown when
 * the desktop has a tray. It asks for things through signals; the main window does them.
 */
class TrayController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Error,
    };
    Q_ENUM(State)

    /** available: whether closing the window may leave Tessera in the tray (normally systemTrayAvailable()).
     */
    explicit TrayController(bool available, QObject* parent = nullptr);
    ~TrayController() override;

    /** QSystemTrayIcon::isSystemTrayAvailable(), in one place. */
    static bool systemTrayAvailable();

    bool isAvailable() const { return m_available; }
    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    /** The actions of the menu, by objectName: showHideTrayAction, pauseSchedulerTrayAction,
     * nextRunTrayAction, quitTrayAction. */
    QAction* action(const QString& objectName) const;
    /** Title and text of the last notification (tests; the tray may not exist). */
    QPair<QString, QString> lastNotification() const { return m_lastNotification; }

    /** The Run now ▸ entries: (kind id, menu text). */
    void setTaskKinds(const QList<QPair<QString, QString>>& kinds);
    void setWindowVisible(bool visible);
    void setPaused(bool paused);
    /** The next scheduled run; an empty name clears it ("No run scheduled"). */
    void setNextRun(const QString& name, const QDateTime& at);
    /** Enables Run now ▸ (the window disables it while a job runs). */
    void setRunEnabled(bool enabled);

    void runStarted(const QString& title);
    void setProgress(const Tasks::TaskProgress& progress);
    /** A job ended: error state when it failed or some symbols failed, else idle; notifies. */
    void runFinished(const QString& title, const JobOutcome& outcome);
    void runFailed(const QString& title, const QString& message);

    /** Shows a notification (a balloon where a tray exists) and remembers it. */
    void notify(const QString& title, const QString& message, bool warning = false);

signals:
    void showHideRequested();
    void runNowRequested(const QString& kind);
    void pauseToggled(bool paused);
    void quitRequested();
    /** A notification was shown (also where no tray exists, for tests). */
    void notified(const QString& title, const QString& message);
    void stateChanged(Tessera::Ui::TrayController::State state);

private:
    void setState(State state, const QString& detail);
    void updateIcon();
    static QIcon stateIcon(State state, int percent);

    bool m_available = false;
    State m_state = State::Idle;
    QString m_detail;
    QString m_title; ///< of the running job
    int m_percent = -1;
    QString m_nextRun;
    bool m_paused = false;
    QString m_toolTip;
    QIcon m_icon;
    QPair<QString, QString> m_lastNotification;

    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QMenu* m_runMenu = nullptr;
    QAction* m_showHide = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_next = nullptr;
    QAction* m_quit = nullptr;
};

} // namespace Tessera::Ui
