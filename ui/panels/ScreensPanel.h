#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "core/common/Result.h"
#include "core/screens/Screen.h"
#include "core/store/Database.h"
#include "core/tasks/ScreenRun.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThreadPool;
class QVBoxLayout;

namespace Tessera::Ui {

/** One row of the condition editor: field, operator, value. */
struct ConditionRow
{
    QString field;
    QString
        op; ///< "<", "<=", ">", ">=", "=", "!=", "between", "in", "not in", "crosses above", "crosses below"
    QString value;
};

/** "field op value" as expression text ("rsi_14 between 40 and 60", "sector in ('IT')"). */
QString conditionText(const ConditionRow& row);
/** Groups of rows → "a and b or c": rows of a group joined by and, groups by or. */
QString groupsText(const QList<QList<ConditionRow>>& groups);
/**
 * The groups of a parsed expression when it is an or of ands of conditions (what the editor's rows can
 * show), else nullopt (e.g. a "not" or nested parentheses: edited as text).
 */
std::optional<QList<QList<ConditionRow>>> groupsOf(const Screens::Expression& expression);

/**
 * The Screens view (issue 20): pick a stored screen or start a new one; edit its conditions as rows of
 * field / operator / value (fields complete from the catalog; rows of a group are all required, groups
 * are alternatives) or as the expression text — both show the same expression; ranking, limit,
 * selection and watch; Run evaluates it on the stored data on the window's pool and shows the results
 * (rank, symbol, score and each field read); Save / Save as / Delete store it.
 */
class ScreensPanel : public QWidget
{
    Q_OBJECT

public:
    ScreensPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QLineEdit* expressionEdit() const { return m_expression; }
    QLineEdit* rankingEdit() const { return m_ranking; }
    QTableWidget* resultsTable() const { return m_results; }
    QComboBox* screenBox() const { return m_screens; }
    QLabel* statusLabel() const { return m_status; }
    /** The editor's groups of rows as they stand. */
    QList<QList<ConditionRow>> groups() const;
    /** Replaces the editor's rows (and the expression text). */
    void setGroups(const QList<QList<ConditionRow>>& groups);
    /** The definition the editor holds. */
    Screens::ScreenDefinition definition() const;
    /** Selects the stored screen named name (after the list is read). */
    void selectScreen(const QString& name);

public slots:
    void refresh();
    /** Runs the screen in the editor on the stored data (off the UI thread). */
    void runScreen();
    void save();

signals:
    void listLoaded();
    void ran();
    void saved();
    void symbolActivated(const QString& ticker);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadList(const QString& select = {});
    void showScreen(const Screens::ScreenDefinition& s);
    void addGroup(const QList<ConditionRow>& rows = {});
    QWidget* addRow(QVBoxLayout* group, const ConditionRow& row);
    void rowsChanged();
    void textEdited();
    void showRun(Tasks::ScreenRun run);
    void saveAs();
    void remove();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    bool m_syncing = false;
    quint64 m_runRequest = 0;
    QList<Screens::ScreenDefinition> m_stored;
    QString m_pendingSelect;
    QString m_shownName; ///< the stored name of the screen in the editor (results are its)

    QComboBox* m_screens = nullptr;
    QLabel* m_description = nullptr;
    QWidget* m_groupsHost = nullptr;
    QVBoxLayout* m_groupsLayout = nullptr;
    QList<QVBoxLayout*> m_groupLayouts;
    QLineEdit* m_expression = nullptr;
    QLineEdit* m_ranking = nullptr;
    QSpinBox* m_limit = nullptr;
    QComboBox* m_selection = nullptr;
    QCheckBox* m_watched = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_results = nullptr;
};

} // namespace Tessera::Ui
