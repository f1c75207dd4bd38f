#include "core/backtest/Panel.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace Tessera::Backtest {

using Screens::Derived;
using Screens::FieldInfo;
using Screens::ScreenData;
using Screens::Source;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

XsValue xsValueOf(Derived d)
{
    switch (d) {
    case Derived::MlScore:
        return XsValue::Score;
    case Derived::MlTarget:
        return XsValue::Target;
    case Derived::MlReturn:
        return XsValue::Return;
    case Derived::MlConfidence:
        return XsValue::Confidence;
    case Derived::MlRisk:
        return XsValue::Risk;
    case Derived::MlValidated:
        return XsValue::Validated;
    default:
        return XsValue::Count;
    }
}

} // namespace

qsizetype lastAtOrBefore(const std::vector<qint64>& days, qint64 day)
{
    const auto upper = std::upper_bound(days.begin(), days.end(), day);
    return static_cast<qsizetype>(upper - days.begin()) - 1;
}

qsizetype xsRowAt(const SymbolHistory& s, qint64 day)
{
    qsizetype x = lastAtOrBefore(s.xsDays, day);
    while (x >= 0 && s.xsModelDays[static_cast<size_t>(x)] > day) {
        --x; // scored by a model trained on later data: not known on this day
    }
    return x;
}

void addVerdicts(SymbolHistory& s, std::vector<std::pair<qint64, VerdictRow>> rows)
{
    if (rows.empty()) {
        return;
    }
    // The series' own rows first, so that the stable sort keeps them ahead of a new row of the same day.
    std::vector<std::pair<qint64, VerdictRow>> merged;
    merged.reserve(s.verdictDays.size() + rows.size());
    for (size_t i = 0; i < s.verdictDays.size(); ++i) {
        merged.emplace_back(s.verdictDays[i], std::move(s.verdicts[i]));
    }
    std::move(rows.begin(), rows.end(), std::back_inserter(merged));
    std::stable_sort(
        merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    s.verdictDays.clear();
    s.verdicts.clear();
    for (auto& [day, row] : merged) {
        if (!s.verdictDays.empty() && s.verdictDays.back() == day) {
            continue;
        }
        s.verdictDays.push_back(day);
        s.verdicts.push_back(std::move(row));
    }
}

AsOfBuilder::AsOfBuilder(const Panel& panel, const Screens::FieldNeeds& needs, bool staleFundamentals)
    : m_panel(panel)
    , m_staleFundamentals(staleFundamentals)
{
    const Screens::FieldCatalog& catalog = Screens::FieldCatalog::instance();
    for (const QString& key : needs.fields) {
        if (const FieldInfo* f = catalog.find(key)) {
            const qsizetype column = f->source == Source::Technical ? panel.technicalKeys.indexOf(f->key)
                                     : f->source == Source::Fundamentals
                                         ? panel.fundamentalKeys.indexOf(f->key)
                                         : -1;
            m_fields.push_back({f, column, needs.previous.contains(f->key)});
        }
    }
}

ScreenData AsOfBuilder::at(qint64 day) const
{
    ScreenData data;
    data.asOf = QDate::fromJulianDay(day);
    std::vector<const SymbolHistory*> rows;
    std::vector<qsizetype> barIndex;
    for (const SymbolHistory& s : m_panel.symbols) {
        const qsizetype k = lastAtOrBefore(s.days, day);
        if (k >= 0 && s.days[static_cast<size_t>(k)] == day) {
            rows.push_back(&s);
            barIndex.push_back(k);
            data.addSymbol(s.ticker, s.symbolId, s.name);
        }
    }
    const size_t n = rows.size();
    std::vector<QString>& tickers = data.text(QStringLiteral("ticker"));
    std::vector<QString>& sector = data.text(QStringLiteral("sector"));
    std::vector<QString>& industry = data.text(QStringLiteral("industry"));
    for (size_t i = 0; i < n; ++i) {
        tickers[i] = rows[i]->ticker;
        sector[i] = rows[i]->sector;
        industry[i] = rows[i]->industry;
    }
    // Each field's column once per day, not a hash lookup per symbol.
    std::vector<Screens::NumericColumn*> numeric(m_fields.size(), nullptr);
    std::vector<std::vector<QString>*> text(m_fields.size(), nullptr);
    std::vector<std::vector<QStringList>*> sets(m_fields.size(), nullptr);
    for (size_t j = 0; j < m_fields.size(); ++j) {
        const FieldInfo* f = m_fields[j].info;
        if (f->multi) {
            sets[j] = &data.set(f->key);
        } else if (f->text) {
            text[j] = &data.text(f->key);
        } else {
            numeric[j] = &data.number(f->key);
        }
    }
    for (size_t i = 0; i < n; ++i) {
        const SymbolHistory& s = *rows[i];
        const qsizetype k = barIndex[i];
        const qsizetype t = lastAtOrBefore(s.technicalDays, day);
        const qsizetype fk = lastAtOrBefore(s.features.days(), day);
        qsizetype fund = lastAtOrBefore(s.fundamentalDays, day);
        if (fund < 0 && m_staleFundamentals && !s.fundamentalDays.empty()) {
            fund = 0;
        }
        const qsizetype x = xsRowAt(s, day);
        const qsizetype verdict = lastAtOrBefore(s.verdictDays, day);
        if (fund >= 0) {
            const size_t r = static_cast<size_t>(fund);
            if (sector[i].isEmpty()) {
                sector[i] = s.fundamentalSector[r];
            }
            if (industry[i].isEmpty()) {
                industry[i] = s.fundamentalIndustry[r];
            }
        }
        for (size_t j = 0; j < m_fields.size(); ++j) {
            const FieldInfo* f = m_fields[j].info;
            const qsizetype col = m_fields[j].column;
            switch (f->source) {
            case Source::Bars: {
                Screens::NumericColumn& c = *numeric[j];
                const auto count = static_cast<qsizetype>(s.bars.size());
                c.now[i] = Screens::barFieldValue(f->derived, s.bars.data(), count, k);
                if (!Screens::isBarAggregate(f->derived) || m_fields[j].previous) {
                    c.prev[i] = Screens::barFieldValue(f->derived, s.bars.data(), count, k - 1);
                }
                break;
            }
            case Source::Technical: {
                if (col < 0 || t < 0) {
                    break;
                }
                const std::vector<double>& v = s.technical[static_cast<size_t>(col)];
                Screens::NumericColumn& c = *numeric[j];
                c.now[i] = v[static_cast<size_t>(t)];
                c.prev[i] = t > 0 ? v[static_cast<size_t>(t - 1)] : kNaN;
                break;
            }
            case Source::Feature: {
                if (fk < 0) {
                    break;
                }
                Screens::NumericColumn& c = *numeric[j];
                c.now[i] = s.features.value(f->feature, fk);
                c.prev[i] = fk > 0 ? s.features.value(f->feature, fk - 1) : kNaN;
                break;
            }
            case Source::Fundamentals: {
                if (fund < 0) {
                    break;
                }
                if (f->derived == Derived::CapCategory) {
                    (*text[j])[i] = s.capCategory[static_cast<size_t>(fund)];
                } else if (col >= 0) {
                    numeric[j]->now[i] = s.fundamentals[static_cast<size_t>(col)][static_cast<size_t>(fund)];
                }
                break;
            }
            case Source::CrossSection: {
                const XsValue v = xsValueOf(f->derived);
                if (x >= 0 && v != XsValue::Count) {
                    numeric[j]->now[i] = s.xs[static_cast<size_t>(x)][static_cast<size_t>(v)];
                }
                break;
            }
            case Source::Symbol:
                if (f->derived == Derived::Tag) {
                    (*sets[j])[i] = s.tags;
                } else if (f->derived == Derived::Universe) {
                    (*sets[j])[i] = s.universes;
                }
                break;
            case Source::Analysis: {
                if (verdict < 0) {
                    break;
                }
                const VerdictRow& row = s.verdicts[static_cast<size_t>(verdict)];
                switch (f->derived) {
                case Derived::VerdictDirection:
                    (*text[j])[i] = row.direction;
                    break;
                case Derived::QualityGrade:
                    (*text[j])[i] = row.quality;
                    break;
                case Derived::VerdictScore:
                    numeric[j]->now[i] = row.score;
                    break;
                case Derived::VerdictConfidence:
                    numeric[j]->now[i] = std::min(std::abs(row.score), 1.0); // as the analysis defines it
                    break;
                default:
                    break;
                }
                break;
            }
            case Source::Consensus:
                break; // not point-in-time: refused before a backtest starts (BacktestRun)
            }
        }
    }
    return data;
}

} // namespace Tessera::Backtest
