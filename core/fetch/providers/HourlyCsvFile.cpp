#include "core/fetch/providers/HourlyCsvFile.h"

#include <charconv>
#include <cmath>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include "core/common/ReadLimits.h"
#include "core/fetch/providers/CsvBarFile.h"

namespace Tessera::Fetch {
namespace {

constexpr qint64 kMillisecondsThreshold = 100'000'000'000LL; // 10^11: year 5138 in seconds, 1973 in ms
constexpr qsizetype kSniffBytes = 4096;
constexpr qint64 kEarliestEpoch = 100'000'000; // 1973-03-03: smaller numbers are row indexes, not times

enum class Role
{
    None,
    Time,
    Open,
    High,
    Low,
    Close,
    Volume,
    Symbol,
};

Role roleOf(QString key)
{
    key = key.toLower();
    key.remove(u' ');
    key.remove(u'_');
    key.remove(u'-');
    key.remove(u'.');
    static const QHash<QString, Role> roles = {
        {QStringLiteral("date"), Role::Time},
        {QStringLiteral("datetime"), Role::Time},
        {QStringLiteral("timestamp"), Role::Time},
        {QStringLiteral("time"), Role::Time},
        {QStringLiteral("opentime"), Role::Time},
        {QStringLiteral("gmttime"), Role::Time},
        {QStringLiteral("open"), Role::Open},
        {QStringLiteral("high"), Role::High},
        {QStringLiteral("low"), Role::Low},
        {QStringLiteral("close"), Role::Close},
        {QStringLiteral("volume"), Role::Volume},
        {QStringLiteral("ticker"), Role::Symbol},
        {QStringLiteral("symbol"), Role::Symbol},
        {QStringLiteral("pair"), Role::Symbol},
    };
    return roles.value(key, Role::None);
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\r')) {
        s = s.sliced(1);
    }
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\r')) {
        s.chop(1);
    }
    return s;
}

char delimiterOf(QByteArrayView header)
{
    if (header.contains(',')) {
        return ',';
    }
    if (header.contains(';')) {
        return ';';
    }
    return header.contains('\t') ? '\t' : ',';
}

void split(QByteArrayView line, char delimiter, std::vector<QByteArrayView>& out)
{
    out.clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == delimiter) {
            out.push_back(trimmed(line.sliced(start, i - start)));
            start = i + 1;
        }
    }
}

/** Digits at s[i..i+n) as a number, advancing i; -1 when they are not all digits. */
int digits(QByteArrayView s, qsizetype& i, int n)
{
    if (i + n > s.size()) {
        return -1;
    }
    int v = 0;
    for (int k = 0; k < n; ++k) {
        const char c = s[i + k];
        if (c < '0' || c > '9') {
            return -1;
        }
        v = v * 10 + (c - '0');
    }
    i += n;
    return v;
}

bool isMissingToken(QByteArrayView s)
{
    return s.isEmpty() || s.compare("null", Qt::CaseInsensitive) == 0
           || s.compare("nan", Qt::CaseInsensitive) == 0;
}

bool parseNumber(QByteArrayView s, double& out)
{
    if (isMissingToken(s)) {
        out = kMissing;
        return true;
    }
    const char* end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

QString location(const QString& file, qsizetype line)
{
    return QStringLiteral("%1:%2").arg(file).arg(line);
}

QString stepText(qint64 seconds)
{
    return seconds % 60 == 0 ? QStringLiteral("%1 minutes").arg(seconds / 60)
                             : QStringLiteral("%1 seconds").arg(seconds);
}

} // namespace

bool parseHourlyTime(QByteArrayView cell, qint64& epochSeconds)
{
    const QByteArrayView s = trimmed(cell);
    if (s.isEmpty()) {
        return false;
    }
    // Epoch numbers (an integer, or a float ending in .0 as pandas writes them).
    bool allDigits = true;
    for (char c : s) {
        if ((c < '0' || c > '9') && c != '.') {
            allDigits = false;
            break;
        }
    }
    if (allDigits) {
        double v = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || ptr != s.data() + s.size() || v < 0) {
            return false;
        }
        const qint64 n = static_cast<qint64>(std::llround(v));
        epochSeconds = n >= kMillisecondsThreshold ? n / 1000 : n;
        return true;
    }
    qsizetype i = 0;
    const int year = digits(s, i, 4);
    if (year < 0 || i >= s.size() || s[i++] != '-') {
        return false;
    }
    const int month = digits(s, i, 2);
    if (month < 0 || i >= s.size() || s[i++] != '-') {
        return false;
    }
    const int day = digits(s, i, 2);
    if (day < 0) {
        return false;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (i < s.size() && (s[i] == ' ' || s[i] == 'T')) {
        ++i;
        hour = digits(s, i, 2);
        if (hour < 0 || i >= s.size() || s[i++] != ':') {
            return false;
        }
        minute = digits(s, i, 2);
        if (minute < 0) {
            return false;
        }
        if (i < s.size() && s[i] == ':') {
            ++i;
            second = digits(s, i, 2);
            if (second < 0) {
                return false;
            }
            if (i < s.size() && s[i] == '.') { // fractions of a second: ignored
                ++i;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                    ++i;
                }
            }
        }
    }
    int offsetSeconds = 0;
    if (i < s.size()) {
        const char sign = s[i];
        if (sign == 'Z' && i + 1 == s.size()) {
            ++i;
        } else if (sign == '+' || sign == '-') {
            ++i;
            const int oh = digits(s, i, 2);
            if (oh < 0) {
                return false;
            }
            if (i < s.size() && s[i] == ':') {
                ++i;
            }
            const int om = digits(s, i, 2);
            if (om < 0) {
                return false;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return false;
        }
    }
    if (i != s.size()) {
        return false;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid()) {
        return false;
    }
    epochSeconds = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offsetSeconds;
    return true;
}

Result<HourlyCsvResult> parseHourlyCsvData(const QByteArray& raw, const QString& name)
{
    QByteArrayView data(raw);
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    HourlyCsvResult out;
    out.file = name;
    qsizetype pos = 0;
    qsizetype lineNo = 0;
    const auto nextLine = [&](QByteArrayView& line) {
        while (pos < data.size()) {
            qsizetype end = data.indexOf('\n', pos);
            if (end < 0) {
                end = data.size();
            }
            line = data.sliced(pos, end - pos);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            pos = end + 1;
            ++lineNo;
            if (!trimmed(line).isEmpty()) {
                return true;
            }
        }
        return false;
    };
    QByteArrayView header;
    if (!nextLine(header)) {
        return fail(Error::invalidInput(QStringLiteral("%1: the file is empty").arg(name)));
    }
    const char delimiter = delimiterOf(header);
    std::vector<QByteArrayView> cells;
    split(header, delimiter, cells);
    qsizetype column[8];
    std::fill(std::begin(column), std::end(column), qsizetype(-1));
    for (qsizetype c = 0; c < static_cast<qsizetype>(cells.size()); ++c) {
        const Role role = roleOf(QString::fromUtf8(cells[static_cast<size_t>(c)]));
        auto& slot = column[static_cast<int>(role)];
        if (role != Role::None && slot < 0) {
            slot = c;
        }
    }
    if (column[static_cast<int>(Role::Time)] < 0 && !cells.empty() && cells[0].isEmpty()) {
        column[static_cast<int>(Role::Time)] = 0; // pandas' unnamed DatetimeIndex column
    }
    const auto col = [&column](Role r) {
        return column[static_cast<int>(r)];
    };
    if (col(Role::Time) < 0 || col(Role::Close) < 0) {
        return fail(Error::invalidInput(
            QStringLiteral("%1: the header needs a time column (date, datetime, timestamp, open time) and a "
                           "close column")
                .arg(location(name, lineNo))));
    }
    out.symbolFromColumn = col(Role::Symbol) >= 0;
    const QString fileTicker = tickerFromFileName(name);
    QMap<QString, HourlySeries> bySymbol;
    qsizetype nullRows = 0;
    QByteArrayView line;
    while (nextLine(line)) {
        split(line, delimiter, cells);
        if (cells.size() != static_cast<size_t>(std::count(header.begin(), header.end(), delimiter) + 1)) {
            return fail(
                Error::invalidInput(QStringLiteral("%1: %2 fields, the header has %3")
                                        .arg(location(name, lineNo))
                                        .arg(cells.size())
                                        .arg(std::count(header.begin(), header.end(), delimiter) + 1)));
        }
        const auto cell = [&cells, &col](Role r) {
            return col(r) >= 0 ? cells[static_cast<size_t>(col(r))] : QByteArrayView();
        };
        HourlyBar bar;
        if (!parseHourlyTime(cell(Role::Time), bar.time)) {
            return fail(
                Error::invalidInput(QStringLiteral("%1: '%2' is not a time (YYYY-MM-DD HH:MM[:SS], "
                                                   "with an optional offset, or epoch seconds/ms)")
                                        .arg(location(name, lineNo), QString::fromUtf8(cell(Role::Time)))));
        }
        const std::pair<Role, double*> fields[] = {{Role::Open, &bar.open},
                                                   {Role::High, &bar.high},
                                                   {Role::Low, &bar.low},
                                                   {Role::Close, &bar.close},
                                                   {Role::Volume, &bar.volume}};
        bool anyPrice = false;
        for (const auto& [role, target] : fields) {
            if (col(role) < 0) {
                continue;
            }
            if (!parseNumber(cell(role), *target)) {
                return fail(
                    Error::invalidInput(QStringLiteral("%1: '%2' is not a number")
                                            .arg(location(name, lineNo), QString::fromUtf8(cell(role)))));
            }
            anyPrice = anyPrice || (role != Role::Volume && !isMissing(*target));
        }
        if (!anyPrice) {
            ++nullRows;
            continue;
        }
        const QString ticker =
            out.symbolFromColumn ? QString::fromUtf8(cell(Role::Symbol)).toUpper() : fileTicker;
        auto it = bySymbol.find(ticker);
        if (it == bySymbol.end()) {
            it = bySymbol.insert(ticker, HourlySeries(ticker));
        }
        it->append(bar);
    }
    if (nullRows > 0) {
        out.warnings << QStringLiteral("%1: skipped %2 row(s) whose prices are all empty or null")
                            .arg(name)
                            .arg(nullRows);
    }
    for (auto it = bySymbol.begin(); it != bySymbol.end(); ++it) {
        HourlySeries& s = *it;
        if (const qsizetype repeated = s.sortAndDeduplicate(); repeated > 0) {
            out.warnings << QStringLiteral("%1: %2 repeated hour(s) for %3; the later row was kept")
                                .arg(name)
                                .arg(repeated)
                                .arg(s.ticker());
        }
        // The shortest step decides the resolution: 15-minute bars must not pass as hours with gaps.
        qint64 step = 0;
        for (size_t k = 1; k < s.times().size(); ++k) {
            const qint64 d = s.times()[k] - s.times()[k - 1];
            step = step == 0 ? d : std::min(step, d);
        }
        if (step > 0 && step < kSecondsPerHour) {
            return fail(Error::invalidInput(
                QStringLiteral(
                    "%1: %2 bars are %3 apart; Tessera stores 60-minute bars (aggregate them to hours "
                    "first)")
                    .arg(name, s.ticker(), stepText(step))));
        }
        out.symbols << std::move(s);
    }
    return out;
}

Result<HourlyCsvResult> parseHourlyCsvFile(const QString& path)
{
    auto data = readFileWithin(path, barCsvReadLimits(), QFileInfo(path).fileName());
    if (!data) {
        return fail(data.error());
    }
    return parseHourlyCsvData(*data, QFileInfo(path).fileName());
}

bool isIntradayCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QByteArray head = file.read(kSniffBytes);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    QList<QByteArray> lines = head.split('\n');
    if (lines.size() < 3) {
        return false;
    }
    const QByteArrayView header = trimmed(lines[0]);
    const char delimiter = delimiterOf(header);
    std::vector<QByteArrayView> cells;
    split(header, delimiter, cells);
    qsizetype timeColumn = -1;
    for (qsizetype c = 0; c < static_cast<qsizetype>(cells.size()) && timeColumn < 0; ++c) {
        if (roleOf(QString::fromUtf8(cells[static_cast<size_t>(c)])) == Role::Time) {
            timeColumn = c;
        }
    }
    if (timeColumn < 0 && !cells.empty() && cells[0].isEmpty()) {
        timeColumn = 0; // pandas' unnamed DatetimeIndex, when no column is named as a time
    }
    if (timeColumn < 0) {
        return false;
    }
    // Complete data rows (the last line read may be cut off): intraday when two consecutive times are
    // apart by more than nothing and less than a day. Equal times are rows of different symbols in a long
    // file; a day or more apart is a daily file, whatever time of day it writes.
    qint64 previous = -1;
    for (qsizetype l = 1; l < lines.size() - 1 && l <= 16; ++l) {
        split(lines[l], delimiter, cells);
        if (static_cast<qsizetype>(cells.size()) <= timeColumn) {
            continue;
        }
        qint64 t = 0;
        if (!parseHourlyTime(cells[static_cast<size_t>(timeColumn)], t)) {
            return false; // a date the daily reader understands (D/M/Y, ...), or not a time at all
        }
        if (t < kEarliestEpoch) {
            return false; // a row number (pandas' RangeIndex), not a time
        }
        if (previous >= 0 && t != previous) {
            return std::llabs(t - previous) < 86400;
        }
        previous = t;
    }
    return false;
}

} // namespace Tessera::Fetch
