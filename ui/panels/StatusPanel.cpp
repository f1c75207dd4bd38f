#include "ui/panels/StatusPanel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "ui/common/RunFormat.h"
#include "ui/tasks/TaskLaunchers.h"

namespace Tessera::Ui {
namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem* item(const QString& text, bool right = false)
{
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return i;
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("–");
}

QString severityText(Monitor::Severity s)
{
    switch (s) {
    case Monitor::Severity::Ok:
        return StatusPanel::tr("ok");
    case Monitor::Severity::Warning:
        return StatusPanel::tr("warning");
    case Monitor::Severity::Error:
        return StatusPanel::tr("error");
    }
    return {};
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:10px\">%1</td><td>%2</td></tr>").arg(label, value);
}

} // namespace

StatusPanel::StatusPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    setObjectName(QStringLiteral("statusPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_summary = new QLabel(tr("Not collected yet."), this);
    m_summary->setObjectName(QStringLiteral("statusSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    top->addWidget(m_summary, 1);
    m_integrity = new QCheckBox(tr("Check database integrity"), this);
    m_integrity->setObjectName(QStringLiteral("integrityCheckBox"));
    m_integrity->setToolTip(tr("PRAGMA quick_check on the next refresh; takes seconds on a large database"));
    top->addWidget(m_integrity);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshStatusButton"));
    refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(refreshButton, &QPushButton::clicked, this, &StatusPanel::refresh);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    auto group = [content](const QString& title, QWidget* body, int stretch, QHBoxLayout* into) {
        auto* box = new QGroupBox(title, content);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(4, 4, 4, 4);
        l->addWidget(body);
        into->addWidget(box, stretch);
        return box;
    };

    m_health = makeTable(QStringLiteral("healthChecksTableWidget"), {tr("Severity"), tr("Check")}, content);
    m_health->setWordWrap(true);
    group(tr("Health"), m_health, 3, columns)->setObjectName(QStringLiteral("healthGroupBox"));

    m_tables = makeTable(
        QStringLiteral("tableCountsTableWidget"), {tr("Table"), tr("Rows"), tr("Latest date")}, content);
    group(tr("Tables"), m_tables, 2, columns);

    auto* info = new QWidget(content);
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    m_freshness = new QLabel(info);
    m_freshness->setObjectName(QStringLiteral("freshnessLabel"));
    m_freshness->setTextFormat(Qt::RichText);
    m_freshness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_freshness->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_freshness->setWordWrap(true);
    m_resources = new QLabel(info);
    m_resources->setObjectName(QStringLiteral("resourcesLabel"));
    m_resources->setTextFormat(Qt::RichText);
    m_resources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resources->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_resources->setWordWrap(true);
    infoLayout->addWidget(m_freshness);
    infoLayout->addWidget(m_resources);
    infoLayout->addStretch(1);
    auto* scroll = new QScrollArea(content);
    scroll->setWidget(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    group(tr("Freshness and resources"), scroll, 3, columns);

    m_runs = makeTable(
        QStringLiteral("lastRunsTableWidget"),
        {tr("Task"), tr("Run"), tr("Status"), tr("Started"), tr("Duration"), tr("Done"), tr("Failed")},
        content);
    // The widest group: seven columns that must all show at 1400 px without a sideways scroll.
    group(tr("Last runs"), m_runs, 4, columns);
    layout->addWidget(content, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(AutoRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &StatusPanel::refresh);
}

void StatusPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    if (!m_status || m_status->collectedAt.secsTo(QDateTime::currentDateTime()) > 5) {
        refresh();
    }
}

void StatusPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void StatusPanel::refreshIfVisible()
{
    if (isVisible()) {
        refresh();
    }
}

void StatusPanel::refresh()
{
    if (m_refreshing) {
        return; // the collection under way reports refreshed() when it lands
    }
    m_refreshing = true;
    m_summary->setText(tr("Collecting…"));
    Monitor::StatusOptions options;
    options.integrity = m_integrity->isChecked();
    QPointer<StatusPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, options] {
        return Monitor::collectSystemStatus(*db, options);
    }).then(this, [self](Result<Monitor::SystemStatus> status) {
        if (!self) {
            return;
        }
        self->m_refreshing = false;
        if (status) {
            self->showStatus(*status);
        } else {
            spdlog::error("collecting the system status failed: {}", status.error().message);
            self->showError(status.error().message);
        }
    });
}

void StatusPanel::showError(const QString& message)
{
    m_summary->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(severityColor(2, palette()).name(),
                                tr("Could not read the status: %1").arg(message).toHtmlEscaped()));
    emit refreshed();
}

void StatusPanel::showStatus(const Monitor::SystemStatus& s)
{
    const QLocale locale;
    const std::optional<Monitor::SystemStatus> previous = m_status;
    m_status = s;
    const Monitor::Severity worst = s.worst();
    int warnings = 0;
    int errors = 0;
    for (const Monitor::HealthCheck& c : s.health) {
        warnings += c.severity == Monitor::Severity::Warning ? 1 : 0;
        errors += c.severity == Monitor::Severity::Error ? 1 : 0;
    }
    QString verdict = worst == Monitor::Severity::Ok
                          ? tr("All checks pass")
                          : tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings);
    m_summary->setText(tr("<b><span style=\"color:%1\">%2</span></b> · collected %3 in %4 · schema v%5%6")
                           .arg(severityColor(static_cast<int>(worst), palette()).name(),
                                verdict.toHtmlEscaped(),
                                formatDateTime(s.collectedAt),
                                formatDuration(s.collectSeconds))
                           .arg(s.schemaVersion)
                           .arg(s.integrityChecked ? tr(" · integrity checked") : QString()));

    m_health->setRowCount(static_cast<int>(s.health.size()));
    for (int i = 0; i < s.health.size(); ++i) {
        const Monitor::HealthCheck& c = s.health[i];
        auto* sev = item(severityText(c.severity));
        sev->setForeground(severityColor(static_cast<int>(c.severity), palette()));
        QFont bold = sev->font();
        bold.setBold(c.severity != Monitor::Severity::Ok);
        sev->setFont(bold);
        sev->setToolTip(c.id);
        m_health->setItem(i, 0, sev);
        auto* message = item(c.message);
        message->setToolTip(c.message);
        m_health->setItem(i, 1, message);
    }
    m_health->resizeColumnToContents(0);
    m_health->resizeRowsToContents(); // long messages wrap instead of eliding

    m_tables->setRowCount(static_cast<int>(s.tables.size()));
    for (int i = 0; i < s.tables.size(); ++i) {
        const Monitor::TableStats& t = s.tables[i];
        m_tables->setItem(i, 0, item(t.name));
        m_tables->setItem(i, 1, item(locale.toString(t.rows), true));
        m_tables->setItem(i, 2, item(t.hasDate ? dateText(t.latestDate) : QString()));
    }
    m_tables->resizeColumnsToContents();
    int tablesWidth = 2 * m_tables->frameWidth() + m_tables->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_tables->columnCount(); ++c) {
        tablesWidth += m_tables->columnWidth(c);
    }
    m_tables->setMinimumWidth(tablesWidth); // every column readable; the other groups share the rest

    const Monitor::Freshness& f = s.freshness;
    QString fresh = QStringLiteral("<table>");
    fresh += row(tr("Expected last bar:"), dateText(f.expectedDate));
    fresh += row(tr("Symbols:"),
                 tr("%1 · %2 fresh (%3 up to date) · %4 stale · %5 without bars")
                     .arg(locale.toString(f.symbols),
                          locale.toString(f.fresh),
                          locale.toString(f.upToDate),
                          locale.toString(f.stale),
                          locale.toString(f.noData)));
    if (f.withBars > 0) {
        fresh += row(tr("Last bars:"),
                     QStringLiteral("%1 … %2").arg(dateText(f.oldestLastDate), dateText(f.newestLastDate)));
    }
    if (f.lastFetchFailed > 0) {
        fresh += row(tr("Last fetch failed:"), locale.toString(f.lastFetchFailed));
    }
    if (!f.stalest.isEmpty()) {
        QStringList behind;
        for (const Monitor::LaggingSymbol& l : f.stalest) {
            behind << tr("%1 (%2 d)").arg(l.ticker.toHtmlEscaped()).arg(l.businessDaysBehind);
        }
        fresh += row(tr("Most behind:"), behind.join(QStringLiteral(", ")));
    }
    fresh += QStringLiteral("</table>");
    m_freshness->setText(fresh);

    const Monitor::Resources& r = s.resources;
    const Monitor::ProcessStats& p = r.process;
    QString res = QStringLiteral("<table>");
    res +=
        row(tr("Database:"),
            tr("%1 (WAL %2)").arg(Monitor::formatBytes(r.databaseBytes), Monitor::formatBytes(r.walBytes)));
    QString disk = tr("%1 free of %2")
                       .arg(Monitor::formatBytes(r.freeDiskBytes), Monitor::formatBytes(r.totalDiskBytes));
    res += row(tr("Disk:"), disk);
    if (p.cpuSeconds() >= 0) {
        // CPU use between this snapshot and the previous one; the first shows the average since start.
        QString cpu;
        if (previous && previous->resources.process.cpuSeconds() >= 0) {
            const double wall = static_cast<double>(previous->collectedAt.msecsTo(s.collectedAt)) / 1000.0;
            if (wall > 0.5) {
                cpu = tr("%1% now").arg(locale.toString(
                    100.0 * (p.cpuSeconds() - previous->resources.process.cpuSeconds()) / wall, 'f', 0));
            }
        }
        if (cpu.isEmpty() && p.uptimeSeconds > 0) {
            cpu = tr("%1% average").arg(locale.toString(100.0 * p.cpuSeconds() / p.uptimeSeconds, 'f', 0));
        }
        res += row(tr("CPU:"),
                   tr("%1 · %2 s in total · %3 core(s)")
                       .arg(cpu, locale.toString(p.cpuSeconds(), 'f', 1))
                       .arg(p.cores));
    }
    if (p.residentBytes >= 0) {
        res +=
            row(tr("Memory:"),
                tr("%1 (peak %2)")
                    .arg(Monitor::formatBytes(p.residentBytes), Monitor::formatBytes(p.peakResidentBytes)));
    }
    if (p.threads > 0) {
        res += row(tr("Threads:"), QString::number(p.threads));
    }
    if (p.uptimeSeconds >= 0) {
        res += row(tr("Running for:"), formatDuration(p.uptimeSeconds));
    }
    res += row(tr("File:"), r.databasePath.toHtmlEscaped());
    res += QStringLiteral("</table>");
    m_resources->setText(res);

    m_runs->setRowCount(static_cast<int>(s.lastRuns.size()));
    for (int i = 0; i < s.lastRuns.size(); ++i) {
        const Tasks::RunRecord& run = s.lastRuns[i];
        m_runs->setItem(i, 0, item(taskKindTitle(run.kind)));
        m_runs->setItem(i, 1, item(QString::number(run.id), true));
        auto* status = item(runStatusText(run.status));
        status->setForeground(runStatusColor(run.status, palette()));
        m_runs->setItem(i, 2, status);
        auto* started = item(formatWhen(run.startedAt));
        started->setToolTip(formatDateTime(run.startedAt));
        m_runs->setItem(i, 3, started);
        m_runs->setItem(i, 4, item(formatDuration(run.seconds()), true));
        m_runs->setItem(i, 5, item(locale.toString(run.done), true));
        m_runs->setItem(i, 6, item(locale.toString(run.failed), true));
    }
    m_runs->resizeColumnsToContents();
    emit refreshed();
}

} // namespace Tessera::Ui
