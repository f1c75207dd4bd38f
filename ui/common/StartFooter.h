#pragma once

#include <QString>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Tessera::Ui {

/** The end of a dialog that starts a task: an error line and Start / Cancel. */
struct StartFooter
{
    QLabel* error = nullptr;      ///< red, word-wrapped, hidden until a message is set
    QPushButton* start = nullptr; ///< the Ok button, labelled "Start"; accepts the dialog
};

/**
 * Appends the error line, a stretch and the Start / Cancel buttons to layout. Start calls the dialog's
 * (virtual) accept(), Cancel reject(). The object names are the tests' handles.
 */
StartFooter addStartFooter(QDialog* dialog,
                           QVBoxLayout* layout,
                           const QString& errorObjectName,
                           const QString& startObjectName);

} // namespace Tessera::Ui
