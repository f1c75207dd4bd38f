#pragma once

#include "core/common/Result.h"

namespace Tessera::Cli {

/** Exit codes of SPEC §1, shared by every sub-command. */
enum ExitCode
{
    ExitOk = 0,          ///< everything done
    ExitSomeFailed = 1,  ///< finished, some symbols failed (they are listed)
    ExitUsage = 2,       ///< usage, configuration or environment error (bad option, busy database, ...)
    ExitInterrupted = 3, ///< cancelled by Ctrl-C or a signal
    ExitStorage = 4,     ///< the database could not be written or read: disk full, I/O error, read-only
};

/** The exit code for an error that ends a command: ExitStorage for storage faults, else fallback. */
int exitCodeFor(const Error& error, int fallback);

/** Entry point of tessera-cli: builds a QCoreApplication, parses options and runs one sub-command. */
int runCli(int argc, char** argv);

} // namespace Tessera::Cli
