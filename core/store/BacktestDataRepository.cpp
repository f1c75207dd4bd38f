#include "core/store/BacktestDataRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include "core/screens/FieldCatalog.h"
#include "core/store/FeatureRepository.h"
#include "core/store/IsoDate.h"
#include "core/store/Statement.h"

namespace Tessera::Store {

using Backtest::Panel;
using Backtest::SymbolHistory;
using Screens::Derived;
using Screens::FieldInfo;
using Screens::Source;

namespace {

/** Bars read before `from`: 250 bars (the longest field look-back, return_250d) plus margin. */
constexpr qint64 kBarLookbackDays = 730;
/** Indicator rows read before `from`: the row on or before the first day and the one before it. */
constexpr qint64 kIndicatorLookbackDays = 400;

QString idsJson(const Panel& panel)
{
    QJsonArray ids;
    for (const SymbolHistory& s : panel.symbols) {
        ids.append(s.symbolId);
    }
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Panel> BacktestDataRepository::load(const QStringList& tickers,
                                           QDate from,
                                           QDate to,
                                           const Screens::FieldNeeds& needs)
{
    Panel panel;
    sqlite3* h = m_db.rawHandle();
    const Screens::FieldCatalog& catalog = Screens::FieldCatalog::instance();
    bool wantTechnical = false, wantFeatures = false, wantFundamentals = false, wantXs = false;
    bool wantVerdicts = false;
    bool wantTags = false, wantUniverses = false;
    for (const QString& key : needs.fields) {
        const FieldInfo* f = catalog.find(key);
        if (!f) {
            return fail(Error::invalidInput(QStringLiteral("unknown field '%1'").arg(key)));
        }
        switch (f->source) {
        case Source::Technical:
            wantTechnical = true;
            panel.technicalKeys << f->key;
            break;
        case Source::Feature:
            wantFeatures = true;
            break;
        case Source::Fundamentals:
            wantFundamentals = true;
            if (f->derived == Derived::None) {
                panel.fundamentalKeys << f->key;
            }
            break;
        case Source::CrossSection:
            wantXs = true;
            break;
        case Source::Analysis:
            wantVerdicts = true;
            break;
        case Source::Symbol:
            wantTags = wantTags || f->derived == Derived::Tag;
            wantUniverses = wantUniverses || f->derived == Derived::Universe;
            // The sector and industry fall back on the fundamentals' when the symbol has none.
            wantFundamentals =
                wantFundamentals || f->derived == Derived::Sector || f->derived == Derived::Industry;
            break;
        default:
            break;
        }
    }
    const QString toText = to.toString(Qt::ISODate);
    QHash<qint64, size_t> at;
    {
        const QByteArray sql =
            QByteArray(
                "SELECT s.id, s.ticker, s.name, s.sector, s.industry FROM symbols s JOIN bar_summary b ON "
                "b.symbol_id = s.id WHERE b.bar_count > 0 AND b.first_date <= ?2")
            + (tickers.isEmpty() ? "" : " AND s.ticker IN (SELECT value FROM json_each(?1))")
            + " ORDER BY s.ticker";
        Statement st(h, sql.constData());
        if (!tickers.isEmpty()) {
            st.bind(1,
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(tickers)).toJson(QJsonDocument::Compact)));
        }
        st.bind(2, toText);
        auto r = st.forEachRow([&](const Statement& row) {
            SymbolHistory s;
            s.symbolId = row.int64At(0);
            s.ticker = row.textAt(1);
            s.name = row.textAt(2);
            s.sector = row.textAt(3);
            s.industry = row.textAt(4);
            at.insert(s.symbolId, panel.symbols.size());
            panel.symbols.push_back(std::move(s));
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading the backtest's symbols")));
        }
    }
    if (panel.symbols.empty()) {
        return panel;
    }
    const QString ids = idsJson(panel);
    auto history = [&](qint64 id) -> SymbolHistory* {
        const auto it = at.constFind(id);
        return it == at.cend() ? nullptr : &panel.symbols[*it];
    };

    // The indicator rows load on a second thread, with its own connection, while this one reads the bars:
    // the two largest tables of a panel, and a 2-core machine reads them in about the time of one.
    auto loadTechnical = [&]() -> Result<void> {
        QByteArray cols;
        for (const QString& key : std::as_const(panel.technicalKeys)) {
            cols += ", t." + catalog.find(key)->column.toLatin1();
        }
        const QByteArray sql =
            "SELECT t.id" + cols
            + " FROM json_each(?1) j JOIN technical_indicators t ON t.id BETWEEN j.value * "
              "4294967296 + ?2 AND j.value * 4294967296 + ?3 ORDER BY t.id";
        Statement st(m_db.rawHandle(), sql.constData()); // this thread's connection
        st.bind(1, ids);
        st.bind(2, from.toJulianDay() - kIndicatorLookbackDays);
        st.bind(3, to.toJulianDay());
        const auto columns = static_cast<size_t>(panel.technicalKeys.size());
        SymbolHistory* s = nullptr;
        qint64 current = -1;
        auto r = st.forEachRow([&](const Statement& row) {
            const qint64 key = row.int64At(0);
            const qint64 id = key >> 32;
            if (id != current) {
                current = id;
                s = history(id);
            }
            if (!s) {
                return;
            }
            s->technicalDays.push_back(key & 0xffffffffLL);
            for (size_t c = 0; c < columns; ++c) {
                s->technical[c].push_back(row.doubleAt(static_cast<int>(c) + 1));
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading indicators for a backtest")));
        }
        return {};
    };
    for (SymbolHistory& s : panel.symbols) {
        s.technical.resize(static_cast<size_t>(panel.technicalKeys.size()));
    }
    QFuture<Result<void>> technical =
        wantTechnical ? QtConcurrent::run(loadTechnical) : QFuture<Result<void>>();

    {
        Statement st(
            h,
            "SELECT b.symbol_id, b.date, b.open, b.high, b.low, b.close, "
            "b.adj_close, b.volume FROM json_each(?1) j JOIN daily_bars b ON b.symbol_id = j.value AND "
            "b.date BETWEEN ?2 AND ?3 ORDER BY b.symbol_id, b.date");
        st.bind(1, ids);
        st.bind(2, from.addDays(-kBarLookbackDays).toString(Qt::ISODate));
        st.bind(3, toText);
        SymbolHistory* s = nullptr;
        qint64 current = -1;
        auto r = st.forEachRow([&](const Statement& row) {
            const qint64 id = row.int64At(0);
            if (id != current) {
                current = id;
                s = history(id);
            }
            if (!s) {
                return;
            }
            const double close = row.doubleAt(5);
            const double adj = row.doubleAt(6);
            const QByteArrayView date = row.utf8At(1);
            const qint64 day = parseIsoDate(date.data(), date.size());
            if (day < 0) {
                return; // not a stored date's form: never written by Tessera
            }
            s->days.push_back(day);
            s->bars.push_back({row.doubleAt(2),
                               row.doubleAt(3),
                               row.doubleAt(4),
                               close,
                               std::isnan(adj) ? close : adj,
                               row.doubleAt(7)});
        });
        if (!r) {
            technical.waitForFinished();
            return fail(r.error().prefixed(QStringLiteral("loading bars for a backtest")));
        }
    }
    if (wantTechnical) {
        if (auto r = technical.result(); !r) {
            return fail(r.error());
        }
    }

    if (wantFeatures) {
        Statement st(
            h,
            "SELECT f.symbol_id, f.data FROM json_each(?1) j JOIN indicator_features f ON f.symbol_id = "
            "j.value AND f.year BETWEEN ?2 AND ?3 ORDER BY f.symbol_id, f.year");
        st.bind(1, ids);
        st.bind(2, from.year() - 1);
        st.bind(3, to.year());
        Error decodeError{ErrorCode::Internal, {}};
        auto r = st.forEachRow([&](const Statement& row) {
            SymbolHistory* s = history(row.int64At(0));
            if (!s) {
                return;
            }
            const QByteArrayView blob = row.blobAt(1);
            auto ok = FeatureRepository::decode(blob.data(), blob.size(), s->features);
            if (!ok && decodeError.message.isEmpty()) {
                decodeError = ok.error().prefixed(s->ticker);
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading features for a backtest")));
        }
        if (!decodeError.message.isEmpty()) {
            return fail(decodeError.prefixed(QStringLiteral("reading stored features")));
        }
    }

    {
        Statement st(h,
                     "SELECT MIN(f.as_of) FROM json_each(?1) j JOIN fundamentals f ON f.symbol_id = j.value");
        st.bind(1, ids);
        auto r = st.forEachRow([&](const Statement& row) {
            const QDate d = QDate::fromString(row.textAt(0), Qt::ISODate);
            panel.firstFundamentalsDay = d.isValid() ? d.toJulianDay() : 0;
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("reading the first fundamentals date")));
        }
    }
    if (wantFundamentals) {
        QByteArray cols;
        for (const QString& key : std::as_const(panel.fundamentalKeys)) {
            cols += ", f." + catalog.find(key)->column.toLatin1();
        }
        const QByteArray sql =
            "SELECT f.symbol_id, CAST(julianday(f.as_of) + 0.5 AS INTEGER), f.sector, f.industry, "
            "f.market_cap_category"
            + cols
            + " FROM json_each(?1) j JOIN fundamentals f ON f.symbol_id = j.value AND f.as_of "
              "<= ?2 ORDER BY f.symbol_id, f.as_of";
        Statement st(h, sql.constData());
        st.bind(1, ids);
        st.bind(2, toText);
        const auto columns = static_cast<size_t>(panel.fundamentalKeys.size());
        for (SymbolHistory& s : panel.symbols) {
            s.fundamentals.resize(columns);
        }
        auto r = st.forEachRow([&](const Statement& row) {
            SymbolHistory* s = history(row.int64At(0));
            if (!s) {
                return;
            }
            s->fundamentalDays.push_back(row.int64At(1));
            s->fundamentalSector.push_back(row.textAt(2));
            s->fundamentalIndustry.push_back(row.textAt(3));
            s->capCategory.push_back(row.textAt(4));
            for (size_t c = 0; c < columns; ++c) {
                s->fundamentals[c].push_back(row.doubleAt(static_cast<int>(c) + 5));
            }
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading fundamentals for a backtest")));
        }
    }

    if (wantXs) {
        // The model's as_of is the end of its training data: a score is usable on a day only when both
        // the score and the model that made it are dated on or before that day (Panel.h).
        Statement st(
            h,
            "SELECT x.symbol_id, CAST(julianday(x.as_of) + 0.5 AS INTEGER), CAST(julianday(m.as_of) + 0.5 "
            "AS INTEGER), x.ml_prediction_score, x.ml_price_target, x.predicted_return, x.ml_confidence, "
            "x.ml_risk_score, x.price_validated FROM json_each(?1) j JOIN xs_scores x ON x.symbol_id = "
            "j.value AND x.as_of <= ?2 JOIN xs_models m ON m.id = x.model_id ORDER BY x.symbol_id, x.as_of");
        st.bind(1, ids);
        st.bind(2, toText);
        auto r = st.forEachRow([&](const Statement& row) {
            SymbolHistory* s = history(row.int64At(0));
            if (!s) {
                return;
            }
            s->xsDays.push_back(row.int64At(1));
            s->xsModelDays.push_back(row.int64At(2));
            s->xs.push_back({row.doubleAt(3),
                             row.doubleAt(4),
                             row.doubleAt(5) * 100.0,
                             row.doubleAt(6),
                             row.doubleAt(7),
                             static_cast<double>(row.int64At(8))});
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading cross-sectional scores for a backtest")));
        }
    }

    if (wantVerdicts) {
        // The verdict call history (table calls): each call was computed from the bars up to its as_of
        // day, so the newest one dated on or before a day is what the screen would have read then.
        Statement st(
            h,
            "SELECT c.symbol_id, CAST(julianday(c.as_of) + 0.5 AS INTEGER), c.direction, c.score, "
            "json_extract(c.components, '$.quality') FROM json_each(?1) j JOIN calls c ON c.source = "
            "'verdict' AND c.symbol_id = j.value AND c.as_of <= ?2 ORDER BY c.symbol_id, c.as_of");
        st.bind(1, ids);
        st.bind(2, toText);
        auto r = st.forEachRow([&](const Statement& row) {
            SymbolHistory* s = history(row.int64At(0));
            if (!s) {
                return;
            }
            s->verdictDays.push_back(row.int64At(1));
            s->verdicts.push_back({row.textAt(2), row.doubleAt(3), row.textAt(4)});
        });
        if (!r) {
            return fail(r.error().prefixed(QStringLiteral("loading verdict calls for a backtest")));
        }
    }

    auto loadSet = [&](const char* sql, QStringList SymbolHistory::*into) -> Result<void> {
        Statement st(h, sql);
        st.bind(1, ids);
        return st.forEachRow([&](const Statement& row) {
            if (SymbolHistory* s = history(row.int64At(0))) {
                (s->*into) << row.textAt(1);
            }
        });
    };
    if (wantTags) {
        if (auto r = loadSet(
                "SELECT st.symbol_id, t.name FROM json_each(?1) j JOIN symbol_tags st ON st.symbol_id "
                "= j.value JOIN tags t ON t.id = st.tag_id",
                &SymbolHistory::tags);
            !r) {
            return fail(r.error());
        }
    }
    if (wantUniverses) {
        if (auto r = loadSet("SELECT m.symbol_id, u.name FROM json_each(?1) j JOIN universe_members m ON "
                             "m.symbol_id = j.value JOIN universes u ON u.id = m.universe_id",
                             &SymbolHistory::universes);
            !r) {
            return fail(r.error());
        }
    }
    return panel;
}

} // namespace Tessera::Store
