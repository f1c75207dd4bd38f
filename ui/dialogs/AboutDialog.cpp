#include "ui/dialogs/AboutDialog.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSysInfo>

namespace Tessera::Ui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(AboutDialog)
};

} // namespace

QString aboutText(const QString& databasePath)
{
    return Text::tr(
               "<h3>Tessera %1</h3>"
               "<p>Native market-analysis workstation: universes, daily bars, indicators, market tiles and "
               "verdicts, per-stock models, schedules and exports — all in one local SQLite file.</p>"
               "<p>Built with Qt %2, running on Qt %3 (%4).</p>"
               "<p>Database: <code>%5</code></p>"
               "<p><small>Licences: Tessera is free software under the GPL-3.0-or-later (Qt Charts is "
               "GPL-3.0). Qt — LGPL-3.0; SQLite — public domain; spdlog and fmt — MIT; Eigen — MPL-2.0; "
               "tl::expected — CC0-1.0.</small></p>")
        .arg(QStringLiteral(TESSERA_VERSION),
             QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()),
             QSysInfo::prettyProductName().toHtmlEscaped(),
             databasePath.toHtmlEscaped());
}

void showAboutDialog(QWidget* parent, const QString& databasePath)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(Text::tr("About Tessera"));
    box->setTextFormat(Qt::RichText);
    box->setText(aboutText(databasePath));
    const QIcon icon = QGuiApplication::windowIcon();
    if (!icon.isNull()) {
        box->setIconPixmap(icon.pixmap(64, 64));
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace Tessera::Ui
