#pragma once

#include <QDialog>

class QButtonGroup;

namespace Tessera::Ui {

/**
 * Shown when the database holds no symbols at all: how to start. The dialog only records the choice;
 * MainWindow runs it (in the background) once the dialog is accepted. Rejecting it ("Not now") means Skip.
 * Open it with open(), never exec(), so tests and the event loop keep running.
 */
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Demo,      ///< offline synthetic market, loaded in the background
        Nifty50,   ///< bundled NIFTY 50 list, then its daily bars from Yahoo Finance
        Nifty500,  ///< bundled NIFTY 500 list, then its daily bars from Yahoo Finance
        Sp500,     ///< bundled S&P 500 list, then its daily bars from Yahoo Finance
        CsvFolder, ///< pick a folder of CSV files and import it
        Skip       ///< start empty: the dialog's "Not now"
    };
    Q_ENUM(Choice)

    explicit FirstRunDialog(int demoSymbolCount, QWidget* parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);

private:
    QButtonGroup* m_group = nullptr;
};

} // namespace Tessera::Ui
