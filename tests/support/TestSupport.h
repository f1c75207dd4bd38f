#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "core/store/Database.h"

namespace Tessera::Test {

/** tests/data inside the repository (small committed fixtures with provenance). */
QString dataDir();
QString dataPath(const QString& relative);

/** ../shared beside the checkout, or empty when absent (tests that need it QSKIP with a message). */
QString sharedDir();

/** Absolute path of the built tessera-cli. */
QString cliPath();

/** A fresh database in a temporary folder, removed with the object. */
class TempDatabase
{
public:
    TempDatabase();
    const QString& path() const { return m_path; }
    const Store::DatabasePtr& db() const { return m_db; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Store::DatabasePtr m_db;
};

/** Pins the locale and test-mode standard paths, as every test must (STYLE.md §8). */
void initTestEnvironment();

} // namespace Tessera::Test
