#pragma once

#include <QDialog>

#include "ui/tasks/TaskLaunchers.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Tessera::Ui {

/**
 * The parameters of "Load / update data": the configured provider (Settings ▸ Data source, or the one of
 * the last successful load; the default when there is one), Yahoo Finance or Stooq over the network
 * (every symbol stored), the offline demo market (synthetic), or a CSV folder.
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
    };

    /** configuredProvider: the database's provider spec, empty when none was configured yet. */
    explicit LoadTaskDialog(QString configuredProvider, QWidget* parent = nullptr);

    Source source() const;
    void setSource(Source source);
    QString csvFolder() const;
    void setCsvFolder(const QString& folder);

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
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Tessera::Ui
