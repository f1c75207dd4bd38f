#pragma once

#include <QStringList>

class QWidget;

namespace Tessera::Ui {

class TileView;

/** Ids of the dashboard's chart tiles in grid order ("volume_profile", "candles", …). */
QStringList tileIds();
/** A new, empty tile view of that id (nullptr for an unknown id); the enlarge dialog uses it too. */
TileView* makeTile(const QString& id, QWidget* parent = nullptr);

} // namespace Tessera::Ui
