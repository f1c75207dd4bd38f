#include "core/fundamentals/FundamentalsCsv.h"

#include <cmath>

#include <QFileInfo>
#include <QHash>

#include "core/common/CsvText.h"

namespace Tessera::Fundamentals {

namespace {

bool isMissingCell(const QString& cell)
{
    const QString c = cell.trimmed().toLower();
    return c.isEmpty() || c == QStringLiteral("na") || c == QStringLiteral("n/a") || c == QStringLiteral("-")
           || c == QStringLiteral("null") || c == QStringLiteral("nan") || c == QStringLiteral("none");
}

/** One column's place in the record: a numeric field (times scale), or a text. */
struct Column
{
    enum class Kind
    {
        Ignored,
        Symbol,
        AsOf,
        Sector,
        Industry,
        CapCategory,
        Number
    } kind = Kind::Ignored;
    Field field = Field::Price;
    double scale = 1.0; ///< unit conversion to the stored unit (a fraction × 100 = percent)
    QString header;
};

/** The S&P 500 financials snapshot's columns; its headers are unique enough to name the layout. */
QList<Column> sp500Columns(const QStringList& headers, bool* matches)
{
    QList<Column> out;
    QSet<QString> seen;
    for (const QString& h : headers) {
        const QString n = Csv::normalizeHeader(h);
        seen.insert(n);
        Column c;
        c.header = h.trimmed();
        if (n == QStringLiteral("symbol")) {
            c.kind = Column::Kind::Symbol;
        } else if (n == QStringLiteral("sector")) {
            c.kind = Column::Kind::Industry; // a GICS sub-industry ("Industrial Conglomerates")
        } else if (n == QStringLiteral("price")) {
            c = {Column::Kind::Number, Field::Price, 1.0, c.header};
        } else if (n == QStringLiteral("price/earnings")) {
            c = {Column::Kind::Number, Field::PeRatio, 1.0, c.header};
        } else if (n == QStringLiteral("dividendyield")) {
            c = {Column::Kind::Number, Field::DividendYield, 100.0, c.header}; // 0.0175 = 1.75 %
        } else if (n == QStringLiteral("earnings/share")) {
            c = {Column::Kind::Number, Field::Eps, 1.0, c.header};
        } else if (n == QStringLiteral("marketcap")) {
            c = {Column::Kind::Number, Field::MarketCap, 1.0, c.header};
        } else if (n == QStringLiteral("price/book")) {
            c = {Column::Kind::Number, Field::PbRatio, 1.0, c.header};
        }
        out << c;
    }
    *matches = seen.contains(QStringLiteral("symbol")) && seen.contains(QStringLiteral("price/earnings"))
               && seen.contains(QStringLiteral("earnings/share"));
    return out;
}

QList<Column> genericColumns(const QStringList& headers, QStringList* ignored, bool* matches)
{
    QList<Column> out;
    bool symbol = false;
    int numbers = 0;
    for (const QString& h : headers) {
        const QString n = Csv::normalizeHeader(h);
        Column c;
        c.header = h.trimmed();
        Field f = Field::Price;
        if (n == QStringLiteral("symbol") || n == QStringLiteral("ticker")) {
            c.kind = Column::Kind::Symbol;
            symbol = true;
        } else if (n == QStringLiteral("asof") || n == QStringLiteral("date")) {
            c.kind = Column::Kind::AsOf;
        } else if (n == QStringLiteral("sector")) {
            c.kind = Column::Kind::Sector;
        } else if (n == QStringLiteral("industry")) {
            c.kind = Column::Kind::Industry;
        } else if (n == QStringLiteral("marketcapcategory")) {
            c.kind = Column::Kind::CapCategory;
        } else if (fieldFromKey(h, &f)) {
            c = {Column::Kind::Number, f, 1.0, c.header};
            ++numbers;
        } else if (!c.header.isEmpty()) {
            *ignored << c.header;
        }
        out << c;
    }
    *matches = symbol && numbers > 0;
    return out;
}

} // namespace

ReadLimits fundamentalsCsvLimits()
{
    return ReadLimits{64LL << 20, 1LL << 20, QStringLiteral("fundamentals CSV files")};
}

Result<CsvImport> readFundamentalsCsv(const QString& path, QDate asOf, const ReadLimits& limits)
{
    auto data = readFileWithin(path, limits);
    if (!data) {
        return fail(data.error());
    }
    return parseFundamentalsCsv(*data, QFileInfo(path).fileName(), asOf);
}

Result<CsvImport> parseFundamentalsCsv(const QByteArray& data, const QString& name, QDate asOf)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }
    const QStringList lines = text.split(u'\n');
    int headerLine = 0;
    while (headerLine < lines.size() && lines[headerLine].trimmed().isEmpty()) {
        ++headerLine;
    }
    if (headerLine == lines.size()) {
        return fail(Error::invalidInput(QStringLiteral("%1: the file is empty").arg(name)));
    }
    const QStringList headers = Csv::splitLine(lines[headerLine]);
    CsvImport out;
    bool isSp500 = false;
    QList<Column> columns = sp500Columns(headers, &isSp500);
    QStringList ignored;
    if (isSp500) {
        out.layout = QStringLiteral("sp500-financials");
    } else {
        bool isGeneric = false;
        columns = genericColumns(headers, &ignored, &isGeneric);
        if (!isGeneric) {
            QStringList keys;
            for (const FieldInfo& f : fields()) {
                keys << QString::fromLatin1(f.key);
            }
            return fail(Error::invalidInput(
                QStringLiteral("%1:%2: not a fundamentals file: it needs a symbol (or ticker) column and at "
                               "least one of %3 (or the S&P 500 financials layout: Symbol, Price/Earnings, "
                               "Earnings/Share, …)")
                    .arg(name)
                    .arg(headerLine + 1)
                    .arg(keys.join(QStringLiteral(", ")))));
        }
        out.layout = QStringLiteral("generic");
        if (!ignored.isEmpty()) {
            out.warnings
                << QStringLiteral("%1: column(s) not read: %2").arg(name, ignored.join(QStringLiteral(", ")));
        }
    }
    const QString source = QStringLiteral("csv:") + name;
    QHash<QString, int> seen; // (ticker, date) → line, to report a repeated row
    for (int i = headerLine + 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        const int lineNo = i + 1;
        const QStringList cells = Csv::splitLine(lines[i]);
        Record r;
        r.asOf = asOf;
        r.source = source;
        bool badDate = false;
        for (int c = 0; c < columns.size() && c < cells.size(); ++c) {
            const Column& col = columns[c];
            const QString cell = cells[c].trimmed();
            switch (col.kind) {
            case Column::Kind::Ignored:
                break;
            case Column::Kind::Symbol:
                r.ticker = cell.toUpper();
                break;
            case Column::Kind::AsOf:
                if (!isMissingCell(cell)) {
                    const QDate d = QDate::fromString(cell, Qt::ISODate);
                    if (!d.isValid()) {
                        out.warnings << QStringLiteral(
                                            "%1:%2: %3 '%4' is not a YYYY-MM-DD date (row skipped)")
                                            .arg(name)
                                            .arg(lineNo)
                                            .arg(col.header, cell);
                        badDate = true;
                    } else {
                        r.asOf = d;
                    }
                }
                break;
            case Column::Kind::Sector:
                r.sector = isMissingCell(cell) ? QString() : cell;
                break;
            case Column::Kind::Industry:
                r.industry = isMissingCell(cell) ? QString() : cell;
                break;
            case Column::Kind::CapCategory:
                r.capCategory =
                    isMissingCell(cell) ? QString() : cell.toLower().remove(QStringLiteral(" cap"));
                break;
            case Column::Kind::Number: {
                if (isMissingCell(cell)) {
                    break;
                }
                bool ok = false;
                const double v = QString(cell).remove(u',').toDouble(&ok);
                if (!ok || !std::isfinite(v)) {
                    out.warnings << QStringLiteral("%1:%2: %3 '%4' is not a number (left missing)")
                                        .arg(name)
                                        .arg(lineNo)
                                        .arg(col.header, cell);
                } else {
                    r.set(col.field, v * col.scale);
                }
                break;
            }
            }
        }
        if (badDate) {
            continue;
        }
        if (r.ticker.isEmpty()) {
            out.warnings << QStringLiteral("%1:%2: no symbol (row skipped)").arg(name).arg(lineNo);
            continue;
        }
        const QString key = r.ticker + u'|' + r.asOf.toString(Qt::ISODate);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            out.warnings << QStringLiteral("%1:%2: %3 as of %4 repeats line %5 (this row kept)")
                                .arg(name)
                                .arg(lineNo)
                                .arg(r.ticker, r.asOf.toString(Qt::ISODate))
                                .arg(*it);
            for (qsizetype k = 0; k < out.records.size(); ++k) {
                if (out.records[k].ticker == r.ticker && out.records[k].asOf == r.asOf) {
                    out.records.removeAt(k);
                    break;
                }
            }
        }
        seen.insert(key, lineNo);
        out.records << r;
    }
    if (out.records.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("%1: no rows with a symbol").arg(name)));
    }
    return out;
}

} // namespace Tessera::Fundamentals
