#include "core/tiles/Validation.h"

#include <algorithm>
#include <cmath>

#include <QJsonObject>

namespace Tessera::Tiles {

RangeValidator::RangeValidator(double low, double high, double factor)
    : m_low(low)
    , m_high(high)
    , m_factor(factor)
{}

void RangeValidator::check(const QString& tile, const QString& field, double value, const QString& date)
{
    if (!std::isfinite(value)) {
        return;
    }
    double distance = 0;
    if (value > m_high * m_factor) {
        distance = value / m_high;
    } else if (value < m_low / m_factor) {
        distance = value > 0 ? m_low / value : HUGE_VAL; // a price at or below zero is infinitely off
    } else {
        return;
    }
    add({tile, field, date, value, distance, {}});
}

void RangeValidator::checkJump(double previousClose, double close, const QDate& day)
{
    if (!(previousClose > 0) || !(close > 0)) {
        return;
    }
    const double ratio = close / previousClose;
    const double distance = std::max(ratio, 1 / ratio);
    if (distance < m_factor) {
        return;
    }
    const QString date = day.toString(Qt::ISODate); // only now: this runs for every bar of the span
    add({QStringLiteral("candles"),
         QStringLiteral("close jump"),
         date,
         close,
         distance,
         QStringLiteral("candles close jumps ×%1 on %2 (%3 → %4): a scale break inside the tiles' span")
             .arg(QString::number(ratio, 'f', ratio < 1 ? 3 : 1), date)
             .arg(QString::number(previousClose, 'f', 2), QString::number(close, 'f', 2))});
}

void RangeValidator::add(Failure failure)
{
    for (Failure& f : m_failures) {
        if (f.tile == failure.tile && f.field == failure.field) {
            if (failure.distance > f.distance) {
                f = std::move(failure);
            }
            return;
        }
    }
    m_failures.append(std::move(failure));
}

QString RangeValidator::message(const Failure& f) const
{
    if (!f.text.isEmpty()) {
        return f.text;
    }
    return QStringLiteral("%1 %2 %3%4 outside the recent range %5–%6 (tolerance ×%7)")
        .arg(f.tile, f.field, QString::number(f.value, 'f', 2))
        .arg(f.date.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.date))
        .arg(QString::number(m_low, 'f', 2), QString::number(m_high, 'f', 2))
        .arg(m_factor);
}

QStringList RangeValidator::messages() const
{
    QStringList out;
    for (const Failure& f : m_failures) {
        out << message(f);
    }
    return out;
}

QJsonArray RangeValidator::errors() const
{
    QJsonArray out;
    for (const Failure& f : m_failures) {
        QJsonObject e{{QStringLiteral("tile"), f.tile},
                      {QStringLiteral("field"), f.field},
                      {QStringLiteral("value"), f.value},
                      {QStringLiteral("message"), message(f)}};
        if (!f.date.isEmpty()) {
            e.insert(QStringLiteral("date"), f.date);
        }
        out.append(e);
    }
    return out;
}

} // namespace Tessera::Tiles
