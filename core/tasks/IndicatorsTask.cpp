#include "core/tasks/IndicatorsTask.h"

#include <cmath>
#include <cstring>

#include <QDateTime>
#include <QJsonArray>

#include "core/features/IndicatorFrame.h"
#include "core/fetch/BarProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Tasks {
namespace {

constexpr quint64 kSeed = 0x6a09e667f3bcc909ULL;

/** One 64-bit word into the running hash (multiply-xorshift: a few instructions per bar field). */
void mix(quint64& h, quint64 word)
{
    h ^= word;
    h *= 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
}

void mixDouble(quint64& h, double v)
{
    if (std::isnan(v)) {
        mix(h, 0x7ff8000000000001ULL); // one pattern for every NaN payload
        return;
    }
    v += 0.0; // -0 -> +0: SQLite stores -0.0 as the integer 0
    quint64 bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    mix(h, bits);
}

class IndicatorsStep final : public TaskStep
{
public:
    IndicatorsStep(Store::DatabasePtr db, bool full)
        : m_db(std::move(db))
        , m_full(full)
    {}

    QString name() const override { return QStringLiteral("indicators"); }

    // From a delivered history the step needs nothing the load's pending write stores: both commit in
    // the symbol's one transaction.
    bool mayRunBeforeEarlierWritesCommit() const override { return true; }

    Result<StepWrite> process(SymbolWork& work, TaskContext&) override
    {
        const Store::Database& db = *m_db;
        auto input = stepInput(db, work);
        if (!input) {
            return fail(input.error());
        }
        const std::optional<qint64>& id = input->id;
        BarSeries raw;
        if (input->delivered) {
            raw = *input->delivered; // stored as is by the load step: no need to read it back
        } else {
            auto loaded = Store::BarRepository(db).loadAll(*id, input->ticker);
            if (!loaded) {
                return fail(loaded.error());
            }
            raw = std::move(*loaded);
        }
        if (raw.isEmpty()) {
            return skip(QStringLiteral("no bars stored"));
        }
        // A symbol new in this run (its load not committed yet) has no stored state.
        auto stored = id ? Store::IndicatorRepository(db).state(*id)
                         : Result<std::optional<Store::IndicatorState>>(std::nullopt);
        if (!stored) {
            return fail(stored.error());
        }
        const quint64 hash = barsFingerprint(raw);
        qsizetype fromRow = 0;
        bool replace = true;
        if (!m_full && stored->has_value() && (*stored)->engineVersion == kIndicatorEngineVersion) {
            const Store::IndicatorState& s = **stored;
            if (s.barCount == raw.size() && s.inputHash == hash) {
                return skip(QStringLiteral("up to date"));
            }
            if (s.barCount > 0 && s.barCount < raw.size() && raw.date(s.barCount - 1) == s.lastDate
                && barsFingerprint(raw, s.barCount) == s.inputHash) {
                fromRow = s.barCount; // only appended: the earlier rows are unchanged
                replace = false;
            }
        }
        auto frame = std::make_shared<Features::IndicatorFrame>(Features::computeIndicators(raw.adjusted()));
        Store::IndicatorState state;
        state.engineVersion = kIndicatorEngineVersion;
        state.barCount = raw.size();
        state.firstDate = raw.firstDate();
        state.lastDate = raw.lastDate();
        state.inputHash = hash;
        state.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const std::optional<qint64> knownId = id;
        // Encoded here, on the worker, not under the writer.
        auto chunks = std::make_shared<const std::vector<Store::FeatureChunk>>(
            Store::FeatureRepository::encodeChunks(*frame, replace ? 0 : fromRow));
        return StepWrite([frame, chunks, fromRow, replace, knownId, symbol = work.symbol, state](
                             const Store::Database& target) -> Result<void> {
            // A symbol new in this run gets its id from the load's write, earlier in this transaction.
            auto symbolId = knownId ? Result<qint64>(*knownId) : storedSymbolId(target, symbol);
            if (!symbolId) {
                return fail(symbolId.error());
            }
            auto written =
                Store::IndicatorRepository(target).write(*symbolId, *frame, fromRow, replace, state, *chunks);
            return written ? Result<void>{} : Result<void>(fail(written.error()));
        });
    }

private:
    Store::DatabasePtr m_db;
    bool m_full;
};

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}

} // namespace

Result<StepInput> stepInput(const Store::Database& db, SymbolWork& work)
{
    StepInput in;
    if (const auto it = work.data.find(QStringLiteral("bars")); it != work.data.end()) {
        const auto* fetched = std::any_cast<std::shared_ptr<Fetch::FetchedBars>>(&it->second);
        if (fetched && *fetched && (*fetched)->replacesHistory) {
            in.delivered = &(*fetched)->series;
        }
    }
    if (!in.delivered) {
        if (auto r = work.flushWrites(); !r) {
            return fail(r.error());
        }
    }
    Store::SymbolRepository symbols(db);
    // The bars step stores file tickers under their resolved name ("NTPC" -> "NTPC.NS").
    auto ticker = symbols.resolve(work.symbol);
    if (!ticker) {
        return fail(ticker.error());
    }
    auto id = symbols.idOf(*ticker);
    if (!id) {
        return fail(id.error());
    }
    if (!id->has_value() && !in.delivered) {
        return fail(Error::notFound(QStringLiteral("%1: no such symbol in the database").arg(work.symbol)));
    }
    in.ticker = *ticker;
    in.id = *id;
    return in;
}

Result<qint64> storedSymbolId(const Store::Database& db, const QString& symbol)
{
    Store::SymbolRepository symbols(db);
    auto ticker = symbols.resolve(symbol);
    if (!ticker) {
        return fail(ticker.error());
    }
    auto id = symbols.idOf(*ticker);
    if (!id) {
        return fail(id.error());
    }
    if (!id->has_value()) {
        return fail(Error::notFound(QStringLiteral("%1: no such symbol in the database").arg(symbol)));
    }
    return **id;
}

quint64 barsFingerprint(const BarSeries& raw, qsizetype count)
{
    const auto n = static_cast<size_t>(count < 0 ? raw.size() : std::min(count, raw.size()));
    quint64 h = kSeed;
    for (size_t i = 0; i < n; ++i) {
        mix(h, static_cast<quint64>(raw.days()[i]));
        mixDouble(h, raw.open()[i]);
        mixDouble(h, raw.high()[i]);
        mixDouble(h, raw.low()[i]);
        mixDouble(h, raw.close()[i]);
        mixDouble(h, raw.adjClose()[i]);
        mixDouble(h, raw.volume()[i]);
    }
    return h;
}

std::unique_ptr<TaskStep> makeIndicatorsStep(Store::DatabasePtr db, bool full)
{
    return std::make_unique<IndicatorsStep>(std::move(db), full);
}

QJsonObject indicatorsParams(const QStringList& tickers, bool full, const QString& providerSpec)
{
    QJsonObject p;
    if (!tickers.isEmpty()) {
        p.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
    }
    if (full) {
        p.insert(QStringLiteral("full"), true);
    }
    if (!providerSpec.isEmpty()) {
        p.insert(QStringLiteral("provider"), providerSpec);
    }
    return p;
}

TaskKind indicatorsTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("indicators");
    kind.title = QStringLiteral("Compute indicators");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        const bool full = params.value(QStringLiteral("full")).toBool(false);
        if (params.contains(QStringLiteral("provider"))) {
            // Load first: the load kind plans the symbols and its "bars" step; this step follows it.
            const TaskKind* load = TaskRegistry::find(QStringLiteral("load"));
            if (!load) {
                return fail(Error::internal(QStringLiteral("the load task kind is not registered")));
            }
            auto plan = load->build(db, params, only);
            if (!plan) {
                return fail(plan.error());
            }
            plan->steps.push_back(makeIndicatorsStep(db, full));
            return plan;
        }
        TaskPlan plan;
        QStringList selection = only.isEmpty() ? stringList(params.value(QStringLiteral("tickers"))) : only;
        if (selection.isEmpty()) {
            auto all = Store::SymbolRepository(*db).tickersWithBars();
            if (!all) {
                return fail(all.error());
            }
            selection = *all;
        }
        plan.symbols = selection;
        plan.steps.push_back(makeIndicatorsStep(db, full));
        return plan;
    };
    return kind;
}

} // namespace Tessera::Tasks
