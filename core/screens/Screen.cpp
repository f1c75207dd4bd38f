#include "core/screens/Screen.h"

#include <cmath>

#include "core/screens/FieldCatalog.h"
#include "core/screens/Strategy.h"

namespace Tessera::Screens {

QString ScreenDefinition::effectiveExpression() const
{
    const QString filters = isStrategy() ? filterConditions(settings) : QString();
    const QString own = expression.trimmed();
    if (filters.isEmpty()) {
        return own;
    }
    if (own.isEmpty()) {
        return filters;
    }
    // The user's conditions in parentheses, so an "or" in them cannot escape the filters.
    return filters + QStringLiteral(" and (") + own + QLatin1Char(')');
}

QJsonObject ScreenDefinition::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("expression"), expression},
                  {QStringLiteral("ranking"), ranking},
                  {QStringLiteral("limit"), limit},
                  {QStringLiteral("selection"), selection},
                  {QStringLiteral("watched"), watched}};
    if (isStrategy()) {
        o.insert(QStringLiteral("strategy"), strategy);
        o.insert(QStringLiteral("settings"), settings);
    }
    return o;
}

Result<ScreenDefinition> ScreenDefinition::fromJson(const QJsonObject& json)
{
    ScreenDefinition s;
    s.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (s.name.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("screen JSON: \"name\" is missing or empty")));
    }
    const auto text = [&](const char* key, QString* into) -> Result<void> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isString()) {
            return fail(Error::invalidInput(
                QStringLiteral("screen JSON '%1': \"%2\" must be a text").arg(s.name, QLatin1String(key))));
        }
        *into = v.toString();
        return {};
    };
    for (const auto& [key, into] : {std::pair{"description", &s.description},
                                    std::pair{"expression", &s.expression},
                                    std::pair{"ranking", &s.ranking},
                                    std::pair{"selection", &s.selection},
                                    std::pair{"strategy", &s.strategy}}) {
        if (auto r = text(key, into); !r) {
            return fail(r.error());
        }
    }
    if (s.selection.isEmpty()) {
        s.selection = QStringLiteral("all");
    }
    const QJsonValue limit = json.value(QStringLiteral("limit"));
    if (!limit.isUndefined()) {
        if (!limit.isDouble() || limit.toDouble() < 0 || limit.toDouble() != std::floor(limit.toDouble())) {
            return fail(Error::invalidInput(
                QStringLiteral("screen JSON '%1': \"limit\" must be a whole number ≥ 0").arg(s.name)));
        }
        s.limit = limit.toInt();
    }
    s.watched = json.value(QStringLiteral("watched")).toBool(false);
    if (s.isStrategy()) {
        if (!strategyIds().contains(s.strategy)) {
            return fail(
                Error::invalidInput(QStringLiteral("screen JSON '%1': unknown strategy '%2' (one of %3)")
                                        .arg(s.name, s.strategy, strategyIds().join(QStringLiteral(", ")))));
        }
        s.settings = json.value(QStringLiteral("settings")).toObject();
    }
    if (auto c = compile(s); !c) {
        return fail(c.error().prefixed(QStringLiteral("screen JSON '%1'").arg(s.name)));
    }
    return s;
}

Result<CompiledScreen> compile(const ScreenDefinition& screen)
{
    CompiledScreen out;
    const QString text = screen.effectiveExpression();
    if (text.trimmed().isEmpty()) {
        // No condition: every symbol of the selection, ranked.
        Node all;
        all.kind = Node::Kind::And;
        out.expression.root = all;
    } else {
        auto e = parseExpression(text, FieldCatalog::instance());
        if (!e) {
            return fail(e.error().prefixed(QStringLiteral("expression")));
        }
        out.expression = std::move(*e);
    }
    auto r = parseRanking(screen.ranking);
    if (!r) {
        return fail(r.error());
    }
    out.ranking = std::move(*r);
    return out;
}

} // namespace Tessera::Screens
