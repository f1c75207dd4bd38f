#include "app/cli/CliApp.h"

#include <csignal>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include "app/cli/Command.h"
#include "core/common/Log.h"
#include "core/common/Paths.h"
#include "core/tasks/TaskRunner.h"

namespace Tessera::Cli {

int exitCodeFor(const Error& error, int fallback)
{
    return error.code == ErrorCode::Storage ? ExitStorage : fallback;
}

Store::DatabasePtr CliContext::openDatabase(DbAccess access)
{
    const QFileInfo file(databasePath);
    const bool existed = file.exists();
    if (!existed && access == DbAccess::Existing) {
        openFailure = ExitUsage;
        const QString db = parser.isSet(QStringLiteral("db"))
                               ? QStringLiteral("--db %1 ").arg(QDir::toNativeSeparators(databasePath))
                               : QString();
        error(QStringLiteral("no database at %1; commands that write create it, e.g. 'tessera-cli %2fetch "
                             "--provider synthetic' or 'tessera-cli %2universe import bundled:nifty50'")
                  .arg(QDir::toNativeSeparators(file.absoluteFilePath()), db),
              openFailure);
        return nullptr;
    }
    QStringList newFolders;
    if (!existed) {
        for (QDir d(file.absolutePath()); !d.exists(); d.setPath(QFileInfo(d.absolutePath()).path())) {
            newFolders << d.absolutePath();
            if (d.isRoot()) {
                break;
            }
        }
    }
    auto db = Store::Database::open(databasePath);
    if (!db) {
        openFailure = exitCodeFor(db.error(), ExitUsage);
        error(db.error().message, openFailure);
        return nullptr;
    }
    if (!existed) {
        createdDatabase = file.absoluteFilePath();
        createdFolders = newFolders;
    }
    // A run left "running" by a killed process is shown as interrupted by every command, not only after
    // the next writing one.
    if (auto marked = Tasks::TaskRunner::recoverIfNoWriter(**db); marked && *marked > 0 && !json) {
        err << QStringLiteral("note: %1 run(s) left running by a stopped process are now marked interrupted; "
                              "resume with 'tessera-cli runs resume ID'\n")
                   .arg(*marked);
    }
    return *db;
}

namespace {

/**
 * After the command: a database this command created stays, and is announced once, unless the command
 * ended with a usage error, in which case nothing was stored and the file and its folders go again.
 */
void settleCreatedDatabase(CliContext& ctx, int code)
{
    if (ctx.createdDatabase.isEmpty()) {
        return;
    }
    if (code != ExitUsage) {
        // Said even with --json: it goes to stderr, and a new file where one was expected is worth knowing.
        ctx.err << QStringLiteral("note: created a new database at %1\n")
                       .arg(QDir::toNativeSeparators(ctx.createdDatabase));
        return;
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        QFile::remove(ctx.createdDatabase + QString::fromLatin1(suffix));
    }
    for (const QString& folder : ctx.createdFolders) {
        QDir().rmdir(folder); // only when empty: never anything the user put there meanwhile
    }
}

} // namespace

int CliContext::error(const QString& message, int code)
{
    err << "tessera-cli: " << message << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonDocument& doc)
{
    out << doc.toJson(QJsonDocument::Indented);
    out.flush();
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeUniverseCommand());
    commands.push_back(makeFetchCommand());
    commands.push_back(makeStatusCommand());
    commands.push_back(makeRunsCommand());
    commands.push_back(makeSettingsCommand());
    commands.push_back(makeScheduleCommand());
    commands.push_back(makeIndicatorsCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeTrainCommand());
    commands.push_back(makeTrainXsCommand());
    commands.push_back(makeModelsCommand());
    commands.push_back(makePredictionsCommand());
    commands.push_back(makePipelineCommand());
    commands.push_back(makeFundamentalsCommand());
    commands.push_back(makeWatchlistCommand());
    commands.push_back(makeAlertsCommand());
    commands.push_back(makeScreenCommand());
    commands.push_back(makeBacktestCommand());
    commands.push_back(makePicksCommand());
    commands.push_back(makeRunAllCommand());
    commands.push_back(makeBrokerCommand());
    commands.push_back(makeScoresCommand());
    commands.push_back(makeCallsCommand());
    commands.push_back(makePortfolioCommand());
    commands.push_back(makeOrderCommand());
    return commands;
}

namespace {

QString helpText(const std::vector<std::unique_ptr<Command>>& commands, const QCommandLineParser& parser)
{
    QString text =
        QStringLiteral("Usage: tessera-cli [--db PATH] [--json] [--log-level L] COMMAND ...\n\n"
                       "Tessera's engine without a window, for automation and benchmarks.\n\nCommands:\n");
    for (const auto& c : commands) {
        text += QStringLiteral("  %1\n      %2\n").arg(c->synopsis(), -44).arg(c->summary());
    }
    text += QStringLiteral("\nExit codes: 0 all done, 1 some symbols failed (listed), 2 usage/config error, "
                           "3 interrupted, 4 storage error (disk full, I/O error, read-only database).\n\n");
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QStringLiteral("Options:")));
    return text + options;
}

/**
 * QCommandLineParser reads "-0.2" as the short options "0", "." and "2", so `settings set
 * pipeline/downThreshold -0.2` failed with "Unknown options: 0, ., 2". A negative number that is not the
 * value of an option is a positional argument: when there is one, the positional arguments move behind
 * "--" (where the parser takes everything as positional), in their order, after the options. Values of
 * options ("--stale-days -1") are taken as written by the parser already and stay where they are.
 */
QStringList protectNegativeNumbers(const QStringList& args, const QSet<QString>& valueOptions)
{
    static const QRegularExpression negative(QStringLiteral("^-(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    QStringList options;
    QStringList positional;
    bool sawNegative = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == u"--") {
            positional += args.mid(i + 1);
            break;
        }
        if (negative.match(arg).hasMatch()) {
            sawNegative = true;
            positional << arg;
            continue;
        }
        if (arg.startsWith(u'-') && arg.size() > 1) {
            options << arg;
            const QString name = arg.mid(arg.startsWith(QStringLiteral("--")) ? 2 : 1);
            if (!name.contains(u'=') && valueOptions.contains(name) && i + 1 < args.size()) {
                options << args[++i];
            }
            continue;
        }
        positional << arg;
    }
    if (!sawNegative) {
        return args;
    }
    return QStringList{args.value(0)} + options + QStringList{QStringLiteral("--")} + positional;
}

} // namespace

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto commands = allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera command-line engine"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: the app data folder)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable output.")});
    parser.addOption({QStringLiteral("log-level"),
                      QStringLiteral("trace, debug, info, warn (default), error, off."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("max-workers"),
                      QStringLiteral("Worker threads (default: cores)."),
                      QStringLiteral("N")});
    QSet<QString> valueOptions = {
        QStringLiteral("db"), QStringLiteral("log-level"), QStringLiteral("max-workers")};
    QSet<QString> known = {QStringLiteral("h"),
                           QStringLiteral("help"),
                           QStringLiteral("version"),
                           QStringLiteral("db"),
                           QStringLiteral("json"),
                           QStringLiteral("log-level"),
                           QStringLiteral("max-workers")};
    for (const auto& c : commands) {
        for (const QCommandLineOption& o : c->options()) {
            if (!known.contains(o.names().constFirst())) {
                known.insert(o.names().constFirst());
                parser.addOption(o);
                if (!o.valueName().isEmpty()) {
                    for (const QString& n : o.names()) {
                        valueOptions.insert(n);
                    }
                }
            }
        }
    }
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The sub-command to run."));

    if (!parser.parse(protectNegativeNumbers(QCoreApplication::arguments(), valueOptions))) {
        err << "tessera-cli: " << parser.errorText() << " (see --help)" << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << "tessera-cli " << TESSERA_VERSION << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(helpOption) ? err : out) << helpText(commands, parser);
        return parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }

    Log::Options logOptions;
    logOptions.directory = Paths::defaultLogDir();
    logOptions.level = parser.value(QStringLiteral("log-level")).isEmpty()
                           ? QStringLiteral("warn")
                           : parser.value(QStringLiteral("log-level"));
    Log::setup(logOptions);

    int maxWorkers = 0;
    if (parser.isSet(QStringLiteral("max-workers"))) {
        bool ok = false;
        maxWorkers = parser.value(QStringLiteral("max-workers")).toInt(&ok);
        if (!ok || maxWorkers < 1 || maxWorkers > 256) {
            err << "tessera-cli: --max-workers needs a number from 1 to 256" << Qt::endl;
            return ExitUsage;
        }
    }
    const QString dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : Paths::defaultDatabasePath();
    CliContext ctx{
        parser, positional.mid(1), dbPath, parser.isSet(QStringLiteral("json")), maxWorkers, out, err};
    for (const auto& c : commands) {
        if (c->name() == positional.constFirst()) {
            const int code = c->run(ctx);
            out.flush();
            settleCreatedDatabase(ctx, code);
            err.flush();
            return code;
        }
    }
    err << "tessera-cli: unknown command '" << positional.constFirst() << "' (see --help)" << Qt::endl;
    return ExitUsage;
}

} // namespace Tessera::Cli
