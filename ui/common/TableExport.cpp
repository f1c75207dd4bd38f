#include "ui/common/TableExport.h"

#include <cmath>

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include "core/export/CsvWriter.h"

namespace Tessera::Ui {
namespace {

/** Translation context of the table export (lupdate sees Text::tr). */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

// UI-only state: the folder the last table export went to (STYLE.md §5).
const QString LastDirKey = QStringLiteral("tableExport/lastDir");

/** The raw value as CSV text, or a null string when it is not a number or a date. */
QString rawText(const QVariant& raw)
{
    switch (raw.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = raw.toDouble();
        if (!std::isfinite(v)) {
            return QString(QLatin1String("")); // missing: an empty cell, not the display's "—"
        }
        QByteArray out;
        Export::appendCsvNumber(out, v);
        return QString::fromLatin1(out);
    }
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QString::number(raw.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return QString::number(raw.toULongLong());
    case QMetaType::QDate:
        return raw.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return raw.toDateTime().toString(Qt::ISODate);
    default:
        return {};
    }
}

} // namespace

TableContents tableContents(const QTableView* view, int rawRole)
{
    TableContents contents;
    const QAbstractItemModel* model = view->model();
    if (!model) {
        return contents;
    }
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns; // logical indexes in on-screen order
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !view->isColumnHidden(logical)) {
            columns << logical;
        }
    }
    for (int c : std::as_const(columns)) {
        contents.headers << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    const int rowCount = model->rowCount(view->rootIndex());
    contents.rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        if (view->isRowHidden(r)) {
            continue;
        }
        QStringList cells;
        cells.reserve(columns.size());
        for (int c : std::as_const(columns)) {
            const QModelIndex index = model->index(r, c, view->rootIndex());
            QString cell = rawText(model->data(index, rawRole));
            if (cell.isNull()) {
                cell = model->data(index, Qt::DisplayRole).toString();
            }
            cells << cell;
        }
        contents.rows << cells;
    }
    return contents;
}

Result<qint64> exportTableRows(const QTableView* view, const QString& path, int rawRole)
{
    const TableContents contents = tableContents(view, rawRole);
    return Export::exportTable(contents.headers, contents.rows, path);
}

QAction* installExportContextMenu(QTableView* view, const QString& suggestedBaseName, int rawRole)
{
    auto* action = new QAction(Text::tr("Export rows to CSV…"), view);
    action->setObjectName(QStringLiteral("exportRowsAction"));
    action->setStatusTip(Text::tr("Write the rows as shown (sorted and filtered) to a CSV file"));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    QPointer<QTableView> guard(view);
    QObject::connect(action, &QAction::triggered, view, [guard, suggestedBaseName, rawRole] {
        if (!guard) {
            return;
        }
        QSettings settings;
        QString dir = settings.value(LastDirKey).toString();
        if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        }
        const QString name =
            QStringLiteral("%1_%2.csv").arg(suggestedBaseName, QDate::currentDate().toString(Qt::ISODate));
        // Opened with open(), not exec(): no nested event loop (STYLE.md §3).
        auto* dialog = new QFileDialog(guard->window(), Text::tr("Export rows to CSV"), dir);
        dialog->setObjectName(QStringLiteral("exportRowsFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setNameFilters({Text::tr("CSV files (*.csv)"), Text::tr("All files (*)")});
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(name);
        QObject::connect(dialog, &QFileDialog::fileSelected, guard, [guard, rawRole](const QString& path) {
            if (!guard || path.isEmpty()) {
                return;
            }
            QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
            auto written = exportTableRows(guard, path, rawRole);
            QWidget* window = guard->window();
            if (!written) {
                auto* box = new QMessageBox(QMessageBox::Warning,
                                            Text::tr("Export rows to CSV"),
                                            written.error().message,
                                            QMessageBox::Ok,
                                            window);
                box->setObjectName(QStringLiteral("exportRowsErrorMessageBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            if (auto* main = qobject_cast<QMainWindow*>(window)) {
                main->statusBar()->showMessage(Text::tr("Exported %n row(s) to %1", nullptr, int(*written))
                                                   .arg(QDir::toNativeSeparators(path)),
                                               10000);
            }
        });
        dialog->open();
    });
    return action;
}

} // namespace Tessera::Ui
