#include "ui/dialogs/SettingsDialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

#include "core/common/Log.h"
#include "core/common/Paths.h"
#include "ui/common/Appearance.h"
#include "ui/common/Autostart.h"
#include "ui/common/MarketColors.h"
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

TasksSettingsPage::TasksSettingsPage(QWidget* parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("tasksSettingsPage"));
    auto* form = new QFormLayout(this);
    m_workers = new QSpinBox(this);
    m_workers->setObjectName(QStringLiteral("maxWorkersSpinBox"));
    m_workers->setRange(0, 256);
    m_workers->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    form->addRow(tr("Worker threads:"), m_workers);
    auto* note =
        new QLabel(tr("How many symbols a task works on at once. Applies to the next run; tessera-cli "
                      "takes --max-workers instead."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
}

AppearanceSettingsPage::AppearanceSettingsPage(QWidget* parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("appearanceSettingsPage"));
    auto* form = new QFormLayout(this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_theme->addItem(tr("Follow the desktop"), themeName(Theme::System));
    m_theme->addItem(tr("Light"), themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), themeName(Theme::Dark));
    form->addRow(tr("Colours:"), m_theme);
    m_chartColors = new QComboBox(this);
    m_chartColors->setObjectName(QStringLiteral("chartColorsComboBox"));
    m_chartColors->setToolTip(tr("The colours of rising and falling prices in charts, tiles and tables"));
    const auto addScheme = [this](MarketColors::Scheme scheme, const QString& text) {
        // A swatch of the two colours, rising on the left, so the choice is seen, not read.
        QPixmap swatch(32, 16);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.fillRect(QRect(0, 0, 15, 16), MarketColors::up(scheme));
        painter.fillRect(QRect(17, 0, 15, 16), MarketColors::down(scheme));
        painter.end();
        m_chartColors->addItem(QIcon(swatch), text, MarketColors::schemeName(scheme));
    };
    addScheme(MarketColors::Scheme::GreenUp, tr("Green rising, red falling"));
    addScheme(MarketColors::Scheme::RedUp, tr("Red rising, green falling (East Asian markets)"));
    addScheme(MarketColors::Scheme::BlueOrange, tr("Blue rising, orange falling (colour-blind safe)"));
    m_chartColors->setIconSize(QSize(32, 16));
    form->addRow(tr("Chart colours:"), m_chartColors);
    auto* note = new QLabel(tr("Applies at once to the window; a chart already drawn takes the new colours "
                               "when it is drawn again (select another symbol). Also: tessera --theme "
                               "light|dark|system and --chart-colors green-up|red-up|blue-orange for one "
                               "session."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
}

QIcon AppearanceSettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DesktopIcon);
}

void AppearanceSettingsPage::load()
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeName(storedTheme()))));
    m_chartColors->setCurrentIndex(
        std::max(0, m_chartColors->findData(MarketColors::schemeName(MarketColors::storedScheme()))));
}

void AppearanceSettingsPage::apply()
{
    Theme theme = Theme::System;
    themeFromName(m_theme->currentData().toString(), &theme);
    if (theme != storedTheme()) {
        storeTheme(theme);
        applyTheme(theme);
    }
    MarketColors::Scheme scheme = MarketColors::Scheme::GreenUp;
    MarketColors::schemeFromName(m_chartColors->currentData().toString(), &scheme);
    MarketColors::storeScheme(scheme);
    MarketColors::applyScheme(scheme);
}

QIcon TasksSettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_CommandLink);
}

void TasksSettingsPage::load()
{
    m_workers->setValue(Settings::maxWorkers());
}

void TasksSettingsPage::apply()
{
    Settings::setMaxWorkers(m_workers->value());
}

StartupSettingsPage::StartupSettingsPage(bool trayAvailable, QWidget* parent)
    : SettingsPage(parent)
    , m_trayAvailable(trayAvailable)
{
    setObjectName(QStringLiteral("startupSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_atLogin = new QCheckBox(tr("Start Tessera when I log in"), this);
    m_atLogin->setObjectName(QStringLiteral("startAtLoginCheckBox"));
    layout->addWidget(m_atLogin);
    auto* loginNote = new QLabel(tr("Adds %1, so the scheduler runs without opening the window.")
                                     .arg(QDir::toNativeSeparators(Autostart::entryPath())),
                                 this);
    loginNote->setWordWrap(true);
    loginNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    loginNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(loginNote);

    m_closeToTray = new QCheckBox(tr("Closing the window keeps Tessera running in the system tray"), this);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheckBox"));
    m_closeToTray->setEnabled(m_trayAvailable);
    layout->addWidget(m_closeToTray);
    m_trayNote = new QLabel(this);
    m_trayNote->setObjectName(QStringLiteral("trayStatusLabel"));
    m_trayNote->setWordWrap(true);
    m_trayNote->setText(
        m_trayAvailable ? tr("Scheduled runs keep going while the window is closed; quit from the tray menu.")
                        : tr("No system tray was found on this desktop, so closing the window quits Tessera "
                             "and scheduled runs wait until it is started again."));
    m_trayNote->setForegroundRole(m_trayAvailable ? QPalette::PlaceholderText : QPalette::WindowText);
    layout->addWidget(m_trayNote);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("startupErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
}

QIcon StartupSettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DesktopIcon);
}

void StartupSettingsPage::load()
{
    m_atLogin->setChecked(Autostart::isEnabled());
    m_closeToTray->setChecked(m_trayAvailable && Settings::closeToTray());
}

void StartupSettingsPage::apply()
{
    m_error->hide();
    if (m_atLogin->isChecked() != Autostart::isEnabled()) {
        if (auto r = Autostart::setEnabled(m_atLogin->isChecked()); !r) {
            m_error->setText(r.error().message);
            m_error->show();
            m_atLogin->setChecked(Autostart::isEnabled());
        }
    }
    if (m_trayAvailable) {
        Settings::setCloseToTray(m_closeToTray->isChecked());
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
    m_pageList->setIconSize(QSize(22, 22));
    m_pageList->setSpacing(1);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPagesStackedWidget"));
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!applyAll()) {
            return;
        }
        // Pages that save in the background close the dialog when they are done (onPageApplied).
        if (isApplying()) {
            m_acceptWhenApplied = true;
        } else if (!m_applyFailed) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyAll);
    layout->addWidget(m_buttons);

    addPage(new GeneralSettingsPage(openDatabasePath));
    m_pageList->setCurrentRow(0);
    resize(720, 560); // the Data source page's fetch settings fit without scrolling
}

void SettingsDialog::addPage(SettingsPage* page)
{
    // Long pages (parameter tables, messages under editors) scroll instead of squeezing their rows.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    connect(page, &SettingsPage::applyFinished, this, &SettingsDialog::onPageApplied);
    page->load();
    m_pages->addWidget(scroll);
    // Every page's icon at one size: the style's icons come in different sizes, and QIcon only scales
    // down, so a 16-pixel icon would sit beside a 32-pixel one.
    const QSize size = m_pageList->iconSize();
    QPixmap pixmap = page->icon().pixmap(size);
    if (!pixmap.isNull() && pixmap.size() != size) {
        pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    new QListWidgetItem(QIcon(pixmap), page->title(), m_pageList);
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

SettingsPage* SettingsDialog::page(int index) const
{
    auto* scroll = qobject_cast<QScrollArea*>(m_pages->widget(index));
    return scroll ? qobject_cast<SettingsPage*>(scroll->widget()) : nullptr;
}

bool SettingsDialog::applyAll()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* p = page(i); p && !p->validate()) {
            m_pageList->setCurrentRow(i);
            return false;
        }
    }
    m_applyFailed = false;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* p = page(i)) {
            p->apply();
        }
    }
    setButtonsEnabled(!isApplying());
    return true;
}

bool SettingsDialog::isApplying() const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* p = page(i); p && p->isApplying()) {
            return true;
        }
    }
    return false;
}

void SettingsDialog::onPageApplied(bool ok)
{
    if (!ok) {
        m_applyFailed = true;
        for (int i = 0; i < m_pages->count(); ++i) {
            if (page(i) == sender()) {
                m_pageList->setCurrentRow(i);
            }
        }
    }
    if (isApplying()) {
        return;
    }
    setButtonsEnabled(true);
    if (m_acceptWhenApplied) {
        m_acceptWhenApplied = false;
        if (!m_applyFailed) {
            accept();
        }
    }
}

void SettingsDialog::setButtonsEnabled(bool enabled)
{
    for (QAbstractButton* b : m_buttons->buttons()) {
        b->setEnabled(enabled);
    }
}

} // namespace Tessera::Ui
