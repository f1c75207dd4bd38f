#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** What the data-validation step looks at, read in a few queries (Tasks::validateData judges it). */
struct ValidationFacts
{
    QDate newestBar;
    struct SymbolFact
    {
        QString ticker;
        QDate lastBar;
        int longestGapDays = 0; ///< calendar days between two consecutive bars in the last year
        QDate gapEnd;
        QString lastError; ///< the last fetch's error, empty when it succeeded
    };
    QList<SymbolFact> symbols;
    int modelsTotal = 0;    ///< per-stock models (latest versions)
    int modelsNotReady = 0; ///< of which not production-ready
    bool xsModel = false;   ///< a cross-sectional model exists
    bool xsPriceValidated = false;
};

[[nodiscard]] Result<ValidationFacts> readValidationFacts(const Database& db);

} // namespace Tessera::Store
