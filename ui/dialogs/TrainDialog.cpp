#include "ui/dialogs/TrainDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "core/ml/MlTypes.h"
#include "core/tasks/HourlySettings.h"
#include "core/tasks/HourlyTrainTask.h"
#include "core/tasks/TrainTask.h"
#include "core/universe/UniverseFile.h"
#include "ui/common/StartFooter.h"
#include "ui/common/UiSettings.h"

namespace Tessera::Ui {
namespace {

// UI-only state, declared next to the widget that owns it (STYLE.md §5).
const QString LastFileKey = QStringLiteral("trainDialog/lastTickersFile");
const QString LastModeKey = QStringLiteral("trainDialog/lastMode");

/** The members of `tickers` that have stored bars, in their order. */
QStringList withBars(const QStringList& tickers, const QSet<QString>& haveBars)
{
    QStringList out;
    for (const QString& t : tickers) {
        if (haveBars.contains(t)) {
            out << t;
        }
    }
    return out;
}

QStringList sortedKeys(const QHash<QString, QStringList>& hash)
{
    QStringList keys = hash.keys();
    keys.sort(Qt::CaseInsensitive);
    return keys;
}

QString defaultHorizonsText()
{
    QStringList parts;
    for (int h : Ml::defaultHorizons()) {
        parts << QString::number(h);
    }
    return parts.join(u',');
}

/** The declared default of the hourly horizons ("1,6,24"): what train-hourly uses without a choice. */
QString defaultHourlyHorizonsText()
{
    const Config::Parameter* p =
        Config::findParameter(Tasks::hourlyParameters(), QStringLiteral("train/hourly/horizons"));
    return p ? p->defaultValue : QStringLiteral("1,6,24");
}

/** Horizons text normalised: "24, 1,6" -> "1,6,24". */
QString joinHorizons(const std::vector<int>& horizons)
{
    QStringList parts;
    for (int h : horizons) {
        parts << QString::number(h);
    }
    return parts.join(u',');
}

} // namespace

TrainDialog::TrainDialog(LaunchContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("trainDialog"));
    setWindowTitle(tr("Train models"));
    auto* layout = new QVBoxLayout(this);

    // Which symbols.
    auto* which = new QGroupBox(tr("Symbols"), this);
    auto* grid = new QGridLayout(which);
    m_allRadio = new QRadioButton(
        tr("Every symbol with bars (%n)", nullptr, static_cast<int>(m_context.tickersWithBars.size())),
        which);
    m_allRadio->setObjectName(QStringLiteral("trainAllRadioButton"));
    grid->addWidget(m_allRadio, 0, 0, 1, 3);

    m_universeRadio = new QRadioButton(tr("Universe:"), which);
    m_universeRadio->setObjectName(QStringLiteral("trainUniverseRadioButton"));
    m_universeCombo = new QComboBox(which);
    m_universeCombo->setObjectName(QStringLiteral("trainUniverseComboBox"));
    for (const QString& name : sortedKeys(m_context.universes)) {
        m_universeCombo->addItem(name, name);
    }
    m_universeCombo->setCurrentIndex(std::max(0, m_universeCombo->findData(m_context.currentUniverse)));
    grid->addWidget(m_universeRadio, 1, 0);
    grid->addWidget(m_universeCombo, 1, 1, 1, 2);

    m_tagRadio = new QRadioButton(tr("Tag:"), which);
    m_tagRadio->setObjectName(QStringLiteral("trainTagRadioButton"));
    m_tagCombo = new QComboBox(which);
    m_tagCombo->setObjectName(QStringLiteral("trainTagComboBox"));
    for (const QString& tag : sortedKeys(m_context.tags)) {
        m_tagCombo->addItem(tag, tag);
    }
    grid->addWidget(m_tagRadio, 2, 0);
    grid->addWidget(m_tagCombo, 2, 1, 1, 2);

    const QStringList& selected = m_context.selectedTickers;
    // The table selects one row at a time today; the text is ready for more.
    QString selectedText = tr("The selected symbol");
    if (selected.size() == 1) {
        selectedText = tr("The selected symbol: %1").arg(selected.first());
    } else if (selected.size() > 1) {
        selectedText = tr("The %1 selected symbols: %2")
                           .arg(selected.size())
                           .arg(selected.mid(0, 5).join(QStringLiteral(", "))
                                + (selected.size() > 5 ? QStringLiteral(", …") : QString()));
    }
    m_selectedRadio = new QRadioButton(selectedText, which);
    m_selectedRadio->setObjectName(QStringLiteral("trainSelectedRadioButton"));
    grid->addWidget(m_selectedRadio, 3, 0, 1, 3);

    m_fileRadio = new QRadioButton(tr("Tickers file:"), which);
    m_fileRadio->setObjectName(QStringLiteral("trainFileRadioButton"));
    m_fileEdit = new QLineEdit(which);
    m_fileEdit->setObjectName(QStringLiteral("trainTickersFileLineEdit"));
    m_fileEdit->setPlaceholderText(tr("One ticker per line, # comments"));
    m_fileEdit->setText(QSettings().value(LastFileKey).toString());
    m_browse = new QPushButton(tr("Browse…"), which);
    m_browse->setObjectName(QStringLiteral("browseTickersFileButton"));
    grid->addWidget(m_fileRadio, 4, 0);
    grid->addWidget(m_fileEdit, 4, 1);
    grid->addWidget(m_browse, 4, 2);
    grid->setColumnStretch(1, 1);

    m_count = new QLabel(which);
    m_count->setObjectName(QStringLiteral("trainSelectionCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setWordWrap(true);
    grid->addWidget(m_count, 5, 0, 1, 3);
    layout->addWidget(which);

    // How.
    auto* how = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(how);
    m_resolution = new QComboBox(how);
    m_resolution->setObjectName(QStringLiteral("trainResolutionComboBox"));
    m_resolution->addItem(tr("Daily bars (horizons in trading days)"), QStringLiteral("daily"));
    m_resolution->addItem(tr("Hourly bars (horizons in hours; crypto, seed 001)"), QStringLiteral("hourly"));
    m_resolution->setToolTip(tr("Hourly models train on the stored hourly bars, on the last "
                                "train/hourly/fullWindowDays days, and cache their predictions for the Top "
                                "predictions view"));
    form->addRow(tr("Bars:"), m_resolution);
    auto* modes = new QVBoxLayout;
    m_fullRadio = new QRadioButton(tr("Full retrain"), how);
    m_fullRadio->setObjectName(QStringLiteral("trainFullRadioButton"));
    m_fullRadio->setToolTip(tr("Every selected model is trained anew"));
    m_incrementalRadio = new QRadioButton(tr("Incremental update"), how);
    m_incrementalRadio->setObjectName(QStringLiteral("trainIncrementalRadioButton"));
    m_incrementalRadio->setToolTip(
        tr("Only symbols with bars newer than their models: ridge is refit, random "
           "forest and gradient boosting are retrained only when older than the "
           "maximum age; predictions are always refreshed"));
    modes->addWidget(m_fullRadio);
    modes->addWidget(m_incrementalRadio);
    auto* modeHelp = new QLabel(tr("Incremental: symbols with new bars only; ridge is refit, the others are "
                                   "retrained when older than the maximum age."),
                                how);
    modeHelp->setWordWrap(true);
    modeHelp->setForegroundRole(QPalette::PlaceholderText);
    modes->addWidget(modeHelp);
    form->addRow(tr("Mode:"), modes);
    (QSettings().value(LastModeKey).toString() == QStringLiteral("incremental") ? m_incrementalRadio
                                                                                : m_fullRadio)
        ->setChecked(true);

    auto* algos = new QHBoxLayout;
    m_rf = new QCheckBox(Ml::displayName(Ml::Algorithm::RandomForest), how);
    m_rf->setObjectName(QStringLiteral("trainRfCheckBox"));
    m_gbm = new QCheckBox(Ml::displayName(Ml::Algorithm::GradientBoosting), how);
    m_gbm->setObjectName(QStringLiteral("trainGbmCheckBox"));
    m_linear = new QCheckBox(Ml::displayName(Ml::Algorithm::Ridge), how);
    m_linear->setObjectName(QStringLiteral("trainLinearCheckBox"));
    for (QCheckBox* box : {m_rf, m_gbm, m_linear}) {
        box->setChecked(true);
        algos->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &TrainDialog::updateState);
    }
    algos->addStretch(1);
    form->addRow(tr("Algorithms:"), algos);

    m_horizons = new QLineEdit(defaultHorizonsText(), how);
    m_horizons->setObjectName(QStringLiteral("trainHorizonsLineEdit"));
    m_horizons->setToolTip(tr("Forecast horizons in trading days, comma-separated: 1 = next day, 5 = a "
                              "week (7 calendar days), 21 = a month (30 calendar days)"));
    m_horizonsLabel = new QLabel(tr("Horizons (trading days):"), how);
    form->addRow(m_horizonsLabel, m_horizons);

    m_concurrent = new QSpinBox(how);
    m_concurrent->setObjectName(QStringLiteral("trainMaxConcurrentSpinBox"));
    m_concurrent->setRange(0, 256);
    m_concurrent->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_concurrent->setValue(Settings::maxWorkers());
    m_concurrent->setToolTip(tr("Symbols trained at once; each gets a share of the cores for its library "
                                "threads"));
    form->addRow(tr("Max concurrent:"), m_concurrent);
    layout->addWidget(how);

    const StartFooter footer =
        addStartFooter(this, layout, QStringLiteral("trainErrorLabel"), QStringLiteral("startTrainButton"));
    m_error = footer.error;
    m_ok = footer.start;

    connect(m_browse, &QPushButton::clicked, this, &TrainDialog::browse);
    for (QRadioButton* radio : {m_allRadio, m_universeRadio, m_tagRadio, m_selectedRadio, m_fileRadio}) {
        connect(radio, &QRadioButton::toggled, this, &TrainDialog::updateState);
    }
    connect(m_universeCombo, &QComboBox::currentIndexChanged, this, &TrainDialog::updateState);
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &TrainDialog::updateState);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &TrainDialog::updateState);
    connect(m_horizons, &QLineEdit::textChanged, this, &TrainDialog::updateState);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &TrainDialog::resolutionChanged);

    m_universeRadio->setEnabled(m_universeCombo->count() > 0);
    m_tagRadio->setEnabled(m_tagCombo->count() > 0);
    m_selectedRadio->setEnabled(!selected.isEmpty());
    // The table's universe filter says what the user is looking at; otherwise everything.
    setSelection(m_context.currentUniverse.isEmpty() ? Selection::AllWithBars : Selection::Universe);
    resize(600, sizeHint().height());
}

TrainDialog::Selection TrainDialog::selection() const
{
    if (m_universeRadio->isChecked()) {
        return Selection::Universe;
    }
    if (m_tagRadio->isChecked()) {
        return Selection::Tag;
    }
    if (m_selectedRadio->isChecked()) {
        return Selection::SelectedSymbols;
    }
    return m_fileRadio->isChecked() ? Selection::TickersFile : Selection::AllWithBars;
}

void TrainDialog::setSelection(Selection selection)
{
    QRadioButton* radio = m_allRadio;
    switch (selection) {
    case Selection::AllWithBars:
        break;
    case Selection::Universe:
        radio = m_universeRadio;
        break;
    case Selection::Tag:
        radio = m_tagRadio;
        break;
    case Selection::SelectedSymbols:
        radio = m_selectedRadio;
        break;
    case Selection::TickersFile:
        radio = m_fileRadio;
        break;
    }
    (radio->isEnabled() ? radio : m_allRadio)->setChecked(true);
    updateState();
}

QStringList TrainDialog::tickers() const
{
    const QStringList& bars = withBarsOfResolution();
    const QSet<QString> haveBars(bars.cbegin(), bars.cend());
    switch (selection()) {
    case Selection::AllWithBars:
        return {};
    case Selection::Universe:
        return withBars(m_context.universes.value(m_universeCombo->currentData().toString()), haveBars);
    case Selection::Tag:
        return withBars(m_context.tags.value(m_tagCombo->currentData().toString()), haveBars);
    case Selection::SelectedSymbols:
        return m_context.selectedTickers;
    case Selection::TickersFile: {
        auto fromFile = Universes::readTickersFile(m_fileEdit->text().trimmed());
        return fromFile ? *fromFile : QStringList();
    }
    }
    return {};
}

QString TrainDialog::mode() const
{
    return m_incrementalRadio->isChecked() ? QStringLiteral("incremental") : QStringLiteral("full");
}

QString TrainDialog::resolution() const
{
    return m_resolution->currentData().toString();
}

void TrainDialog::setResolution(const QString& resolution)
{
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(resolution)));
}

bool TrainDialog::hourly() const
{
    return resolution() == u"hourly";
}

const QStringList& TrainDialog::withBarsOfResolution() const
{
    return hourly() ? m_context.tickersWithHourlyBars : m_context.tickersWithBars;
}

void TrainDialog::resolutionChanged()
{
    // The horizons change unit: an untouched default follows the resolution's default.
    const QString current = m_horizons->text().trimmed();
    const QString hourlyDefault =
        m_context.hourlyHorizons.isEmpty() ? defaultHourlyHorizonsText() : m_context.hourlyHorizons;
    if (hourly() && (current.isEmpty() || current == defaultHorizonsText())) {
        m_horizons->setText(hourlyDefault);
    } else if (!hourly() && (current.isEmpty() || current == hourlyDefault)) {
        m_horizons->setText(defaultHorizonsText());
    }
    m_horizonsLabel->setText(hourly() ? tr("Horizons (hours):") : tr("Horizons (trading days):"));
    m_horizons->setToolTip(hourly()
                               ? tr("Forecast horizons in hours, comma-separated: 1 = the next hour, 6 = "
                                    "the next incremental update, 24 = a day")
                               : tr("Forecast horizons in trading days, comma-separated: 1 = next day, "
                                    "5 = a week (7 calendar days), 21 = a month (30 calendar days)"));
    updateState();
}

QString TrainDialog::algorithmsText() const
{
    QStringList ids;
    if (m_rf->isChecked()) {
        ids << Ml::toString(Ml::Algorithm::RandomForest);
    }
    if (m_gbm->isChecked()) {
        ids << Ml::toString(Ml::Algorithm::GradientBoosting);
    }
    if (m_linear->isChecked()) {
        ids << Ml::toString(Ml::Algorithm::Ridge);
    }
    // All three is the task's default: leave it out, so the run's parameters read as the defaults.
    return ids.size() == 3 ? QString() : ids.join(u',');
}

QString TrainDialog::horizonsText(QString* error) const
{
    auto parsed =
        hourly() ? Tasks::parseHourHorizons(m_horizons->text()) : Ml::parseHorizons(m_horizons->text());
    if (!parsed) {
        if (error) {
            *error = parsed.error().message;
        }
        return {};
    }
    const QString text = joinHorizons(*parsed);
    // Hourly: always what the box shows (the stored train/hourly/horizons may differ from the declared
    // default the box starts with). Daily: the defaults are left out, so the run reads as the defaults.
    return !hourly() && text == defaultHorizonsText() ? QString() : text;
}

TaskRequest TrainDialog::request() const
{
    const QStringList symbols = tickers();
    TaskRequest r;
    const QString what = selection() == Selection::AllWithBars
                             ? tr("every symbol")
                             : tr("%n symbol(s)", nullptr, static_cast<int>(symbols.size()));
    const bool incremental = mode() == QStringLiteral("incremental");
    if (hourly()) {
        r.kind = QStringLiteral("train-hourly");
        r.params = Tasks::hourlyTrainParams(
            symbols, mode(), algorithmsText(), horizonsText(), m_concurrent->value());
        r.title = incremental ? tr("Update hourly models (%1)").arg(what)
                              : tr("Train hourly models (%1)").arg(what);
        return r;
    }
    r.kind = QStringLiteral("train");
    r.params = Tasks::trainParams(symbols, mode(), algorithmsText(), horizonsText(), m_concurrent->value());
    r.title = incremental ? tr("Update models (%1)").arg(what) : tr("Train models (%1)").arg(what);
    return r;
}

void TrainDialog::accept()
{
    QString message;
    if (!m_rf->isChecked() && !m_gbm->isChecked() && !m_linear->isChecked()) {
        message = tr("Choose at least one algorithm.");
    } else if (horizonsText(&message); !message.isEmpty()) {
        message = tr("Horizons: %1").arg(message);
    } else if (selection() == Selection::TickersFile) {
        auto fromFile = Universes::readTickersFile(m_fileEdit->text().trimmed());
        if (m_fileEdit->text().trimmed().isEmpty()) {
            message = tr("Choose a tickers file first.");
        } else if (!fromFile) {
            message = fromFile.error().message;
        } else if (fromFile->isEmpty()) {
            message = tr("%1 lists no tickers.").arg(QDir::toNativeSeparators(m_fileEdit->text().trimmed()));
        } else {
            QSettings().setValue(LastFileKey, m_fileEdit->text().trimmed());
        }
    } else if (selection() != Selection::AllWithBars && tickers().isEmpty()) {
        message = hourly() ? tr("No symbol of this selection has stored hourly bars: load them first (Load / "
                                "update data ▸ Binance).")
                           : tr("No symbol of this selection has stored bars: load data first.");
    } else if (selection() == Selection::AllWithBars && withBarsOfResolution().isEmpty()) {
        message = hourly() ? tr("No symbol has stored hourly bars: load them first (Load / update data ▸ "
                                "Binance).")
                           : tr("No symbol has stored bars: load data first.");
    }
    if (!message.isEmpty()) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    QSettings().setValue(LastModeKey, mode());
    QDialog::accept();
}

void TrainDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Tickers file"), m_fileEdit->text(), tr("Ticker lists (*.txt *.csv *.lst);;All files (*)"));
    if (!file.isEmpty()) {
        m_fileEdit->setText(QDir::toNativeSeparators(file));
        m_fileRadio->setChecked(true);
    }
}

void TrainDialog::updateState()
{
    m_universeCombo->setEnabled(m_universeRadio->isChecked());
    m_tagCombo->setEnabled(m_tagRadio->isChecked());
    const bool file = m_fileRadio->isChecked();
    m_fileEdit->setEnabled(file);
    m_browse->setEnabled(file);
    m_error->hide();

    // How many symbols, and how many models, so the size of the run is clear before it starts.
    const Selection s = selection();
    qsizetype symbols = 0;
    QString note;
    m_allRadio->setText(
        hourly()
            ? tr("Every symbol with hourly bars (%n)",
                 nullptr,
                 static_cast<int>(m_context.tickersWithHourlyBars.size()))
            : tr("Every symbol with bars (%n)", nullptr, static_cast<int>(m_context.tickersWithBars.size())));
    if (s == Selection::AllWithBars) {
        symbols = withBarsOfResolution().size();
    } else if (s == Selection::Universe || s == Selection::Tag) {
        const QStringList all = s == Selection::Universe
                                    ? m_context.universes.value(m_universeCombo->currentData().toString())
                                    : m_context.tags.value(m_tagCombo->currentData().toString());
        symbols = tickers().size();
        if (symbols < all.size()) {
            note = tr(" (%1 of %2 have bars; the others are left out)").arg(symbols).arg(all.size());
        }
    } else if (s == Selection::SelectedSymbols) {
        symbols = m_context.selectedTickers.size();
    } else {
        symbols = tickers().size();
    }
    const int algos = int(m_rf->isChecked()) + int(m_gbm->isChecked()) + int(m_linear->isChecked());
    auto horizons =
        hourly() ? Tasks::parseHourHorizons(m_horizons->text()) : Ml::parseHorizons(m_horizons->text());
    const int models = algos * (horizons ? static_cast<int>(horizons->size()) : 0);
    m_count->setText(tr("%n symbol(s)", nullptr, static_cast<int>(symbols)) + note + QStringLiteral(" · ")
                     + tr("%n model(s) per symbol", nullptr, models));
}

} // namespace Tessera::Ui
