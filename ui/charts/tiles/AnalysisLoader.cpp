#include "ui/charts/tiles/AnalysisLoader.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "core/common/Log.h"
#include "core/store/AnalysisRepository.h"

namespace Tessera::Ui {
namespace {

Result<QJsonObject> readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::io(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error::invalidInput(QStringLiteral("%1 is not a JSON object: %2 at offset %3")
                                            .arg(path, error.errorString())
                                            .arg(error.offset)));
    }
    return doc.object();
}

} // namespace

AnalysisLoader emptyAnalysisLoader()
{
    return [](const QString&) -> Result<std::optional<StoredAnalysis>> {
        return std::optional<StoredAnalysis>();
    };
}

AnalysisSummaryLoader emptyAnalysisSummaryLoader()
{
    return []() -> Result<QHash<QString, Tiles::AnalysisSummary>> {
        return QHash<QString, Tiles::AnalysisSummary>();
    };
}

Result<std::optional<StoredAnalysis>> loadAnalysisJson(const QString& dir, const QString& ticker)
{
    const QDir folder(dir);
    const QString mainPath = folder.filePath(ticker + QStringLiteral(".json"));
    if (!QFileInfo::exists(mainPath)) {
        return std::optional<StoredAnalysis>();
    }
    StoredAnalysis stored;
    stored.analysis.ticker = ticker;
    stored.updatedAt = QFileInfo(mainPath).lastModified();
    const struct
    {
        QString path;
        QJsonObject* target;
    } files[] = {{mainPath, &stored.analysis.main},
                 {folder.filePath(ticker + QStringLiteral("_slippage.json")), &stored.analysis.slippage},
                 {folder.filePath(ticker + QStringLiteral("_monte_slippage.json")), &stored.analysis.monte}};
    for (const auto& [path, target] : files) {
        auto object = readObject(path);
        if (!object) {
            return fail(object.error());
        }
        *target = std::move(*object);
    }
    return std::optional<StoredAnalysis>(std::move(stored));
}

AnalysisLoader jsonDirectoryLoader(const QString& dir)
{
    return [dir](const QString& ticker) {
        return loadAnalysisJson(dir, ticker);
    };
}

AnalysisSummaryLoader jsonDirectorySummaryLoader(const QString& dir)
{
    return [dir]() -> Result<QHash<QString, Tiles::AnalysisSummary>> {
        QHash<QString, Tiles::AnalysisSummary> summaries;
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString& file : files) {
            if (file.endsWith(QStringLiteral("_slippage.json"))) {
                continue; // also skips _monte_slippage.json
            }
            const QString ticker = file.chopped(5);
            auto stored = loadAnalysisJson(dir, ticker);
            if (!stored || !*stored) {
                spdlog::warn("skipping the analysis of {} in {}: {}",
                             ticker,
                             dir,
                             stored ? QStringLiteral("no such file") : stored.error().message);
                continue;
            }
            auto view = parseAnalysisView(**stored);
            if (!view) {
                spdlog::warn("skipping the analysis of {} in {}: {}", ticker, dir, view.error().message);
                continue;
            }
            summaries.insert(ticker, summaryOf(*view));
        }
        return summaries;
    };
}

Tiles::AnalysisSummary summaryOf(const AnalysisView& view)
{
    Tiles::AnalysisSummary s;
    s.asOf = view.asOf;
    s.lastPrice = view.lastPrice;
    s.change = view.change;
    s.direction = view.direction;
    s.score = view.score;
    s.confidence = std::min(std::fabs(view.score), 1.0);
    s.formula = view.formula;
    for (const VerdictComponent& c : view.components) {
        double* target = c.key == QStringLiteral("momentum")    ? &s.momentum
                         : c.key == QStringLiteral("flow")      ? &s.flow
                         : c.key == QStringLiteral("liquidity") ? &s.liquidity
                                                                : &s.cost;
        *target = c.value;
    }
    s.qualityGrade = view.qualityGrade;
    s.qualityReasons = view.qualityReasons;
    s.valid = view.valid;
    s.validationErrors = view.validationErrors;
    return s;
}

AnalysisLoader storeAnalysisLoader(Store::DatabasePtr db)
{
    return [db = std::move(db)](const QString& ticker) -> Result<std::optional<StoredAnalysis>> {
        Store::AnalysisRepository repo(*db);
        auto row = repo.summary(ticker);
        if (!row) {
            return fail(row.error());
        }
        auto analysis = repo.load(ticker);
        if (!analysis) {
            return fail(analysis.error());
        }
        if (!analysis->has_value()) {
            return std::optional<StoredAnalysis>();
        }
        StoredAnalysis stored;
        stored.analysis = std::move(**analysis);
        if (row->has_value()) {
            stored.updatedAt = QDateTime::fromString((*row)->computedAt, Qt::ISODate);
        }
        return std::optional<StoredAnalysis>(std::move(stored));
    };
}

AnalysisSummaryLoader storeAnalysisSummaryLoader(Store::DatabasePtr db)
{
    return [db = std::move(db)]() -> Result<QHash<QString, Tiles::AnalysisSummary>> {
        auto rows = Store::AnalysisRepository(*db).summaries();
        if (!rows) {
            return fail(rows.error());
        }
        QHash<QString, Tiles::AnalysisSummary> byTicker;
        byTicker.reserve(rows->size());
        for (const Store::AnalysisRow& row : *rows) {
            byTicker.insert(row.ticker, row.summary);
        }
        return byTicker;
    };
}

} // namespace Tessera::Ui
