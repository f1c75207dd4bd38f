#include "ui/common/StartFooter.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera::Ui {

StartFooter addStartFooter(QDialog* dialog,
                           QVBoxLayout* layout,
                           const QString& errorObjectName,
                           const QString& startObjectName)
{
    StartFooter footer;
    footer.error = new QLabel(dialog);
    footer.error->setObjectName(errorObjectName);
    footer.error->setWordWrap(true);
    footer.error->setStyleSheet(QStringLiteral("color: #c62828;"));
    footer.error->hide();
    layout->addWidget(footer.error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    footer.start = buttons->button(QDialogButtonBox::Ok);
    footer.start->setText(QCoreApplication::translate("Tessera::Ui::StartFooter", "Start"));
    footer.start->setObjectName(startObjectName);
    // Through the virtual: a dialog's own accept() validates before it closes.
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return footer;
}

} // namespace Tessera::Ui
