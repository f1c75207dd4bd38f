#pragma once

#include <QWidget>

#include "ui/charts/tiles/AnalysisView.h"

namespace Tessera::Ui {

/**
 * The verdict card: the score and the four components (momentum, flow, liquidity, cost) as
 * horizontal bars in [-1, 1] from a centre line (right and green = bullish, left and red = bearish),
 * each labelled with its weight and value. Hovering a row tells its contribution (weight × value).
 * Painted directly: four bars do not need a chart.
 */
class VerdictCard : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictCard(QWidget* parent = nullptr);

    void setAnalysis(const AnalysisView& view);
    const QList<VerdictComponent>& components() const { return m_components; }
    /** Text of component row i (label, weight, value), as painted. */
    QString rowText(int i) const;
    /** Bar rectangle of row i in widget coordinates (tests check direction and length). */
    QRectF barRect(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF trackRect(int i) const;
    int rowHeight() const;
    int labelWidth() const;

    QList<VerdictComponent> m_components;
    double m_score = 0;
    QString m_direction;
};

/** The translated display name of a verdict component key ("momentum" → "Momentum"). */
QString componentName(const QString& key);

} // namespace Tessera::Ui
