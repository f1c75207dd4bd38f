#include "core/common/CsvText.h"

namespace Tessera::Csv {

QStringList splitLine(QStringView line)
{
    if (line.endsWith(u'\r')) {
        line.chop(1);
    }
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    current.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    fields.append(current);
    return fields;
}

bool isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    const qsizetype n = cell.size();
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < n && cell[i] >= u'0' && cell[i] <= u'9') {
            ++i;
        }
        return i - start;
    };
    if (i < n && (cell[i] == u'+' || cell[i] == u'-')) {
        ++i;
    }
    qsizetype mantissa = digits();
    if (i < n && cell[i] == u'.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0) {
        return false;
    }
    if (i < n && (cell[i] == u'e' || cell[i] == u'E')) {
        ++i;
        if (i < n && (cell[i] == u'+' || cell[i] == u'-')) {
            ++i;
        }
        if (digits() == 0) {
            return false;
        }
    }
    return i == n;
}

bool needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar c = cell.front();
    if (c == u'=' || c == u'@' || c == u'\t' || c == u'\r') {
        return true;
    }
    // A sign starts a formula too ("-2+3+cmd|' /C calc'!A0"), but a signed number is just a number.
    return (c == u'+' || c == u'-') && !isPlainNumber(cell);
}

QString formulaGuarded(QStringView cell)
{
    return needsFormulaGuard(cell) ? u'\'' + cell.toString() : cell.toString();
}

QString normalizeHeader(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c != u' ' && c != u'_' && c != u'-' && c != u'\t' && c != u'\xfeff') {
            out.append(c.toLower());
        }
    }
    return out;
}

} // namespace Tessera::Csv
