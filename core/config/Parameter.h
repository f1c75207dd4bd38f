#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace Tessera::Config {

/** What a parameter's text must look like; decides validation and the settings page's editor. */
enum class ParameterType
{
    Integer,
    Real,
    Url,          ///< absolute http:// or https:// URL
    HistoryRange, ///< "max" or a count with a unit: 10d, 6wk, 3mo, 2y
    RealList,     ///< comma-separated numbers, each within the range: "1e5,1e6,1e7,1e8"
    Folder,       ///< an absolute folder path ("~/" expands to the home folder); empty = the default place
    Choice,       ///< one of Parameter::choices, matched case-insensitively, stored as declared
};

/**
 * One declared parameter. A feature declares its parameters once, in a table next to the code that
 * uses them (e.g. fetchParameters()); the CLI options and help, the settings page, validation and the
 * README are built from that table (STYLE.md §5). Values travel as text: the database settings table
 * stores text, and a run stores its overrides as text in its parameters.
 */
struct Parameter
{
    QString key; ///< settings key, "area/name": "fetch/maxConcurrent"
    ParameterType type = ParameterType::Integer;
    QString defaultValue; ///< as text, valid for the type and range
    double minimum = 0;   ///< Integer and Real: inclusive range
    double maximum = 0;
    QString unit;      ///< shown after values in help ("s", "requests/s"); empty = none
    QString help;      ///< one sentence for the CLI help and the settings page's tooltip
    QString cliOption; ///< long option name without dashes ("max-concurrent"); empty = not on the CLI
    QString scope;     ///< provider the parameter belongs to ("yahoo"); empty = every provider
    /** Choice: the allowed values in their canonical spelling (the settings page lists them in order). */
    QStringList choices = {};
};

/**
 * Checks text against p and returns it normalised (trimmed; numbers in canonical form), or an
 * InvalidInput error naming the key, the value and what is allowed.
 */
[[nodiscard]] Result<QString> validate(const Parameter& p, const QString& text);

/**
 * Every parameter of table as text: its default, replaced by a non-empty value in `stored`, then by one
 * in `overrides`, each validated (the first invalid value is the error).
 */
[[nodiscard]] Result<QHash<QString, QString>> resolveValues(const QList<Parameter>& table,
                                                            const QHash<QString, QString>& stored,
                                                            const QHash<QString, QString>& overrides);

/** The parameter with key in table, or nullptr. */
const Parameter* findParameter(const QList<Parameter>& table, const QString& key);

/**
 * "1 to 32", "0.1 to 100 requests/s", "an http(s) URL", "max or Nd, Nwk, Nmo, Ny", "one of: directional,
 * seed": for help and errors.
 */
QString allowedValues(const Parameter& p);

} // namespace Tessera::Config
