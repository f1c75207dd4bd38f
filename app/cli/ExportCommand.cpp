#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/ProgressPrinter.h"
#include "core/export/DailyExports.h"
#include "core/export/ExportRetention.h"
#include "core/tasks/ExportTask.h"

namespace Tessera::Cli {
namespace {

/** `export KIND`: the seed-003 daily CSV files (SPEC §7). */
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "export stocks|history|indicators|suggested|all [--out DIR] [--date YYYY-MM-DD] [--days N] "
            "[--retention-days N]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Write stocks_DATE.csv, historical_30d_DATE.csv, technical_indicators_DATE.csv and/or "
            "suggested_stocks_DATE.csv (the newest daily picks on or before DATE, the seed's columns; UTF-8, "
            "RFC 4180) into the export folder (setting export/folder, default <app data>/exports). --date is "
            "the as-of date (default today); --days the window of history/indicators (default 30, 0 = all). "
            "--retention-days N then deletes the daily export files in that folder dated more than N days "
            "before today (never other files, never the ones just written); without it nothing is deleted, "
            "so a back-fill with --date is safe. The scheduled export task applies the setting "
            "export/retentionDays instead.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("out"), QStringLiteral("export: folder to write into."), QStringLiteral("DIR")},
            {QStringLiteral("date"),
             QStringLiteral("export: as-of date, also in the file names (default today)."),
             QStringLiteral("YYYY-MM-DD")},
            {QStringLiteral("days"),
             QStringLiteral(
                 "export: calendar days of history/indicators before the date (default 30; 0 = all)."),
             QStringLiteral("N")},
            {QStringLiteral("retention-days"),
             QStringLiteral("export: afterwards delete daily export files of the folder older than N days."),
             QStringLiteral("N")},
        };
    }

    int run(CliContext& ctx) override
    {
        if (ctx.args.size() != 1) {
            return ctx.error(QStringLiteral("export needs one of stocks, history, indicators, all"),
                             ExitUsage);
        }
        QList<Export::ExportKind> kinds;
        if (ctx.args.constFirst() == u"all") {
            kinds = Export::allKinds();
        } else if (auto kind = Export::kindFromName(ctx.args.constFirst())) {
            kinds = {*kind};
        } else {
            return ctx.error(QStringLiteral("unknown export '%1' (stocks, history, indicators, all)")
                                 .arg(ctx.args.constFirst()),
                             ExitUsage);
        }
        Export::ExportOptions options;
        options.folder = ctx.parser.value(QStringLiteral("out"));
        if (ctx.parser.isSet(QStringLiteral("date"))) {
            options.asOf = QDate::fromString(ctx.parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!options.asOf.isValid()) {
                return ctx.error(QStringLiteral("--date needs a date as YYYY-MM-DD"), ExitUsage);
            }
        }
        if (ctx.parser.isSet(QStringLiteral("days"))) {
            bool ok = false;
            options.days = ctx.parser.value(QStringLiteral("days")).toInt(&ok);
            if (!ok || options.days < 0) {
                return ctx.error(QStringLiteral("--days needs a number of days (0 = all)"), ExitUsage);
            }
        }
        int retentionDays = 0; // 0: delete nothing
        if (ctx.parser.isSet(QStringLiteral("retention-days"))) {
            bool ok = false;
            retentionDays = ctx.parser.value(QStringLiteral("retention-days")).toInt(&ok);
            if (!ok || retentionDays < 1) {
                return ctx.error(QStringLiteral("--retention-days needs a number of days (1 or more)"),
                                 ExitUsage);
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        ProgressPrinter printer;
        Tasks::TaskContext task([&printer](const Tasks::TaskProgress& p) { printer.print(p); });
        QJsonArray files;
        QStringList written;
        int failed = 0;
        for (Export::ExportKind kind : kinds) {
            Tasks::TaskExportProgress progress(task);
            auto result = Export::runExport(*db, kind, options, progress);
            printer.finish();
            if (!result) {
                ++failed;
                ctx.error(QStringLiteral("export %1: %2").arg(Export::kindName(kind), result.error().message),
                          ExitSomeFailed);
                continue;
            }
            written << result->path;
            if (ctx.json) {
                files.append(QJsonObject{{QStringLiteral("kind"), Export::kindName(kind)},
                                         {QStringLiteral("path"), result->path},
                                         {QStringLiteral("rows"), result->rows},
                                         {QStringLiteral("symbols"), result->symbols}});
            } else {
                ctx.out << QStringLiteral("Wrote %1 (%2 rows, %3 symbols)\n")
                               .arg(QDir::toNativeSeparators(result->path))
                               .arg(result->rows)
                               .arg(result->symbols);
                if (result->rows == 0 && kind != Export::ExportKind::Stocks) {
                    ctx.out << QStringLiteral(
                                   "  note: nothing in the %1 days before %2; pick the date with --date or "
                                   "widen the window with --days\n")
                                   .arg(options.days)
                                   .arg((options.asOf.isValid() ? options.asOf : QDate::currentDate())
                                            .toString(Qt::ISODate));
                }
            }
        }
        QJsonArray deleted;
        if (retentionDays > 0) {
            const QString folder = options.folder.isEmpty() ? Export::exportFolder(*db) : options.folder;
            auto swept = Export::applyRetention(folder, retentionDays, QDate::currentDate(), written);
            if (!swept) {
                ++failed;
                ctx.error(QStringLiteral("export retention: %1").arg(swept.error().message), ExitSomeFailed);
            } else {
                for (const QString& path : swept->deleted) {
                    deleted.append(path);
                    if (!ctx.json) {
                        ctx.out << QStringLiteral("Deleted %1 (older than %2 days)\n")
                                       .arg(QDir::toNativeSeparators(path))
                                       .arg(retentionDays);
                    }
                }
                for (const QString& problem : swept->failed) {
                    ++failed;
                    ctx.error(QStringLiteral("export retention: cannot delete %1").arg(problem),
                              ExitSomeFailed);
                }
            }
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("files"), files}, {QStringLiteral("deleted"), deleted}}));
        }
        if (failed == 0) {
            return ExitOk;
        }
        return written.isEmpty() ? ExitUsage : ExitSomeFailed;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace Tessera::Cli
