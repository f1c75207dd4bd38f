#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
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

} // namespace Tessera::Test
