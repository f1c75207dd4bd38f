#include "core/fetch/BarProvider.h"

#include "core/fetch/providers/CsvFolderProvider.h"
#include "core/fetch/providers/SyntheticProvider.h"

namespace Tessera::Fetch {

Result<std::unique_ptr<BarProvider>> makeProvider(const QString& spec)
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
    return fail(Error::invalidInput(
        QStringLiteral("unknown provider '%1' (use csv:DIR, synthetic or synthetic:SEED)").arg(spec)));
}

} // namespace Tessera::Fetch
