#include "app/cli/ProgressPrinter.h"

#include <QString>

#include <unistd.h>

namespace Tessera::Cli {

QString formatDuration(double seconds)
{
    if (seconds < 0) {
        return QStringLiteral("?");
    }
    if (seconds < 10) {
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1); // short runs: "0:00" would say nothing
    }
    const auto total = static_cast<qint64>(seconds + 0.5);
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'))
                 : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QChar(u'0'));
}

ProgressPrinter::ProgressPrinter()
    : m_enabled(isatty(STDOUT_FILENO) == 1)
{}

void ProgressPrinter::print(const Tasks::TaskProgress& p)
{
    if (!m_enabled || p.total <= 0) {
        return;
    }
    constexpr int width = 30;
    const qint64 finished = p.finished();
    const int filled = static_cast<int>(width * finished / p.total);
    const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    QString line = QStringLiteral("\r[%1] %2/%3  %4/s  ETA %5  %6 %7")
                       .arg(bar)
                       .arg(finished)
                       .arg(p.total)
                       .arg(p.ratePerSecond, 0, 'f', 1)
                       .arg(formatDuration(p.etaSeconds), p.step, p.item.left(18));
    if (p.failed > 0) {
        line += QStringLiteral("  (%1 failed)").arg(p.failed);
    }
    std::fprintf(stdout, "%-100s", line.toLocal8Bit().constData());
    std::fflush(stdout);
    m_drawn = true;
}

void ProgressPrinter::finish()
{
    if (m_drawn) {
        std::fprintf(stdout, "\r%-100s\r", "");
        std::fflush(stdout);
        m_drawn = false;
    }
}

} // namespace Tessera::Cli
