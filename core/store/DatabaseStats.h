#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace Tessera::Store {

class Database;

/** Rows and newest date of one table of the database. */
struct TableStats
{
    QString name;
    qint64 rows = 0;
    bool hasDate = false; ///< the table has a `date` column
    QDate latestDate;     ///< MAX(date); invalid without a date column or when the table is empty
};

/**
 * What the database file holds, for the system status: every table's row count and newest date (with
 * the fastest exact query per table) and SQLite's quick check. Reads on the calling thread's
 * connection; run it inside a ReadSnapshot for numbers that agree with each other.
 */
class DatabaseStats
{
public:
    explicit DatabaseStats(const Database& db)
        : m_db(db)
    {}

    /** Every table of the schema (SQLite's own sqlite_% tables left out), by name. */
    [[nodiscard]] Result<QList<TableStats>> tables();

    /** PRAGMA quick_check: {"ok"} or up to maxProblems lines naming damaged pages and records. */
    [[nodiscard]] Result<QStringList> quickCheck(int maxProblems = 10);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
