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
        // Task runs (issue 3): one row per run, its steps, and every (symbol, step) outcome. Rows are
        // created pending and updated in the same transaction as the step's data, so the pending rows
        // of a killed run are exactly the work left.
        {2, QStringLiteral(R"sql(
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL,
    trigger TEXT,
    parent_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    estimated_seconds REAL,
    pid INTEGER,
    host TEXT,
    message TEXT
);
CREATE INDEX runs_by_kind ON runs(kind, id);
CREATE INDEX runs_by_status ON runs(status);
CREATE TABLE run_steps (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    step_index INTEGER NOT NULL,
    name TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    PRIMARY KEY (run_id, step_index)
) WITHOUT ROWID;
CREATE TABLE run_symbols (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    symbol TEXT NOT NULL,
    step_index INTEGER NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    seconds REAL,
    finished_at TEXT,
    PRIMARY KEY (run_id, symbol, step_index)
) WITHOUT ROWID;
CREATE INDEX run_symbols_by_status ON run_symbols(run_id, status, step_index);
)sql")},
        // Scheduler (issue 3). Times of day are local wall-clock 'HH:MM' of the scheduler's zone; instants
        // (next_run_at, last_run_at) are UTC ISO text. next_run_at is the next occurrence not yet handed
        // out: advancing it is how an occurrence is claimed, so it is never run twice.
        // schedule_defaults_added remembers every default entry ever created, so one the user deleted
        // is not created again. holidays: per calendar name, the closed weekdays (TradingCalendar).
        {3, QStringLiteral(R"sql(
CREATE TABLE schedule_entries (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'every')),
    at_time TEXT NOT NULL,
    weekday INTEGER,
    every_hours INTEGER,
    market_days INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    catch_up INTEGER NOT NULL DEFAULT 1,
    default_key TEXT,
    last_run_at TEXT,
    last_run_id INTEGER,
    last_status TEXT,
    last_message TEXT,
    next_run_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE schedule_defaults_added (
    key TEXT PRIMARY KEY,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE holidays (
    calendar TEXT NOT NULL,
    date TEXT NOT NULL,
    name TEXT,
    PRIMARY KEY (calendar, date)
) WITHOUT ROWID;
)sql")},
        // Corporate actions (issue 4): the dividends and splits a provider reports (Yahoo chart events),
        // keyed by symbol and exchange-local date, written in the same transaction as the bars.
        {4, QStringLiteral(R"sql(
CREATE TABLE dividends (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    amount REAL NOT NULL,
    source TEXT,
    PRIMARY KEY (symbol_id, date)
) WITHOUT ROWID;
CREATE TABLE splits (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    numerator REAL NOT NULL,
    denominator REAL NOT NULL,
    source TEXT,
    PRIMARY KEY (symbol_id, date)
) WITHOUT ROWID;
)sql")},
        // Per-stock models (issue 7). models: one row per version of (symbol, algorithm, horizon) with the
        // feature-schema hash it was trained on, its walk-forward metrics as JSON (folds, pooled test rows,
        // baselines, verdict) and the headline out-of-sample numbers as columns for lists and filters.
        // model_blobs: the qCompress'ed fitted model, apart so listing never reads blobs.
        // predictions: the cache, one row per (symbol, horizon, algorithm or 'consensus'), replaced with
        // each training; predicted_return is a log return over `horizon` trading days from as_of.
        {5, QStringLiteral(R"sql(
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    algorithm TEXT NOT NULL,
    horizon INTEGER NOT NULL,
    version INTEGER NOT NULL,
    schema_hash TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    feature_count INTEGER NOT NULL,
    params TEXT NOT NULL,
    metrics TEXT NOT NULL,
    data_from TEXT,
    data_to TEXT,
    last_bar TEXT,
    rows INTEGER NOT NULL,
    oos_ic REAL,
    oos_hit REAL,
    base_hit REAL,
    oos_r2 REAL,
    mse_skill REAL,
    oos_mae REAL,
    zero_mae REAL,
    production_ready INTEGER NOT NULL,
    verdict TEXT,
    blob_bytes INTEGER NOT NULL,
    run_id INTEGER,
    trained_at TEXT NOT NULL,
    UNIQUE (symbol_id, algorithm, horizon, version)
);
CREATE INDEX models_by_run ON models(run_id);
CREATE TABLE model_blobs (
    model_id INTEGER PRIMARY KEY REFERENCES models(id) ON DELETE CASCADE,
    blob BLOB NOT NULL
);
CREATE TABLE predictions (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    horizon INTEGER NOT NULL,
    algorithm TEXT NOT NULL,
    as_of TEXT NOT NULL,
    predicted_return REAL NOT NULL,
    predicted_price REAL,
    confidence REAL NOT NULL,
    production_ready INTEGER NOT NULL,
    model_id INTEGER,
    model_version INTEGER,
    generated_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (symbol_id, horizon, algorithm)
) WITHOUT ROWID;
)sql")},
        // Indicators (issue 5). technical_indicators keeps the seed-003 columns (exported as they are);
        // indicator_features holds the other indicators and the microstructure features as one columnar
        // float32 blob per symbol and year (FeatureRepository explains why); indicator_state records
        // what the stored indicators were computed from, for incremental updates. technical_indicators has
        // no foreign key: checking the parent on each of its million rows cost ~25 % of the insert time;
        // the trigger gives the same cascade on delete, and the writer only uses ids it read from symbols.
        {6, QStringLiteral(R"sql(
CREATE TABLE technical_indicators (
    symbol_id INTEGER NOT NULL,
    date TEXT NOT NULL,
    rsi_14 REAL, macd REAL, signal_line REAL, macd_histogram REAL,
    sma_20 REAL, sma_50 REAL, sma_200 REAL, ema_12 REAL, ema_26 REAL,
    atr_14 REAL, atr_percentage REAL,
    bollinger_upper REAL, bollinger_middle REAL, bollinger_lower REAL,
    PRIMARY KEY (symbol_id, date)
) WITHOUT ROWID;
CREATE TABLE indicator_features (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    first_date TEXT NOT NULL,
    last_date TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (symbol_id, year)
);
CREATE TABLE indicator_state (
    symbol_id INTEGER PRIMARY KEY REFERENCES symbols(id) ON DELETE CASCADE,
    engine_version INTEGER NOT NULL,
    bar_count INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    input_hash INTEGER NOT NULL,
    computed_at TEXT NOT NULL
);
CREATE TRIGGER symbols_delete_technical_indicators AFTER DELETE ON symbols
BEGIN
    DELETE FROM technical_indicators WHERE symbol_id = OLD.id;
END;
)sql")},
        // Seed-002 analyses (issue 6): each symbol's latest analysis. symbol_analysis holds what the
        // universe table, the verdict badge and the pipeline's incremental check read (summary columns,
        // the JSON arrays quality_reasons and validation_errors, and what the analysis was computed
        // from: bar count, last bar, a fingerprint of every stored bar field, the settings and engine).
        // symbol_analysis_documents holds the three peer-schema JSON documents, qCompress'ed: ~100 KB
        // per symbol, kept apart (like model_blobs) so reading the summaries of 2,000 symbols never walks
        // their overflow pages.
        {7, QStringLiteral(R"sql(
CREATE TABLE symbol_analysis (
    symbol_id INTEGER PRIMARY KEY REFERENCES symbols(id) ON DELETE CASCADE,
    as_of TEXT,
    bar_count INTEGER NOT NULL,
    last_bar_date TEXT,
    bars_hash INTEGER NOT NULL,
    settings_hash INTEGER NOT NULL,
    engine_version INTEGER NOT NULL,
    last_price REAL,
    change REAL,
    direction TEXT NOT NULL,
    score REAL,
    confidence REAL,
    momentum REAL,
    flow REAL,
    liquidity REAL,
    cost REAL,
    quality_grade TEXT,
    quality_reasons TEXT NOT NULL DEFAULT '[]',
    valid INTEGER NOT NULL,
    validation_errors TEXT NOT NULL DEFAULT '[]',
    run_id INTEGER,
    computed_at TEXT NOT NULL
);
CREATE INDEX symbol_analysis_by_direction ON symbol_analysis(direction);
CREATE TABLE symbol_analysis_documents (
    symbol_id INTEGER PRIMARY KEY REFERENCES symbols(id) ON DELETE CASCADE,
    main_json BLOB NOT NULL,
    slippage_json BLOB NOT NULL,
    monte_json BLOB NOT NULL
);
)sql")},
        // technical_indicators keyed by an integer rowid: id = symbol_id * 2^32 + the date's Julian day
        // number, so rows stay in (symbol, date) order and a symbol's dates are one id range. A rowid
        // table appends a symbol's rows without the key comparisons and page rebalancing of a
        // WITHOUT ROWID tree: its insert, the largest single cost of an indicators run, measured ~24 %
        // cheaper. symbol_id and date stay as columns for anyone querying the file; Tessera reads and
        // deletes by id range (IndicatorRepository::keyOf). Julian day: julianday() is .5 at midnight.
        {8, QStringLiteral(R"sql(
CREATE TABLE technical_indicators_by_id (
    id INTEGER PRIMARY KEY,
    symbol_id INTEGER NOT NULL,
    date TEXT NOT NULL,
    rsi_14 REAL, macd REAL, signal_line REAL, macd_histogram REAL,
    sma_20 REAL, sma_50 REAL, sma_200 REAL, ema_12 REAL, ema_26 REAL,
    atr_14 REAL, atr_percentage REAL,
    bollinger_upper REAL, bollinger_middle REAL, bollinger_lower REAL
);
INSERT INTO technical_indicators_by_id
    SELECT symbol_id * 4294967296 + CAST(julianday(date) + 0.5 AS INTEGER), symbol_id, date,
           rsi_14, macd, signal_line, macd_histogram, sma_20, sma_50, sma_200, ema_12, ema_26, atr_14, atr_percentage, bollinger_upper, bollinger_middle, bollinger_lower
    FROM technical_indicators ORDER BY symbol_id, date;
DROP TRIGGER symbols_delete_technical_indicators;
DROP TABLE technical_indicators;
ALTER TABLE technical_indicators_by_id RENAME TO technical_indicators;
CREATE TRIGGER symbols_delete_technical_indicators AFTER DELETE ON symbols
BEGIN
    DELETE FROM technical_indicators WHERE id BETWEEN OLD.id * 4294967296 AND OLD.id * 4294967296 + 4294967295;
END;
)sql")},
        // The verdict formula of each stored analysis (issue 18: "directional" or "seed"), so the universe
        // table can say which formula a score came from. NULL: stored before the column existed, when
        // the seed's plain sum was the only formula.
        {9, QStringLiteral(R"sql(
ALTER TABLE symbol_analysis ADD COLUMN verdict_formula TEXT;
)sql")},
        // Fundamentals by (symbol, as-of date) (issue 15): history accumulates from the day Tessera starts
        // collecting. Units as in core/fundamentals/Fundamentals.h (percent for ROE, margins, growth,
        // yield, volatility; debt/equity a ratio). derived: comma-separated keys of the values Tessera
        // computed from the others (FundamentalsDerivation), so the GUI can say so.
        {10, QStringLiteral(R"sql(
CREATE TABLE fundamentals (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    source TEXT,
    collected_at TEXT NOT NULL,
    current_price REAL, market_cap REAL, volume REAL, avg_volume_30d REAL,
    pe_ratio REAL, pb_ratio REAL, roe REAL, eps REAL, beta REAL, debt_to_equity REAL,
    revenue_growth REAL, earnings_growth REAL, operating_margin REAL, net_margin REAL, profit_margin REAL,
    book_value REAL, peg_ratio REAL, roa REAL, current_ratio REAL, quick_ratio REAL,
    historical_volatility_1y REAL, dividend_yield REAL,
    sector TEXT, industry TEXT, market_cap_category TEXT,
    derived TEXT,
    PRIMARY KEY (symbol_id, as_of)
) WITHOUT ROWID;
CREATE INDEX fundamentals_as_of ON fundamentals(as_of);
)sql")},
        // Hourly bars (issue 21): 60-minute bars beside the daily ones, keyed by the bar's open instant in
        // UTC epoch seconds (an integer: half the size of ISO text, and hours compare and step as numbers;
        // datetime(time, 'unixepoch') reads it). No adjusted close: the markets stored hourly (crypto) have
        // no splits or dividends. hourly_summary is bar_summary's counterpart, what the load plan reads
        // for incremental fetches and the data-quality tile for the expected hours.
        {11, QStringLiteral(R"sql(
CREATE TABLE hourly_bars (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    time INTEGER NOT NULL,
    open REAL, high REAL, low REAL, close REAL, volume REAL,
    PRIMARY KEY (symbol_id, time)
) WITHOUT ROWID;
CREATE TABLE hourly_summary (
    symbol_id INTEGER PRIMARY KEY REFERENCES symbols(id) ON DELETE CASCADE,
    bar_count INTEGER NOT NULL,
    first_time INTEGER,
    last_time INTEGER,
    source TEXT,
    updated_at TEXT NOT NULL
);
)sql")},
        // Hourly models and their prediction cache (issue 21). hourly_models has the columns of models
        // (horizon in hours; last_bar the last bar's open instant as ISO date-time); apart from models so
        // a 1-hour model never shares a version sequence or a cache row with a 1-day one.
        // hourly_predictions is what `predictions top` reads: one row per (symbol, horizon, algorithm or
        // 'consensus'); as_of = the instant the last bar closed (epoch s), expires_at = as_of + TTL;
        // predicted_return a log return over `horizon` hours; the model's skill beside its baseline in
        // oos_ic, oos_hit, base_hit and mse_skill (for the consensus: the mean of its contributors).
        {12, QStringLiteral(R"sql(
CREATE TABLE hourly_models (
    id INTEGER PRIMARY KEY,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    algorithm TEXT NOT NULL,
    horizon INTEGER NOT NULL,
    version INTEGER NOT NULL,
    schema_hash TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    feature_count INTEGER NOT NULL,
    params TEXT NOT NULL,
    metrics TEXT NOT NULL,
    data_from TEXT,
    data_to TEXT,
    last_bar TEXT,
    rows INTEGER NOT NULL,
    oos_ic REAL,
    oos_hit REAL,
    base_hit REAL,
    oos_r2 REAL,
    mse_skill REAL,
    oos_mae REAL,
    zero_mae REAL,
    production_ready INTEGER NOT NULL,
    verdict TEXT,
    blob_bytes INTEGER NOT NULL,
    run_id INTEGER,
    trained_at TEXT NOT NULL,
    UNIQUE (symbol_id, algorithm, horizon, version)
);
CREATE INDEX hourly_models_by_run ON hourly_models(run_id);
CREATE TABLE hourly_model_blobs (
    model_id INTEGER PRIMARY KEY REFERENCES hourly_models(id) ON DELETE CASCADE,
    blob BLOB NOT NULL
);
CREATE TABLE hourly_predictions (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    horizon INTEGER NOT NULL,
    algorithm TEXT NOT NULL,
    as_of INTEGER NOT NULL,
    predicted_return REAL NOT NULL,
    predicted_price REAL,
    as_of_close REAL,
    confidence REAL NOT NULL,
    production_ready INTEGER NOT NULL,
    oos_ic REAL,
    oos_hit REAL,
    base_hit REAL,
    mse_skill REAL,
    model_id INTEGER,
    model_version INTEGER,
    generated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (symbol_id, horizon, algorithm)
) WITHOUT ROWID;
CREATE INDEX hourly_predictions_top ON hourly_predictions(algorithm, horizon, production_ready);
)sql")},
        // Watchlists (issue 17): the user's own lists of symbols, kept in the order they were added
        // (position), names unique in any case. Deleting a symbol or a list removes its memberships.
        {13, QStringLiteral(R"sql(
CREATE TABLE watchlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE watchlist_members (
    watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    PRIMARY KEY (watchlist_id, symbol_id)
) WITHOUT ROWID;
CREATE INDEX watchlist_members_by_symbol ON watchlist_members(symbol_id);
)sql")},
        // Chart drawings (issue 17): per symbol, in (date, price) coordinates so they stay on their bars
        // at any zoom; kind is Charting::drawingKindId; the second point is NULL for one-point kinds.
        {14, QStringLiteral(R"sql(
CREATE TABLE drawings (
    id INTEGER PRIMARY KEY,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    date1 TEXT NOT NULL,
    price1 REAL NOT NULL,
    date2 TEXT,
    price2 REAL,
    text TEXT,
    color TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX drawings_by_symbol ON drawings(symbol_id);
)sql")},
        // Price alerts (issue 17): a level above or below the close when it was set (direction), checked
        // against the bars stored after checked_through; triggered_* record the first crossing (the alert
        // then stays as history); notified: the GUI has shown it.
        {15, QStringLiteral(R"sql(
CREATE TABLE price_alerts (
    id INTEGER PRIMARY KEY,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    level REAL NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('above', 'below')),
    reference_close REAL NOT NULL,
    checked_through TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    triggered_date TEXT,
    triggered_price REAL,
    triggered_at TEXT,
    notified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX price_alerts_by_symbol ON price_alerts(symbol_id);
)sql")},
        // Cross-sectional models (issue 15; one block, renumbered at merge if another branch took 10).
        // xs_models: one row per training of the pooled price and risk models over a selection, with the
        // headline out-of-sample figures as columns and the full metrics (folds, deciles, the daily
        // rank-IC series) as JSON; xs_model_blobs: the two XGBoost models (UBJ). xs_scores: the outputs
        // per symbol and as-of day, kept as history (a retraining for the same as-of day replaces its
        // rows); expires_on counts trading days from as_of, never from the training time. A *_validated
        // of 0 means the model's rank-IC t-statistic was below the gate: shown as "unvalidated".
        {16, QStringLiteral(R"sql(
CREATE TABLE xs_models (
    id INTEGER PRIMARY KEY,
    run_id INTEGER,
    selection TEXT NOT NULL,
    as_of TEXT NOT NULL,
    data_from TEXT,
    learner TEXT NOT NULL,
    transform TEXT NOT NULL,
    horizon INTEGER NOT NULL,
    feature_names TEXT NOT NULL,
    settings TEXT NOT NULL,
    symbols INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    seconds REAL,
    gate REAL NOT NULL,
    price_rank_ic REAL, price_rank_ic_t REAL, price_icir REAL, price_r2 REAL,
    price_spread REAL, price_spread_net REAL, price_validated INTEGER NOT NULL,
    risk_rank_ic REAL, risk_rank_ic_t REAL, risk_icir REAL, risk_r2 REAL,
    risk_spread REAL, risk_spread_net REAL, risk_validated INTEGER NOT NULL,
    price_metrics TEXT NOT NULL,
    risk_metrics TEXT NOT NULL,
    trained_at TEXT NOT NULL
);
CREATE TABLE xs_model_blobs (
    model_id INTEGER NOT NULL REFERENCES xs_models(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    blob BLOB NOT NULL,
    PRIMARY KEY (model_id, target)
) WITHOUT ROWID;
CREATE TABLE xs_scores (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    model_id INTEGER NOT NULL REFERENCES xs_models(id) ON DELETE CASCADE,
    close REAL,
    ml_prediction_score REAL NOT NULL,
    predicted_return REAL,
    ml_price_target REAL,
    ml_confidence REAL NOT NULL,
    ml_risk_score REAL NOT NULL,
    predicted_drawdown REAL,
    price_validated INTEGER NOT NULL,
    risk_validated INTEGER NOT NULL,
    expires_on TEXT NOT NULL,
    PRIMARY KEY (symbol_id, as_of)
) WITHOUT ROWID;
CREATE INDEX xs_scores_by_model ON xs_scores(model_id);
)sql")},
        // Screens, strategies, daily picks and screen alerts (issue 20). screens: stored screens; a strategy
        // screen (strategy not NULL: growth, value, balanced, momentum) also has its filter settings as JSON.
        // screen_members: the symbols a watched screen held after its last evaluation (screens.watch_as_of:
        // the day of that evaluation, NULL before the first, so an evaluation with no member counts too),
        // what the next evaluation compares with to raise "entered"/"left" alerts. screen_alerts: those
        // alerts, kept as history beside the price alerts (the Alerts list shows both; kind tells them
        // apart), with the values of the screen's fields as JSON; acknowledged_at set when the user
        // acknowledged one. daily_suggested_stocks: the seed-003 table (its column names), one row per (date,
        // symbol, strategy), upserted; ml_validated 0 marks ML figures from an unvalidated model; symbol_id
        // for the cascade when a symbol is deleted.
        {17, QStringLiteral(R"sql(
CREATE TABLE screens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    expression TEXT NOT NULL DEFAULT '',
    ranking TEXT NOT NULL DEFAULT '',
    row_limit INTEGER NOT NULL DEFAULT 50,
    selection TEXT NOT NULL DEFAULT 'all',
    watched INTEGER NOT NULL DEFAULT 0,
    strategy TEXT,
    settings TEXT NOT NULL DEFAULT '{}',
    watch_as_of TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE screen_members (
    screen_id INTEGER NOT NULL REFERENCES screens(id) ON DELETE CASCADE,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    PRIMARY KEY (screen_id, symbol_id)
) WITHOUT ROWID;
CREATE TABLE screen_alerts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'screen',
    screen_id INTEGER REFERENCES screens(id) ON DELETE SET NULL,
    screen_name TEXT NOT NULL,
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('entered', 'left')),
    field_values TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    acknowledged_at TEXT,
    notified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX screen_alerts_by_date ON screen_alerts(date);
CREATE TABLE daily_suggested_stocks (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    symbol TEXT NOT NULL,
    symbol_id INTEGER REFERENCES symbols(id) ON DELETE CASCADE,
    stock_name TEXT,
    current_price REAL,
    market_cap REAL,
    strategy TEXT NOT NULL,
    selection_score REAL,
    rank INTEGER,
    ml_prediction_score REAL,
    ml_price_target REAL,
    ml_confidence REAL,
    ml_risk_score REAL,
    ml_validated INTEGER,
    rsi_14 REAL,
    macd REAL,
    sma_50 REAL,
    sma_200 REAL,
    pe_ratio REAL,
    pb_ratio REAL,
    roe REAL,
    eps REAL,
    beta REAL,
    revenue_growth REAL,
    earnings_growth REAL,
    operating_margin REAL,
    target_price REAL,
    stop_loss REAL,
    recommendation TEXT,
    reason TEXT,
    sector TEXT,
    market_cap_category TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    UNIQUE (date, symbol, strategy)
);
CREATE INDEX idx_daily_suggested_date ON daily_suggested_stocks(date DESC);
CREATE INDEX idx_daily_suggested_ml_score ON daily_suggested_stocks(ml_prediction_score DESC);
)sql")},
        // Schedule entries in a zone of their own (issue 21): a crypto market's every-6-hours update is
        // read on the UTC clock its hourly bars close on, whatever the scheduler's (the system's) zone.
        // NULL = the scheduler's zone, as before.
        {18, QStringLiteral(R"sql(
ALTER TABLE schedule_entries ADD COLUMN time_zone TEXT;
)sql")},
        // Call history (issue 16): every verdict, per-stock prediction, cross-sectional score and pick with
        // its as-of day, kept apart from the "latest" tables (symbol_analysis, predictions, the 90-day picks)
        // so track/ can score it once its horizon has passed. One row per (source, symbol, as_of, key); key:
        // '' for verdict and xs, 'algorithm/horizon' for model, the strategy for pick. horizon in trading
        // days (the symbol's own bars). Outcome columns are NULL until scored (scored_at set): end_date the
        // horizon's last bar, realised_return over adjusted closes, universe_return the equal-weight mean of
        // the market's symbols over the same dates, base_rate their share moving the call's way, exit
        // 'target' / 'stop' / 'neither' for picks (a bar touching both counts as stop).
        {19, QStringLiteral(R"sql(
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('verdict', 'model', 'xs', 'pick')),
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    horizon INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('UP', 'DOWN', 'NEUTRAL')),
    score REAL,
    predicted_return REAL,
    algorithm TEXT,
    strategy TEXT,
    rank INTEGER,
    production_ready INTEGER,
    entry_price REAL,
    target REAL,
    stop REAL,
    components TEXT NOT NULL DEFAULT '{}',
    model_id INTEGER,
    run_id INTEGER,
    recorded_at TEXT NOT NULL,
    end_date TEXT,
    realised_return REAL,
    universe_return REAL,
    excess_return REAL,
    hit INTEGER,
    base_rate REAL,
    universe_size INTEGER,
    exit TEXT,
    exit_date TEXT,
    scored_at TEXT,
    UNIQUE (source, symbol_id, as_of, key)
);
CREATE INDEX calls_by_source_date ON calls(source, as_of);
CREATE INDEX calls_by_symbol ON calls(symbol_id, as_of);
CREATE INDEX calls_unscored ON calls(as_of) WHERE scored_at IS NULL;
)sql")},
        // Backtests (issue 16): each stored run with its parameters and headline metrics as JSON, its daily
        // equity, benchmark, drawdown and exposure, and its trades. Rows of a run go with it (cascade).
        {20, QStringLiteral(R"sql(
CREATE TABLE backtests (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    screen TEXT NOT NULL,
    expression TEXT NOT NULL,
    ranking TEXT NOT NULL DEFAULT '',
    parameters TEXT NOT NULL,
    metrics TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE backtest_equity (
    backtest_id INTEGER NOT NULL REFERENCES backtests(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    equity REAL NOT NULL,
    benchmark REAL NOT NULL,
    drawdown REAL NOT NULL,
    exposure REAL NOT NULL,
    PRIMARY KEY (backtest_id, date)
) WITHOUT ROWID;
CREATE TABLE backtest_trades (
    backtest_id INTEGER NOT NULL REFERENCES backtests(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    symbol TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    entry_price REAL NOT NULL,
    exit_date TEXT NOT NULL,
    exit_price REAL NOT NULL,
    shares REAL NOT NULL,
    allotted REAL NOT NULL,
    entry_cost REAL NOT NULL,
    exit_cost REAL NOT NULL,
    net_return REAL NOT NULL,
    exit_reason TEXT NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (backtest_id, seq)
) WITHOUT ROWID;
)sql")},
        // Portfolio and paper trading (issue 19). portfolio_accounts: the paper account (created here, the
        // default), replay accounts (paper accounts whose clock a replay steps) and one per connected broker
        // account. portfolio_events: the append-only journal every
        // account's orders, fills, cash and broker syncs are folded from (core/portfolio/AccountState);
        // dedup_key makes an append idempotent (a client order id placed twice is one order, a broker
        // trade seen in two syncs one fill). Triggers refuse UPDATE and DELETE: the journal is only added to.
        {21, QStringLiteral(R"sql(
CREATE TABLE portfolio_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('paper', 'replay', 'broker')),
    broker TEXT,
    broker_account TEXT,
    currency TEXT NOT NULL DEFAULT 'INR',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    UNIQUE (broker, broker_account)
);
CREATE TABLE portfolio_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES portfolio_accounts(id),
    kind TEXT NOT NULL,
    dedup_key TEXT,
    client_order_id TEXT,
    day TEXT,
    payload TEXT NOT NULL DEFAULT '{}',
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    UNIQUE (account_id, dedup_key)
);
CREATE INDEX portfolio_events_by_account ON portfolio_events(account_id, id);
CREATE TRIGGER portfolio_events_no_update BEFORE UPDATE ON portfolio_events
BEGIN SELECT RAISE(ABORT, 'the portfolio journal is append-only'); END;
CREATE TRIGGER portfolio_events_no_delete BEFORE DELETE ON portfolio_events
BEGIN SELECT RAISE(ABORT, 'the portfolio journal is append-only'); END;
INSERT INTO portfolio_accounts(name, kind, currency) VALUES ('Paper', 'paper', 'INR');
)sql")},
    };
    return list;
}

} // namespace Tessera::Store
