#include "core/fetch/BarProvider.h"

#include <QDateTime>

#include "core/fetch/BarValidation.h"
#include "core/fetch/providers/BinanceProvider.h"
#include "core/fetch/providers/CsvFolderProvider.h"
#include "core/fetch/providers/StooqProvider.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/fetch/providers/YahooProvider.h"

namespace Tessera::Fetch {

Result<FetchedBars> BarProvider::fetch(const FetchUnit& unit, const CancelCheck& canceled)
{
    auto fetched = fetchUnit(unit, canceled);
    if (!fetched) {
        return fetched;
    }
    if (fetched->interval == BarInterval::Hour) {
        return BarValidation::validateHourly(
            std::move(*fetched), unit, QDateTime::currentDateTimeUtc().toSecsSinceEpoch());
    }
    // UTC date: the gate allows one day beyond it, which covers every exchange's local date.
    return BarValidation::validate(std::move(*fetched), unit, QDateTime::currentDateTimeUtc().date());
}

QString intervalName(BarInterval interval)
{
    return interval == BarInterval::Hour ? QStringLiteral("1h") : QStringLiteral("1d");
}

bool isNetworkProvider(const QString& spec)
{
    return networkProviderIds().contains(spec);
}

Result<std::unique_ptr<BarProvider>> makeProvider(const QString& spec, const SettingValues& network)
{
    if (spec.startsWith(QStringLiteral("csv:"))) {
        const QString path = spec.mid(4);
        if (path.isEmpty()) {
            return fail(Error::invalidInput(
                QStringLiteral("--provider csv:DIR needs a folder or file after 'csv:'")));
        }
        return std::unique_ptr<BarProvider>(std::make_unique<CsvFolderProvider>(path));
    }
    if (spec == QStringLiteral("synthetic") || spec.startsWith(QStringLiteral("synthetic:"))) {
        SyntheticOptions options;
        if (spec.contains(u':')) {
            bool ok = false;
            options.seed = spec.section(u':', 1).toULongLong(&ok);
            if (!ok) {
                return fail(
                    Error::invalidInput(QStringLiteral("synthetic:SEED needs a whole number, got '%1'")
                                            .arg(spec.section(u':', 1))));
            }
        }
        return std::unique_ptr<BarProvider>(std::make_unique<SyntheticProvider>(options));
    }
    if (isNetworkProvider(spec)) {
        auto options = resolveNetworkOptions(spec, network, {});
        if (!options) {
            return fail(options.error());
        }
        if (spec == u"yahoo") {
            return std::unique_ptr<BarProvider>(std::make_unique<YahooProvider>(*options));
        }
        if (spec == u"binance") {
            return std::unique_ptr<BarProvider>(std::make_unique<BinanceProvider>(*options));
        }
        return std::unique_ptr<BarProvider>(std::make_unique<StooqProvider>(*options));
    }
    return fail(Error::invalidInput(
        QStringLiteral(
            "unknown provider '%1' (use yahoo, stooq, binance, csv:DIR, synthetic or synthetic:SEED)")
            .arg(spec)));
}

} // namespace Tessera::Fetch
