#pragma once

#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>

#include "core/store/Database.h"

namespace Tessera::Tasks {
struct TrainSummary;
}
namespace Tessera::Store {
struct XsModelRow;
}

namespace Tessera::Cli {

/**
 * Whether a command may create the database: only commands that add something (import, fetch, a
 * setting, a schedule entry) do; reading ones refuse a missing file instead of leaving an empty
 * database (and its folders) behind a typo in --db.
 */
enum class DbAccess
{
    Existing,        ///< the file must exist: "no database at PATH; ..." (exit 2)
    CreateIfMissing, ///< created (with its folder) when missing, said once on stderr
};

/** What every sub-command gets: parsed options, the opened database, output streams. */
struct CliContext
{
    QCommandLineParser& parser;
    QStringList args; ///< positional arguments after the sub-command name
    QString databasePath;
    bool json = false;
    int maxWorkers = 0;
    QTextStream& out;
    QTextStream& err;

    /**
     * Opens and migrates the database; with CreateIfMissing a missing file is created and "note: created
     * a new database at PATH" printed. Errors are printed, nullptr returned (exit code in openFailure).
     */
    Store::DatabasePtr openDatabase(DbAccess access = DbAccess::Existing);
    /** The exit code for openDatabase()'s failure (ExitStorage for a read-only folder or full disk). */
    int openFailure = 2;
    /**
     * Set when openDatabase created the file: the file and the folders made for it. A command that then
     * ends with a usage error has stored nothing, so runCli removes them again (a mistyped option must
     * not leave an empty database behind); otherwise it says once that the database was created.
     */
    QString createdDatabase{};
    QStringList createdFolders{}; ///< deepest first
    /** Prints a one-line error "tessera-cli: message" and returns the exit code. */
    int error(const QString& message, int code);
    void printJson(const QJsonDocument& doc);
};

/** A sub-command: one file per command under app/cli (KeePassXC's keepassxc-cli layout). */
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; ///< "universe import FILE [--name N] [--tag T]"
    virtual QString summary() const = 0;  ///< one line for the help text
    /** Options this command understands (added to the shared parser). */
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual int run(CliContext& ctx) = 0;
};

std::vector<std::unique_ptr<Command>> allCommands();

// Factories, one per file.
std::unique_ptr<Command> makeUniverseCommand();
std::unique_ptr<Command> makeFetchCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeRunsCommand();
std::unique_ptr<Command> makeSettingsCommand();
std::unique_ptr<Command> makeScheduleCommand();
std::unique_ptr<Command> makeIndicatorsCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeTrainCommand();
std::unique_ptr<Command> makeModelsCommand();
std::unique_ptr<Command> makeTrainXsCommand();
std::unique_ptr<Command> makePipelineCommand();
std::unique_ptr<Command> makeFundamentalsCommand();
std::unique_ptr<Command> makePredictionsCommand();
std::unique_ptr<Command> makeWatchlistCommand();
std::unique_ptr<Command> makeAlertsCommand();
std::unique_ptr<Command> makeScreenCommand();
std::unique_ptr<Command> makePicksCommand();
std::unique_ptr<Command> makeRunAllCommand();
std::unique_ptr<Command> makeBrokerCommand();
std::unique_ptr<Command> makeScoresCommand();
std::unique_ptr<Command> makeCallsCommand();
std::unique_ptr<Command> makeBacktestCommand();
std::unique_ptr<Command> makePortfolioCommand();
std::unique_ptr<Command> makeOrderCommand();
/** The out-of-sample summary of trained models (TrainCommand.cpp; `models summary` prints it too). */
void printTrainSummary(CliContext& ctx, const Tasks::TrainSummary& summary);
/** A stored cross-sectional model as JSON ({"price": {…}, "risk": {…}, "symbols", "rows", "seconds", …}). */
QJsonObject xsModelJson(const Store::XsModelRow& model);
/** The same as text: both models' rank IC, t, deciles, spreads and folds. */
void printXsModel(CliContext& ctx, const Store::XsModelRow& model);

} // namespace Tessera::Cli
