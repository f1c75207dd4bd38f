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

QString quoteField(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r')) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
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
