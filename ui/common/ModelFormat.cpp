#include "ui/common/ModelFormat.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace Tessera::Ui::ModelFormat {
namespace {

/** Translation context of these helpers. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelFormat)
};

const QString Dash = QStringLiteral("—");

} // namespace

const Ml::Metrics& bestBaseline(const Ml::Evaluation& e)
{
    return e.bestBaseline == QStringLiteral("zero") ? e.oosZero : e.oosMean;
}

QString number(double v, int decimals)
{
    if (std::isnan(v)) {
        return Dash;
    }
    // A tiny negative value (a baseline's R² of −0.00001) reads "0.000", not "-0.000".
    const double scale = std::pow(10.0, decimals);
    if (std::round(v * scale) == 0) {
        v = 0;
    }
    return QLocale().toString(v, 'f', decimals);
}

QString percent(double fraction, int decimals)
{
    return std::isnan(fraction) ? Dash : number(100 * fraction, decimals) + u'%';
}

QString signedPercent(double fraction, int decimals)
{
    if (std::isnan(fraction)) {
        return Dash;
    }
    const QString text = percent(fraction, decimals);
    // "+" only on what still reads as a rise after rounding.
    return fraction > 0 && text != percent(0, decimals) ? u'+' + text : text;
}

QString versus(const QString& model, const QString& baseline)
{
    return Text::tr("%1 vs %2").arg(model, baseline);
}

double move(double logReturn)
{
    return std::expm1(logReturn);
}

QString readyText(bool ready)
{
    return ready ? Text::tr("✓ ready") : Text::tr("not ready");
}

QColor readyColor(bool ready, const QColor& notReady)
{
    return ready ? QColor(0x2e, 0x7d, 0x32) : notReady;
}

QString horizonName(int tradingDays)
{
    // Trading days, as training counts them (the tooltip says so: horizonDetail).
    return Text::tr("%1D").arg(tradingDays);
}

QString horizonDetail(int tradingDays)
{
    return tradingDays == 1 ? Text::tr("1 trading day") : Text::tr("%1 trading days").arg(tradingDays);
}

QColor mutedColor(const QPalette& palette)
{
    const QColor c = palette.color(QPalette::PlaceholderText);
    const QColor w = palette.color(QPalette::Window);
    const double a = c.alphaF();
    return QColor::fromRgbF(static_cast<float>(c.redF() * a + w.redF() * (1 - a)),
                            static_cast<float>(c.greenF() * a + w.greenF() * (1 - a)),
                            static_cast<float>(c.blueF() * a + w.blueF() * (1 - a)));
}

QString dataRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid()) {
        return Dash;
    }
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString evaluationToolTip(const Ml::Evaluation& e, int horizon)
{
    const Ml::Metrics& best = bestBaseline(e);
    QString tip = e.verdict.isEmpty() ? readyText(e.productionReady) : e.verdict;
    tip += u'\n'
           + Text::tr("Out of sample (%1 walk-forward test rows, %2 folds, horizon %3):")
                 .arg(e.oos.n)
                 .arg(e.folds.size())
                 .arg(horizonDetail(horizon));
    tip +=
        u'\n' + Text::tr("IC %1 (t %2; a constant forecast has 0)").arg(number(e.oos.ic), number(e.icT, 1));
    tip += u'\n'
           + Text::tr("hit rate %1 vs %2 (training-mean baseline)")
                 .arg(percent(e.oos.hitRate), percent(hitBaseline(e).hitRate));
    tip += u'\n'
           + Text::tr("R² %1 vs %2, MAE %3 vs %4 (%5 baseline)")
                 .arg(number(e.oos.r2, 4),
                      number(best.r2, 4),
                      percent(e.oos.mae, 2),
                      percent(best.mae, 2),
                      e.bestBaseline == QStringLiteral("zero") ? Text::tr("zero-return")
                                                               : Text::tr("training-mean"));
    tip += u'\n'
           + Text::tr("MSE %1 lower than the better baseline; better in %2 of %3 folds")
                 .arg(percent(e.mseSkill, 2))
                 .arg(e.foldsBeaten)
                 .arg(e.folds.size());
    return tip;
}

} // namespace Tessera::Ui::ModelFormat
