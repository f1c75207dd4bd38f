#pragma once

#include <QDate>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Tessera::Tiles {

/**
 * The seed's bug as a rule: every price-axis tile value must lie within the symbol's own recent price
 * range. The reference range is [L, H] = [min low, max high] of the tile window (what the candles
 * show), and a value x passes when L / f ≤ x ≤ H · f, with f = AnalysisSettings::validationFactor
 * (2.5). The factor is multiplicative because prices are: it absorbs what correct data produces
 * legitimately outside the window's own range — the MA50 and Bollinger values early in the window also
 * average the 49 and 19 bars before it (the worst on five years of Nifty 50 data, every 60-bar window
 * of every symbol: 2.07×, ADANIENT after its 2023 crash), the synthetic order book's outer levels —
 * and still catches a scale break: when the window's bars are ×10 (or ×3) the rest, the MA50 at the
 * window's start mixes both scales and lies far below L / f; the NTPC case (spot ₹322, tiles at
 * 2800–3400) fails by ~9×. Non-finite values (missing MA at the start of a history) are not checked.
 *
 * The checker keeps, per tile and field, the value furthest outside, so a ×10 break yields one message
 * per tile and field, not sixty. checkJump adds the same rule's other face: a jump between two closes.
 */
class RangeValidator
{
public:
    RangeValidator(double low, double high, double factor);

    /** Checks one value; date may be empty (values not tied to a bar). */
    void check(const QString& tile, const QString& field, double value, const QString& date = {});

    /**
     * Checks one close-to-close move inside the bars the tiles read (the window and the MA50's 49
     * bars before it): a jump by the factor f or more (+150 %, −60 % at 2.5) is a scale break within
     * the tiles themselves — candles and profile would mix two price scales even though each value
     * lies inside the (then very wide) range. Real daily moves stay far below (Nifty 50: 28 % at most).
     */
    void checkJump(double previousClose, double close, const QDate& date);

    bool valid() const { return m_failures.isEmpty(); }
    double low() const { return m_low; }
    double high() const { return m_high; }
    double factor() const { return m_factor; }
    /** "moving_averages ma50 1.18 (2024-09-09) outside the recent range 9.00–11.00 (tolerance ×2.5)". */
    QStringList messages() const;
    /** [{tile, field, value, date, message}] for main["validation"]["errors"]. */
    QJsonArray errors() const;

private:
    struct Failure
    {
        QString tile, field, date;
        double value = 0;
        double distance = 0; ///< how far outside, as a factor (> 1)
        QString text;        ///< the message when it is not the range message
    };
    void add(Failure failure);
    QString message(const Failure& f) const;

    double m_low, m_high, m_factor;
    QList<Failure> m_failures;
};

} // namespace Tessera::Tiles
