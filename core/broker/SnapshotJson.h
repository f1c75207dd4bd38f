#pragma once

#include <QJsonObject>

#include "core/portfolio/BrokerTypes.h"

namespace Tessera::Broker {

/** A broker snapshot as JSON (`tessera-cli broker sync NAME --json`): plain fields, times in ISO 8601 UTC. */
QJsonObject snapshotJson(const Portfolio::BrokerSnapshot& snapshot);
QJsonObject orderJson(const Portfolio::BrokerOrder& order);
/** "filled", "open", …: a status as the CLI and the views spell it. */
QString statusText(Portfolio::OrderStatus status);

} // namespace Tessera::Broker
