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
        {Choice::Nifty50,
         "nifty50RadioButton",
         tr("NIFTY 50 (NSE) from Yahoo Finance"),
         tr("Imports the 50 symbols with names and sectors, then loads their daily bars from Yahoo Finance "
            "(needs an internet connection; about a minute).")},
        {Choice::Nifty500,
         "nifty500RadioButton",
         tr("NIFTY 500 (NSE) from Yahoo Finance"),
         tr("The same for the 500 symbols of the NIFTY 500 (a few minutes; cancel any time, a later load "
            "resumes).")},
        {Choice::Sp500,
         "sp500RadioButton",
         tr("S&&P 500 from Yahoo Finance"),
         tr("The same for the S&P 500 constituents.")},
        {Choice::CsvFolder,
         "csvFolderRadioButton",
         tr("Import a CSV folder…"),
         tr("Daily OHLCV files, one per symbol or one long file (Yahoo, Stooq, NSE/Upstox layouts).")},
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
    auto* later =
        new QLabel(tr("“Not now” starts empty: every source is in the File and Tools menus."), this);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(later);
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
