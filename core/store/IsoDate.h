#pragma once

#include <QDate>

namespace Tessera::Store {

/**
 * 'YYYY-MM-DD' of a Julian day into buf (exactly 10 chars, no terminator), the form every date
 * column is stored in. The bulk writers bind a million dates per W2 run; QDate::toString went
 * through QString::asprintf for each (~6 % of the run's CPU).
 */
inline void formatIsoDate(qint64 julianDay, char* buf)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    buf[0] = static_cast<char>('0' + y / 1000 % 10);
    buf[1] = static_cast<char>('0' + y / 100 % 10);
    buf[2] = static_cast<char>('0' + y / 10 % 10);
    buf[3] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + d / 10);
    buf[9] = static_cast<char>('0' + d % 10);
}

} // namespace Tessera::Store
