#pragma once

#include <QDialog>

#include "ui/tasks/TaskLaunchers.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Tessera::Ui {

/**
 * The parameters of "Train models" (SPEC §6, seeds 000/001): daily or hourly bars (hourly: the
 * "train-hourly" kind, horizons in hours), which symbols (every symbol with bars,
 * a universe, a tag, the table's selection or a tickers file), full retrain or incremental update,
 * the algorithms, the horizons in trading days and how many symbols train at once. Universe and tag
 * selections keep only members with stored bars (the rest could only fail with "no data"); a
 * tickers file and the table's selection are taken as they are, so a missing symbol is reported.
 * Opened with open(); request() is the choice once accepted.
 */
class TrainDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Selection
    {
        AllWithBars,
        Universe,
        Tag,
        SelectedSymbols,
        TickersFile,
    };

    explicit TrainDialog(LaunchContext context, QWidget* parent = nullptr);

    Selection selection() const;
    void setSelection(Selection selection);
    /**
     * The symbols the choice trains; empty for AllWithBars (the task takes every symbol with bars).
     * A tickers file is read here (a few lines; accept() reports a file that cannot be read).
     */
    QStringList tickers() const;
    /** "full" or "incremental". */
    QString mode() const;
    /** "daily" (the "train" kind, horizons in trading days) or "hourly" ("train-hourly", hours). */
    QString resolution() const;
    void setResolution(const QString& resolution);

    /** The run to start for the current choice (params from Tasks::trainParams). */
    TaskRequest request() const;

    void accept() override;

private:
    void browse();
    void updateState();
    /** The checked algorithms as "rf,gbm,linear" ids; empty when all are checked (the default). */
    QString algorithmsText() const;
    /** The horizons normalised ("1,5"); empty when invalid (error says why) or the daily defaults. */
    QString horizonsText(QString* error = nullptr) const;
    bool hourly() const;
    /** The symbols with bars of the chosen resolution. */
    const QStringList& withBarsOfResolution() const;
    void resolutionChanged();

    LaunchContext m_context;
    QRadioButton* m_allRadio = nullptr;
    QRadioButton* m_universeRadio = nullptr;
    QRadioButton* m_tagRadio = nullptr;
    QRadioButton* m_selectedRadio = nullptr;
    QRadioButton* m_fileRadio = nullptr;
    QComboBox* m_universeCombo = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_count = nullptr;
    QRadioButton* m_fullRadio = nullptr;
    QRadioButton* m_incrementalRadio = nullptr;
    QCheckBox* m_rf = nullptr;
    QCheckBox* m_gbm = nullptr;
    QCheckBox* m_linear = nullptr;
    QComboBox* m_resolution = nullptr;
    QLineEdit* m_horizons = nullptr;
    QLabel* m_horizonsLabel = nullptr;
    QSpinBox* m_concurrent = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Tessera::Ui
