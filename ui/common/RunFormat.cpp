#include "ui/common/RunFormat.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace Tessera::Ui {
namespace {

/** Translation context for the shared run texts. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RunFormat)
};

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/** One of two shades: the first for light backgrounds, the second for dark ones. */
QColor shade(const QPalette& palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

} // namespace

QString runStatusText(Tasks::RunStatus status)
{
    switch (status) {
    case Tasks::RunStatus::Running:
        return Text::tr("running");
    case Tasks::RunStatus::Done:
        return Text::tr("done");
    case Tasks::RunStatus::DoneWithFailures:
        return Text::tr("done with failures");
    case Tasks::RunStatus::Cancelled:
        return Text::tr("cancelled");
    case Tasks::RunStatus::Interrupted:
        return Text::tr("interrupted");
    case Tasks::RunStatus::Failed:
        return Text::tr("failed");
    }
    return {};
}

QString runStatusText(const QString& stored)
{
    return stored.isEmpty() ? QString() : runStatusText(Tasks::runStatusFromString(stored));
}

QColor runStatusColor(Tasks::RunStatus status, const QPalette& palette)
{
    switch (status) {
    case Tasks::RunStatus::Running:
        return shade(palette, 0x1565c0, 0x64b5f6);
    case Tasks::RunStatus::Done:
        return shade(palette, 0x2e7d32, 0x81c784);
    case Tasks::RunStatus::DoneWithFailures:
    case Tasks::RunStatus::Interrupted:
        return shade(palette, 0xb26a00, 0xffb74d);
    case Tasks::RunStatus::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    case Tasks::RunStatus::Failed:
        return shade(palette, 0xc62828, 0xef5350);
    }
    return palette.color(QPalette::Text);
}

QString outcomeStatusText(Tasks::OutcomeStatus status)
{
    switch (status) {
    case Tasks::OutcomeStatus::Pending:
        return Text::tr("pending");
    case Tasks::OutcomeStatus::Done:
        return Text::tr("done");
    case Tasks::OutcomeStatus::Failed:
        return Text::tr("failed");
    case Tasks::OutcomeStatus::Skipped:
        return Text::tr("skipped");
    }
    return {};
}

QColor severityColor(int severity, const QPalette& palette)
{
    switch (severity) {
    case 0:
        return shade(palette, 0x2e7d32, 0x81c784);
    case 1:
        return shade(palette, 0xb26a00, 0xffb74d);
    default:
        return shade(palette, 0xc62828, 0xef5350);
    }
}

QString formatDuration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds)) {
        return {};
    }
    const QLocale locale;
    if (seconds < 10) {
        return Text::tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    }
    const qint64 s = std::llround(seconds);
    if (s < 60) {
        return Text::tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatDateTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString formatWhen(const QDateTime& dt, const QDateTime& now)
{
    if (!dt.isValid()) {
        return {};
    }
    const QDateTime local = dt.toLocalTime();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days == 0) {
        return Text::tr("today %1").arg(time);
    }
    if (days == 1) {
        return Text::tr("tomorrow %1").arg(time);
    }
    if (days == -1) {
        return Text::tr("yesterday %1").arg(time);
    }
    if (days > 1 && days < 7) {
        return QStringLiteral("%1 %2").arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                                           time);
    }
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace Tessera::Ui
