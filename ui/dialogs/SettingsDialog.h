#pragma once

#include <QDialog>
#include <QIcon>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QListWidget;
class QStackedWidget;

namespace Tessera::Ui {

/**
 * One page of the settings dialog. A later feature adds its page with a subclass (load() fills the
 * widgets from the settings, apply() writes them back) and one SettingsDialog::addPage() call.
 * Pages over the database settings load and save on a worker thread: such a page reports
 * isApplying() while its write runs and emits applyFinished() when it is done, and the dialog's OK
 * waits for that, so a failed write keeps the dialog open with the page's message.
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
    /** Checks the input and shows what is wrong on the page; false keeps the dialog open, unapplied. */
    virtual bool validate() { return true; }
    /** True while work started by apply() is still running (then applyFinished() follows). */
    virtual bool isApplying() const { return false; }

signals:
    /** Work started by apply() ended; ok false = nothing or not everything was saved (the page says why). */
    void applyFinished(bool ok);
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

/** Appearance: follow the desktop, or Tessera's light or dark colours (at once; saved for the next start). */
class AppearanceSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AppearanceSettingsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Appearance"); }
    QIcon icon() const override;
    void load() override;
    void apply() override;

private:
    QComboBox* m_theme = nullptr;
    QComboBox* m_chartColors = nullptr;
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

    /**
     * Applies every page (the OK and Apply buttons) once every page's input is valid; otherwise shows
     * the first invalid page, applies nothing and returns false.
     */
    bool applyAll();

    /** True while a page's apply() is still saving. */
    bool isApplying() const;

private:
    void onPageApplied(bool ok);
    void setButtonsEnabled(bool enabled);

    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_acceptWhenApplied = false; ///< OK was pressed while pages were still saving
    bool m_applyFailed = false;
};

} // namespace Tessera::Ui
