#include "ui/charts/tiles/VerdictCard.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include "ui/common/MarketColors.h"

namespace Tessera::Ui {
namespace {

constexpr int Padding = 8;
constexpr int ValueWidthChars = 7;

QString signedNumber(double v, int decimals)
{
    const QString text = QLocale().toString(v, 'f', decimals);
    return v > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

QString componentName(const QString& key)
{
    if (key == QStringLiteral("momentum")) {
        return VerdictCard::tr("Momentum");
    }
    if (key == QStringLiteral("flow")) {
        return VerdictCard::tr("Flow");
    }
    if (key == QStringLiteral("liquidity")) {
        return VerdictCard::tr("Liquidity");
    }
    if (key == QStringLiteral("cost")) {
        return VerdictCard::tr("Cost");
    }
    return key;
}

VerdictCard::VerdictCard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("verdictCardWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void VerdictCard::setAnalysis(const AnalysisView& view)
{
    m_components = view.components;
    m_score = view.score;
    m_direction = view.direction;
    updateGeometry();
    update();
}

QString VerdictCard::rowText(int i) const
{
    if (i < 0 || i >= m_components.size()) {
        return {};
    }
    const VerdictComponent& c = m_components[i];
    const QString weight =
        std::isfinite(c.weight) ? QLocale().toString(100 * c.weight, 'f', 0) + u'%' : QStringLiteral("–");
    return tr("%1 (%2)").arg(componentName(c.key), weight);
}

int VerdictCard::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int VerdictCard::labelWidth() const
{
    int widest = 0;
    for (int i = 0; i < m_components.size(); ++i) {
        widest = std::max(widest, fontMetrics().horizontalAdvance(rowText(i)));
    }
    return std::max(widest, fontMetrics().horizontalAdvance(tr("Momentum (45%)"))) + Padding;
}

QSize VerdictCard::sizeHint() const
{
    // Always room for the score line and the four components, loaded or not, so the card never jumps.
    return {420, Padding * 2 + rowHeight() * (std::max(4, static_cast<int>(m_components.size())) + 1)};
}

QSize VerdictCard::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

QRectF VerdictCard::trackRect(int i) const
{
    // Row 0 is the score; components follow.
    const int valueWidth = fontMetrics().horizontalAdvance(QString(ValueWidthChars, u'8'));
    const double top = Padding + rowHeight() * (i + 1) + 3;
    const double left = Padding + labelWidth();
    return QRectF(left, top, std::max(40.0, width() - left - valueWidth - Padding * 2), rowHeight() - 6);
}

QRectF VerdictCard::barRect(int i) const
{
    if (i < 0 || i >= m_components.size()) {
        return {};
    }
    const QRectF track = trackRect(i);
    const double v =
        std::clamp(std::isfinite(m_components[i].value) ? m_components[i].value : 0.0, -1.0, 1.0);
    const double centre = track.center().x();
    const double length = v * track.width() / 2;
    return QRectF(std::min(centre, centre + length), track.top(), std::abs(length), track.height());
}

void VerdictCard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(Padding, Padding, width() - 2 * Padding, rowHeight()),
               Qt::AlignLeft | Qt::AlignVCenter,
               m_direction == QStringLiteral("WITHHELD")
                   ? tr("Score %1 (verdict withheld)").arg(signedNumber(m_score, 3))
                   : tr("Score %1 = Σ weight × component").arg(signedNumber(m_score, 3)));
    p.setFont(font());

    for (int i = 0; i < m_components.size(); ++i) {
        const QRectF track = trackRect(i);
        p.setPen(text);
        p.drawText(QRectF(Padding, track.top() - 3, labelWidth(), rowHeight()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   rowText(i));
        QColor trackColor = muted;
        trackColor.setAlpha(40);
        p.fillRect(track, trackColor);
        const double v = m_components[i].value;
        p.fillRect(barRect(i), v >= 0 ? MarketColors::up() : MarketColors::down());
        QPen centre(muted);
        centre.setWidthF(1);
        p.setPen(centre);
        p.drawLine(QPointF(track.center().x(), track.top() - 2),
                   QPointF(track.center().x(), track.bottom() + 2));
        p.setPen(text);
        p.drawText(
            QRectF(track.right() + Padding, track.top() - 3, width() - track.right() - Padding, rowHeight()),
            Qt::AlignLeft | Qt::AlignVCenter,
            std::isfinite(v) ? signedNumber(v, 2) : QStringLiteral("–"));
    }
}

bool VerdictCard::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (int i = 0; i < m_components.size(); ++i) {
            QRectF row = trackRect(i);
            row.setLeft(0);
            row.setRight(width());
            if (row.contains(help->pos())) {
                const VerdictComponent& c = m_components[i];
                QToolTip::showText(help->globalPos(),
                                   tr("%1 %2 × weight %3 = %4 of the score")
                                       .arg(componentName(c.key),
                                            signedNumber(c.value, 3),
                                            QLocale().toString(c.weight, 'f', 2),
                                            signedNumber(c.value * c.weight, 3)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Tessera::Ui
