#include "ui/dialogs/CalendarSettingsPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Tessera::Ui {
namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

constexpr auto kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

CalendarSettingsPage::CalendarSettingsPage(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : SettingsPage(parent)
    , m_db(std::move(db))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("calendarSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("calendarNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setText(
        tr("Quality grades count a weekday without a bar as missing unless the symbol's market was closed. "
           "After every load Tessera infers each market's closed days from its stored bars (a weekday on "
           "which none of at least 5 listed symbols traded); holidays imported with <tt>tessera-cli "
           "schedule holidays import FILE --calendar MARKET</tt> are kept. Crypto trades every day."));
    layout->addWidget(m_note);

    m_markets = new QTableWidget(0, 5, this);
    m_markets->setObjectName(QStringLiteral("marketCalendarsTable"));
    m_markets->setHorizontalHeaderLabels(
        {tr("Market"), tr("Symbols"), tr("Closed days"), tr("From"), tr("To")});
    m_markets->setToolTip(
        tr("Symbols: stored symbols of the market with bars. Closed days: weekdays on which "
           "the market was closed, within the stored history."));
    m_markets->verticalHeader()->hide();
    m_markets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_markets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_markets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_markets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c) {
        m_markets->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    layout->addWidget(m_markets, 1);

    m_daysTitle = new QLabel(this);
    m_daysTitle->setObjectName(QStringLiteral("calendarDaysTitle"));
    m_daysTitle->setWordWrap(true);
    layout->addWidget(m_daysTitle);
    m_days = new QTableWidget(0, 2, this);
    m_days->setObjectName(QStringLiteral("calendarDaysTable"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Why closed")});
    m_days->verticalHeader()->hide();
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_days->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_days, 1);

    connect(m_markets, &QTableWidget::currentCellChanged, this, [this](int row) { showDays(row); });
}

QIcon CalendarSettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

void CalendarSettingsPage::load()
{
    const quint64 request = ++m_loadRequest;
    setEnabled(false);
    struct Read
    {
        Result<QList<Tasks::MarketCalendarOverview>> markets = fail(Error::internal(QString()));
        QString fallbackName;
    };
    QPointer<CalendarSettingsPage> self(this);
    QThreadPool* pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    QtConcurrent::run(pool, [db = m_db] {
        Read r;
        r.markets = Tasks::marketCalendarOverview(*db, &r.fallbackName);
        return r;
    }).then(this, [self, request](const Read& r) {
        if (!self || request != self->m_loadRequest) {
            return;
        }
        self->setEnabled(true);
        if (!r.markets) {
            self->m_daysTitle->setText(tr("Could not read the calendars: %1").arg(r.markets.error().message));
            emit self->loaded(false);
            return;
        }
        self->show(*r.markets, r.fallbackName);
        emit self->loaded(true);
    });
}

void CalendarSettingsPage::show(const QList<Tasks::MarketCalendarOverview>& markets,
                                const QString& fallbackName)
{
    m_overview = markets;
    m_markets->setRowCount(static_cast<int>(markets.size()));
    const QLocale locale;
    for (int row = 0; row < markets.size(); ++row) {
        const auto& m = markets.at(row);
        QString name = m.market.id == m.market.title
                           ? m.market.id
                           : QStringLiteral("%1 — %2").arg(m.market.id, m.market.title);
        if (m.market.id == fallbackName) {
            name = tr("%1 — tickers without an exchange suffix (the market calendar)").arg(fallbackName);
        }
        m_markets->setItem(row, 0, cell(name));
        m_markets->setItem(row, 1, cell(locale.toString(m.symbols), kRight));
        const QString closed =
            m.market.tradesEveryDay ? tr("never closes") : locale.toString(m.holidays.size());
        m_markets->setItem(row, 2, cell(closed, kRight));
        const bool any = !m.holidays.isEmpty();
        m_markets->setItem(
            row,
            3,
            cell(any ? locale.toString(m.holidays.first().date, QLocale::ShortFormat) : QStringLiteral("—")));
        m_markets->setItem(
            row,
            4,
            cell(any ? locale.toString(m.holidays.last().date, QLocale::ShortFormat) : QStringLiteral("—")));
    }
    if (markets.isEmpty()) {
        m_daysTitle->setText(tr("No symbol has stored bars yet: load data first."));
        m_days->setRowCount(0);
        return;
    }
    m_markets->selectRow(0);
    showDays(0);
}

void CalendarSettingsPage::showDays(int row)
{
    if (row < 0 || row >= m_overview.size()) {
        m_days->setRowCount(0);
        return;
    }
    const auto& m = m_overview.at(row);
    if (m.market.tradesEveryDay) {
        m_daysTitle->setText(tr("%1 trades every day, weekends included: every calendar day without a bar is "
                                "missing.")
                                 .arg(m.market.id));
    } else {
        m_daysTitle->setText(
            tr("Closed weekdays of %1 (%n day(s)):", nullptr, static_cast<int>(m.holidays.size()))
                .arg(m.market.id));
    }
    m_days->setRowCount(static_cast<int>(m.holidays.size()));
    const QLocale locale;
    // Latest first: the days a user checks are the recent ones.
    for (int i = 0; i < m.holidays.size(); ++i) {
        const Holiday& h = m.holidays.at(m.holidays.size() - 1 - i);
        m_days->setItem(i, 0, cell(locale.toString(h.date, QLocale::LongFormat)));
        m_days->setItem(i, 1, cell(h.name.isEmpty() ? tr("holiday") : h.name));
    }
}

} // namespace Tessera::Ui
