#include "core/store/ScreenDataRepository.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "core/screens/BarFields.h"
#include "core/screens/FieldCatalog.h"
#include "core/store/FeatureRepository.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/store/WatchlistRepository.h"

namespace Tessera::Store {

using Screens::Derived;
using Screens::FieldInfo;
using Screens::ScreenData;
using Screens::Source;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Bar = Screens::BarRow;

double pct(double now, double then)
{
    return (std::isfinite(now) && std::isfinite(then) && then > 0) ? (now / then - 1.0) * 100.0 : kNaN;
}

/** A bars-derived value at row k of a symbol's bars (ascending), NaN when the history is too short. */
double barValue(Derived d, const std::vector<Bar>& bars, qsizetype k)
{
    return Screens::barFieldValue(d, bars.data(), static_cast<qsizetype>(bars.size()), k);
}

using Screens::returnBars;

bool isAggregate(Derived d)
{
    return Screens::isBarAggregate(d);
}

QByteArray idsJson(const std::vector<qint64>& ids)
{
    QByteArray out = "[";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) {
            out += ',';
        }
        out += QByteArray::number(ids[i]);
    }
    out += ']';
    return out;
}

} // namespace

Result<QStringList> ScreenDataRepository::resolveSelection(const QString& selection)
{
    const QString s = selection.trimmed();
    if (s.isEmpty() || s.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
        return QStringList();
    }
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? s.left(colon).trimmed().toLower() : QString();
    const QString name = colon > 0 ? s.mid(colon + 1).trimmed() : s;
    if (kind == QStringLiteral("universe")) {
        UniverseRepository universes(m_db);
        auto stored = universes.storedName(name);
        if (!stored) {
            return fail(stored.error());
        }
        if (!stored->has_value()) {
            return fail(Error::notFound(QStringLiteral("unknown universe '%1'").arg(name)));
        }
        return universes.members(**stored);
    }
    if (kind == QStringLiteral("tag")) {
        auto tagged = SymbolRepository(m_db).tickersWithTag(name);
        if (tagged && tagged->isEmpty()) {
            return fail(Error::notFound(QStringLiteral("no symbol has the tag '%1'").arg(name)));
        }
        return tagged;
    }
    if (kind == QStringLiteral("watchlist")) {
        WatchlistRepository lists(m_db);
        auto stored = lists.storedName(name);
        if (!stored) {
            return fail(stored.error());
        }
        if (!stored->has_value()) {
            return fail(Error::notFound(QStringLiteral("unknown watchlist '%1'").arg(name)));
        }
        return lists.members(**stored);
    }
    if (colon > 0) {
        return fail(Error::invalidInput(
            QStringLiteral("selection '%1': expected all, universe:NAME, tag:NAME, watchlist:NAME or tickers")
                .arg(selection)));
    }
    QStringList tickers;
    for (const QString& t : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tickers << t.trimmed();
    }
    return tickers;
}

Result<ScreenData>
ScreenDataRepository::load(const QStringList& tickers, QDate asOf, const Screens::FieldNeeds& needs)
{
    const Screens::FieldCatalog& catalog = Screens::FieldCatalog::instance();
    const bool latestDay = !asOf.isValid();
    ScreenData data;
    sqlite3* h = m_db.rawHandle();
    const QByteArray selected =
        QJsonDocument(QJsonArray::fromStringList(tickers)).toJson(QJsonDocument::Compact);

    if (latestDay) {
        const QByteArray sql =
            QByteArray("SELECT MAX(b.last_date) FROM bar_summary b JOIN symbols s ON s.id = b.symbol_id")
            + (tickers.isEmpty() ? "" : " WHERE s.ticker IN (SELECT value FROM json_each(?1))");
        Statement st(h, sql.constData());
        if (!tickers.isEmpty()) {
            st.bind(1, QString::fromUtf8(selected));
        }
        auto r = st.forEachRow(
            [&](const Statement& row) { asOf = QDate::fromString(row.textAt(0), Qt::ISODate); });
        if (!r) {
            return fail(r.error());
        }
        if (!asOf.isValid()) {
            data.asOf = QDate();
            return data; // nothing stored
        }
    }
    data.asOf = asOf;
    const QString asOfText = asOf.toString(Qt::ISODate);

    // The selection: symbols with a bar on or before the day.
    {
        const QByteArray sql =
            QByteArray(
                "SELECT s.id, s.ticker, s.name, s.sector, s.industry FROM symbols s JOIN bar_summary b ON "
                "b.symbol_id = s.id WHERE b.bar_count > 0 AND b.first_date <= ?2")
            + (tickers.isEmpty() ? "" : " AND s.ticker IN (SELECT value FROM json_each(?1))")
            + " ORDER BY s.ticker";
        Statement st(h, sql.constData());
        if (!tickers.isEmpty()) {
            st.bind(1, QString::fromUtf8(selected));
        }
        st.bind(2, asOfText);
        std::vector<QString> sectors, industries;
        auto r = st.forEachRow([&](const Statement& row) {
            data.addSymbol(row.textAt(1), row.int64At(0), row.textAt(2));
            sectors.push_back(row.textAt(3));
            industries.push_back(row.textAt(4));
        });
        if (!r) {
            return fail(r.error());
        }
        data.text(QStringLiteral("ticker")) =
            std::vector<QString>(data.tickers.cbegin(), data.tickers.cend());
        data.text(QStringLiteral("sector")) = sectors;
        data.text(QStringLiteral("industry")) = industries;
    }
    if (data.size() == 0) {
        return data;
    }
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < data.size(); ++i) {
        rowOf.insert(data.symbolIds[static_cast<size_t>(i)], i);
    }
    const QString ids = QString::fromUtf8(idsJson(data.symbolIds));

    // What each source must deliver.
    QList<const FieldInfo*> bars, technical, features, fundamentals, analysis, consensus, xs;
    bool barsPrev = false, technicalPrev = false, featuresPrev = false;
    int lookback = 1;
    QSet<int> returnOffsets;            ///< bars back whose adjusted close a return needs
    QList<const FieldInfo*> aggregates; ///< bars fields computed by an aggregate over a window
    bool wantTags = false, wantUniverses = false;
    for (const QString& key : needs.fields) {
        const FieldInfo* f = catalog.find(key);
        if (!f) {
            return fail(Error::invalidInput(QStringLiteral("unknown field '%1'").arg(key)));
        }
        const bool prev = needs.previous.contains(key);
        switch (f->source) {
        case Source::Bars:
            bars << f;
            barsPrev = barsPrev || prev;
            if (int n = returnBars(f->derived); n > 0) {
                // A return needs two closes, not the bars between: those are read by offset below.
                lookback = std::max(lookback, prev ? 2 : 1);
                returnOffsets.insert(n);
                if (prev) {
                    returnOffsets.insert(n + 1);
                }
            } else if (isAggregate(f->derived)) {
                aggregates << f; // averaged / maxed inside SQLite: 20–250 rows per symbol never leave it
                lookback = std::max(lookback, prev ? 2 : 1);
            } else {
                lookback = std::max(lookback, f->lookback + (prev ? 1 : 0));
            }
            break;
        case Source::Technical:
            technical << f;
            technicalPrev = technicalPrev || prev;
            break;
        case Source::Feature:
            features << f;
            featuresPrev = featuresPrev || prev;
            break;
        case Source::Fundamentals:
            fundamentals << f;
            break;
        case Source::Analysis:
            analysis << f;
            break;
        case Source::Consensus:
            consensus << f;
            break;
        case Source::CrossSection:
            xs << f;
            break;
        case Source::Symbol:
            wantTags = wantTags || f->derived == Derived::Tag;
            wantUniverses = wantUniverses || f->derived == Derived::Universe;
            break;
        }
        if (!f->text) {
            data.number(f->key); // present (all missing) even when no symbol has it
        }
    }

    if (!bars.isEmpty()) {
        // Each symbol's last `lookback` bars: the lower date bound is one index seek per symbol.
        Statement st(
            h,
            "SELECT j.value, b.open, b.high, b.low, b.close, b.adj_close, b.volume FROM json_each(?1) j "
            "JOIN daily_bars b ON b.symbol_id = j.value AND b.date <= ?2 AND b.date >= COALESCE(("
            "SELECT d.date FROM daily_bars d WHERE d.symbol_id = j.value AND d.date <= ?2 "
            "ORDER BY d.date DESC LIMIT 1 OFFSET ?3), '0000-00-00') ORDER BY j.value, b.date");
        st.bind(1, ids);
        st.bind(2, asOfText);
        st.bind(3, lookback - 1);
        QHash<qint64, std::vector<Bar>> series;
        auto r = st.forEachRow([&](const Statement& row) {
            const double close = row.doubleAt(4);
            const double adj = row.doubleAt(5);
            series[row.int64At(0)].push_back({row.doubleAt(1),
                                              row.doubleAt(2),
                                              row.doubleAt(3),
                                              close,
                                              std::isnan(adj) ? close : adj,
                                              row.doubleAt(6)});
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading bars for a screen")));
        }
        // The adjusted close `offset` bars before each symbol's last bar on or before the day: one index
        // seek per symbol and offset instead of reading every bar in between.
        QHash<int, QHash<qint64, double>> back;
        for (int offset : std::as_const(returnOffsets)) {
            Statement at(
                h,
                "SELECT j.value, (SELECT COALESCE(d.adj_close, d.close) FROM daily_bars d WHERE d.symbol_id "
                "= "
                "j.value AND d.date <= ?2 ORDER BY d.date DESC LIMIT 1 OFFSET ?3) FROM json_each(?1) j");
            at.bind(1, ids);
            at.bind(2, asOfText);
            at.bind(3, offset);
            QHash<qint64, double>& into = back[offset];
            auto read =
                at.forEachRow([&](const Statement& row) { into.insert(row.int64At(0), row.doubleAt(1)); });
            if (!read) {
                return fail(read.error().prefixed(QStringLiteral("loading past closes for a screen")));
            }
        }
        // Window aggregates (average volume, 52-week range), now and one bar before: one statement each.
        for (const FieldInfo* f : std::as_const(aggregates)) {
            const char* expr = f->derived == Derived::AvgVolume20 ? "AVG(w.volume)"
                               : f->derived == Derived::High52w   ? "MAX(w.high)"
                                                                  : "MIN(w.low)";
            const int window = f->derived == Derived::AvgVolume20 ? 20 : 250;
            const bool needsFull = f->derived == Derived::AvgVolume20; // a 52-week range takes what there is
            for (int shift : {0, 1}) {
                if (shift == 1 && !needs.previous.contains(f->key)) {
                    continue;
                }
                const QByteArray sql =
                    QByteArray("SELECT j.value, (SELECT CASE WHEN COUNT(*) >= ?4 THEN ") + expr
                    + " END FROM (SELECT d.volume, d.high, d.low FROM daily_bars d WHERE "
                      "d.symbol_id = j.value AND d.date <= ?2 ORDER BY d.date DESC LIMIT ?3 OFFSET "
                      "?5) w) FROM json_each(?1) j";
                Statement agg(h, sql.constData());
                agg.bind(1, ids);
                agg.bind(2, asOfText);
                agg.bind(3, window);
                agg.bind(4, needsFull ? window : 1);
                agg.bind(5, shift);
                Screens::NumericColumn& c = data.number(f->key);
                auto read = agg.forEachRow([&](const Statement& row) {
                    const qsizetype at = rowOf.value(row.int64At(0), -1);
                    if (at >= 0) {
                        (shift == 0 ? c.now : c.prev)[static_cast<size_t>(at)] = row.doubleAt(1);
                    }
                });
                if (!read) {
                    return fail(read.error().prefixed(QStringLiteral("loading %1 for a screen").arg(f->key)));
                }
            }
        }
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            const qsizetype row = rowOf.value(it.key(), -1);
            if (row < 0) {
                continue;
            }
            const qsizetype k = static_cast<qsizetype>(it->size()) - 1;
            for (const FieldInfo* f : std::as_const(bars)) {
                Screens::NumericColumn& c = data.number(f->key);
                if (isAggregate(f->derived)) {
                    continue;
                }
                if (int n = returnBars(f->derived); n > 0) {
                    const double last = (*it)[static_cast<size_t>(k)].adj;
                    const double before = k > 0 ? (*it)[static_cast<size_t>(k - 1)].adj : kNaN;
                    c.now[static_cast<size_t>(row)] = pct(last, back.value(n).value(it.key(), kNaN));
                    c.prev[static_cast<size_t>(row)] = pct(before, back.value(n + 1).value(it.key(), kNaN));
                    continue;
                }
                c.now[static_cast<size_t>(row)] = barValue(f->derived, *it, k);
                c.prev[static_cast<size_t>(row)] = barValue(f->derived, *it, k - 1);
            }
        }
    }

    if (!technical.isEmpty()) {
        QByteArray cols;
        for (const FieldInfo* f : std::as_const(technical)) {
            cols += ", t." + f->column.toLatin1();
        }
        const QByteArray sql =
            "SELECT j.value, t.id" + cols
            + " FROM json_each(?1) j JOIN technical_indicators t ON t.id <= j.value * 4294967296 + ?2 AND "
              "t.id >= "
              "COALESCE((SELECT u.id FROM technical_indicators u WHERE u.id BETWEEN j.value * 4294967296 AND "
              "j.value * 4294967296 + ?2 ORDER BY u.id DESC LIMIT 1 OFFSET ?3), j.value * 4294967296) "
              "ORDER BY t.id";
        Statement st(h, sql.constData());
        st.bind(1, ids);
        st.bind(2, asOf.toJulianDay());
        st.bind(3, technicalPrev ? 1 : 0);
        QHash<qint64, int> seen;
        // Rows arrive oldest first per symbol: each later one shifts now into prev.
        auto r = st.forEachRow([&](const Statement& row) {
            const qsizetype at = rowOf.value(row.int64At(0), -1);
            if (at < 0) {
                return;
            }
            for (int i = 0; i < technical.size(); ++i) {
                Screens::NumericColumn& c = data.number(technical[i]->key);
                c.prev[static_cast<size_t>(at)] = c.now[static_cast<size_t>(at)];
                c.now[static_cast<size_t>(at)] = row.doubleAt(2 + i);
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading indicators for a screen")));
        }
    }

    if (!features.isEmpty()) {
        Statement st(
            h,
            "SELECT j.value, f.data FROM json_each(?1) j JOIN indicator_features f ON f.symbol_id = j.value "
            "AND f.year <= ?2 AND f.year >= COALESCE((SELECT g.year FROM indicator_features g WHERE "
            "g.symbol_id = j.value AND g.year <= ?2 ORDER BY g.year DESC LIMIT 1 OFFSET ?3), 0) "
            "ORDER BY j.value, f.year");
        st.bind(1, ids);
        st.bind(2, asOf.year());
        st.bind(3, featuresPrev ? 1 : 0);
        QHash<qint64, Features::IndicatorFrame> frames;
        Error decodeError{ErrorCode::Internal, {}};
        auto r = st.forEachRow([&](const Statement& row) {
            const QByteArrayView blob = row.blobAt(1);
            auto ok = FeatureRepository::decode(blob.data(), blob.size(), frames[row.int64At(0)]);
            if (!ok && decodeError.message.isEmpty()) {
                decodeError = ok.error();
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading features for a screen")));
        }
        if (!decodeError.message.isEmpty()) {
            return fail(decodeError.prefixed(QStringLiteral("reading stored features")));
        }
        const qint64 day = asOf.toJulianDay();
        for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
            const qsizetype at = rowOf.value(it.key(), -1);
            const std::vector<qint64>& days = it->days();
            const auto upper = std::upper_bound(days.begin(), days.end(), day);
            const qsizetype k = static_cast<qsizetype>(upper - days.begin()) - 1;
            if (at < 0 || k < 0) {
                continue;
            }
            for (const FieldInfo* f : std::as_const(features)) {
                Screens::NumericColumn& c = data.number(f->key);
                c.now[static_cast<size_t>(at)] = it->value(f->feature, k);
                c.prev[static_cast<size_t>(at)] = k > 0 ? it->value(f->feature, k - 1) : kNaN;
            }
        }
    }

    // Fundamentals (and the sector they give when the symbol has none, and the cap category).
    {
        QByteArray cols;
        for (const FieldInfo* f : std::as_const(fundamentals)) {
            if (f->derived == Derived::None) {
                cols += ", f." + f->column.toLatin1();
            }
        }
        const QByteArray sql =
            "SELECT j.value, f.sector, f.industry, f.market_cap_category" + cols
            + " FROM json_each(?1) j JOIN fundamentals f ON f.symbol_id = j.value AND f.as_of = "
              "(SELECT MAX(g.as_of) FROM fundamentals g WHERE g.symbol_id = j.value AND g.as_of <= ?2)";
        Statement st(h, sql.constData());
        st.bind(1, ids);
        st.bind(2, latestDay ? QStringLiteral("9999-12-31") : asOfText);
        std::vector<QString>& sector = data.text(QStringLiteral("sector"));
        std::vector<QString>& industry = data.text(QStringLiteral("industry"));
        std::vector<QString>* cap = nullptr;
        for (const FieldInfo* f : std::as_const(fundamentals)) {
            if (f->derived == Derived::CapCategory) {
                cap = &data.text(f->key);
            }
        }
        auto r = st.forEachRow([&](const Statement& row) {
            const qsizetype at = rowOf.value(row.int64At(0), -1);
            if (at < 0) {
                return;
            }
            const size_t a = static_cast<size_t>(at);
            if (sector[a].isEmpty()) {
                sector[a] = row.textAt(1);
            }
            if (industry[a].isEmpty()) {
                industry[a] = row.textAt(2);
            }
            if (cap) {
                (*cap)[a] = row.textAt(3);
            }
            int i = 4;
            for (const FieldInfo* f : std::as_const(fundamentals)) {
                if (f->derived == Derived::None) {
                    data.number(f->key).now[a] = row.doubleAt(i++);
                }
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading fundamentals for a screen")));
        }
    }

    if (!analysis.isEmpty()) {
        Statement st(
            h,
            "SELECT j.value, a.direction, a.score, a.confidence, a.quality_grade FROM json_each(?1) j "
            "JOIN symbol_analysis a ON a.symbol_id = j.value WHERE a.as_of <= ?2");
        st.bind(1, ids);
        st.bind(2, asOfText);
        auto r = st.forEachRow([&](const Statement& row) {
            const qsizetype at = rowOf.value(row.int64At(0), -1);
            if (at < 0) {
                return;
            }
            for (const FieldInfo* f : std::as_const(analysis)) {
                switch (f->derived) {
                case Derived::VerdictDirection:
                    data.text(f->key)[static_cast<size_t>(at)] = row.textAt(1);
                    break;
                case Derived::VerdictScore:
                    data.number(f->key).now[static_cast<size_t>(at)] = row.doubleAt(2);
                    break;
                case Derived::VerdictConfidence:
                    data.number(f->key).now[static_cast<size_t>(at)] = row.doubleAt(3);
                    break;
                case Derived::QualityGrade:
                    data.text(f->key)[static_cast<size_t>(at)] = row.textAt(4);
                    break;
                default:
                    break;
                }
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading verdicts for a screen")));
        }
    }

    if (!consensus.isEmpty()) {
        // The consensus of the shortest horizon stored for each symbol.
        Statement st(
            h,
            "SELECT j.value, p.predicted_return, p.confidence, p.production_ready FROM json_each(?1) j "
            "JOIN predictions p ON p.symbol_id = j.value AND p.algorithm = 'consensus' AND p.as_of <= ?2 "
            "AND p.horizon = (SELECT MIN(q.horizon) FROM predictions q WHERE q.symbol_id = j.value AND "
            "q.algorithm = 'consensus')");
        st.bind(1, ids);
        st.bind(2, asOfText);
        auto r = st.forEachRow([&](const Statement& row) {
            const qsizetype at = rowOf.value(row.int64At(0), -1);
            if (at < 0) {
                return;
            }
            for (const FieldInfo* f : std::as_const(consensus)) {
                double v = kNaN;
                if (f->derived == Derived::ConsensusReturn) {
                    v = row.doubleAt(1) * 100.0;
                } else if (f->derived == Derived::ConsensusConfidence) {
                    v = row.doubleAt(2);
                } else if (f->derived == Derived::ConsensusReady) {
                    v = static_cast<double>(row.int64At(3));
                }
                data.number(f->key).now[static_cast<size_t>(at)] = v;
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading predictions for a screen")));
        }
    }

    if (!xs.isEmpty()) {
        Statement st(
            h,
            "SELECT j.value, x.ml_prediction_score, x.ml_price_target, x.predicted_return, x.ml_confidence, "
            "x.ml_risk_score, x.price_validated FROM json_each(?1) j JOIN xs_scores x ON x.symbol_id = "
            "j.value AND x.as_of = (SELECT MAX(y.as_of) FROM xs_scores y WHERE y.symbol_id = j.value AND "
            "y.as_of <= ?2)");
        st.bind(1, ids);
        st.bind(2, asOfText);
        auto r = st.forEachRow([&](const Statement& row) {
            const qsizetype at = rowOf.value(row.int64At(0), -1);
            if (at < 0) {
                return;
            }
            for (const FieldInfo* f : std::as_const(xs)) {
                double v = kNaN;
                switch (f->derived) {
                case Derived::MlScore:
                    v = row.doubleAt(1);
                    break;
                case Derived::MlTarget:
                    v = row.doubleAt(2);
                    break;
                case Derived::MlReturn:
                    v = row.doubleAt(3) * 100.0;
                    break;
                case Derived::MlConfidence:
                    v = row.doubleAt(4);
                    break;
                case Derived::MlRisk:
                    v = row.doubleAt(5);
                    break;
                case Derived::MlValidated:
                    v = static_cast<double>(row.int64At(6));
                    break;
                default:
                    break;
                }
                data.number(f->key).now[static_cast<size_t>(at)] = v;
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading cross-sectional scores for a screen")));
        }
    }

    auto loadSet = [&](const char* key, const char* sql) -> Result<void> {
        std::vector<QStringList>& set = data.set(QString::fromLatin1(key));
        Statement st(h, sql);
        st.bind(1, ids);
        return st.forEachRow([&](const Statement& row) {
            const qsizetype at = rowOf.value(row.int64At(0), -1);
            if (at >= 0) {
                set[static_cast<size_t>(at)] << row.textAt(1);
            }
        });
    };
    if (wantTags) {
        if (auto r = loadSet("tag",
                             "SELECT st.symbol_id, t.name FROM json_each(?1) j JOIN symbol_tags st ON "
                             "st.symbol_id = j.value JOIN tags t ON t.id = st.tag_id");
            !r) {
            return fail(r.error());
        }
    }
    if (wantUniverses) {
        if (auto r = loadSet("universe",
                             "SELECT m.symbol_id, u.name FROM json_each(?1) j JOIN universe_members m ON "
                             "m.symbol_id = j.value JOIN universes u ON u.id = m.universe_id");
            !r) {
            return fail(r.error());
        }
    }
    return data;
}

} // namespace Tessera::Store
