#include "ui/charts/ChartStudies.h"

#include <QStringList>

namespace Tessera::Ui {

bool ChartStudy::isOverlay() const
{
    const Features::StudyInfo* info = Features::studyInfo(spec.key);
    return info && info->placement == Features::StudyPlacement::Overlay;
}

QColor ChartStudy::mainColor(bool dark) const
{
    return color.isValid() ? color : defaultStudyColor(spec.key, dark);
}

QColor defaultStudyColor(QStringView key, bool dark)
{
    // Orange, blue, purple, brown, green and magenta, lighter on a dark background.
    const struct
    {
        const char* key;
        QColor light;
        QColor dark;
    } colors[] = {
        {"sma", QColor(0xef, 0x8a, 0x00), QColor(0xff, 0xb7, 0x4d)},
        {"ema", QColor(0x19, 0x76, 0xd2), QColor(0x64, 0xb5, 0xf6)},
        {"bb", QColor(0x79, 0x55, 0x48), QColor(0xa1, 0x88, 0x7f)},
        {"vwap", QColor(0x8e, 0x24, 0xaa), QColor(0xce, 0x93, 0xd8)},
        {"rsi", QColor(0x7e, 0x57, 0xc2), QColor(0xb3, 0x9d, 0xdb)},
        {"mfi", QColor(0x7e, 0x57, 0xc2), QColor(0xb3, 0x9d, 0xdb)},
        {"atr", QColor(0x00, 0x79, 0x6b), QColor(0x4d, 0xb6, 0xac)},
        {"atrp", QColor(0x00, 0x79, 0x6b), QColor(0x4d, 0xb6, 0xac)},
    };
    for (const auto& c : colors) {
        if (key == QLatin1String(c.key)) {
            return dark ? c.dark : c.light;
        }
    }
    return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
}

QColor secondaryStudyColor(int line, bool dark)
{
    if (line == 1) {
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x8a, 0x00); // orange: signal, %D, +DI
    }
    return dark ? QColor(0xf0, 0x62, 0x92) : QColor(0xc2, 0x18, 0x5b); // magenta: −DI
}

std::optional<QList<ChartStudy>> parseStudyList(QStringView text, QString* error)
{
    QList<ChartStudy> studies;
    for (QStringView item : text.split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.isEmpty()) {
            continue;
        }
        ChartStudy study;
        const qsizetype at = item.indexOf(u'@');
        if (at >= 0) {
            study.color = QColor(item.mid(at + 1).toString());
            if (!study.color.isValid()) {
                if (error) {
                    *error = QStringLiteral("'%1' is not a colour").arg(item.mid(at + 1));
                }
                return std::nullopt;
            }
            item = item.left(at);
        }
        const auto spec = Features::parseStudy(item, error);
        if (!spec) {
            return std::nullopt;
        }
        study.spec = *spec;
        studies << study;
    }
    return studies;
}

QString studyListText(const QList<ChartStudy>& studies)
{
    QStringList items;
    for (const ChartStudy& s : studies) {
        QString item = Features::studyText(s.spec);
        if (s.color.isValid()) {
            item += u'@' + s.color.name();
        }
        items << item;
    }
    return items.join(u',');
}

QString chartTypeKey(ChartType type)
{
    switch (type) {
    case ChartType::Candles:
        return QStringLiteral("candles");
    case ChartType::OhlcBars:
        return QStringLiteral("bars");
    case ChartType::Line:
        return QStringLiteral("line");
    case ChartType::Area:
        return QStringLiteral("area");
    case ChartType::HeikinAshi:
        return QStringLiteral("heikin-ashi");
    }
    return QStringLiteral("candles");
}

std::optional<ChartType> chartTypeFromKey(QStringView key)
{
    for (ChartType t :
         {ChartType::Candles, ChartType::OhlcBars, ChartType::Line, ChartType::Area, ChartType::HeikinAshi}) {
        if (key.compare(chartTypeKey(t), Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace Tessera::Ui
