#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStorageInfo>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"

namespace Tessera::Cli {
namespace {

/** `status`: what the database holds (symbols, bars, date ranges per universe). */
class StatusCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString synopsis() const override { return QStringLiteral("status [--all]"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Symbols, bars and date ranges per universe; --all lists every symbol; --json.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("all"), QStringLiteral("status: list every symbol.")}};
    }

    int run(CliContext& ctx) override
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ExitUsage;
        }
        auto rows = Store::SymbolRepository(*db).rows();
        auto universes = Store::UniverseRepository(*db).list();
        if (!rows || !universes) {
            return ctx.error(!rows ? rows.error().message : universes.error().message, ExitUsage);
        }
        qint64 bars = 0;
        int withBars = 0;
        QDate first;
        QDate last;
        for (const Store::SymbolRow& r : *rows) {
            bars += r.barCount;
            if (r.barCount > 0) {
                ++withBars;
                first = !first.isValid() || r.firstDate < first ? r.firstDate : first;
                last = !last.isValid() || r.lastDate > last ? r.lastDate : last;
            }
        }
        const QStorageInfo storage(QFileInfo(db->path()).absolutePath());
        if (ctx.json) {
            QJsonArray symbols;
            for (const Store::SymbolRow& r : *rows) {
                QJsonObject item{{QStringLiteral("ticker"), r.symbol.ticker},
                                 {QStringLiteral("name"), r.symbol.name},
                                 {QStringLiteral("sector"), r.symbol.sector},
                                 {QStringLiteral("bars"), r.barCount},
                                 {QStringLiteral("firstDate"), r.firstDate.toString(Qt::ISODate)},
                                 {QStringLiteral("lastDate"), r.lastDate.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), r.source}};
                if (!r.lastError.isEmpty()) {
                    item.insert(QStringLiteral("lastError"), r.lastError);
                }
                symbols.append(item);
            }
            QJsonArray us;
            for (const auto& u : *universes) {
                us.append(QJsonObject{{QStringLiteral("name"), u.name},
                                      {QStringLiteral("symbols"), u.memberCount},
                                      {QStringLiteral("withBars"), u.withBars},
                                      {QStringLiteral("bars"), u.barCount},
                                      {QStringLiteral("firstDate"), u.firstDate.toString(Qt::ISODate)},
                                      {QStringLiteral("lastDate"), u.lastDate.toString(Qt::ISODate)}});
            }
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("database"), db->path()},
                                          {QStringLiteral("schemaVersion"), db->schemaVersion()},
                                          {QStringLiteral("databaseBytes"), db->fileSizeBytes()},
                                          {QStringLiteral("freeDiskBytes"), storage.bytesAvailable()},
                                          {QStringLiteral("symbolCount"), rows->size()},
                                          {QStringLiteral("symbolsWithBars"), withBars},
                                          {QStringLiteral("barCount"), bars},
                                          {QStringLiteral("firstDate"), first.toString(Qt::ISODate)},
                                          {QStringLiteral("lastDate"), last.toString(Qt::ISODate)},
                                          {QStringLiteral("universes"), us},
                                          {QStringLiteral("symbols"), symbols}}));
            return ExitOk;
        }
        ctx.out << QStringLiteral("Database  %1 (schema %2, %3 MB, %4 GB free)\n")
                       .arg(db->path())
                       .arg(db->schemaVersion())
                       .arg(static_cast<double>(db->fileSizeBytes()) / 1e6, 0, 'f', 1)
                       .arg(static_cast<double>(storage.bytesAvailable()) / 1e9, 0, 'f', 1);
        ctx.out << QStringLiteral("Symbols   %1 (%2 with bars)\nBars      %3\nDates     %4\n")
                       .arg(rows->size())
                       .arg(withBars)
                       .arg(bars)
                       .arg(first.isValid() ? first.toString(Qt::ISODate) + QStringLiteral(" .. ")
                                                  + last.toString(Qt::ISODate)
                                            : QStringLiteral("-"));
        for (const auto& u : *universes) {
            ctx.out << QStringLiteral("Universe  %1: %2 symbols, %3 with bars, %4 bars, %5\n")
                           .arg(u.name)
                           .arg(u.memberCount)
                           .arg(u.withBars)
                           .arg(u.barCount)
                           .arg(u.firstDate.isValid()
                                    ? u.firstDate.toString(Qt::ISODate) + QStringLiteral(" .. ")
                                          + u.lastDate.toString(Qt::ISODate)
                                    : QStringLiteral("no bars"));
        }
        if (ctx.parser.isSet(QStringLiteral("all"))) {
            for (const Store::SymbolRow& r : *rows) {
                ctx.out << QStringLiteral("  %1 %2 %3 .. %4%5\n")
                               .arg(r.symbol.ticker, -16)
                               .arg(r.barCount, 7)
                               .arg(r.firstDate.toString(Qt::ISODate), r.lastDate.toString(Qt::ISODate))
                               .arg(r.lastError.isEmpty() ? QString()
                                                          : QStringLiteral("  last error: ") + r.lastError);
            }
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace Tessera::Cli
