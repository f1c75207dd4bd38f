#include "core/export/TileJsonExport.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/export/CsvWriter.h"

namespace Tessera::Export {
namespace {

constexpr qsizetype kMaxStem = 200;

bool allowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.'
           || u == u'_' || u == u'-';
}

/**
 * Writes bytes to a hidden sibling ".NAME.part" and renames it over path, so a reader (or a crash)
 * never sees a half-written file under its final name, and a failure leaves the previous file. Not
 * QSaveFile: it syncs every file to disk, which made writing the 1,509 small documents of a 503-symbol
 * run cost more than computing them. The documents are re-derivable from the database
 * (`pipeline --json-out` re-exports them), so a power cut that loses the newest ones costs nothing.
 */
Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    const QFileInfo target(path);
    const QString part = target.dir().filePath(u'.' + target.fileName() + QStringLiteral(".part"));
    QFile file(part);
    const auto failed = [&](const QString& why) {
        file.remove();
        return fail(Error::io(QStringLiteral("cannot write %1: %2").arg(path, why)));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return failed(file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        return failed(file.errorString());
    }
    file.close();
    // rename(2) replaces an existing target atomically (QFile::rename refuses to overwrite).
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

} // namespace

Result<QString> safeFileStem(const QString& ticker)
{
    if (ticker.isEmpty() || ticker == u"." || ticker == u"..") {
        return fail(Error::invalidInput(QStringLiteral("'%1' cannot name a file: not a ticker").arg(ticker)));
    }
    if (ticker.size() > kMaxStem) {
        return fail(Error::invalidInput(
            QStringLiteral("%1: the ticker is too long to name a file (%2 characters, at most %3)")
                .arg(ticker)
                .arg(ticker.size())
                .arg(kMaxStem)));
    }
    QString stem = ticker;
    for (QChar& c : stem) {
        if (!allowed(c)) {
            c = u'_';
        }
    }
    if (stem.startsWith(u'.')) {
        stem[0] = u'_';
    }
    return stem;
}

QStringList analysisFileNames(const QString& stem)
{
    return {stem + QStringLiteral(".json"),
            stem + QStringLiteral("_slippage.json"),
            stem + QStringLiteral("_monte_slippage.json")};
}

Result<void>
writeAnalysisFiles(const QString& folder, const QString& stem, const Store::AnalysisDocuments& documents)
{
    if (!QDir().mkpath(folder)) {
        return fail(Error::io(QStringLiteral("cannot create the JSON folder %1").arg(folder)));
    }
    const QDir dir(folder);
    const QStringList names = analysisFileNames(stem);
    const QByteArray* bytes[] = {&documents.main, &documents.slippage, &documents.monte};
    for (int i = 0; i < 3; ++i) {
        if (auto r = writeAtomically(dir.filePath(names[i]), *bytes[i]); !r) {
            return r;
        }
    }
    return {};
}

Result<qint64> writePipelineSummary(const QString& folder, const QList<Store::AnalysisRow>& rows)
{
    CsvWriter csv(QDir(folder).filePath(QStringLiteral("summary.csv")));
    if (auto r = csv.open({QStringLiteral("symbol"),
                           QStringLiteral("direction"),
                           QStringLiteral("score"),
                           QStringLiteral("grade"),
                           QStringLiteral("confidence"),
                           QStringLiteral("valid"),
                           QStringLiteral("as_of"),
                           QStringLiteral("last_price"),
                           QStringLiteral("validation_errors")});
        !r) {
        return fail(r.error());
    }
    for (const Store::AnalysisRow& row : rows) {
        const Tiles::AnalysisSummary& s = row.summary;
        csv.text(row.ticker);
        csv.text(s.direction);
        csv.number(s.score);
        csv.text(s.qualityGrade);
        csv.number(s.confidence);
        csv.text(s.valid ? QStringLiteral("true") : QStringLiteral("false"));
        csv.text(s.asOf.isValid() ? s.asOf.toString(Qt::ISODate) : QString());
        csv.number(s.lastPrice);
        csv.text(s.validationErrors.join(QStringLiteral("; ")));
        csv.endRow();
    }
    return csv.commit();
}

} // namespace Tessera::Export
