#include "ui/panels/TaskProgressPanel.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Tessera::Ui {
namespace {

QString formatDuration(double seconds)
{
    const qint64 s = static_cast<qint64>(std::llround(seconds));
    if (s < 60) {
        return TaskProgressPanel::tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return TaskProgressPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    return TaskProgressPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

TaskProgressPanel::TaskProgressPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskProgressPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("jobProgressLabel"));
    // Room for a typical line so the status bar does not jump as the numbers grow.
    m_detail->setMinimumWidth(m_detail->fontMetrics().horizontalAdvance(
        QStringLiteral("888 of 888 · 88 failed · 88.8/s · about 88 min 88 s left")));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop after the symbols in progress; what is stored stays stored"));
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_detail->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    hide();
}

void TaskProgressPanel::begin(const QString& title)
{
    m_title->setText(title);
    m_bar->setRange(0, 0); // busy until the first report says how many units there are
    m_detail->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    show();
}

void TaskProgressPanel::setProgress(const Tasks::TaskProgress& progress)
{
    if (progress.total > 0) {
        m_bar->setRange(0, static_cast<int>(progress.total));
        m_bar->setValue(static_cast<int>(std::min(progress.finished(), progress.total)));
        m_bar->setFormat(QStringLiteral("%p%"));
    }
    if (m_cancel->isEnabled()) {
        m_detail->setText(describe(progress));
    }
}

void TaskProgressPanel::end()
{
    hide();
}

QString TaskProgressPanel::describe(const Tasks::TaskProgress& p)
{
    const QLocale locale;
    QStringList parts;
    parts << (p.total > 0 ? tr("%1 of %2").arg(p.finished()).arg(p.total) : tr("%1 done").arg(p.finished()));
    if (p.failed > 0) {
        parts << tr("%1 failed").arg(p.failed);
    }
    if (p.ratePerSecond > 0.0) {
        parts << tr("%1/s").arg(locale.toString(p.ratePerSecond, 'f', p.ratePerSecond < 10 ? 1 : 0));
    }
    if (p.etaSeconds >= 0.0 && p.finished() < p.total) {
        parts << tr("about %1 left").arg(formatDuration(p.etaSeconds));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace Tessera::Ui
