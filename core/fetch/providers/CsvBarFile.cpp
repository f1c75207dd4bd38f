#include "core/fetch/providers/CsvBarFile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <list>
#include <tuple>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QStringConverter>

#include "core/common/CsvText.h"

namespace Tessera::Fetch {
namespace {

constexpr qsizetype kNoColumn = -1;

/** What a header cell stands for. */
enum class Role
{
    None,
    Date,
    Open,
    High,
    Low,
    Close,
    AdjClose,
    Volume,
    Symbol,
};

/**
 * Column role of a header cell, already normalized (lower case, no spaces, '_', '-' or '.').
 * "Adjusted" is quantmod's name for the adjusted close.
 */
Role roleOf(const QString& key)
{
    static const struct
    {
        const char16_t* name;
        Role role;
    } kNames[] = {
        {u"date", Role::Date},
        {u"datetime", Role::Date},
        {u"timestamp", Role::Date},
        {u"open", Role::Open},
        {u"high", Role::High},
        {u"low", Role::Low},
        {u"close", Role::Close},
        {u"adjclose", Role::AdjClose},
        {u"adjustedclose", Role::AdjClose},
        {u"adjusted", Role::AdjClose},
        {u"volume", Role::Volume},
        {u"vol", Role::Volume},
        {u"symbol", Role::Symbol},
        {u"ticker", Role::Symbol},
        {u"name", Role::Symbol},
        {u"stock", Role::Symbol},
        {u"code", Role::Symbol},
    };
    for (const auto& entry : kNames) {
        if (key == QStringView(entry.name)) {
            return entry.role;
        }
    }
    return Role::None;
}

QString headerKey(QStringView cell)
{
    QString key = Csv::normalizeHeader(cell);
    key.remove(u'.');
    return key;
}

/** Which physical column holds which field; kNoColumn where the file has none. */
struct Layout
{
    qsizetype fieldCount = 0;
    qsizetype date = kNoColumn;
    qsizetype open = kNoColumn;
    qsizetype high = kNoColumn;
    qsizetype low = kNoColumn;
    qsizetype close = kNoColumn;
    qsizetype adjClose = kNoColumn;
    qsizetype volume = kNoColumn;
    qsizetype symbol = kNoColumn;
    QStringList names;    ///< header cells as written, for messages
    QString columnTicker; ///< upper-cased quantmod prefix ("AAPL" from "AAPL.Open"), else empty

    qsizetype* slot(Role role)
    {
        switch (role) {
        case Role::Date:
            return &date;
        case Role::Open:
            return &open;
        case Role::High:
            return &high;
        case Role::Low:
            return &low;
        case Role::Close:
            return &close;
        case Role::AdjClose:
            return &adjClose;
        case Role::Volume:
            return &volume;
        case Role::Symbol:
            return &symbol;
        case Role::None:
            break;
        }
        return nullptr;
    }
};

/**
 * "FILE:LINE". Every message that starts with a file name fills its markers in one multi-arg call: a
 * chained .arg() would read a "%2" in the name ("S%26P500.csv", a URL-encoded download) as its own.
 */
QString location(const QString& file, qsizetype line)
{
    return QStringLiteral("%1:%2").arg(file, QString::number(line));
}

tl::unexpected<Error> lineError(const QString& file, qsizetype line, const QString& reason)
{
    return fail(Error::invalidInput(location(file, line) + QStringLiteral(": ") + reason));
}

/**
 * Maps header cells to roles. The first column of a role wins and a repeat is ignored; unknown names
 * (AdjOpen, Dividends, oi, an integer index) are ignored too. A cell that is not a known name
 * but ends in ".Open", ".Close", ... is a quantmod column whose prefix names the symbol. With no named
 * date column, an empty first header cell marks a date index (pandas' to_csv of a DatetimeIndex).
 */
Result<Layout> analyzeHeader(const QStringList& cells, const QString& file, qsizetype line)
{
    Layout layout;
    layout.fieldCount = cells.size();
    layout.names.reserve(cells.size());
    QStringList prefixes;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString cell = cells[i].trimmed().remove(QChar(0xfeff));
        layout.names.append(cell);
        Role role = roleOf(headerKey(cell));
        QString prefix;
        const qsizetype dot = cell.lastIndexOf(u'.');
        if (role == Role::None && dot > 0) {
            role = roleOf(headerKey(QStringView(cell).mid(dot + 1)));
            if (role == Role::Date || role == Role::Symbol) {
                role = Role::None;
            }
            prefix = cell.left(dot).trimmed().toUpper();
        }
        qsizetype* column = layout.slot(role);
        if (column && *column == kNoColumn) {
            *column = i;
        }
        // Every prefix counts, used or not: "AAPL.Close,MSFT.Close" is a wide file of two symbols.
        if (column && !prefix.isEmpty() && !prefixes.contains(prefix)) {
            prefixes.append(prefix);
        }
    }
    if (layout.date == kNoColumn && !layout.names.isEmpty() && layout.names.front().isEmpty()) {
        layout.date = 0;
    }
    if (layout.date == kNoColumn) {
        return lineError(file,
                         line,
                         QStringLiteral("the header has no date column (Date, Datetime, Timestamp or an "
                                        "unnamed first column)"));
    }
    if (layout.close == kNoColumn) {
        return lineError(file, line, QStringLiteral("the header has no Close column"));
    }
    if (prefixes.size() > 1) {
        return lineError(file,
                         line,
                         QStringLiteral("the columns name several symbols (%1); use one file per symbol or a "
                                        "Symbol column")
                             .arg(prefixes.join(QStringLiteral(", "))));
    }
    if (layout.symbol == kNoColumn && !prefixes.isEmpty()) {
        layout.columnTicker = prefixes.front();
    }
    return layout;
}

/** Physical lines of a buffer: LF or CRLF, the last one with or without a final newline. */
class LineReader
{
public:
    explicit LineReader(QByteArrayView data)
        : m_data(data)
    {}

    /** The next line without its line ending, and its 1-based number; false at the end. */
    bool next(QByteArrayView& line, qsizetype& number)
    {
        if (m_pos >= m_data.size()) {
            return false;
        }
        const qsizetype end = m_data.indexOf('\n', m_pos);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        line = m_data.sliced(m_pos, stop - m_pos);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        m_pos = stop + 1;
        number = ++m_number;
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_number = 0;
};

bool isBlank(QByteArrayView line)
{
    return std::all_of(
        line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

QByteArrayView trimmed(const char* begin, const char* end)
{
    while (begin < end && (*begin == ' ' || *begin == '\t')) {
        ++begin;
    }
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t')) {
        --end;
    }
    return QByteArrayView(begin, end - begin);
}

/**
 * Splits one record on the file's delimiter (',', ';' or a tab) into views of line (no copies). A
 * field in double quotes may hold the delimiter; the quotes are dropped (a doubled "" inside stays
 * doubled: no bar field needs it).
 */
void splitFields(QByteArrayView line, std::vector<QByteArrayView>& out, char delimiter = ',')
{
    out.clear();
    const char* p = line.data();
    const char* const end = p + line.size();
    for (;;) {
        const char* begin = p;
        const char* fieldEnd = nullptr;
        // Leading blanks go, but never the delimiter itself: in a tab-separated file "\t\t" is an empty
        // field.
        while (p < end && (*p == ' ' || (*p == '\t' && delimiter != '\t'))) {
            ++p;
        }
        if (p < end && *p == '"') {
            begin = ++p;
            while (p < end && !(*p == '"' && (p + 1 == end || p[1] != '"'))) {
                p += *p == '"' ? 2 : 1;
            }
            fieldEnd = p;
            while (p < end && *p != delimiter) {
                ++p;
            }
        } else {
            while (p < end && *p != delimiter) {
                ++p;
            }
            fieldEnd = p;
        }
        out.push_back(trimmed(begin, fieldEnd));
        if (p >= end) {
            return;
        }
        ++p;
    }
}

/**
 * The delimiter of a file, from its header line: the most frequent of ',', ';' and tab outside double
 * quotes, ',' on a tie (none at all: ',' too, and the header check reports what is missing). Excel in
 * many European locales writes ';' (its list separator, since ',' is the decimal mark there).
 */
char detectDelimiter(QByteArrayView header)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const char c : header) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
            tabs += c == '\t' ? 1 : 0;
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return ';';
    }
    if (tabs > commas && tabs > semicolons) {
        return '\t';
    }
    return ',';
}

/** The header cells of line, split on delimiter, as text. */
QStringList headerCells(QByteArrayView line, char delimiter)
{
    std::vector<QByteArrayView> fields;
    splitFields(line, fields, delimiter);
    QStringList cells;
    cells.reserve(static_cast<qsizetype>(fields.size()));
    for (const QByteArrayView f : fields) {
        cells << QString::fromUtf8(f);
    }
    return cells;
}

/** Empty, "null" (Yahoo), "NaN" (pandas), "NA" and "N/A" cells mean "no value". */
bool isMissingToken(QByteArrayView s)
{
    if (s.isEmpty()) {
        return true;
    }
    if (s.size() > 4) {
        return false;
    }
    char lower[4] = {};
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const QByteArrayView v(lower, s.size());
    return v == "null" || v == "nan" || v == "na" || v == "n/a";
}

enum class Cell
{
    Value,
    Missing,
    Bad,
};

/**
 * A finite decimal number (an optional '+' allowed), or a missing token; anything else is Bad. With
 * decimalComma (';' and tab files) one ',' and no '.' reads as a decimal mark: "12,5" is 12.5.
 */
Cell parseNumber(QByteArrayView s, double& out, bool decimalComma = false)
{
    if (isMissingToken(s)) {
        out = kMissing;
        return Cell::Missing;
    }
    char buffer[64];
    if (decimalComma && s.count(',') == 1 && !s.contains('.') && s.size() < qsizetype(sizeof buffer)) {
        std::copy(s.begin(), s.end(), buffer);
        buffer[s.indexOf(',')] = '.';
        s = QByteArrayView(buffer, s.size());
    }
    const char* begin = s.data();
    const char* const end = begin + s.size();
    if (*begin == '+') {
        ++begin;
    }
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    if (ec != std::errc() || ptr != end || !std::isfinite(out)) {
        return Cell::Bad;
    }
    return Cell::Value;
}

/** Field order of a file's dates, decided once per file. */
enum class DateOrder
{
    YearFirst,  ///< YYYY-MM-DD (ISO) or YYYY/MM/DD
    DayFirst,   ///< DD/MM/YYYY
    MonthFirst, ///< MM/DD/YYYY
};

/** The three numbers of a date cell and their digit counts, before the order is applied. */
struct DateParts
{
    int first = 0;
    int second = 0;
    int third = 0;
    int firstDigits = 0;
    int secondDigits = 0;
    int thirdDigits = 0;
};

/**
 * Reads "N<sep>N<sep>N" with one separator ('-', '/' or '.') used twice, each number 1-4 digits.
 * Anything after the date must start with a space or 'T' (a time, maybe with a UTC offset), which is
 * ignored: the date is taken as written, i.e. in the exchange's local time.
 */
bool splitDate(QByteArrayView s, DateParts& parts)
{
    qsizetype i = 0;
    const auto number = [&s, &i](int& value, int& digits) {
        value = 0;
        digits = 0;
        while (i < s.size() && digits < 4 && s[i] >= '0' && s[i] <= '9') {
            value = value * 10 + (s[i] - '0');
            ++digits;
            ++i;
        }
        return digits > 0;
    };
    if (!number(parts.first, parts.firstDigits) || i >= s.size()) {
        return false;
    }
    const char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.') {
        return false;
    }
    ++i;
    if (!number(parts.second, parts.secondDigits) || i >= s.size() || s[i] != sep) {
        return false;
    }
    ++i;
    if (!number(parts.third, parts.thirdDigits)) {
        return false;
    }
    return i == s.size() || s[i] == ' ' || s[i] == 'T';
}

/** The date in the file's order, or an invalid QDate (wrong shape or no such day, e.g. 2/30/2020). */
QDate toDate(const DateParts& p, DateOrder order)
{
    const bool shortFirstTwo = p.firstDigits <= 2 && p.secondDigits <= 2;
    switch (order) {
    case DateOrder::YearFirst:
        return p.firstDigits == 4 && p.secondDigits <= 2 && p.thirdDigits <= 2
                   ? QDate(p.first, p.second, p.third)
                   : QDate();
    case DateOrder::DayFirst:
        return shortFirstTwo && p.thirdDigits == 4 ? QDate(p.third, p.second, p.first) : QDate();
    case DateOrder::MonthFirst:
        return shortFirstTwo && p.thirdDigits == 4 ? QDate(p.third, p.first, p.second) : QDate();
    }
    return QDate();
}

bool isMonotonic(const std::vector<qint64>& days)
{
    return std::is_sorted(days.begin(), days.end())
           || std::is_sorted(days.begin(), days.end(), std::greater<qint64>());
}

/** A file's date order and, when no row decided it, the note that says which order was assumed. */
struct DateOrderDecision
{
    DateOrder order = DateOrder::YearFirst;
    QString assumedNote; ///< "FILE:LINE: ..." when the day/month order was assumed; empty when decided
};

/**
 * The date order of a file (rule in the README): a 4-digit first number means year first. Otherwise
 * the year is last and the file is D/M/Y if any first number exceeds 12, M/D/Y if any second number
 * does; when neither does, the reading that gives monotonic dates wins. When both or neither do, the
 * separator decides: dotted dates (31.12.2019, the European way) are D.M.Y; slashed ones are M/D/Y and
 * dashed ones D-M-Y, and for those two the decision names the file, the line of the first date and the
 * order assumed. Cells that are not dates are left for the row loop to report with their line number.
 */
DateOrderDecision detectDateOrder(LineReader reader, // by value: the caller's reader stays put
                                  qsizetype dateColumn,
                                  char delimiter,
                                  const QString& file)
{
    std::vector<QByteArrayView> fields;
    std::vector<DateParts> dates;
    QByteArrayView line;
    qsizetype number = 0;
    char separator = 0;
    qsizetype firstLine = 0;
    QByteArrayView firstCell;
    while (reader.next(line, number)) {
        splitFields(line, fields, delimiter);
        DateParts parts;
        if (isBlank(line) || dateColumn >= static_cast<qsizetype>(fields.size())
            || !splitDate(fields[static_cast<size_t>(dateColumn)], parts)) {
            continue;
        }
        if (dates.empty()) {
            if (parts.firstDigits == 4) {
                return {DateOrder::YearFirst, {}};
            }
            firstCell = fields[static_cast<size_t>(dateColumn)];
            separator = firstCell[parts.firstDigits];
            firstLine = number;
        }
        dates.push_back(parts);
    }
    int maxFirst = 0;
    int maxSecond = 0;
    for (const DateParts& p : dates) {
        maxFirst = std::max(maxFirst, p.first);
        maxSecond = std::max(maxSecond, p.second);
    }
    if (maxFirst > 12) {
        return {DateOrder::DayFirst, {}};
    }
    if (maxSecond > 12) {
        return {DateOrder::MonthFirst, {}};
    }
    const auto daysFor = [&dates](DateOrder order, std::vector<qint64>& days) {
        for (const DateParts& p : dates) {
            const QDate d = toDate(p, order);
            if (!d.isValid()) {
                return false;
            }
            days.push_back(d.toJulianDay());
        }
        return true;
    };
    std::vector<qint64> dayFirst;
    std::vector<qint64> monthFirst;
    const bool dayFirstMonotonic = daysFor(DateOrder::DayFirst, dayFirst) && isMonotonic(dayFirst);
    const bool monthFirstMonotonic = daysFor(DateOrder::MonthFirst, monthFirst) && isMonotonic(monthFirst);
    if (dayFirstMonotonic != monthFirstMonotonic) {
        return {dayFirstMonotonic ? DateOrder::DayFirst : DateOrder::MonthFirst, {}};
    }
    if (dates.empty() || separator == '.') {
        return {DateOrder::DayFirst, {}};
    }
    const DateOrder order = separator == '/' ? DateOrder::MonthFirst : DateOrder::DayFirst;
    const QDate example = toDate(dates.front(), order);
    const QString reading =
        order == DateOrder::MonthFirst ? QStringLiteral("month/day/year") : QStringLiteral("day-month-year");
    return {order,
            location(file, firstLine)
                + QStringLiteral(": the day/month order is ambiguous (no day above 12); read as %1, so %2 is "
                                 "%3. If that is wrong, write the dates as YYYY-MM-DD")
                      .arg(reading,
                           QString::fromUtf8(firstCell).section(u' ', 0, 0).section(u'T', 0, 0),
                           example.isValid() ? example.toString(Qt::ISODate) : QStringLiteral("invalid"))};
}

/** One parsed data row, kept with its line so duplicate dates can be reported. */
struct Row
{
    qint64 day = 0;
    Bar bar;
    qsizetype line = 0;
};

/** Rows of one symbol while the file is read. */
struct SymbolRows
{
    QByteArray key; ///< upper-cased symbol cell (empty for single-symbol files)
    std::vector<Row> rows;
    qsizetype rowCount = 0;
    qsizetype nullRows = 0;
    qsizetype firstNullLine = 0;
};

QString cellText(QByteArrayView cell)
{
    return QString::fromUtf8(cell);
}

QString dateText(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

/**
 * Sorts a symbol's rows by date (descending files are reversed cheaply) and drops repeated dates,
 * keeping the row that comes later in the file; the stable sort keeps file order among equal dates.
 */
CsvSymbolBars finishSymbol(SymbolRows& acc, const QString& ticker, const QString& file, QStringList& warnings)
{
    std::vector<Row>& rows = acc.rows;
    const auto byDay = [](const Row& a, const Row& b) {
        return a.day < b.day;
    };
    const auto notStrictlyDescending = [](const Row& a, const Row& b) {
        return a.day <= b.day;
    };
    if (!std::is_sorted(rows.begin(), rows.end(), byDay)) {
        if (std::adjacent_find(rows.begin(), rows.end(), notStrictlyDescending) == rows.end()) {
            std::reverse(rows.begin(), rows.end());
        } else {
            std::stable_sort(rows.begin(), rows.end(), byDay);
        }
    }

    CsvSymbolBars out;
    out.ticker = ticker;
    out.rows = acc.rowCount;
    out.nullRows = acc.nullRows;
    out.series.setTicker(ticker);
    out.series.reserve(static_cast<qsizetype>(rows.size()));
    const Row* firstDuplicate = nullptr;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i + 1 < rows.size() && rows[i + 1].day == rows[i].day) {
            ++out.duplicateDates;
            if (!firstDuplicate) {
                firstDuplicate = &rows[i + 1];
            }
            continue;
        }
        out.series.append(rows[i].bar);
    }
    if (firstDuplicate) {
        warnings.append(location(file, firstDuplicate->line)
                        + QStringLiteral(": %1 repeated date(s) for %2, first %3; the later row was kept")
                              .arg(out.duplicateDates)
                              .arg(ticker, dateText(firstDuplicate->day)));
    }
    if (acc.nullRows > 0) {
        warnings.append(location(file, acc.firstNullLine)
                        + QStringLiteral(": skipped %1 row(s) of %2 whose prices are all empty or null")
                              .arg(acc.nullRows)
                              .arg(ticker));
    }
    return out;
}

/** One file's parse: the header layout, then every data row, failing on the first bad line. */
class FileParser
{
public:
    FileParser(const QByteArray& data, QString file)
        : m_data(data)
        , m_file(std::move(file))
    {}

    Result<CsvParseResult> run()
    {
        QByteArrayView body(m_data);
        if (body.startsWith("\xEF\xBB\xBF")) {
            body = body.sliced(3);
        }
        LineReader reader(body);
        QByteArrayView line;
        qsizetype number = 0;
        bool haveHeader = false;
        while (!haveHeader && reader.next(line, number)) {
            haveHeader = !isBlank(line);
        }
        if (!haveHeader) {
            return fail(Error::invalidInput(QStringLiteral("%1: empty file").arg(m_file)));
        }
        m_delimiter = detectDelimiter(line);
        auto layout = analyzeHeader(headerCells(line, m_delimiter), m_file, number);
        if (!layout) {
            return fail(layout.error());
        }
        m_layout = std::move(*layout);
        DateOrderDecision order = detectDateOrder(reader, m_layout.date, m_delimiter, m_file);
        m_order = order.order;
        m_dateOrderNote = std::move(order.assumedNote);

        QString singleTicker;
        if (m_layout.symbol == kNoColumn) {
            singleTicker =
                m_layout.columnTicker.isEmpty() ? tickerFromFileName(m_file) : m_layout.columnTicker;
            if (singleTicker.isEmpty()) {
                return fail(Error::invalidInput(
                    QStringLiteral("%1: cannot tell the ticker from the file name").arg(m_file)));
            }
            m_symbols.emplace_back();
        }

        std::vector<QByteArrayView> fields;
        while (reader.next(line, number)) {
            if (isBlank(line)) {
                continue;
            }
            splitFields(line, fields, m_delimiter);
            if (auto ok = readRow(fields, number); !ok) {
                return fail(ok.error());
            }
        }
        return finish(singleTicker);
    }

private:
    Result<void> readRow(const std::vector<QByteArrayView>& fields, qsizetype line)
    {
        const auto count = static_cast<qsizetype>(fields.size());
        // Stooq leaves the Volume field out (no trailing comma) on rows from before volume data existed.
        const bool volumeOmitted =
            count == m_layout.fieldCount - 1 && m_layout.volume == m_layout.fieldCount - 1;
        if (count > m_layout.fieldCount || (count < m_layout.fieldCount && !volumeOmitted)) {
            return lineError(
                m_file,
                line,
                QStringLiteral("%1 fields but the header has %2").arg(count).arg(m_layout.fieldCount));
        }
        const auto field = [&fields](qsizetype column) {
            return fields[static_cast<size_t>(column)];
        };

        const QByteArrayView dateCell = field(m_layout.date);
        DateParts parts;
        const QDate date = splitDate(dateCell, parts) ? toDate(parts, m_order) : QDate();
        if (!date.isValid()) {
            return lineError(
                m_file, line, QStringLiteral("'%1' is not a valid date").arg(cellText(dateCell)));
        }

        SymbolRows* symbol = &m_symbols.front();
        if (m_layout.symbol != kNoColumn) {
            symbol = symbolRows(field(m_layout.symbol));
            if (!symbol) {
                return lineError(
                    m_file,
                    line,
                    QStringLiteral("empty symbol in column %1").arg(m_layout.names[m_layout.symbol]));
            }
        }
        ++symbol->rowCount;

        Row row;
        row.day = date.toJulianDay();
        row.line = line;
        row.bar.date = date;
        int prices = 0;
        int missingPrices = 0;
        const auto read = [&](qsizetype column, double& out, bool price) -> Result<void> {
            if (column == kNoColumn || column >= count) {
                return {};
            }
            const QByteArrayView cell = field(column);
            const Cell kind = parseNumber(cell, out, m_delimiter != ',');
            if (kind == Cell::Bad) {
                return lineError(m_file,
                                 line,
                                 QStringLiteral("'%1' is not a number in column %2")
                                     .arg(cellText(cell), m_layout.names[column]));
            }
            if (kind == Cell::Value && out < 0) {
                return lineError(m_file,
                                 line,
                                 QStringLiteral("'%1' is negative in column %2")
                                     .arg(cellText(cell), m_layout.names[column]));
            }
            if (price) {
                ++prices;
                missingPrices += kind == Cell::Missing ? 1 : 0;
            }
            return {};
        };
        for (auto [column, target, price] : {std::tuple{m_layout.open, &row.bar.open, true},
                                             std::tuple{m_layout.high, &row.bar.high, true},
                                             std::tuple{m_layout.low, &row.bar.low, true},
                                             std::tuple{m_layout.close, &row.bar.close, true},
                                             std::tuple{m_layout.adjClose, &row.bar.adjClose, true},
                                             std::tuple{m_layout.volume, &row.bar.volume, false}}) {
            if (auto ok = read(column, *target, price); !ok) {
                return ok;
            }
        }
        if (missingPrices == prices) {
            // Yahoo writes whole "null" rows for days it has no data for: skip and count, not an error.
            if (symbol->nullRows++ == 0) {
                symbol->firstNullLine = line;
            }
            return {};
        }
        if (isMissing(row.bar.close)) {
            return lineError(
                m_file, line, QStringLiteral("no value in column %1").arg(m_layout.names[m_layout.close]));
        }
        if (!isMissing(row.bar.high) && !isMissing(row.bar.low) && row.bar.high < row.bar.low) {
            return lineError(m_file,
                             line,
                             QStringLiteral("%1 %2 is below %3 %4")
                                 .arg(m_layout.names[m_layout.high],
                                      cellText(field(m_layout.high)),
                                      m_layout.names[m_layout.low],
                                      cellText(field(m_layout.low))));
        }
        symbol->rows.push_back(row);
        return {};
    }

    /** The rows of the symbol in cell, created on first sight; nullptr for an empty cell. */
    SymbolRows* symbolRows(QByteArrayView cell)
    {
        if (cell.isEmpty()) {
            return nullptr;
        }
        // Long files hold runs of one symbol, so the last symbol is almost always the one wanted.
        if (m_lastSymbol && m_lastSymbol->key.size() == cell.size()
            && QByteArrayView(m_lastSymbol->key).compare(cell, Qt::CaseInsensitive) == 0) {
            return m_lastSymbol;
        }
        const QByteArray key = cell.toByteArray().toUpper();
        auto it = std::find_if(
            m_symbols.begin(), m_symbols.end(), [&key](const SymbolRows& s) { return s.key == key; });
        if (it == m_symbols.end()) {
            m_symbols.emplace_back();
            m_symbols.back().key = key;
            it = std::prev(m_symbols.end());
        }
        m_lastSymbol = &*it;
        return m_lastSymbol;
    }

    Result<CsvParseResult> finish(const QString& singleTicker)
    {
        CsvParseResult result;
        result.file = m_file;
        result.symbolFromColumn = m_layout.symbol != kNoColumn;
        if (!m_dateOrderNote.isEmpty()) {
            result.dateOrderNote = m_dateOrderNote;
            result.warnings.append(m_dateOrderNote);
        }
        qsizetype total = 0;
        for (SymbolRows& acc : m_symbols) {
            total += acc.rowCount;
        }
        if (total == 0) {
            return fail(Error::invalidInput(QStringLiteral("%1: no data rows after the header").arg(m_file)));
        }
        m_symbols.sort([](const SymbolRows& a, const SymbolRows& b) { return a.key < b.key; });
        for (SymbolRows& acc : m_symbols) {
            const QString ticker = result.symbolFromColumn ? QString::fromUtf8(acc.key) : singleTicker;
            result.symbols.append(finishSymbol(acc, ticker, m_file, result.warnings));
        }
        return result;
    }

    const QByteArray& m_data;
    QString m_file;
    Layout m_layout;
    DateOrder m_order = DateOrder::YearFirst;
    QString m_dateOrderNote;
    char m_delimiter = ',';
    std::list<SymbolRows> m_symbols; ///< list: m_lastSymbol stays valid while symbols are added
    SymbolRows* m_lastSymbol = nullptr;
};

bool isDigits(QStringView s, qsizetype count)
{
    return s.size() == count && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

/** A yfinance interval token: digits then m, h, d, wk or mo ("1d", "15m", "1wk", "3mo"). */
bool isIntervalToken(QStringView s)
{
    qsizetype digits = 0;
    while (digits < s.size() && s[digits].isDigit()) {
        ++digits;
    }
    const QStringView unit = s.mid(digits);
    return digits > 0 && (unit == u"m" || unit == u"h" || unit == u"d" || unit == u"wk" || unit == u"mo");
}

bool isLetters(QStringView s, qsizetype minSize, qsizetype maxSize)
{
    return s.size() >= minSize && s.size() <= maxSize
           && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

/** The ticker before any upper-casing; see tickerFromFileName for the rule. */
QString tickerPart(const QString& stem)
{
    // 1. mplfinance: yahoofinance-SYM-YYYYMMDD-YYYYMMDD
    const QString yahooPrefix = QStringLiteral("yahoofinance-");
    if (stem.startsWith(yahooPrefix, Qt::CaseInsensitive) && stem.size() > yahooPrefix.size() + 18) {
        const QStringView tail = QStringView(stem).right(18);
        if (tail[0] == u'-' && isDigits(tail.mid(1, 8), 8) && tail[9] == u'-' && isDigits(tail.mid(10), 8)) {
            return stem.mid(yahooPrefix.size(), stem.size() - yahooPrefix.size() - 18);
        }
    }
    // 2. Upstox export: SYM_YYYY-MM-DD_to_YYYY-MM-DD
    if (stem.size() > 25) {
        const QStringView tail = QStringView(stem).right(25);
        const auto isoDate = [](QStringView d) {
            return isDigits(d.mid(0, 4), 4) && d[4] == u'-' && isDigits(d.mid(5, 2), 2) && d[7] == u'-'
                   && isDigits(d.mid(8, 2), 2);
        };
        if (tail[0] == u'_' && isoDate(tail.mid(1, 10)) && tail.mid(11, 4) == u"_to_"
            && isoDate(tail.mid(15, 10))) {
            return stem.left(stem.size() - 25);
        }
    }
    const QStringList dashTokens = stem.split(u'-');
    // 3. yfinance test data: SYM-INTERVAL-..., where SYM's "." was written as "-".
    for (qsizetype i = 1; i < dashTokens.size(); ++i) {
        if (isIntervalToken(dashTokens[i])) {
            const QStringList symbol = dashTokens.mid(0, i);
            if (symbol.size() >= 2 && isLetters(symbol.back(), 1, 2)) {
                return symbol.mid(0, symbol.size() - 1).join(u'-') + u'.' + symbol.back();
            }
            return symbol.join(u'-');
        }
    }
    // 4. backtrader samples: sym-YYYY-YYYY
    if (dashTokens.size() == 3 && isDigits(dashTokens[1], 4) && isDigits(dashTokens[2], 4)) {
        return dashTokens[0];
    }
    // 5. Stooq downloads: sym_us_d, sym_d
    for (const QString& suffix : {QStringLiteral("_us_d"), QStringLiteral("_d")}) {
        if (stem.size() > suffix.size() && stem.endsWith(suffix, Qt::CaseInsensitive)) {
            return stem.left(stem.size() - suffix.size());
        }
    }
    // 6. Anything else: the text before the first '_' (or the whole stem).
    const qsizetype underscore = stem.indexOf(u'_');
    return underscore > 0 ? stem.left(underscore) : stem;
}

/**
 * The file as UTF-8 text. UTF-16 with a byte-order mark (what Excel's "Unicode text" and PowerShell
 * write) is converted; UTF-32, and NUL bytes anywhere in the first 4 KB (UTF-16 without a byte-order
 * mark, or not text at all), are refused by name, where they used to fail as "no date column" or be
 * skipped as "not a price file".
 */
Result<QByteArray> barCsvText(const QByteArray& data, const QString& file)
{
    const QByteArrayView head = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 4));
    // Explicit lengths: a literal with NUL bytes would end at the first one.
    if (head == QByteArrayView("\xFF\xFE\x00\x00", 4) || head == QByteArrayView("\x00\x00\xFE\xFF", 4)) {
        return fail(Error::invalidInput(
            QStringLiteral("%1: UTF-32 text is not supported; save the file as UTF-8").arg(file)));
    }
    const bool littleEndian = head.startsWith("\xFF\xFE");
    if (littleEndian || head.startsWith("\xFE\xFF")) {
        QStringDecoder decode(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decode(QByteArrayView(data).sliced(2));
        if (decode.hasError()) {
            return fail(Error::invalidInput(
                QStringLiteral("%1: not valid UTF-16 text (it starts with a UTF-16 byte-order mark)")
                    .arg(file)));
        }
        return text.toUtf8();
    }
    if (QByteArrayView(data).first(std::min<qsizetype>(data.size(), 4096)).contains('\0')) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "%1: not a text file (NUL bytes): save it as UTF-8, or as UTF-16 with a byte-order "
                "mark")
                .arg(file)));
    }
    return data;
}

} // namespace

/*
 * Ticker from a file name (README "CSV import rules"). Used when a file has neither a symbol column
 * nor quantmod "SYM.Open" columns.
 *
 *   The stem is the file name without its last extension ("GOOG_backtesting.py.csv" ->
 *   "GOOG_backtesting.py"). The first pattern that matches gives the ticker:
 *   1. yahoofinance-SYM-YYYYMMDD-YYYYMMDD  -> SYM      (yahoofinance-AAPL-20040819-20180120 -> AAPL)
 *   2. SYM_YYYY-MM-DD_to_YYYY-MM-DD         -> SYM      (M&M_2020-10-01_to_2025-09-30 -> M&M)
 *   3. SYM-INTERVAL[-anything], INTERVAL = digits + m|h|d|wk|mo, the first such '-'-separated token
 *      (yfinance test data)                -> SYM, and a last '-XX' part of SYM of 1-2 letters
 *      becomes the Yahoo exchange suffix '.XX' (IBE-MC-1d-no-bad-divs -> IBE.MC,
 *      4063-T-1d-bad-stock-split -> 4063.T, CALM-1d-no-bad-divs -> CALM)
 *   4. sym-YYYY-YYYY (backtrader samples)  -> sym      (nvda-1999-2014 -> nvda)
 *   5. sym_us_d, sym_d (Stooq downloads)    -> sym      (aapl_us_d -> aapl, spx_d -> spx)
 *   6. otherwise the text before the first '_', or the whole stem if there is none
 *      (GOOG_backtesting.py -> GOOG, SP500_NOV2019_Hist -> SP500, spy -> spy, niftyindex -> niftyindex)
 *   Finally the ticker is upper-cased. Other characters are kept as written ('&' in M&M, '-' in
 *   BAJAJ-AUTO), since NSE and Yahoo tickers use them.
 */
QString tickerFromFileName(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot >= 0 ? name.left(dot) : name;
    return tickerPart(stem).trimmed().toUpper();
}

ReadLimits barCsvReadLimits()
{
    return {qint64(256) << 20, kMaxBarCsvLineBytes, QStringLiteral("bar CSV files")};
}

Result<CsvParseResult> parseBarsCsvData(const QByteArray& raw, const QString& name, qint64 maxLineBytes)
{
    const QString file = QFileInfo(name).fileName();
    auto data = barCsvText(raw, file);
    if (!data) {
        return fail(data.error());
    }
    // Checked before parsing: the date-order pass splits every line into fields, and a line of
    // commas split into views takes 16 times its own size.
    if (auto lines = checkLineLengths(*data, maxLineBytes, file); !lines) {
        return fail(lines.error());
    }
    return FileParser(*data, file).run();
}

Result<CsvParseResult> parseBarsCsvFile(const QString& path, const ReadLimits& limits)
{
    ReadLimits whole = limits;
    whole.maxLineBytes = 0; // lines are checked by parseBarsCsvData, with the parser's file name
    auto data = readFileWithin(path, whole);
    if (!data) {
        return fail(data.error());
    }
    return parseBarsCsvData(*data, path, limits.maxLineBytes);
}

CsvFileTickers sniffCsvTickers(const QString& path)
{
    CsvFileTickers out;
    out.ticker = tickerFromFileName(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    // A header line is short; the cap only guards against a huge file without newlines.
    constexpr qint64 kMaxHeader = 1 << 20;
    auto head = barCsvText(file.read(kMaxHeader), QFileInfo(path).fileName());
    if (!head) {
        return out; // planned under its file-name ticker: parsing it reports why it cannot be read
    }
    if (head->startsWith("\xEF\xBB\xBF")) {
        head->remove(0, 3);
    }
    LineReader lines(*head);
    QByteArrayView line;
    qsizetype number = 0;
    while (lines.next(line, number) && isBlank(line)) {
    }
    const char delimiter = detectDelimiter(line);
    QStringList header = headerCells(line, delimiter);
    for (QString& cell : header) {
        cell = cell.trimmed();
    }
    // A folder of bar files often also holds tickers.txt or fundamentals.csv: recognise files that name
    // no date and no price at all, so the folder provider can skip them instead of failing a "symbol".
    static const QStringList kBarWords = {QStringLiteral("date"),
                                          QStringLiteral("datetime"),
                                          QStringLiteral("timestamp"),
                                          QStringLiteral("time"),
                                          QStringLiteral("open"),
                                          QStringLiteral("high"),
                                          QStringLiteral("low"),
                                          QStringLiteral("close"),
                                          QStringLiteral("adjclose"),
                                          QStringLiteral("volume")};
    // An empty file is not "other data": it stays planned so its error ("empty file") is reported.
    out.notPriceData =
        !isBlank(line) && std::none_of(header.cbegin(), header.cend(), [](const QString& cell) {
            const QString name = Csv::normalizeHeader(cell.section(u'.', -1));
            return kBarWords.contains(name);
        });
    const auto layout = analyzeHeader(header, QString(), 1);
    if (!layout) {
        return out;
    }
    out.symbolColumn = layout->symbol != kNoColumn;
    if (!layout->columnTicker.isEmpty()) {
        out.ticker = layout->columnTicker;
    }
    return out;
}

} // namespace Tessera::Fetch
