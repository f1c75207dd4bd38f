#pragma once

#include <QLabel>

namespace Tessera::Ui {

/**
 * A one-line label that gives way to its neighbours: when its text does not fit, it shows the text cut
 * with "…" and the whole text in its tooltip. For names (a company's), never for what must be read
 * whole (a ticker, a price).
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace Tessera::Ui
