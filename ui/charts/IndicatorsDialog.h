#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Tessera::Ui {

class CandleChartView;

/**
 * The chart's "Indicators" dialog: a searchable list of every study in the engine's catalog (add with
 * Add or a double-click), the studies on the chart (remove; select one to edit its parameters, price
 * source and colour, applied at once), and templates: named study sets and the default set a new
 * chart gets (Settings::chartTemplates, chartDefaultTemplate). Non-modal; edits the chart live.
 * GUI thread only.
 */
class IndicatorsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IndicatorsDialog(CandleChartView* chart);

    /** Adds the catalog study key with its defaults (what Add does for the selected row). */
    void addStudy(const QString& key);
    /** Selects the chart's study index for editing. */
    void selectStudy(int index);

private:
    void fillCatalog();
    void refreshStudies();
    void rebuildForm();
    void refreshTemplates();
    void loadTemplate();
    void saveTemplate();
    void deleteTemplate();
    void saveDefault();

    QPointer<CandleChartView> m_chart;
    QLineEdit* m_search = nullptr;
    QListWidget* m_catalog = nullptr;
    QListWidget* m_studies = nullptr;
    QGroupBox* m_formBox = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_templates = nullptr;
    QPushButton* m_remove = nullptr;
    int m_editing = -1;
};

} // namespace Tessera::Ui
