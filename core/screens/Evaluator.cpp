#include "core/screens/Evaluator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <QLocale>

#include "core/common/Suggest.h"
#include "core/screens/FieldCatalog.h"

namespace Tessera::Screens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool nearlyEqual(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

bool compare(double a, CompareOp op, double b)
{
    if (std::isnan(a) || std::isnan(b)) {
        return false;
    }
    switch (op) {
    case CompareOp::Less:
        return a < b;
    case CompareOp::LessEqual:
        return a <= b || nearlyEqual(a, b);
    case CompareOp::Greater:
        return a > b;
    case CompareOp::GreaterEqual:
        return a >= b || nearlyEqual(a, b);
    case CompareOp::Equal:
        return nearlyEqual(a, b);
    case CompareOp::NotEqual:
        return !nearlyEqual(a, b);
    }
    return false;
}

double operandNow(const Operand& o, const ScreenData& d, qsizetype row)
{
    return o.kind == Operand::Kind::Field ? d.valueOf(o.field, row) : o.number;
}

double operandPrev(const Operand& o, const ScreenData& d, qsizetype row)
{
    return o.kind == Operand::Kind::Field ? d.previousOf(o.field, row) : o.number;
}

QString operandText(const Operand& o, const ScreenData& d, qsizetype row)
{
    if (o.kind == Operand::Kind::Field) {
        return d.textOf(o.field, row);
    }
    if (o.kind == Operand::Kind::Number) {
        return o.toText();
    }
    return o.text;
}

bool textEquals(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/** The field's texts for a row: one for a plain text field, the set for tag / universe. */
QStringList textsOf(const QString& field, const ScreenData& d, qsizetype row)
{
    const auto s = d.sets.constFind(field);
    if (s != d.sets.cend()) {
        return (*s)[static_cast<size_t>(row)];
    }
    const QString t = d.textOf(field, row);
    return t.isEmpty() ? QStringList() : QStringList{t};
}

bool anyEquals(const QStringList& values, const QString& wanted)
{
    return std::any_of(
        values.cbegin(), values.cend(), [&](const QString& v) { return textEquals(v, wanted); });
}

void collect(const Node& n, FieldNeeds& needs)
{
    auto add = [&](const QString& key, bool previous) {
        if (!needs.fields.contains(key)) {
            needs.fields << key;
        }
        if (previous) {
            needs.previous.insert(key);
        }
    };
    if (!n.isCondition()) {
        for (const Node& c : n.children) {
            collect(c, needs);
        }
        return;
    }
    const bool previous = n.kind == Node::Kind::Cross;
    add(n.field, previous);
    if (n.rhs.kind == Operand::Kind::Field) {
        add(n.rhs.field, previous);
    }
    if (n.kind == Node::Kind::Between && n.rhs2.kind == Operand::Kind::Field) {
        add(n.rhs2.field, false);
    }
    for (const Operand& o : n.list) {
        if (o.kind == Operand::Kind::Field) {
            add(o.field, false);
        }
    }
}

/** Whether a row lacks a field's value (its previous one too when needed). Sets are never missing. */
bool lacks(const ScreenData& d, const QString& key, bool previous, qsizetype row)
{
    if (d.sets.contains(key)) {
        return false;
    }
    const auto num = d.numbers.constFind(key);
    if (num != d.numbers.cend()) {
        const size_t r = static_cast<size_t>(row);
        return std::isnan(num->now[r]) || (previous && std::isnan(num->prev[r]));
    }
    const auto txt = d.texts.constFind(key);
    if (txt != d.texts.cend()) {
        return (*txt)[static_cast<size_t>(row)].isEmpty();
    }
    return true; // not loaded at all: nobody has it
}

/** Percentile ranks of values (NaN = not ranked), 1 = highest; ties share their average rank. */
std::vector<double> percentileRanks(const std::vector<double>& values)
{
    std::vector<size_t> idx;
    idx.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i])) {
            idx.push_back(i);
        }
    }
    std::vector<double> out(values.size(), kNaN);
    const size_t n = idx.size();
    if (n == 0) {
        return out;
    }
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && values[idx[j + 1]] == values[idx[i]]) {
            ++j;
        }
        const double averageRank = (static_cast<double>(i + j) / 2.0) + 1.0; // 1-based
        const double p = n == 1 ? 1.0 : (averageRank - 1.0) / static_cast<double>(n - 1);
        for (size_t k = i; k <= j; ++k) {
            out[idx[k]] = p;
        }
        i = j + 1;
    }
    return out;
}

} // namespace

QString RankTerm::toText() const
{
    QString t = higherIsBetter ? field : QLatin1Char('-') + field;
    if (weight != 1.0) {
        t = QLocale::c().toString(weight, 'g', 6) + QLatin1Char('*') + t;
    }
    return t;
}

QString rankingText(const QList<RankTerm>& terms)
{
    QStringList parts;
    for (const RankTerm& t : terms) {
        parts << t.toText();
    }
    return parts.join(QStringLiteral(", "));
}

Result<QList<RankTerm>> parseRanking(const QString& text)
{
    QList<RankTerm> out;
    const FieldCatalog& catalog = FieldCatalog::instance();
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        QString p = raw.trimmed();
        if (p.isEmpty()) {
            continue;
        }
        RankTerm term;
        const qsizetype star = p.indexOf(QLatin1Char('*'));
        if (star >= 0) {
            bool ok = false;
            term.weight = QLocale::c().toDouble(p.left(star).trimmed(), &ok);
            if (!ok || !(term.weight > 0)) {
                return fail(Error::invalidInput(
                    QStringLiteral("ranking '%1': expected a positive weight before '*'").arg(p)));
            }
            p = p.mid(star + 1).trimmed();
        }
        if (p.startsWith(QLatin1Char('-'))) {
            term.higherIsBetter = false;
            p = p.mid(1).trimmed();
        } else if (p.startsWith(QLatin1Char('+'))) {
            p = p.mid(1).trimmed();
        }
        const FieldInfo* f = catalog.find(p);
        if (!f) {
            return fail(Error::invalidInput(QStringLiteral("ranking: unknown field '%1'%2")
                                                .arg(p, didYouMean(closeMatches(p, catalog.keys())))));
        }
        if (f->text) {
            return fail(Error::invalidInput(
                QStringLiteral("ranking: %1 is a text field; rank by a numeric one").arg(f->key)));
        }
        term.field = f->key;
        out << term;
    }
    return out;
}

FieldNeeds fieldNeeds(const Expression& expression, const QList<RankTerm>& ranking)
{
    FieldNeeds needs;
    collect(expression.root, needs);
    for (const RankTerm& t : ranking) {
        if (!needs.fields.contains(t.field)) {
            needs.fields << t.field;
        }
    }
    return needs;
}

bool holds(const Node& n, const ScreenData& d, qsizetype row)
{
    switch (n.kind) {
    case Node::Kind::And:
        return std::all_of(
            n.children.cbegin(), n.children.cend(), [&](const Node& c) { return holds(c, d, row); });
    case Node::Kind::Or:
        return std::any_of(
            n.children.cbegin(), n.children.cend(), [&](const Node& c) { return holds(c, d, row); });
    case Node::Kind::Not:
        return !holds(n.children.front(), d, row);
    case Node::Kind::Compare: {
        if (d.numbers.contains(n.field)) {
            return compare(d.valueOf(n.field, row), n.op, operandNow(n.rhs, d, row));
        }
        const bool equal = anyEquals(textsOf(n.field, d, row), operandText(n.rhs, d, row));
        return n.op == CompareOp::Equal ? equal : !equal;
    }
    case Node::Kind::Between: {
        const double v = d.valueOf(n.field, row);
        return compare(v, CompareOp::GreaterEqual, operandNow(n.rhs, d, row))
               && compare(v, CompareOp::LessEqual, operandNow(n.rhs2, d, row));
    }
    case Node::Kind::In: {
        bool found = false;
        if (d.numbers.contains(n.field)) {
            const double v = d.valueOf(n.field, row);
            found = std::any_of(n.list.cbegin(), n.list.cend(), [&](const Operand& o) {
                return compare(v, CompareOp::Equal, operandNow(o, d, row));
            });
        } else {
            const QStringList values = textsOf(n.field, d, row);
            found = std::any_of(n.list.cbegin(), n.list.cend(), [&](const Operand& o) {
                return anyEquals(values, operandText(o, d, row));
            });
        }
        return n.negated ? !found : found;
    }
    case Node::Kind::Cross: {
        // Over the last bar: on the wrong side (or touching) on the bar before, strictly across now.
        const double a0 = d.previousOf(n.field, row);
        const double a1 = d.valueOf(n.field, row);
        const double b0 = operandPrev(n.rhs, d, row);
        const double b1 = operandNow(n.rhs, d, row);
        if (std::isnan(a0) || std::isnan(a1) || std::isnan(b0) || std::isnan(b1)) {
            return false;
        }
        return n.above ? (a0 <= b0 && a1 > b1) : (a0 >= b0 && a1 < b1);
    }
    }
    return false;
}

QString ScreenResult::missingText() const
{
    QStringList parts;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        parts << QStringLiteral("%1 %2 lacked %3")
                     .arg(it.value())
                     .arg(it.value() == 1 ? QStringLiteral("symbol") : QStringLiteral("symbols"), it.key());
    }
    return parts.join(QStringLiteral("; "));
}

ScreenResult
evaluate(const Expression& expression, const QList<RankTerm>& ranking, int limit, const ScreenData& d)
{
    ScreenResult result;
    result.asOf = d.asOf;
    result.selectionSize = static_cast<int>(d.size());
    FieldNeeds needs;
    collect(expression.root, needs);

    // Percentile ranks over the whole selection (every symbol with the field that day), so a symbol's
    // score does not depend on which others happened to pass the conditions.
    std::vector<std::vector<double>> ranks;
    for (const RankTerm& t : ranking) {
        const auto col = d.numbers.constFind(t.field);
        std::vector<double> values =
            col == d.numbers.cend() ? std::vector<double>(static_cast<size_t>(d.size()), kNaN) : col->now;
        if (!t.higherIsBetter) {
            for (double& v : values) {
                v = -v;
            }
        }
        ranks.push_back(percentileRanks(values));
    }

    for (qsizetype row = 0; row < d.size(); ++row) {
        bool complete = true;
        for (const QString& key : needs.fields) {
            if (lacks(d, key, needs.previous.contains(key), row)) {
                result.missing[key] += 1;
                complete = false;
            }
        }
        if (!complete) {
            continue;
        }
        ++result.evaluated;
        if (!holds(expression.root, d, row)) {
            continue;
        }
        ScreenRow r;
        r.row = row;
        r.ticker = d.tickers.at(row);
        if (ranking.isEmpty()) {
            r.score = kNaN;
        } else {
            double s = 0;
            double weights = 0;
            for (int i = 0; i < ranking.size(); ++i) {
                const double p = ranks[static_cast<size_t>(i)][static_cast<size_t>(row)];
                if (std::isnan(p)) {
                    result.rankMissing[ranking[i].field] += 1;
                    continue;
                }
                r.percentiles.insert(ranking[i].field, p);
                s += ranking[i].weight * p;
                weights += ranking[i].weight;
            }
            r.score = weights > 0 ? s / weights : 0.0;
        }
        result.rows << r;
    }
    result.matched = static_cast<int>(result.rows.size());
    std::stable_sort(result.rows.begin(), result.rows.end(), [&](const ScreenRow& a, const ScreenRow& b) {
        if (!ranking.isEmpty() && a.score != b.score) {
            return a.score > b.score;
        }
        return a.ticker < b.ticker;
    });
    if (limit > 0 && result.rows.size() > limit) {
        result.rows.resize(limit);
    }
    return result;
}

} // namespace Tessera::Screens
