#pragma once

#include <QWidget>

#include "core/tiles/Verdict.h"
#include "ui/charts/tiles/AnalysisView.h"

namespace Tessera::Ui {

/**
 * The verdict card: the score, signed on its −1…+1 scale with the formula it came from, and the four
 * components (momentum, flow, liquidity, cost) as horizontal bars in [-1, 1] from a centre line (right
 * and green = bullish, left and red = bearish), each labelled with its weight and value. Hovering the
 * score line shows the whole formula with its terms (VerdictFormat::toolTip); hovering a row tells the
 * component's part: weight × value of the sum (seed), or of the direction part d (momentum, flow) or
 * of the tradability t that can only strengthen the score (liquidity, cost) in the directional formula.
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
    /** The score line, as painted ("Score +0.225 (−1…+1) = d·(1 + 0.43·t)"). */
    QString scoreText() const;
    /** Tooltip of the score line (-1) or of component row i. */
    QString toolTipText(int row) const;
    /** Bar rectangle of row i in widget coordinates (tests check direction and length). */
    QRectF barRect(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF trackRect(int i) const;
    /** d, t, k and the score of the shown components by the engine's arithmetic (Tiles::combineVerdict). */
    Tiles::Verdict terms() const;
    int rowHeight() const;
    int labelWidth() const;

    QList<VerdictComponent> m_components;
    VerdictFormat::Display m_verdict;
};

/** The translated display name of a verdict component key ("momentum" → "Momentum"). */
QString componentName(const QString& key);

} // namespace Tessera::Ui
