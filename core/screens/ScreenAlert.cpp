#include "core/screens/ScreenAlert.h"

#include <QLocale>
#include <QStringList>

namespace Tessera::Screens {

QString ScreenAlert::describe() const
{
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd() && parts.size() < 4; ++it) {
        if (it->isDouble()) {
            parts << QStringLiteral("%1 %2").arg(it.key(), QLocale::c().toString(it->toDouble(), 'g', 6));
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
