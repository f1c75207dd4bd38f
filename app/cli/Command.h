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

namespace Tessera::Cli {

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

    /** Opens the database (created and migrated when missing); errors are printed, nullptr returned. */
    Store::DatabasePtr openDatabase();
    /** The exit code for openDatabase()'s failure (ExitStorage for a read-only folder or full disk). */
    int openFailure = 2;
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
std::unique_ptr<Command> makePipelineCommand();
/** The out-of-sample summary of trained models (TrainCommand.cpp; `models summary` prints it too). */
void printTrainSummary(CliContext& ctx, const Tasks::TrainSummary& summary);

} // namespace Tessera::Cli
