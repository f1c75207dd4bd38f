#include "app/cli/PortfolioSupport.h"

#include <QJsonObject>

#include "core/common/CsvText.h"

namespace Tessera::Cli {

QJsonArray tableJson(const Portfolio::Table& table)
{
    QJsonArray out;
    for (const QStringList& row : table.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < table.header.size() && i < row.size(); ++i) {
            const QString& cell = row[i];
            if (cell.isEmpty()) {
                o.insert(table.header[i], QJsonValue::Null);
            } else if (Csv::isPlainNumber(cell) && table.header[i] != QLatin1String("id")) {
                o.insert(table.header[i], cell.toDouble());
            } else {
                o.insert(table.header[i], cell);
            }
        }
        out.append(o);
    }
    return out;
}

void printTable(CliContext& ctx, const Portfolio::Table& table, const QString& empty)
{
    if (table.rows.isEmpty()) {
        ctx.out << empty << "\n";
        return;
    }
    QList<qsizetype> widths;
    for (const QString& h : table.header) {
        widths << h.size();
    }
    for (const QStringList& row : table.rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], std::min<qsizetype>(row[i].size(), 40));
        }
    }
    auto line = [&](const QStringList& cells) {
        QStringList out;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QString c = cells[i].size() > 40 ? cells[i].left(39) + QStringLiteral("…") : cells[i];
            out << (Csv::isPlainNumber(c) ? c.rightJustified(widths[i]) : c.leftJustified(widths[i]));
        }
        ctx.out << out.join(QStringLiteral("  ")).trimmed() << "\n";
    };
    line(table.header);
    for (const QStringList& row : table.rows) {
        line(row);
    }
}

} // namespace Tessera::Cli
