#include "ui/charts/tiles/VerdictCard.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include "core/tiles/Verdict.h"
#include "ui/common/MarketColors.h"
#include "ui/common/VerdictFormat.h"

namespace Tessera::Ui {
namespace {

constexpr int Padding = 8;
constexpr int ValueWidthChars = 7;

QString signedNumber(double v, int decimals)
{
    return VerdictFormat::signedScore(v, decimals);
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
    m_verdict = view.verdictDisplay();
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

QString VerdictCard::scoreText() const
{
    const QString score = signedNumber(m_verdict.score, 3);
    if (m_verdict.direction == QStringLiteral("WITHHELD")) {
        return tr("Score %1 (verdict withheld)").arg(score);
    }
    if (m_verdict.formula == QStringLiteral("directional")) {
        const bool weights = std::isfinite(m_verdict.weightMomentum + m_verdict.weightFlow
                                           + m_verdict.weightLiquidity + m_verdict.weightCost);
        return tr("Score %1 (−1…+1) = d·(1 + %2·t)")
            .arg(score, weights ? QLocale().toString(terms().strengthening, 'f', 2) : QStringLiteral("k"));
    }
    return tr("Score %1 (−1…+1) = Σ weight × component").arg(score);
}

Tiles::Verdict VerdictCard::terms() const
{
    Tiles::AnalysisSettings s;
    s.weightMomentum = m_verdict.weightMomentum;
    s.weightFlow = m_verdict.weightFlow;
    s.weightLiquidity = m_verdict.weightLiquidity;
    s.weightCost = m_verdict.weightCost;
    s.verdictFormula = m_verdict.formula == QStringLiteral("seed") ? Tiles::VerdictFormula::Seed
                                                                   : Tiles::VerdictFormula::Directional;
    return Tiles::combineVerdict(m_verdict.momentum, m_verdict.flow, m_verdict.liquidity, m_verdict.cost, s);
}

QString VerdictCard::toolTipText(int row) const
{
    if (row < 0) {
        return VerdictFormat::toolTip(m_verdict);
    }
    if (row >= m_components.size()) {
        return {};
    }
    const VerdictComponent& c = m_components[row];
    const QString value = signedNumber(c.value, 3);
    if (m_verdict.formula != QStringLiteral("directional")) {
        return tr("%1 %2 × weight %3 = %4 of the score")
            .arg(componentName(c.key),
                 value,
                 QLocale().toString(c.weight, 'f', 2),
                 signedNumber(c.value * c.weight, 3));
    }
    const Tiles::Verdict v = terms();
    if (c.key == QStringLiteral("momentum") || c.key == QStringLiteral("flow")) {
        return tr("%1 %2 × weight %3 = %4 of the direction part d = %5, which alone sets the sign")
            .arg(componentName(c.key),
                 value,
                 QLocale().toString(c.weight, 'f', 2),
                 signedNumber(c.value * c.weight, 3),
                 signedNumber(v.directionPart, 3));
    }
    const double tradabilityWeight = m_verdict.weightLiquidity + m_verdict.weightCost;
    const double share = tradabilityWeight > 0 ? c.weight / tradabilityWeight : 0.0;
    return tr("%1 %2 × share %3 = %4 of the tradability t = %5 (never below 0), which can only "
              "strengthen the score: × (1 + %6·t)")
        .arg(componentName(c.key),
             value,
             QLocale().toString(share, 'f', 2),
             signedNumber(c.value * share, 3),
             QLocale().toString(v.tradability, 'f', 3),
             QLocale().toString(v.strengthening, 'f', 2));
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
               scoreText());
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
        if (help->pos().y() < Padding + rowHeight()) {
            QToolTip::showText(help->globalPos(), toolTipText(-1), this);
            return true;
        }
        for (int i = 0; i < m_components.size(); ++i) {
            QRectF row = trackRect(i);
            row.setLeft(0);
            row.setRight(width());
            if (row.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), toolTipText(i), this);
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
