#pragma once

#include <QString>

class QWidget;

namespace Tessera::Ui {

/** The About box text: version, Qt build and run-time versions, database path, licences (HTML). */
QString aboutText(const QString& databasePath);

/** Opens Help ▸ About Tessera (window-modal, non-blocking, deletes itself when closed). */
void showAboutDialog(QWidget* parent, const QString& databasePath);

} // namespace Tessera::Ui
