#include "core/export/TileJsonExport.h"

#include <QDir>

#include "core/common/AtomicFile.h"
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
        // Unsynced: the documents are re-derivable from the database (`pipeline --json-out` re-exports
        // them), and an fsync per file made writing the 1,509 small documents of a 503-symbol run cost
        // more than computing them. A crash still never shows a half-written document.
        if (auto r = writeFileAtomically(dir.filePath(names[i]), *bytes[i], Durability::Unsynced); !r) {
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
                           QStringLiteral("abs_score"),
                           QStringLiteral("valid"),
                           QStringLiteral("as_of"),
                           QStringLiteral("last_price"),
                           QStringLiteral("validation_errors"),
                           QStringLiteral("formula")});
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
        csv.text(s.formula);
        csv.endRow();
    }
    return csv.commit();
}

} // namespace Tessera::Export
