#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace Tessera::Test {

QString dataDir()
{
    return QStringLiteral(TESSERA_TEST_DATA_DIR);
}

QString dataPath(const QString& relative)
{
    return QDir(dataDir()).filePath(relative);
}

QString sharedDir()
{
    const QString dir = QStringLiteral(TESSERA_SHARED_DIR);
    return QFileInfo(dir + QStringLiteral("/data/README.md")).exists() ? dir : QString();
}

QString cliPath()
{
    return QStringLiteral(TESSERA_CLI_PATH);
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    auto db = Store::Database::open(m_path);
    if (!db) {
        qFatal("cannot open temp database: %s", qPrintable(db.error().message));
    }
    m_db = *db;
}

void initTestEnvironment()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

CliRun runCli(const QStringList& args, const QMap<QString, QString>& extraEnvironment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/tessera-test-xdg"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Tessera::Test
