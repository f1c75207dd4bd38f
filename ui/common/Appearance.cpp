#include "ui/common/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Tessera::Ui {
namespace {

const QString kThemeKey = QStringLiteral("appearance/theme");

struct SystemAppearance
{
    QString style;
    QPalette palette;
};

/** The desktop's style and palette, as Qt found them before Tessera changed anything. */
const SystemAppearance& systemAppearance()
{
    static const SystemAppearance s{QApplication::style()->name(), QApplication::palette()};
    return s;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor highlight(0x2f, 0x7d, 0xc9), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QStringList themeNames()
{
    return {themeName(Theme::System), themeName(Theme::Light), themeName(Theme::Dark)};
}

bool themeFromName(const QString& name, Theme* theme)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(themeName(t), Qt::CaseInsensitive) == 0) {
            *theme = t;
            return true;
        }
    }
    return false;
}

Theme storedTheme()
{
    Theme theme = Theme::System;
    themeFromName(QSettings().value(kThemeKey).toString(), &theme);
    return theme;
}

void storeTheme(Theme theme)
{
    QSettings().setValue(kThemeKey, themeName(theme));
}

void applyTheme(Theme theme)
{
    const SystemAppearance& system = systemAppearance(); // remembered before the first change
    const auto setStyle = [](const QString& name) {
        if (QStyle* style = QStyleFactory::create(name)) { // null for an unknown name: keep the current one
            QApplication::setStyle(style);
        }
    };
    if (theme == Theme::System) {
        setStyle(system.style);
        QApplication::setPalette(system.palette);
        return;
    }
    setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace Tessera::Ui
