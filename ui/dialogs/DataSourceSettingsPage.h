#pragma once

#include "core/store/Database.h"
#include "ui/dialogs/SettingsDialog.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThreadPool;

namespace Tessera::Ui {

class ParameterSettingsPage;

/**
 * Settings ▸ Data source: the provider "Load / update data" and the nightly "Data update" use by default
 * (the database setting "fetch/provider", which a successful load with another provider also sets):
 * Yahoo, Stooq, a CSV folder or the offline demo market. Below it the network fetch settings
 * (Fetch::fetchParameters(): servers, requests in flight, rate, timeout, retries, history range) in a
 * ParameterSettingsPage, with the other network provider's own settings hidden.
 *
 * Reads and writes the database on the pool (one transaction for the provider and the fetch settings).
 */
class DataSourceSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    /** The "fetch/provider" key the load task reads (core/tasks/LoadTask.h). */
    static QString providerKey();

    DataSourceSettingsPage(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent = nullptr);

    QString title() const override { return tr("Data source"); }
    QIcon icon() const override;
    void load() override;
    void apply() override;
    bool validate() override;
    bool isApplying() const override;

    /** The provider spec the page would save ("yahoo", "csv:/data/bars"), empty when none is chosen. */
    QString providerSpec() const;
    /** Shows spec (as stored): selects its provider and, for csv:DIR, the folder. */
    void setProviderSpec(const QString& spec);
    ParameterSettingsPage* fetchPage() const { return m_fetch; }

signals:
    /** The stored values are shown. */
    void loaded(bool ok);
    /** The provider and fetch settings were written. */
    void saved();

private:
    void browse();
    void updateState();
    /** Shows message under the provider (empty hides it), without leaving an empty form row behind. */
    void showError(const QString& message);

    ParameterSettingsPage* m_fetch = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_providerCombo = nullptr;
    QWidget* m_folderRow = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QLabel* m_providerNote = nullptr;
    QLabel* m_error = nullptr;
    QGroupBox* m_networkBox = nullptr;
    QString m_syntheticSpec = QStringLiteral("synthetic"); ///< keeps a stored "synthetic:SEED"
};

} // namespace Tessera::Ui
