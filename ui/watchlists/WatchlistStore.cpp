#include "ui/watchlists/WatchlistStore.h"

#include <QDir>
#include <QMimeData>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/common/AtomicFile.h"
#include "core/common/Suggest.h"
#include "core/store/SymbolRepository.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Ui {

WatchlistStore::WatchlistStore(Store::DatabasePtr db, QThreadPool* pool, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_pool(pool)
{}

QStringList WatchlistStore::members(const QString& name) const
{
    for (const Store::Watchlist& w : m_lists) {
        if (w.name == name) {
            return w.tickers;
        }
    }
    return {};
}

QStringList WatchlistStore::names() const
{
    QStringList out;
    for (const Store::Watchlist& w : m_lists) {
        out << w.name;
    }
    return out;
}

void WatchlistStore::setCurrentList(const QString& name)
{
    if (name == m_current) {
        return;
    }
    m_current = name;
    emit currentListChanged(name);
}

void WatchlistStore::reload()
{
    const quint64 request = ++m_readRequest;
    QPointer<WatchlistStore> self(this);
    QtConcurrent::run(m_pool, [db = m_db] {
        return Store::WatchlistRepository(*db).all();
    }).then(this, [self, request](Result<QList<Store::Watchlist>> lists) {
        if (!self || request != self->m_readRequest) {
            return; // a newer read is on its way
        }
        if (!lists) {
            emit self->failed(tr("Reading the watchlists failed: %1").arg(lists.error().message));
            return;
        }
        self->m_lists = std::move(*lists);
        self->m_loaded = true;
        // The current list follows a rename or a deletion: the first list, or none.
        if (!self->m_current.isEmpty() && !self->names().contains(self->m_current)) {
            self->m_current.clear();
        }
        if (self->m_current.isEmpty() && !self->m_lists.isEmpty()) {
            self->m_current = self->m_lists.constFirst().name;
        }
        emit self->changed();
        emit self->currentListChanged(self->m_current);
    });
}

void WatchlistStore::runEdit(Edit edit)
{
    QPointer<WatchlistStore> self(this);
    QtConcurrent::run(m_pool, [db = m_db, edit = std::move(edit)] {
        return edit(*db);
    }).then(this, [self](Result<QString> outcome) {
        if (!self) {
            return;
        }
        if (outcome) {
            emit self->done(*outcome);
        } else {
            emit self->failed(outcome.error().message);
        }
        self->reload();
    });
}

void WatchlistStore::create(const QString& name)
{
    runEdit([name](const Store::Database& db) -> Result<QString> {
        if (auto r = Store::WatchlistRepository(db).create(name); !r) {
            return fail(r.error());
        }
        return tr("Watchlist \"%1\" created").arg(name.trimmed());
    });
    m_current = name.trimmed(); // shown once the re-read has it
}

void WatchlistStore::add(const QString& name, const QStringList& tickers)
{
    runEdit([name, tickers](const Store::Database& db) -> Result<QString> {
        auto added = Store::WatchlistRepository(db).add(name, tickers, true);
        if (!added) {
            return fail(added.error());
        }
        return *added == 1 ? tr("1 symbol added to \"%1\"").arg(name.trimmed())
                           : tr("%1 symbols added to \"%2\"").arg(*added).arg(name.trimmed());
    });
}

void WatchlistStore::remove(const QString& name, const QStringList& tickers)
{
    runEdit([name, tickers](const Store::Database& db) -> Result<QString> {
        auto removed = Store::WatchlistRepository(db).remove(name, tickers);
        if (!removed) {
            return fail(removed.error());
        }
        return tr("%1 removed from \"%2\"").arg(tickers.join(QStringLiteral(", ")), name);
    });
}

void WatchlistStore::deleteList(const QString& name)
{
    runEdit([name](const Store::Database& db) -> Result<QString> {
        if (auto r = Store::WatchlistRepository(db).deleteList(name); !r) {
            return fail(r.error());
        }
        return tr("Watchlist \"%1\" deleted").arg(name);
    });
}

void WatchlistStore::rename(const QString& name, const QString& newName)
{
    runEdit([name, newName](const Store::Database& db) -> Result<QString> {
        if (auto r = Store::WatchlistRepository(db).rename(name, newName); !r) {
            return fail(r.error());
        }
        return tr("Watchlist \"%1\" renamed to \"%2\"").arg(name, newName.trimmed());
    });
    if (m_current == name) {
        m_current = newName.trimmed();
    }
}

void WatchlistStore::importFile(const QString& path, const QString& name)
{
    runEdit([path, name](const Store::Database& db) -> Result<QString> {
        auto typed = Universes::readTickersFile(path);
        if (!typed) {
            return fail(typed.error());
        }
        // The same rule as the command line: every ticker must be a stored symbol ("NTPC" stands for the
        // stored "NTPC.NS"), or nothing is imported and the unknown ones are named with suggestions.
        Store::SymbolRepository symbols(db);
        QStringList tickers;
        QStringList unknown;
        for (const QString& t : std::as_const(*typed)) {
            auto stored = symbols.lookup(t);
            if (!stored) {
                return fail(stored.error());
            }
            if (stored->has_value()) {
                tickers << **stored;
            } else {
                unknown << t;
            }
        }
        if (!unknown.isEmpty()) {
            auto all = symbols.allTickers();
            if (!all) {
                return fail(all.error());
            }
            QStringList items;
            for (const QString& t : std::as_const(unknown)) {
                const QString close = didYouMean(closeMatches(t, *all));
                items << (close.isEmpty() ? t : QStringLiteral("%1 (%2)").arg(t, close.mid(2)));
            }
            return fail(Error::invalidInput(
                tr("Nothing imported from %1: not stored symbols: %2")
                    .arg(QDir::toNativeSeparators(path), items.join(QStringLiteral(", ")))));
        }
        auto added = Store::WatchlistRepository(db).add(name, tickers, true);
        if (!added) {
            return fail(added.error());
        }
        return tr("%1 tickers read from %2, %3 added to \"%4\"")
            .arg(tickers.size())
            .arg(QDir::toNativeSeparators(path))
            .arg(*added)
            .arg(name.trimmed());
    });
    m_current = name.trimmed();
}

void WatchlistStore::exportFile(const QString& name, const QString& path)
{
    const QStringList tickers = members(name);
    QPointer<WatchlistStore> self(this);
    QtConcurrent::run(m_pool, [name, path, tickers]() -> Result<QString> {
        // The format readTickersFile (and `universe import`) reads back.
        QString text = QStringLiteral("# Tessera watchlist: %1\n").arg(name);
        for (const QString& t : tickers) {
            text += t + u'\n';
        }
        if (auto r = writeFileAtomically(path, text.toUtf8()); !r) {
            return fail(r.error());
        }
        return tr("%1 tickers of \"%2\" written to %3")
            .arg(tickers.size())
            .arg(name, QDir::toNativeSeparators(path));
    }).then(this, [self](Result<QString> outcome) {
        if (!self) {
            return;
        }
        if (outcome) {
            emit self->done(*outcome);
        } else {
            emit self->failed(outcome.error().message);
        }
    });
}

QString WatchlistStore::tickersMimeType()
{
    return QStringLiteral("application/x-tessera-tickers");
}

QStringList WatchlistStore::tickersFrom(const QMimeData* mime)
{
    if (!mime) {
        return {};
    }
    const QString text = mime->hasFormat(tickersMimeType()) ? QString::fromUtf8(mime->data(tickersMimeType()))
                         : mime->hasText()                  ? mime->text()
                                                            : QString();
    QStringList out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString t = line.trimmed();
        // A ticker has no spaces: dropped prose is not a list of symbols.
        if (!t.isEmpty() && !t.contains(u' ') && !t.startsWith(u'#') && !out.contains(t)) {
            out << t;
        }
    }
    return out;
}

} // namespace Tessera::Ui
