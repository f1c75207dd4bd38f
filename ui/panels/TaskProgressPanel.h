#pragma once

#include <QWidget>

#include "core/tasks/TaskContext.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace Tessera::Ui {

/**
 * The running job's progress in the status bar: title, a progress bar with done/total, rate and ETA,
 * and a Cancel button. Hidden while no job runs. It only shows what it is given; JobRunner owns the job.
 */
class TaskProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgressPanel(QWidget* parent = nullptr);

    void begin(const QString& title);
    void setProgress(const Tasks::TaskProgress& progress);
    void end();

    /** "12 of 50 · 3 failed · 8.1/s · about 5 s left" (also used in tests). */
    static QString describe(const Tasks::TaskProgress& progress);

signals:
    void cancelRequested();

private:
    QLabel* m_title = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace Tessera::Ui
