#include "core/track/TrackSettings.h"

#include "core/store/SettingsRepository.h"

namespace Tessera::Track {

const QList<Config::Parameter>& trackParameters()
{
    static const QList<Config::Parameter> table = {
        {kVerdictHorizonSetting,
         Config::ParameterType::Integer,
         QStringLiteral("5"),
         1,
         250,
         QStringLiteral("trading days"),
         QStringLiteral("A verdict is scored on the stock's return over this many trading days after its "
                        "as-of close."),
         QString(),
         {}},
        {kPickHorizonSetting,
         Config::ParameterType::Integer,
         QStringLiteral("20"),
         1,
         250,
         QStringLiteral("trading days"),
         QStringLiteral("A pick is scored over this many trading days after its as-of close (return, and "
                        "whether its target or its stop was reached first)."),
         QString(),
         {}},
        {kNeutralBandSetting,
         Config::ParameterType::Real,
         QStringLiteral("1"),
         0,
         50,
         QStringLiteral("%"),
         QStringLiteral("A NEUTRAL verdict counts as a hit when the stock moved less than this over its "
                        "horizon."),
         QString(),
         {}},
        {kCallRetentionSetting,
         Config::ParameterType::Integer,
         QStringLiteral("0"),
         0,
         36500,
         QStringLiteral("days"),
         QStringLiteral("Calls (verdicts, predictions, scores, picks) older than this many days are removed "
                        "by the scoring step; 0 keeps them forever."),
         QString(),
         {}},
    };
    return table;
}

Result<TrackSettings> trackSettings(const Store::Database& db)
{
    auto stored = Store::SettingsRepository(db).storedValues(trackParameters());
    if (!stored) {
        return fail(stored.error());
    }
    auto values = Config::resolveValues(trackParameters(), *stored, {});
    if (!values) {
        return fail(values.error());
    }
    TrackSettings s;
    s.verdictHorizon = values->value(kVerdictHorizonSetting).toInt();
    s.pickHorizon = values->value(kPickHorizonSetting).toInt();
    s.rules.neutralBand = values->value(kNeutralBandSetting).toDouble() / 100.0;
    s.retentionDays = values->value(kCallRetentionSetting).toInt();
    return s;
}

} // namespace Tessera::Track
