#pragma once

#include <memory>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Test {

/** tests/data inside the repository (small committed fixtures with provenance). */
QString dataDir();
QString dataPath(const QString& relative);

/** ../shared beside the checkout, or empty when absent (tests that need it QSKIP with a message). */
QString sharedDir();

/** Absolute path of the built tessera-cli. */
QString cliPath();

/** What a tessera-cli run printed and returned (code -1: it crashed or ran over a minute). */
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/**
 * Runs tessera-cli with args (private XDG data home, so no user files are touched), up to a minute,
 * with extraEnvironment added to the environment.
 */
CliRun runCli(const QStringList& args, const QMap<QString, QString>& extraEnvironment = {});

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

/** The value of r, or the test process stops with r's message (set-up steps that cannot fail in a test). */
template <typename T>
T must(Result<T> r)
{
    if (!r) {
        qFatal("%s", qPrintable(r.error().message));
    }
    return std::move(*r);
}

inline void must(Result<void> r)
{
    if (!r) {
        qFatal("%s", qPrintable(r.error().message));
    }
}

/** Pins the locale and test-mode standard paths, as every test must (STYLE.md §8). */
void initTestEnvironment();

} // namespace Tessera::Test
