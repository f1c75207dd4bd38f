#pragma once

#include <QDialog>

#include "ui/tasks/TaskLaunchers.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Tessera::Ui {

/**
 * The parameters of "Load / update data": the configured provider (Settings ▸ Data source, or the one of
 * the last successful load; the default when there is one), Yahoo Finance or Stooq over the network
 * (every symbol stored), Binance for crypto pairs (hourly or daily klines of a crypto universe's pairs, or
 * of every stored crypto pair), the offline demo market (synthetic), or a CSV folder.
 * Opened with open(); request() is the choice once accepted.
 */
class LoadTaskDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Configured,
        Synthetic,
        CsvFolder,
        Yahoo, ///< appended: the last choice is remembered by number
        Stooq,
        Binance,
    };

    /**
     * configuredProvider: the database's provider spec, empty when none was configured yet; context:
     * the universes and stored tickers the Binance choice offers crypto pairs from.
     */
    explicit LoadTaskDialog(QString configuredProvider,
                            const LaunchContext& context = {},
                            QWidget* parent = nullptr);

    Source source() const;
    void setSource(Source source);
    QString csvFolder() const;
    void setCsvFolder(const QString& folder);
    /** Binance: "1h" (hourly bars, the default) or "1d". */
    QString binanceInterval() const;
    void setBinanceInterval(const QString& interval);
    /** Binance: the pairs of the chosen crypto universe (or every stored crypto pair). */
    QStringList binancePairs() const;
    /** Binance: chooses the crypto universe `name` among the offered ones; false when it is not offered. */
    bool setBinanceUniverse(const QString& name);

    /** The run to start for the current choice. */
    TaskRequest request() const;

    void accept() override;

private:
    void browse();
    void updateState();

    QString m_configured;
    QRadioButton* m_configuredRadio = nullptr;
    QRadioButton* m_syntheticRadio = nullptr;
    QRadioButton* m_csvRadio = nullptr;
    QRadioButton* m_yahooRadio = nullptr;
    QRadioButton* m_stooqRadio = nullptr;
    QRadioButton* m_binanceRadio = nullptr;
    QComboBox* m_binanceInterval = nullptr;
    QComboBox* m_binancePairs = nullptr;
    QHash<QString, QStringList> m_cryptoPairs; ///< pairs combo data -> tickers
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Tessera::Ui
