#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Store {

/**
 * What a stored analysis was computed from. The pipeline compares it with a symbol's current bars and
 * settings to skip symbols that are up to date: the same bar count, last bar, fingerprint of every
 * stored bar field (Tasks::barsFingerprint), settings fingerprint and engine version.
 */
struct AnalysisInputs
{
    qint64 barCount = 0;
    QDate lastBarDate;
    quint64 barsHash = 0;
    quint64 settingsHash = 0;
    int engineVersion = 0;

    bool operator==(const AnalysisInputs&) const = default;
};

/** The three peer-schema documents of an analysis as compact UTF-8 JSON ({T}.json, _slippage,
 * _monte_slippage). */
struct AnalysisDocuments
{
    QByteArray main;
    QByteArray slippage;
    QByteArray monte;
};

/** One symbol's stored analysis without its documents: a universe-table row, a verdict badge. */
struct AnalysisRow
{
    QString ticker;
    Tiles::AnalysisSummary summary;
    AnalysisInputs inputs;
    qint64 runId = 0;   ///< the pipeline run that wrote it (0 = written outside a run)
    QString computedAt; ///< UTC ISO time of the write
};

/**
 * Each symbol's latest seed-002 analysis: symbol_analysis (summary, validation, the inputs it was
 * computed from) and symbol_analysis_documents (the three JSON documents, qCompress'ed at level 1:
 * the documents are mostly numbers and compress ~4× even so, at a fraction of level 6's time on the
 * pipeline's hot path). A write replaces both rows and joins the caller's transaction (the task
 * runner's per-symbol transaction), so a symbol's summary and documents always belong together.
 *
 * An invalid analysis (a price-axis tile outside the symbol's range) is stored with direction
 * "WITHHELD" whatever the engine said: the store never hands out a verdict that failed validation.
 *
 * Works on the calling thread's connection; use one instance per thread.
 */
class AnalysisRepository
{
public:
    explicit AnalysisRepository(const Database& db)
        : m_db(db)
    {}

    /** What the stored analysis of a symbol was computed from, or nullopt when none is stored. */
    [[nodiscard]] Result<std::optional<AnalysisInputs>> inputs(qint64 symbolId);

    /** Stores (replaces) a symbol's analysis. */
    [[nodiscard]] Result<void> write(qint64 symbolId,
                                     const Tiles::AnalysisSummary& summary,
                                     const AnalysisDocuments& documents,
                                     const AnalysisInputs& inputs,
                                     qint64 runId = 0);

    /** Every stored analysis (no documents), ordered by ticker: the universe table's columns. */
    [[nodiscard]] Result<QList<AnalysisRow>> summaries();

    /** One symbol's stored summary, nullopt when none is stored (or the ticker is unknown). */
    [[nodiscard]] Result<std::optional<AnalysisRow>> summary(const QString& ticker);

    /** One symbol's documents, uncompressed; nullopt when none are stored. */
    [[nodiscard]] Result<std::optional<AnalysisDocuments>> documents(const QString& ticker);

    /**
     * One symbol's full analysis for the dashboard: the summary and the parsed documents. nullopt when
     * none is stored; an error names the ticker when a stored document does not parse.
     */
    [[nodiscard]] Result<std::optional<Tiles::SymbolAnalysis>> load(const QString& ticker);

    /** Number of symbols with a stored analysis. */
    [[nodiscard]] Result<qint64> count();

    /** Deletes a symbol's analysis. */
    [[nodiscard]] Result<void> clear(qint64 symbolId);

    /** A document as stored before compression: compact UTF-8 JSON. */
    static QByteArray encode(const QJsonObject& document);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
