#pragma once

#include <QJsonArray>

#include "app/cli/Command.h"
#include "core/portfolio/PortfolioTables.h"

namespace Tessera::Cli {

/** A portfolio table as JSON objects keyed by its header (numbers as numbers). */
QJsonArray tableJson(const Portfolio::Table& table);
/** A portfolio table as aligned text columns (cut to maxColumns columns when > 0). */
void printTable(CliContext& ctx, const Portfolio::Table& table, const QString& empty);

} // namespace Tessera::Cli
