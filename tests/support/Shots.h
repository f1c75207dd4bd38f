#pragma once

// GUI tests only (header-only: the support library itself links no widgets, so the core-only build keeps
// working).

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

#include "ui/common/Appearance.h"

namespace Tessera::Test {

/**
 * With TESSERA_TEST_SHOTS=DIR set, saves a picture of widget as DIR/name.png, to look at the GUI as a
 * user would (README "Looking at the GUI"); without it, nothing.
 */
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TESSERA_TEST_SHOTS");
    if (dir.isEmpty() || !widget) {
        return;
    }
    QCoreApplication::processEvents();
    const QString file = name.endsWith(QStringLiteral(".png")) ? name : name + QStringLiteral(".png");
    widget->grab().save(QDir(dir).filePath(file));
}

/**
 * With TESSERA_TEST_THEME=light|dark set, applies that theme (call in initTestCase, before any widget):
 * tests/shots.sh pictures every GUI test in both themes.
 */
inline void applyShotTheme()
{
    Ui::Theme theme = Ui::Theme::System;
    if (Ui::themeFromName(qEnvironmentVariable("TESSERA_TEST_THEME"), &theme)) {
        Ui::applyTheme(theme);
    }
}

} // namespace Tessera::Test
