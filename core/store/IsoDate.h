#pragma once

#include <QDate>

namespace Tessera::Store {

/** Julian days of 0000-01-01 and 9999-12-31 (proleptic Gregorian, astronomical years): the four-digit years.
 */
inline constexpr qint64 kFirstIsoJulianDay = 1721060;
inline constexpr qint64 kLastIsoJulianDay = 5373484;

/**
 * 'YYYY-MM-DD' of a Julian day into buf (exactly 10 chars, no terminator), the form every date
 * column is stored in. The bulk writers bind a million dates per W2 run; QDate::toString went
 * through QString::asprintf for each (~6 % of the run's CPU), QDate's calendar another ~2 %.
 * Years 0000..9999 (the store's dates). Any other day, an invalid QDate's included (its Julian day
 * is the minimum qint64, where the arithmetic below would overflow), writes "0000-00-00", a text no
 * date parser reads as a day, and returns false.
 */
inline bool formatIsoDate(qint64 julianDay, char* buf)
{
    if (julianDay < kFirstIsoJulianDay || julianDay > kLastIsoJulianDay) {
        constexpr char invalid[] = "0000-00-00";
        for (int i = 0; i < 10; ++i) {
            buf[i] = invalid[i];
        }
        return false;
    }
    // Proleptic Gregorian date from the day number (H. Hinnant's civil_from_days, shifted from the Unix
    // epoch to the Julian day of 1970-01-01): integer arithmetic only, no calendar object per row.
    const qint64 z = julianDay - 2440588 + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
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
    return true;
}

/**
 * The Julian day of a stored 'YYYY-MM-DD' text (the inverse of formatIsoDate: H. Hinnant's
 * days_from_civil), or −1 when the text is not exactly that form. Bulk readers take a million dates
 * per call; SQLite's julianday() per row cost them about a fifth of their time.
 */
inline qint64 parseIsoDate(const char* s, qsizetype size)
{
    if (size != 10 || s[4] != '-' || s[7] != '-') {
        return -1;
    }
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = s[at[i]];
        if (c < '0' || c > '9') {
            return -1;
        }
        v[i] = c - '0';
    }
    qint64 y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const int m = v[4] * 10 + v[5];
    const int d = v[6] * 10 + v[7];
    if (m < 1 || m > 12 || d < 1 || d > 31) {
        return -1;
    }
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + 2440588;
}

} // namespace Tessera::Store
