#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

#include "core/store/Database.h"
#include "core/store/WatchlistRepository.h"

class QMimeData;
class QThreadPool;

namespace Tessera::Ui {

/**
 * The watchlists as the GUI sees them (issue 17): the lists with their tickers, read and edited on the
 * window's read pool (the GUI thread runs no SQL) and shared by the Watchlists panel, the chart's
 * symbol switcher, the universe table's filter and its "Add to watchlist" menu. Every edit is one small
 * transaction on a pool thread, followed by a re-read; lists() changes only through changed().
 * The current list is the one the panel and the switcher show. GUI thread only.
 */
class WatchlistStore : public QObject
{
    Q_OBJECT

public:
    WatchlistStore(Store::DatabasePtr db, QThreadPool* pool, QObject* parent = nullptr);

    const QList<Store::Watchlist>& lists() const { return m_lists; }
    /** The tickers of list name (exact stored name), empty when there is none. */
    QStringList members(const QString& name) const;
    QStringList names() const;
    bool isLoaded() const { return m_loaded; }

    QString currentList() const { return m_current; }
    void setCurrentList(const QString& name);

    /** Re-reads every list. */
    void reload();
    void create(const QString& name);
    /** Appends tickers (stored symbols, e.g. from the universe table) to list name, creating it if needed. */
    void add(const QString& name, const QStringList& tickers);
    void remove(const QString& name, const QStringList& tickers);
    void deleteList(const QString& name);
    void rename(const QString& name, const QString& newName);
    /**
     * Reads a tickers file (one per line, as `universe import` reads) into list name (created if missing).
     * Tickers that are not stored symbols refuse the whole file; the failure names them with suggestions.
     */
    void importFile(const QString& path, const QString& name);
    /** Writes list name as a tickers file (a '#' comment line, then one ticker per line). */
    void exportFile(const QString& name, const QString& path);

    /** The MIME type of tickers dragged from the universe table or a watchlist: one ticker per line. */
    static QString tickersMimeType();
    /** The tickers a drag carries (Tessera's type, else plain text with one ticker per line). */
    static QStringList tickersFrom(const QMimeData* mime);

signals:
    /** The lists were (re-)read. */
    void changed();
    void currentListChanged(const QString& name);
    /** An edit or read failed; the message is for the user. */
    void failed(const QString& message);
    /** An edit succeeded; the message says what it did ("3 added to Banks"). */
    void done(const QString& message);

private:
    using Edit = std::function<Result<QString>(const Store::Database&)>;
    /** Runs edit on the pool, reports done/failed, then re-reads the lists. */
    void runEdit(Edit edit);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool;
    QList<Store::Watchlist> m_lists;
    QString m_current;
    bool m_loaded = false;
    quint64 m_readRequest = 0;
};

} // namespace Tessera::Ui
