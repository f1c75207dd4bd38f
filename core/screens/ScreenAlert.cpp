#include "core/screens/ScreenAlert.h"

#include <cmath>

#include <QLocale>
#include <QStringList>

namespace Tessera::Screens {

QString ScreenAlert::describe() const
{
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd() && parts.size() < 4; ++it) {
        if (it->isDouble()) {
            // Two decimals at most (RSI 44.56, a return of -0.47 %); whole numbers stay whole.
            const double v = it->toDouble();
            const int decimals = v == std::round(v) ? 0 : (std::abs(v) >= 1000 ? 1 : 2);
            parts << QStringLiteral("%1 %2").arg(it.key(), QLocale::c().toString(v, 'f', decimals));
        } else if (it->isString() && !it->toString().isEmpty()) {
            parts << QStringLiteral("%1 %2").arg(it.key(), it->toString());
        }
    }
    return QStringLiteral("%1 %2 %3 on %4%5")
        .arg(ticker,
             entered ? QStringLiteral("entered") : QStringLiteral("left"),
             screen,
             date.toString(Qt::ISODate),
             parts.isEmpty() ? QString()
                             : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

} // namespace Tessera::Screens
