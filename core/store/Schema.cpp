#include "core/store/Schema.h"

namespace Tessera::Store {

const QList<Migration>& migrations()
{
    // Dates are ISO 'YYYY-MM-DD' text (readable, sortable, matches the CSV exports). Missing numbers are
    // NULL, never 0. Volumes are REAL because back-adjusted sources (Stooq) deliver fractional shares.
    static const QList<Migration> list = {
        {1, QStringLiteral(R"sql(
CREATE TABLE symbols (
    id INTEGER PRIMARY KEY,
    ticker TEXT NOT NULL UNIQUE,
    name TEXT, exchange TEXT, currency TEXT, sector TEXT, industry TEXT, isin TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE universes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    source TEXT,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE universe_members (
    universe_id INTEGER NOT NULL REFERENCES universes(id) ON DELETE CASCADE,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    PRIMARY KEY (universe_id, symbol_id)
) WITHOUT ROWID;
CREATE INDEX universe_members_by_symbol ON universe_members(symbol_id);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE symbol_tags (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (symbol_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE daily_bars (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    open REAL, high REAL, low REAL, close REAL, adj_close REAL, volume REAL,
    PRIMARY KEY (symbol_id, date)
) WITHOUT ROWID;
CREATE TABLE bar_summary (
    symbol_id INTEGER PRIMARY KEY REFERENCES symbols(id) ON DELETE CASCADE,
    bar_count INTEGER NOT NULL,
    first_date TEXT, last_date TEXT,
    last_close REAL, prev_close REAL,
    source TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE symbol_fetch_status (
    symbol_id INTEGER PRIMARY KEY REFERENCES symbols(id) ON DELETE CASCADE,
    provider TEXT,
    last_attempt TEXT,
    last_success TEXT,
    last_error TEXT
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
)sql")},
    };
    return list;
}

} // namespace Tessera::Store
