#include "app/cli/CliApp.h"

int main(int argc, char** argv)
{
    return Tessera::Cli::runCli(argc, argv);
}
