#pragma once

#include <QDialog>
#include <QIcon>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QListWidget;
class QStackedWidget;

namespace Tessera::Ui {

/**
 * One page of the settings dialog. A later feature adds its page with a subclass (load() fills the
 * widgets from the settings, apply() writes them back) and one SettingsDialog::addPage() call.
 */
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    virtual void load() = 0;
    virtual void apply() = 0;
};

/** General: where the database lives (after a restart) and how much is logged (at once). */
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    /** openDatabasePath is the file this session uses, shown for reference. */
    explicit GeneralSettingsPage(QString openDatabasePath, QWidget* parent = nullptr);

    QString title() const override { return tr("General"); }
    QIcon icon() const override;
    void load() override;
    void apply() override;

private:
    void browse();

    QString m_openDatabasePath;
    QLineEdit* m_databaseEdit = nullptr;
    QComboBox* m_logLevelCombo = nullptr;
};

/** Tasks: how many worker threads a run uses (the GUI's --max-workers). */
class TasksSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit TasksSettingsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Tasks"); }
    QIcon icon() const override;
    void load() override;
    void apply() override;

private:
    QSpinBox* m_workers = nullptr;
};

/**
 * Startup: start at login (an XDG autostart entry, ui/common/Autostart) and whether closing the window
 * keeps Tessera in the tray, with a note when the desktop has no tray (then closing always quits).
 */
class StartupSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    /** trayAvailable: whether the desktop has a system tray (TrayController::systemTrayAvailable()). */
    explicit StartupSettingsPage(bool trayAvailable, QWidget* parent = nullptr);

    QString title() const override { return tr("Startup"); }
    QIcon icon() const override;
    void load() override;
    void apply() override;

private:
    bool m_trayAvailable = false;
    QCheckBox* m_atLogin = nullptr;
    QCheckBox* m_closeToTray = nullptr;
    QLabel* m_trayNote = nullptr;
    QLabel* m_error = nullptr;
};

/** Tools ▸ Settings: a list of pages on the left, the selected page on the right, OK/Cancel/Apply. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString& openDatabasePath, QWidget* parent = nullptr);

    /** Adds a page (the dialog takes ownership) and loads its values. */
    void addPage(SettingsPage* page);
    int pageCount() const;
    SettingsPage* page(int index) const;

    /** Applies every page (the OK and Apply buttons). */
    void applyAll();

private:
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace Tessera::Ui
