#pragma once

#include <QDate>
#include <QList>

namespace Tessera {

/** A cash dividend per share, in the symbol's currency, on its ex-date (exchange-local). */
struct Dividend
{
    QDate date;
    double amount = 0.0;
};

/**
 * A stock split on its effective date (exchange-local): numerator new shares for every denominator old
 * ones, so a 4:1 split is {4, 1} and a 1:10 reverse split {1, 10}.
 */
struct Split
{
    QDate date;
    double numerator = 1.0;
    double denominator = 1.0;
};

} // namespace Tessera
