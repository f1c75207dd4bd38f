#include "ui/dialogs/FirstRunDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tessera::Ui {

FirstRunDialog::FirstRunDialog(int demoSymbolCount, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Tessera"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("<h3>Welcome to Tessera</h3>"
                                  "<p>The database is empty. How would you like to start?</p>"),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_group = new QButtonGroup(this);
    const struct
    {
        Choice choice;
        const char* objectName;
        QString title;
        QString help;
    } options[] = {
        {Choice::Demo,
         "demoRadioButton",
         tr("Offline demo market (%1 synthetic stocks, no internet)").arg(demoSymbolCount),
         tr("Two years of realistic daily bars generated on this computer in a few seconds. "
            "The quickest way to try every view.")},
        {Choice::Nifty500,
         "nifty500RadioButton",
         tr("NIFTY 500 list (NSE)"),
         tr("Imports the 500 symbols with names and sectors. Daily bars come with the network fetch of a "
            "later version, or from a CSV import.")},
        {Choice::Sp500,
         "sp500RadioButton",
         tr("S&&P 500 list"),
         tr("Imports the S&P 500 constituents with names and sectors (symbols only, as above).")},
        {Choice::CsvFolder,
         "csvFolderRadioButton",
         tr("Import a CSV folder…"),
         tr("Daily OHLCV files, one per symbol or one long file (Yahoo, Stooq, NSE/Upstox layouts).")},
        {Choice::Skip, "skipRadioButton", tr("Skip"), tr("Start empty; everything is in the File menu.")},
    };
    for (const auto& option : options) {
        auto* radio = new QRadioButton(option.title, this);
        radio->setObjectName(QString::fromLatin1(option.objectName));
        m_group->addButton(radio, static_cast<int>(option.choice));
        layout->addWidget(radio);
        auto* help = new QLabel(option.help, this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        help->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(help);
    }
    setChoice(Choice::Demo);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Not now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    const int id = m_group->checkedId();
    return id < 0 ? Choice::Skip : static_cast<Choice>(id);
}

void FirstRunDialog::setChoice(Choice choice)
{
    if (auto* button = m_group->button(static_cast<int>(choice))) {
        button->setChecked(true);
    }
}

} // namespace Tessera::Ui
