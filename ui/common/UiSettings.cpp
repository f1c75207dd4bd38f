#include "ui/common/UiSettings.h"

#include <algorithm>

#include <QSettings>

namespace Tessera::Ui::Settings {
namespace {

const QString DatabasePathKey = QStringLiteral("database/path");
const QString LogLevelKey = QStringLiteral("log/level");
const QString DefaultLogLevel = QStringLiteral("info");
const QString MaxWorkersKey = QStringLiteral("tasks/maxWorkers");
const QString CloseToTrayKey = QStringLiteral("tray/closeToTray");
const QString OldChartOverlaysKey = QStringLiteral("chart/overlays");
const QString OldChartIndicatorPaneKey = QStringLiteral("chart/indicatorPane");
const QString ChartStudiesKey = QStringLiteral("chart/studies");
const QString ChartDefaultTemplateKey = QStringLiteral("chart/defaultTemplate");
const QString ChartTemplatesGroup = QStringLiteral("chartTemplates");
const QString ChartTimeframeKey = QStringLiteral("chart/timeframe");
const QString ChartTypeKey = QStringLiteral("chart/type");
const QString ChartScaleKey = QStringLiteral("chart/scale");
const QString ChartPaneHeightsKey = QStringLiteral("chart/paneHeights");
const QString ChartGridCountKey = QStringLiteral("chart/grid/count");
const QString ChartGridLinkedKey = QStringLiteral("chart/grid/linked");
const QString ChartGridSymbolsKey = QStringLiteral("chart/grid/symbols");
const QString ChartGridTimeframesKey = QStringLiteral("chart/grid/timeframes");
constexpr int MaxWorkersLimit = 256; // as tessera-cli --max-workers

} // namespace

QString databasePath()
{
    return QSettings().value(DatabasePathKey).toString();
}

void setDatabasePath(const QString& path)
{
    QSettings settings;
    if (path.trimmed().isEmpty()) {
        settings.remove(DatabasePathKey);
    } else {
        settings.setValue(DatabasePathKey, path.trimmed());
    }
}

QString logLevel()
{
    const QString level = QSettings().value(LogLevelKey, DefaultLogLevel).toString();
    return logLevels().contains(level) ? level : DefaultLogLevel;
}

void setLogLevel(const QString& level)
{
    QSettings().setValue(LogLevelKey, level);
}

QStringList logLevels()
{
    return {QStringLiteral("trace"),
            QStringLiteral("debug"),
            QStringLiteral("info"),
            QStringLiteral("warn"),
            QStringLiteral("error"),
            QStringLiteral("off")};
}

int maxWorkers()
{
    const int workers = QSettings().value(MaxWorkersKey, 0).toInt();
    return workers >= 0 && workers <= MaxWorkersLimit ? workers : 0;
}

void setMaxWorkers(int workers)
{
    QSettings settings;
    if (workers <= 0) {
        settings.remove(MaxWorkersKey);
    } else {
        settings.setValue(MaxWorkersKey, std::min(workers, MaxWorkersLimit));
    }
}

bool closeToTray()
{
    return QSettings().value(CloseToTrayKey, true).toBool();
}

void setCloseToTray(bool on)
{
    QSettings().setValue(CloseToTrayKey, on);
}

QString chartStudies()
{
    const QSettings settings;
    if (settings.contains(ChartStudiesKey)) {
        return settings.value(ChartStudiesKey).toString();
    }
    if (settings.contains(ChartDefaultTemplateKey)) {
        return settings.value(ChartDefaultTemplateKey).toString();
    }
    // Before issue 17 the chart had four fixed overlays and one fixed pane: carry them over.
    QStringList studies;
    const QMap<QString, QString> old = {{QStringLiteral("ma5"), QStringLiteral("sma:5")},
                                        {QStringLiteral("ma20"), QStringLiteral("sma:20")},
                                        {QStringLiteral("ma50"), QStringLiteral("sma:50")},
                                        {QStringLiteral("bollinger"), QStringLiteral("bb")},
                                        {QStringLiteral("rsi"), QStringLiteral("rsi")},
                                        {QStringLiteral("macd"), QStringLiteral("macd")},
                                        {QStringLiteral("stochastic"), QStringLiteral("stoch")},
                                        {QStringLiteral("atr"), QStringLiteral("atr")}};
    QStringList keys = settings.value(OldChartOverlaysKey).toStringList();
    keys << settings.value(OldChartIndicatorPaneKey).toString();
    for (const QString& key : std::as_const(keys)) {
        if (old.contains(key)) {
            studies << old.value(key);
        }
    }
    return studies.join(u',');
}

void setChartStudies(const QString& studyList)
{
    QSettings().setValue(ChartStudiesKey, studyList);
}

QString chartDefaultTemplate()
{
    return QSettings().value(ChartDefaultTemplateKey).toString();
}

void setChartDefaultTemplate(const QString& studyList)
{
    QSettings().setValue(ChartDefaultTemplateKey, studyList);
}

QMap<QString, QString> chartTemplates()
{
    QSettings settings;
    settings.beginGroup(ChartTemplatesGroup);
    QMap<QString, QString> templates;
    for (const QString& name : settings.childKeys()) {
        templates.insert(name, settings.value(name).toString());
    }
    return templates;
}

void setChartTemplate(const QString& name, const QString& studyList)
{
    // A slash would make a subgroup: the name is a plain key.
    QString key = name;
    key.replace(u'/', u'-').replace(u'\\', u'-');
    QSettings().setValue(ChartTemplatesGroup + u'/' + key, studyList);
}

void removeChartTemplate(const QString& name)
{
    QSettings().remove(ChartTemplatesGroup + u'/' + name);
}

QString chartTimeframe()
{
    return QSettings().value(ChartTimeframeKey, QStringLiteral("daily")).toString();
}

void setChartTimeframe(const QString& key)
{
    QSettings().setValue(ChartTimeframeKey, key);
}

QString chartType()
{
    return QSettings().value(ChartTypeKey, QStringLiteral("candles")).toString();
}

void setChartType(const QString& key)
{
    QSettings().setValue(ChartTypeKey, key);
}

QString chartScale()
{
    return QSettings().value(ChartScaleKey, QStringLiteral("linear")).toString();
}

void setChartScale(const QString& key)
{
    QSettings().setValue(ChartScaleKey, key);
}

QVariantMap chartPaneHeights()
{
    return QSettings().value(ChartPaneHeightsKey).toMap();
}

void setChartPaneHeights(const QVariantMap& heights)
{
    QSettings settings;
    if (heights.isEmpty()) {
        settings.remove(ChartPaneHeightsKey);
    } else {
        settings.setValue(ChartPaneHeightsKey, heights);
    }
}

ChartGridState chartGrid()
{
    const QSettings settings;
    ChartGridState state;
    const int count = settings.value(ChartGridCountKey, 1).toInt();
    state.count = count == 2 || count == 4 ? count : 1; // a hand-edited value falls back to one chart
    state.linked = settings.value(ChartGridLinkedKey, true).toBool();
    state.symbols = settings.value(ChartGridSymbolsKey).toStringList();
    state.timeframes = settings.value(ChartGridTimeframesKey).toStringList();
    return state;
}

void setChartGrid(const ChartGridState& state)
{
    QSettings settings;
    settings.setValue(ChartGridCountKey, state.count);
    settings.setValue(ChartGridLinkedKey, state.linked);
    settings.setValue(ChartGridSymbolsKey, state.symbols);
    settings.setValue(ChartGridTimeframesKey, state.timeframes);
}

} // namespace Tessera::Ui::Settings
