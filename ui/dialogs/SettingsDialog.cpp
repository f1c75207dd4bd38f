#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include "core/common/Log.h"
#include "core/common/Paths.h"
#include "ui/common/UiSettings.h"

namespace Tessera::Ui {

GeneralSettingsPage::GeneralSettingsPage(QString openDatabasePath, QWidget* parent)
    : SettingsPage(parent)
    , m_openDatabasePath(std::move(openDatabasePath))
{
    setObjectName(QStringLiteral("generalSettingsPage"));
    auto* form = new QFormLayout(this);

    auto* row = new QHBoxLayout;
    m_databaseEdit = new QLineEdit(this);
    m_databaseEdit->setObjectName(QStringLiteral("databasePathLineEdit"));
    m_databaseEdit->setPlaceholderText(Paths::defaultDatabasePath());
    m_databaseEdit->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    connect(browse, &QPushButton::clicked, this, &GeneralSettingsPage::browse);
    row->addWidget(m_databaseEdit, 1);
    row->addWidget(browse);
    form->addRow(tr("Database file:"), row);
    auto* note = new QLabel(tr("Empty means the default location. A change takes effect after a restart; "
                               "this session uses %1. The --db option overrides it.")
                                .arg(m_openDatabasePath),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);

    m_logLevelCombo = new QComboBox(this);
    m_logLevelCombo->setObjectName(QStringLiteral("logLevelComboBox"));
    m_logLevelCombo->addItems(Settings::logLevels());
    form->addRow(tr("Log level:"), m_logLevelCombo);
    const QString logDir = Log::logDirectory();
    auto* logNote = new QLabel(
        logDir.isEmpty() ? tr("Applies at once.") : tr("Applies at once. Log files: %1").arg(logDir), this);
    logNote->setWordWrap(true);
    logNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    logNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), logNote);
}

QIcon GeneralSettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ComputerIcon);
}

void GeneralSettingsPage::load()
{
    m_databaseEdit->setText(Settings::databasePath());
    m_logLevelCombo->setCurrentText(Settings::logLevel());
}

void GeneralSettingsPage::apply()
{
    Settings::setDatabasePath(m_databaseEdit->text());
    const QString level = m_logLevelCombo->currentText();
    if (level != Settings::logLevel()) {
        Settings::setLogLevel(level);
    }
    Log::setLevel(level);
}

void GeneralSettingsPage::browse()
{
    const QString start = m_databaseEdit->text().isEmpty() ? m_openDatabasePath : m_databaseEdit->text();
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Database file"),
                                                      start,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                      nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_databaseEdit->setText(QFileInfo(path).absoluteFilePath());
    }
}

SettingsDialog::SettingsDialog(const QString& openDatabasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* body = new QHBoxLayout;
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageListWidget"));
    m_pageList->setFixedWidth(150);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPagesStackedWidget"));
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        applyAll();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyAll);
    layout->addWidget(buttons);

    addPage(new GeneralSettingsPage(openDatabasePath));
    m_pageList->setCurrentRow(0);
    resize(680, 360);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    page->setParent(m_pages);
    page->load();
    m_pages->addWidget(page);
    new QListWidgetItem(page->icon(), page->title(), m_pageList);
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

SettingsPage* SettingsDialog::page(int index) const
{
    return qobject_cast<SettingsPage*>(m_pages->widget(index));
}

void SettingsDialog::applyAll()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* p = page(i)) {
            p->apply();
        }
    }
}

} // namespace Tessera::Ui
