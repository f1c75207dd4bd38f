#include "ui/dialogs/LoadTaskDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include "core/fetch/providers/SyntheticProvider.h"
#include "core/market/Market.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/LoadTask.h"
#include "ui/common/StartFooter.h"

namespace Tessera::Ui {
namespace {

// UI-only state, declared next to the widget that owns it (STYLE.md §5).
const QString LastFolderKey = QStringLiteral("loadTaskDialog/lastCsvFolder");
const QString LastSourceKey = QStringLiteral("loadTaskDialog/lastSource");

QLabel* helpLabel(const QString& text, QWidget* parent)
{
    auto* help = new QLabel(text, parent);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    help->setContentsMargins(22, 0, 0, 6);
    return help;
}

/** The choices of the Binance pairs combo: crypto universes, then every stored crypto pair. */
QList<QPair<QString, QStringList>> cryptoChoices(const LaunchContext& context)
{
    QList<QPair<QString, QStringList>> out;
    QStringList names = context.universes.keys();
    names.sort(Qt::CaseInsensitive);
    for (const QString& name : names) {
        if (Tasks::isCryptoUniverse(context.universes.value(name))) {
            out << qMakePair(name, context.universes.value(name));
        }
    }
    QStringList stored;
    for (const QStringList* list : {&context.tickersWithHourlyBars, &context.tickersWithBars}) {
        for (const QString& t : *list) {
            if (marketOfTicker(t).tradesEveryDay && !stored.contains(t)) {
                stored << t;
            }
        }
    }
    if (!stored.isEmpty()) {
        stored.sort();
        out << qMakePair(QString(), stored);
    }
    return out;
}

} // namespace

LoadTaskDialog::LoadTaskDialog(QString configuredProvider, const LaunchContext& context, QWidget* parent)
    : QDialog(parent)
    , m_configured(std::move(configuredProvider))
{
    setObjectName(QStringLiteral("loadTaskDialog"));
    setWindowTitle(tr("Load / update data"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Where should the bars come from?"), this));

    m_configuredRadio = new QRadioButton(this);
    m_configuredRadio->setObjectName(QStringLiteral("configuredProviderRadioButton"));
    if (m_configured.isEmpty()) {
        m_configuredRadio->setText(tr("The configured provider"));
        m_configuredRadio->setEnabled(false);
    } else {
        m_configuredRadio->setText(tr("The configured provider (%1)").arg(m_configured));
    }
    layout->addWidget(m_configuredRadio);
    layout->addWidget(helpLabel(m_configured.isEmpty()
                                    ? tr("None yet: it becomes the provider of the first successful load.")
                                    : tr("Updates every symbol it offers; bars already stored are kept."),
                                this));

    m_yahooRadio = new QRadioButton(tr("Yahoo Finance"), this);
    m_yahooRadio->setObjectName(QStringLiteral("yahooRadioButton"));
    layout->addWidget(m_yahooRadio);
    layout->addWidget(
        helpLabel(tr("Daily bars, dividends and splits over the internet for every symbol in "
                     "the database (NSE, BSE, US, Europe); only new days after the first fetch."),
                  this));
    m_stooqRadio = new QRadioButton(tr("Stooq"), this);
    m_stooqRadio->setObjectName(QStringLiteral("stooqRadioButton"));
    layout->addWidget(m_stooqRadio);
    layout->addWidget(helpLabel(tr("Back-adjusted daily bars over the internet for US, UK, German, Japanese "
                                   "and other listings; no NSE/BSE data. Servers and request rates are in "
                                   "Settings ▸ Data source."),
                                this));

    m_binanceRadio = new QRadioButton(tr("Binance (crypto pairs)"), this);
    m_binanceRadio->setObjectName(QStringLiteral("binanceRadioButton"));
    layout->addWidget(m_binanceRadio);
    auto* binanceRow = new QHBoxLayout;
    binanceRow->setContentsMargins(22, 0, 0, 0);
    m_binancePairs = new QComboBox(this);
    m_binancePairs->setObjectName(QStringLiteral("binancePairsComboBox"));
    for (const auto& [name, tickers] : cryptoChoices(context)) {
        const QString key = name.isEmpty() ? QStringLiteral("*") : name;
        m_cryptoPairs.insert(key, tickers);
        m_binancePairs->addItem(
            name.isEmpty() ? tr("Every stored crypto pair (%n)", nullptr, static_cast<int>(tickers.size()))
                           : tr("%1 (%n pair(s))", nullptr, static_cast<int>(tickers.size())).arg(name),
            key);
    }
    if (m_binancePairs->count() == 0) {
        m_binancePairs->addItem(tr("No crypto universe yet: import Top crypto (USDT) first"), QString());
    }
    const int current = m_binancePairs->findData(context.currentUniverse);
    m_binancePairs->setCurrentIndex(std::max(0, current));
    m_binanceInterval = new QComboBox(this);
    m_binanceInterval->setObjectName(QStringLiteral("binanceIntervalComboBox"));
    m_binanceInterval->addItem(tr("Hourly bars (1h)"), QStringLiteral("1h"));
    m_binanceInterval->addItem(tr("Daily bars (1d)"), QStringLiteral("1d"));
    binanceRow->addWidget(m_binancePairs, 1);
    binanceRow->addWidget(m_binanceInterval);
    layout->addLayout(binanceRow);
    layout->addWidget(
        helpLabel(tr("Klines from Binance's public API (no key): the pairs' whole history first, "
                     "then only the hours since the last stored one. Server and request rates "
                     "are in Settings ▸ Data source."),
                  this));

    m_syntheticRadio = new QRadioButton(tr("The offline demo market (synthetic)"), this);
    m_syntheticRadio->setObjectName(QStringLiteral("syntheticRadioButton"));
    layout->addWidget(m_syntheticRadio);
    layout->addWidget(helpLabel(tr("%n generated stock(s) with realistic daily bars; no internet needed.",
                                   nullptr,
                                   static_cast<int>(Fetch::demoSymbols().size())),
                                this));

    m_csvRadio = new QRadioButton(tr("A CSV folder:"), this);
    m_csvRadio->setObjectName(QStringLiteral("csvFolderRadioButton"));
    layout->addWidget(m_csvRadio);
    auto* folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(22, 0, 0, 0);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("csvFolderLineEdit"));
    m_folderEdit->setPlaceholderText(tr("Folder of daily OHLCV files"));
    m_folderEdit->setText(QSettings().value(LastFolderKey).toString());
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseCsvFolderButton"));
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browse);
    layout->addLayout(folderRow);

    const StartFooter footer =
        addStartFooter(this, layout, QStringLiteral("loadTaskErrorLabel"), QStringLiteral("startLoadButton"));
    m_error = footer.error;
    m_ok = footer.start;

    connect(m_browse, &QPushButton::clicked, this, &LoadTaskDialog::browse);
    for (QRadioButton* radio :
         {m_configuredRadio, m_yahooRadio, m_stooqRadio, m_binanceRadio, m_syntheticRadio, m_csvRadio}) {
        connect(radio, &QRadioButton::toggled, this, &LoadTaskDialog::updateState);
    }
    connect(m_folderEdit, &QLineEdit::textChanged, this, &LoadTaskDialog::updateState);

    // The configured provider when there is one, else what was chosen last time, else the demo.
    Source initial = m_configured.isEmpty() ? Source::Synthetic : Source::Configured;
    const int last = QSettings().value(LastSourceKey, -1).toInt();
    if (m_configured.isEmpty()
        && (last == static_cast<int>(Source::CsvFolder) || last == static_cast<int>(Source::Yahoo)
            || last == static_cast<int>(Source::Stooq) || last == static_cast<int>(Source::Binance))) {
        initial = static_cast<Source>(last);
    }
    setSource(initial);
    resize(520, sizeHint().height());
}

LoadTaskDialog::Source LoadTaskDialog::source() const
{
    if (m_configuredRadio->isChecked()) {
        return Source::Configured;
    }
    if (m_yahooRadio->isChecked()) {
        return Source::Yahoo;
    }
    if (m_stooqRadio->isChecked()) {
        return Source::Stooq;
    }
    if (m_binanceRadio->isChecked()) {
        return Source::Binance;
    }
    return m_csvRadio->isChecked() ? Source::CsvFolder : Source::Synthetic;
}

void LoadTaskDialog::setSource(Source source)
{
    switch (source) {
    case Source::Configured:
        (m_configured.isEmpty() ? m_syntheticRadio : m_configuredRadio)->setChecked(true);
        break;
    case Source::Synthetic:
        m_syntheticRadio->setChecked(true);
        break;
    case Source::CsvFolder:
        m_csvRadio->setChecked(true);
        break;
    case Source::Yahoo:
        m_yahooRadio->setChecked(true);
        break;
    case Source::Stooq:
        m_stooqRadio->setChecked(true);
        break;
    case Source::Binance:
        m_binanceRadio->setChecked(true);
        break;
    }
    updateState();
}

QString LoadTaskDialog::csvFolder() const
{
    return m_folderEdit->text().trimmed();
}

void LoadTaskDialog::setCsvFolder(const QString& folder)
{
    m_folderEdit->setText(folder);
}

QString LoadTaskDialog::binanceInterval() const
{
    return m_binanceInterval->currentData().toString();
}

void LoadTaskDialog::setBinanceInterval(const QString& interval)
{
    m_binanceInterval->setCurrentIndex(std::max(0, m_binanceInterval->findData(interval)));
}

QStringList LoadTaskDialog::binancePairs() const
{
    return m_cryptoPairs.value(m_binancePairs->currentData().toString());
}

bool LoadTaskDialog::setBinanceUniverse(const QString& name)
{
    const int index = m_binancePairs->findData(name);
    if (index < 0) {
        return false;
    }
    m_binancePairs->setCurrentIndex(index);
    return true;
}

TaskRequest LoadTaskDialog::request() const
{
    TaskRequest r;
    r.kind = QStringLiteral("load");
    switch (source()) {
    case Source::Configured:
        r.params = Tasks::loadParams(QString()); // the database's provider, resolved by the task
        r.title = tr("Load / update data");
        break;
    case Source::Synthetic:
        r.params = Tasks::loadParams(QStringLiteral("synthetic"), {}, Fetch::demoUniverseName());
        r.title = tr("Load the offline demo");
        break;
    case Source::Yahoo:
        r.params = Tasks::loadParams(QStringLiteral("yahoo"));
        r.title = tr("Update data from Yahoo Finance");
        break;
    case Source::Stooq:
        r.params = Tasks::loadParams(QStringLiteral("stooq"));
        r.title = tr("Update data from Stooq");
        break;
    case Source::Binance: {
        const QString key = m_binancePairs->currentData().toString();
        r.params = Tasks::loadParams(QStringLiteral("binance"),
                                     binancePairs(),
                                     {},
                                     {{QStringLiteral("fetch/binance/interval"), binanceInterval()}});
        const QString what = key == u"*" ? tr("stored crypto pairs") : key;
        r.title = binanceInterval() == u"1d" ? tr("Load daily bars from Binance (%1)").arg(what)
                                             : tr("Load hourly bars from Binance (%1)").arg(what);
        break;
    }
    case Source::CsvFolder: {
        const QString folder = QFileInfo(csvFolder()).absoluteFilePath();
        r.params = Tasks::loadParams(QStringLiteral("csv:") + folder);
        r.title = tr("Load CSV folder %1").arg(QFileInfo(folder).fileName());
        break;
    }
    }
    return r;
}

void LoadTaskDialog::accept()
{
    if (source() == Source::Binance && binancePairs().isEmpty()) {
        m_error->setText(
            tr("Choose the pairs first: import a crypto universe (Top crypto (USDT) is bundled)."));
        m_error->show();
        return;
    }
    if (source() == Source::CsvFolder) {
        const QFileInfo folder(csvFolder());
        if (csvFolder().isEmpty() || !folder.isDir()) {
            m_error->setText(csvFolder().isEmpty()
                                 ? tr("Choose a folder first.")
                                 : tr("%1 is not a folder.").arg(QDir::toNativeSeparators(csvFolder())));
            m_error->show();
            return;
        }
        QSettings().setValue(LastFolderKey, folder.absoluteFilePath());
    }
    QSettings().setValue(LastSourceKey, static_cast<int>(source()));
    QDialog::accept();
}

void LoadTaskDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("CSV folder"), csvFolder());
    if (!folder.isEmpty()) {
        m_folderEdit->setText(QDir::toNativeSeparators(folder));
        m_csvRadio->setChecked(true);
    }
}

void LoadTaskDialog::updateState()
{
    const bool csv = m_csvRadio->isChecked();
    m_folderEdit->setEnabled(csv);
    m_browse->setEnabled(csv);
    const bool binance = m_binanceRadio->isChecked();
    m_binancePairs->setEnabled(binance);
    m_binanceInterval->setEnabled(binance);
    m_error->hide();
}

} // namespace Tessera::Ui
