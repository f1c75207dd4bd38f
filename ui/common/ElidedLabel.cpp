#include "ui/common/ElidedLabel.h"

namespace Tessera::Ui {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidedLabel::sizeHint() const
{
    // The whole text's width, whatever is shown now: the layout gives it back when there is room.
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + m.left() + m.right() + 2 * margin(),
            QLabel::sizeHint().height()};
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    elide();
    updateGeometry(); // a new preferred width
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for "…" at least: the layout may shrink the label that far.
    const QSize hint = QLabel::minimumSizeHint();
    return {fontMetrics().horizontalAdvance(QStringLiteral("W…")), hint.height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, contentsRect().width());
    if (text() != shown) {
        setText(shown);
    }
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace Tessera::Ui
