#include "ui/panels/SymbolCallsPanel.h"

#include <cmath>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/CallRepository.h"
#include "ui/common/TableExport.h"

namespace Tessera::Ui {
namespace {

QString percent(double v)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 2) + QStringLiteral(" %") : QString();
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

SymbolCallsPanel::SymbolCallsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("symbolCallsTable"));
    m_table->setHorizontalHeaderLabels({tr("As of"),
                                        tr("Source"),
                                        tr("Call"),
                                        tr("Direction"),
                                        tr("Score"),
                                        tr("Horizon"),
                                        tr("Until"),
                                        tr("Return"),
                                        tr("Excess"),
                                        tr("Outcome")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    installExportContextMenu(m_table, QStringLiteral("calls"));
    layout->addWidget(m_table, 1);
}

void SymbolCallsPanel::setTicker(const QString& ticker)
{
    m_ticker = ticker;
    refresh();
}

void SymbolCallsPanel::refresh()
{
    const quint64 request = ++m_request;
    if (m_ticker.isEmpty()) {
        showCalls({});
        return;
    }
    QPointer<SymbolCallsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, ticker = m_ticker] {
        return Store::CallRepository(*db).forSymbol(ticker);
    }).then(this, [self, request](Result<QList<Track::ScoredCall>> read) {
        if (!self || request != self->m_request) {
            return;
        }
        if (!read) {
            spdlog::error("reading the calls failed: {}", read.error().message);
            self->m_summary->setText(tr("Could not read the calls: %1").arg(read.error().message));
        } else {
            self->showCalls(*read);
        }
        emit self->loaded();
    });
}

void SymbolCallsPanel::showCalls(const QList<Track::ScoredCall>& calls)
{
    int scored = 0, hits = 0;
    m_table->setRowCount(static_cast<int>(calls.size()));
    for (int i = 0; i < calls.size(); ++i) {
        const Track::Call& c = calls[i].call;
        const Track::Outcome& o = calls[i].outcome;
        QString outcome = tr("waiting");
        if (o.complete) {
            ++scored;
            hits += o.hit == 1 ? 1 : 0;
            outcome = o.hit == 1 ? tr("hit") : tr("miss");
            if (!o.exit.isEmpty()) {
                outcome += tr(", %1 first").arg(o.exit);
            }
        }
        m_table->setItem(i, 0, cell(c.asOf.toString(Qt::ISODate)));
        m_table->setItem(i, 1, cell(Track::sourceName(c.source)));
        m_table->setItem(i, 2, cell(c.key));
        m_table->setItem(i, 3, cell(c.direction));
        m_table->setItem(
            i, 4, cell(std::isfinite(c.score) ? QLocale().toString(c.score, 'f', 3) : QString()));
        m_table->setItem(i, 5, cell(tr("%n day(s)", nullptr, c.horizon)));
        m_table->setItem(i, 6, cell(o.endDate.toString(Qt::ISODate)));
        m_table->setItem(i, 7, cell(percent(o.realisedReturn)));
        m_table->setItem(i, 8, cell(percent(o.excessReturn)));
        m_table->setItem(i, 9, cell(outcome));
    }
    m_summary->setText(m_ticker.isEmpty()
                           ? tr("Select a symbol to see its past calls.")
                           : tr("%1: %2 past calls, %3 scored, %4 hits (compare with the Scoreboard's base "
                                "rates: a hit count alone says little).")
                                 .arg(m_ticker)
                                 .arg(calls.size())
                                 .arg(scored)
                                 .arg(hits));
}

} // namespace Tessera::Ui
