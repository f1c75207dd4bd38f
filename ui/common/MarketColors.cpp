#include "MarketColors.h"

#include <atomic>

#include <QSettings>

namespace Tessera::Ui::MarketColors {

namespace {

const QString kSchemeKey = QStringLiteral("appearance/chartColors");

// Read from the GUI thread and from workers that build chart data: an atomic, set before windows exist
// and changed only from the Settings dialog.
std::atomic<Scheme> g_scheme{Scheme::GreenUp};

} // namespace

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::GreenUp:
        return QStringLiteral("green-up");
    case Scheme::RedUp:
        return QStringLiteral("red-up");
    case Scheme::BlueOrange:
        return QStringLiteral("blue-orange");
    }
    return QStringLiteral("green-up");
}

QStringList schemeNames()
{
    return {schemeName(Scheme::GreenUp), schemeName(Scheme::RedUp), schemeName(Scheme::BlueOrange)};
}

bool schemeFromName(const QString& name, Scheme* scheme)
{
    for (Scheme s : {Scheme::GreenUp, Scheme::RedUp, Scheme::BlueOrange}) {
        if (name.compare(schemeName(s), Qt::CaseInsensitive) == 0) {
            *scheme = s;
            return true;
        }
    }
    return false;
}

Scheme storedScheme()
{
    Scheme scheme = Scheme::GreenUp;
    schemeFromName(QSettings().value(kSchemeKey).toString(), &scheme);
    return scheme;
}

void storeScheme(Scheme scheme)
{
    QSettings().setValue(kSchemeKey, schemeName(scheme));
}

void applyScheme(Scheme scheme)
{
    g_scheme.store(scheme);
}

Scheme currentScheme()
{
    return g_scheme.load();
}

QColor up(Scheme scheme)
{
    switch (scheme) {
    case Scheme::GreenUp:
        return QColor(0x26, 0xa6, 0x9a);
    case Scheme::RedUp:
        return QColor(0xef, 0x53, 0x50);
    case Scheme::BlueOrange:
        return QColor(0x29, 0x79, 0xff);
    }
    return QColor(0x26, 0xa6, 0x9a);
}

QColor down(Scheme scheme)
{
    switch (scheme) {
    case Scheme::GreenUp:
        return QColor(0xef, 0x53, 0x50);
    case Scheme::RedUp:
        return QColor(0x26, 0xa6, 0x9a);
    case Scheme::BlueOrange:
        return QColor(0xff, 0x98, 0x00);
    }
    return QColor(0xef, 0x53, 0x50);
}

QColor up()
{
    return up(currentScheme());
}

QColor down()
{
    return down(currentScheme());
}

} // namespace Tessera::Ui::MarketColors
