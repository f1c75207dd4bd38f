#pragma once

#include <QString>

#include "core/config/Parameter.h"

namespace Tessera::Ui {

/**
 * The row label of a settings parameter on the settings pages ("Production gate: minimum IC t-statistic"
 * for train/gate/minIcT): written for people, translatable. Every parameter of the engine's tables
 * (pipeline, models, exports, network fetch) has one; a parameter added without one shows its key's
 * words, and TestDialogs fails until it gets a label.
 */
QString parameterLabel(const Config::Parameter& p);

/** true when p has a written label (not one made from its key). */
bool hasParameterLabel(const QString& key);

} // namespace Tessera::Ui
