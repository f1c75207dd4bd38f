#include "ui/dialogs/DataSourceSettingsPage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "core/fetch/BarProvider.h"
#include "core/fetch/FetchSettings.h"
#include "ui/dialogs/ParameterSettingsPage.h"

namespace Tessera::Ui {
namespace {

const QString CsvId = QStringLiteral("csv");
const QString SyntheticId = QStringLiteral("synthetic");

} // namespace

QString DataSourceSettingsPage::providerKey()
{
    return QStringLiteral("fetch/provider");
}

DataSourceSettingsPage::DataSourceSettingsPage(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("dataSourceSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_form = form;
    m_providerCombo = new QComboBox(this);
    m_providerCombo->setObjectName(QStringLiteral("providerComboBox"));
    m_providerCombo->addItem(tr("Yahoo Finance"), QStringLiteral("yahoo"));
    m_providerCombo->addItem(tr("Stooq"), QStringLiteral("stooq"));
    m_providerCombo->addItem(tr("A CSV folder"), CsvId);
    m_providerCombo->addItem(tr("The offline demo market (synthetic)"), SyntheticId);
    m_providerCombo->setPlaceholderText(tr("Not chosen yet"));
    m_providerCombo->setCurrentIndex(-1);
    form->addRow(tr("Provider:"), m_providerCombo);

    m_folderRow = new QWidget(this);
    auto* folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folderEdit = new QLineEdit(m_folderRow);
    m_folderEdit->setObjectName(QStringLiteral("providerFolderLineEdit"));
    m_folderEdit->setPlaceholderText(tr("Folder of daily OHLCV files"));
    auto* browse = new QPushButton(tr("Browse…"), m_folderRow);
    browse->setObjectName(QStringLiteral("browseProviderFolderButton"));
    connect(browse, &QPushButton::clicked, this, &DataSourceSettingsPage::browse);
    folderLayout->addWidget(m_folderEdit, 1);
    folderLayout->addWidget(browse);
    form->addRow(QString(), m_folderRow);

    m_providerNote = new QLabel(this);
    m_providerNote->setObjectName(QStringLiteral("providerNoteLabel"));
    m_providerNote->setWordWrap(true);
    m_providerNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_providerNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_providerNote);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("providerErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    form->addRow(QString(), m_error);
    form->setRowVisible(m_error, false);
    layout->addLayout(form);

    m_networkBox = new QGroupBox(tr("Network fetch (Yahoo and Stooq)"), this);
    auto* boxLayout = new QVBoxLayout(m_networkBox);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    ParameterSettingsPage::Spec spec;
    spec.title = tr("Network fetch");
    spec.objectName = QStringLiteral("fetchSettingsPage");
    spec.parameters = Fetch::fetchParameters();
    m_fetch = new ParameterSettingsPage(std::move(db), pool, std::move(spec), m_networkBox);
    m_fetch->layout()->setContentsMargins(0, 0, 0, 0);
    m_fetch->setExtraKeys({providerKey()});
    boxLayout->addWidget(m_fetch);
    layout->addWidget(m_networkBox, 1);

    connect(m_fetch, &ParameterSettingsPage::loaded, this, [this](bool ok) {
        setProviderSpec(m_fetch->storedValue(providerKey()));
        emit loaded(ok);
    });
    connect(m_fetch, &ParameterSettingsPage::saved, this, &DataSourceSettingsPage::saved);
    connect(m_fetch, &SettingsPage::applyFinished, this, &SettingsPage::applyFinished);
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, &DataSourceSettingsPage::updateState);
    connect(m_folderEdit, &QLineEdit::textChanged, this, [this] { showError({}); });
    updateState();
}

QIcon DataSourceSettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveNetIcon);
}

void DataSourceSettingsPage::load()
{
    m_providerCombo->setEnabled(false);
    m_folderRow->setEnabled(false);
    m_fetch->load();
}

QString DataSourceSettingsPage::providerSpec() const
{
    const QString id = m_providerCombo->currentData().toString();
    if (id == CsvId) {
        return QStringLiteral("csv:") + m_folderEdit->text().trimmed();
    }
    return id == SyntheticId ? m_syntheticSpec : id;
}

void DataSourceSettingsPage::setProviderSpec(const QString& spec)
{
    QString id = spec;
    if (spec.startsWith(CsvId + u':')) {
        id = CsvId;
        m_folderEdit->setText(spec.mid(4));
    } else if (spec == SyntheticId || spec.startsWith(SyntheticId + u':')) {
        id = SyntheticId;
        m_syntheticSpec = spec;
    }
    m_providerCombo->setCurrentIndex(m_providerCombo->findData(id));
    m_providerCombo->setEnabled(true);
    m_folderRow->setEnabled(true);
    updateState();
}

bool DataSourceSettingsPage::validate()
{
    showError({});
    if (m_providerCombo->currentData().toString() == CsvId) {
        const QString folder = m_folderEdit->text().trimmed();
        if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
            showError(folder.isEmpty() ? tr("Choose the CSV folder first.")
                                       : tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
    }
    if (const QString spec = providerSpec(); !spec.isEmpty()) {
        // The same check the load task makes, so a saved provider always starts.
        if (auto provider = Fetch::makeProvider(spec); !provider) {
            showError(provider.error().message);
            return false;
        }
    }
    return m_fetch->validate();
}

void DataSourceSettingsPage::apply()
{
    if (!validate()) {
        emit applyFinished(false);
        return;
    }
    const QString spec = providerSpec();
    m_fetch->applyWith(spec.isEmpty() ? QHash<QString, QString>()
                                      : QHash<QString, QString>{{providerKey(), spec}});
}

bool DataSourceSettingsPage::isApplying() const
{
    return m_fetch->isApplying();
}

void DataSourceSettingsPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("CSV folder"), m_folderEdit->text());
    if (!folder.isEmpty()) {
        m_folderEdit->setText(QDir::toNativeSeparators(folder));
    }
}

void DataSourceSettingsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_form->setRowVisible(m_error, !message.isEmpty());
}

void DataSourceSettingsPage::updateState()
{
    const QString id = m_providerCombo->currentData().toString();
    m_form->setRowVisible(m_folderRow, id == CsvId);
    showError({});
    const bool network = Fetch::isNetworkProvider(id);
    // The other provider's server and rate are of no use here; the shared settings stay.
    m_fetch->setActiveScope(network ? id : QString());
    if (id == QStringLiteral("yahoo")) {
        m_providerNote->setText(
            tr("Yahoo's chart API: daily bars with adjusted close, dividends and splits for "
               "most markets (NSE .NS, BSE .BO, US, Europe). Updates every symbol in the "
               "database; import a universe first."));
    } else if (id == QStringLiteral("stooq")) {
        m_providerNote->setText(
            tr("Stooq's daily CSV download (already back-adjusted) for US, UK, German, "
               "Japanese and other listings; no NSE/BSE data. Updates every symbol in the "
               "database."));
    } else if (id == CsvId) {
        m_providerNote->setText(
            tr("Every *.csv and *.txt file in the folder, in any common layout; no internet needed."));
    } else if (id == SyntheticId) {
        m_providerNote->setText(tr("The generated demo market; no internet needed."));
    } else {
        m_providerNote->setText(tr("None yet: the first successful load sets it."));
    }
    m_networkBox->setTitle(network ? tr("Network fetch (%1)").arg(m_providerCombo->currentText())
                                   : tr("Network fetch (Yahoo and Stooq)"));
}

} // namespace Tessera::Ui
