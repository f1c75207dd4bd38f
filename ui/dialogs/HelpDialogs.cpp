#include "ui/dialogs/HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSysInfo>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/common/Log.h"

#include <sqlite3.h>

namespace Tessera::Ui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

QDialog* newDialog(QWidget* parent, const QString& objectName, const QString& title)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void addCloseButton(QDialog* dialog, QVBoxLayout* layout)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}

void collect(const QList<QAction*>& actions, const QString& path, QStringList& out)
{
    for (QAction* a : actions) {
        if (a->isSeparator()) {
            continue;
        }
        const QString name = a->text().remove(u'&');
        if (QMenu* menu = a->menu()) {
            collect(menu->actions(), path.isEmpty() ? name : path + QStringLiteral(" ▸ ") + name, out);
            continue;
        }
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty()) {
            continue;
        }
        QStringList texts;
        for (const QKeySequence& k : keys) {
            texts << k.toString(QKeySequence::NativeText);
        }
        out << (path.isEmpty() ? name : path + QStringLiteral(" ▸ ") + name) + u'\t'
                   + texts.join(QStringLiteral(", "));
    }
}

} // namespace

void showUserGuide(QWidget* parent)
{
    QDialog* dialog = newDialog(parent, QStringLiteral("userGuideDialog"), Text::tr("Tessera user guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/guide/README.md"));
    if (guide.open(QIODevice::ReadOnly)) {
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    } else {
        browser->setPlainText(Text::tr("The bundled user guide is missing from this build."));
    }
    layout->addWidget(browser);
    addCloseButton(dialog, layout);
    dialog->resize(960, 760);
    dialog->show();
}

QStringList shortcutLines(const QList<QAction*>& actions)
{
    QStringList out;
    collect(actions, QString(), out);
    out.removeDuplicates();
    return out;
}

void showKeyboardShortcuts(QWidget* parent, const QList<QAction*>& actions)
{
    QDialog* dialog =
        newDialog(parent, QStringLiteral("keyboardShortcutsDialog"), Text::tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(dialog);
    const QStringList lines = shortcutLines(actions);
    auto* table = new QTableWidget(static_cast<int>(lines.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({Text::tr("Action"), Text::tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < lines.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(lines.at(row).section(u'\t', 0, 0)));
        table->setItem(row, 1, new QTableWidgetItem(lines.at(row).section(u'\t', 1)));
    }
    layout->addWidget(table);
    addCloseButton(dialog, layout);
    dialog->resize(560, 520);
    dialog->show();
}

QString systemInformation(const QString& databasePath)
{
    QStringList lines;
    lines << QStringLiteral("Tessera %1").arg(QStringLiteral(TESSERA_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2), platform %3")
                 .arg(QString::fromLatin1(qVersion()),
                      QStringLiteral(QT_VERSION_STR),
                      QGuiApplication::platformName());
    lines << QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()));
    lines << QStringLiteral("%1 (%2, kernel %3)")
                 .arg(QSysInfo::prettyProductName(),
                      QSysInfo::currentCpuArchitecture(),
                      QSysInfo::kernelVersion());
    lines << QStringLiteral("Database: %1").arg(databasePath);
    lines << QStringLiteral("Log folder: %1").arg(Log::logDirectory());
    return lines.join(u'\n') + u'\n';
}

} // namespace Tessera::Ui
