#include "core/export/ExportRetention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Tessera::Export {

QDate exportFileDate(const QString& fileName)
{
    // Anchored: "stocks_2024-05-01.csv.bak" or "my_stocks_2024-05-01.csv" are someone else's files.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:stocks|suggested_stocks|historical_(?:[1-9][0-9]*d|all)|technical_indicators)_"
                       "([0-9]{4}-[0-9]{2}-[0-9]{2})\\.csv$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

Result<RetentionResult>
applyRetention(const QString& folder, int days, const QDate& today, const QStringList& keep)
{
    RetentionResult result;
    if (days <= 0 || folder.isEmpty() || !QFileInfo(folder).isDir()) {
        return result;
    }
    if (!today.isValid()) {
        return fail(
            Error::invalidInput(QStringLiteral("retention of %1: no valid reference date").arg(folder)));
    }
    const QDate cutoff = today.addDays(-days);
    QSet<QString> kept;
    for (const QString& path : keep) {
        kept.insert(QFileInfo(path).absoluteFilePath());
    }
    const QFileInfoList entries =
        QDir(folder).entryInfoList({QStringLiteral("*.csv")}, QDir::Files | QDir::NoSymLinks | QDir::Hidden);
    for (const QFileInfo& info : entries) {
        const QDate date = exportFileDate(info.fileName());
        if (!date.isValid() || date >= cutoff || kept.contains(info.absoluteFilePath())) {
            continue;
        }
        QFile file(info.absoluteFilePath());
        if (file.remove()) {
            result.deleted << info.absoluteFilePath();
        } else {
            result.failed << QStringLiteral("%1: %2").arg(info.absoluteFilePath(), file.errorString());
        }
    }
    return result;
}

} // namespace Tessera::Export
