#include "ui/panels/SymbolDashboard.h"

#include <cmath>
#include <iterator>

#include <QChart>
#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "ui/charts/tiles/CandlesTile.h"
#include "ui/charts/tiles/TileFactory.h"
#include "ui/charts/tiles/VerdictCard.h"
#include "ui/charts/tiles/VolumeProfileTile.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/MarketColors.h"
#include "ui/common/VerdictFormat.h"

namespace Tessera::Ui {
namespace {

/** Grid cells (row, column, column span) of the tiles; the verdict card takes row 1, column 0. */
struct Cell
{
    const char* id;
    int row, column, span;
};
constexpr Cell Cells[] = {{"volume_profile", 0, 0, 1},
                          {"candles", 0, 1, 2},
                          {"bollinger", 1, 1, 1},
                          {"moving_averages", 1, 2, 1},
                          {"order_book", 2, 0, 1},
                          {"absorption_flow", 2, 1, 1},
                          {"activity_heatmap", 2, 2, 1},
                          {"returns_histogram", 3, 0, 1},
                          {"slippage_samples", 3, 1, 1},
                          {"monte_carlo", 3, 2, 1}};
constexpr int TileHeight = 250;

QColor directionColor(const QString& direction)
{
    if (direction == QStringLiteral("UP")) {
        return MarketColors::up();
    }
    if (direction == QStringLiteral("DOWN")) {
        return MarketColors::down();
    }
    if (direction == QStringLiteral("WITHHELD")) {
        return QColor(0xb2, 0x6a, 0x00); // amber: not a direction, a warning
    }
    return QColor(0x78, 0x78, 0x78);
}

QColor gradeColor(const QString& grade)
{
    if (grade == QStringLiteral("A")) {
        return MarketColors::up();
    }
    if (grade == QStringLiteral("B")) {
        return QColor(0x42, 0x85, 0xf4);
    }
    if (grade == QStringLiteral("C")) {
        return QColor(0xb2, 0x6a, 0x00);
    }
    return MarketColors::down();
}

/** The features' names and values as a trader reads them (percentages; price impact per billion traded). */
QString featuresHtml(const AnalysisView& view)
{
    const QLocale locale;
    QString rows;
    for (const auto& [key, value] : view.features) {
        QString name = key;
        QString text;
        if (!std::isfinite(value)) {
            text = QStringLiteral("–");
        } else if (key == QStringLiteral("amihud") || key == QStringLiteral("kyle_lambda")) {
            // Return per unit of traded value (~1e-13 for a large cap): scaled to the price move, in
            // percent, per billion of traded value in the symbol's currency, a size a trader can picture.
            text = SymbolDashboard::tr("%1 % per bn traded").arg(locale.toString(value * 1e11, 'g', 3));
        } else if (key == QStringLiteral("volatility") || key == QStringLiteral("returns")
                   || key == QStringLiteral("hl_ratio")) {
            text = locale.toString(100 * value, 'f', 2) + QStringLiteral(" %");
        } else if (key == QStringLiteral("time_of_day")) {
            text = locale.dayName(static_cast<int>(value) + 1, QLocale::ShortFormat); // 0 = Monday
        } else {
            text = locale.toString(value, 'f', 2);
        }
        if (key == QStringLiteral("amihud")) {
            name = SymbolDashboard::tr("Amihud illiquidity");
        } else if (key == QStringLiteral("kyle_lambda")) {
            name = SymbolDashboard::tr("Kyle's λ");
        } else if (key == QStringLiteral("fragmentation")) {
            name = SymbolDashboard::tr("Fragmentation");
        } else if (key == QStringLiteral("volume_z")) {
            name = SymbolDashboard::tr("Volume z-score");
        } else if (key == QStringLiteral("volatility")) {
            name = SymbolDashboard::tr("Volatility (20 d, daily)");
        } else if (key == QStringLiteral("coordinated_flow")) {
            name = SymbolDashboard::tr("Coordinated flow");
        } else if (key == QStringLiteral("returns")) {
            name = SymbolDashboard::tr("Return (1 d)");
        } else if (key == QStringLiteral("hl_ratio")) {
            name = SymbolDashboard::tr("High–low range");
        } else if (key == QStringLiteral("time_of_day")) {
            name = SymbolDashboard::tr("Weekday");
        }
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
                    .arg(name.toHtmlEscaped(), text.toHtmlEscaped());
    }
    return rows.isEmpty() ? QString()
                          : QStringLiteral("<b>%1</b><table>%2</table>")
                                .arg(SymbolDashboard::tr("Latest features"), rows);
}

/**
 * The Fundamentals section: the latest stored row in two columns of name and value, "—" for a missing
 * value (never 0), an asterisk on values Tessera derived from the others.
 */
QString fundamentalsHtml(const std::optional<Fundamentals::Record>& record)
{
    using Fundamentals::Field;
    if (!record) {
        return SymbolDashboard::tr("<b>Fundamentals</b><br>None stored: tessera-cli fundamentals import FILE "
                                   "(README \"Fundamentals\").");
    }
    const Fundamentals::Record& r = *record;
    const Field shown[] = {Field::MarketCap,
                           Field::PeRatio,
                           Field::PbRatio,
                           Field::PegRatio,
                           Field::Eps,
                           Field::BookValue,
                           Field::Roe,
                           Field::Roa,
                           Field::DebtToEquity,
                           Field::Beta,
                           Field::RevenueGrowth,
                           Field::EarningsGrowth,
                           Field::OperatingMargin,
                           Field::ProfitMargin,
                           Field::DividendYield,
                           Field::CurrentRatio};
    bool anyDerived = r.capCategoryDerived;
    QString rows;
    const int count = static_cast<int>(std::size(shown));
    for (int i = 0; i < count; i += 2) {
        rows += QStringLiteral("<tr>");
        for (int k = i; k < i + 2 && k < count; ++k) {
            const Field f = shown[k];
            const bool derived = r.has(f) && r.derived.contains(f);
            anyDerived = anyDerived || derived;
            rows +=
                QStringLiteral("<td>%1</td><td align=\"right\">&nbsp;%2%3&nbsp;&nbsp;&nbsp;</td>")
                    .arg(QString::fromLatin1(Fundamentals::info(f).label).toHtmlEscaped(),
                         Fundamentals::formatValue(r.value(f), Fundamentals::info(f).unit).toHtmlEscaped(),
                         derived ? QStringLiteral("*") : QString());
        }
        rows += QStringLiteral("</tr>");
    }
    QStringList about;
    if (!r.capCategory.isEmpty()) {
        about << Fundamentals::capCategoryLabel(r.capCategory)
                     + (r.capCategoryDerived ? QStringLiteral("*") : QString());
    }
    if (!r.sector.isEmpty()) {
        about << r.sector.toHtmlEscaped();
    }
    if (!r.industry.isEmpty()) {
        about << r.industry.toHtmlEscaped();
    }
    return SymbolDashboard::tr("<b>Fundamentals</b> as of %1 (%2)<br>%3<table>%4</table>%5")
        .arg(r.asOf.toString(Qt::ISODate),
             r.source.toHtmlEscaped(),
             about.join(QStringLiteral(" · ")),
             rows,
             anyDerived
                 ? SymbolDashboard::tr("<small>* derived by Tessera from the other fields; — missing</small>")
                 : SymbolDashboard::tr("<small>— missing</small>"));
}

QString badgeStyle(const QColor& background)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 3px 8px; "
                          "font-weight: bold; }")
        .arg(background.name());
}

} // namespace

SymbolDashboard::SymbolDashboard(QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_pool(readPool)
    , m_loader(emptyAnalysisLoader())
{
    setObjectName(QStringLiteral("symbolDashboardWidget"));
    buildUi();
    showMessage(tr("Select a symbol to see its analysis."));
}

SymbolDashboard::~SymbolDashboard() = default;

void SymbolDashboard::setLoader(AnalysisLoader loader)
{
    m_loader = loader ? std::move(loader) : emptyAnalysisLoader();
}

void SymbolDashboard::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardTitleLabel"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("dashboardPriceLabel"));
    m_price->setTextFormat(Qt::RichText);
    QFont priceFont = font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.15);
    m_price->setFont(priceFont);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("verdictBadgeLabel"));
    m_quality = new QLabel(this);
    m_quality->setObjectName(QStringLiteral("qualityGradeLabel"));
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOfLabel"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    // The ticker is always read whole; a long company name gives way ("…", whole in the tooltip)
    // instead of widening the tab.
    m_companyName = new ElidedLabel(this);
    m_companyName->setObjectName(QStringLiteral("dashboardNameLabel"));
    m_companyName->setFont(titleFont);
    header->addWidget(m_title);
    header->addWidget(m_companyName, 1);
    header->addWidget(m_price);
    header->addWidget(m_badge);
    header->addWidget(m_quality);
    header->addSpacing(12);
    header->addWidget(m_asOf);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("validationBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e57373; "
                       "border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("dashboardMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* grid = new QWidget(scroll);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(4);
    for (const Cell& cell : Cells) {
        const QString id = QString::fromLatin1(cell.id);
        TileView* tile = makeTile(id, grid);
        tile->setMinimumHeight(TileHeight);
        m_tiles.insert(id, tile);
        gridLayout->addWidget(tile, cell.row, cell.column, 1, cell.span);
        connect(tile, &TileView::enlargeRequested, this, [this, id] { enlargeTile(id); });
    }
    auto* verdictCell = new QWidget(grid);
    auto* verdictLayout = new QVBoxLayout(verdictCell);
    verdictLayout->setContentsMargins(0, 4, 0, 0);
    m_verdict = new VerdictCard(verdictCell);
    m_features = new QLabel(verdictCell);
    m_features->setObjectName(QStringLiteral("featuresLabel"));
    m_features->setTextFormat(Qt::RichText);
    m_features->setContentsMargins(8, 0, 8, 0);
    m_fundamentals = new QLabel(verdictCell);
    m_fundamentals->setObjectName(QStringLiteral("fundamentalsLabel"));
    m_fundamentals->setTextFormat(Qt::RichText);
    m_fundamentals->setContentsMargins(8, 6, 8, 0);
    m_fundamentals->setWordWrap(true);
    verdictLayout->addWidget(m_verdict);
    verdictLayout->addWidget(m_features);
    verdictLayout->addWidget(m_fundamentals);
    verdictLayout->addStretch(1);
    gridLayout->addWidget(verdictCell, 1, 0);
    for (int column = 0; column < 3; ++column) {
        gridLayout->setColumnStretch(column, 1);
    }
    scroll->setWidget(grid);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);

    m_profile = static_cast<VolumeProfileTile*>(m_tiles.value(QStringLiteral("volume_profile")));
    m_candles = static_cast<CandlesTile*>(m_tiles.value(QStringLiteral("candles")));
    m_profile->setPriceLabelsVisible(false);
    // The two charts line up vertically because they are built alike: a one-line title, no legend,
    // one row of bottom-axis labels in the same font (so both plot areas span the same pixels).
}

void SymbolDashboard::setFundamentals(std::optional<Fundamentals::Record> record)
{
    m_fundamentals->setText(fundamentalsHtml(record));
}

void SymbolDashboard::showSymbol(const QString& ticker, const QString& name)
{
    m_ticker = ticker;
    m_name = name;
    m_switchTimer.start();
    const quint64 request = ++m_request;
    if (ticker.isEmpty()) {
        m_view.reset();
        showMessage(tr("Select a symbol to see its analysis."));
        return;
    }
    m_asOf->setText(tr("Loading %1…").arg(ticker));
    QPointer<SymbolDashboard> self(this);
    QtConcurrent::run(m_pool, [loader = m_loader, ticker]() -> Result<std::optional<AnalysisView>> {
        // Loaders are injected: nothing they throw may cross into the event loop.
        try {
            auto stored = loader(ticker);
            if (!stored) {
                return fail(stored.error());
            }
            if (!*stored) {
                return std::optional<AnalysisView>();
            }
            auto view = parseAnalysisView(**stored);
            if (!view) {
                return fail(view.error());
            }
            return std::optional<AnalysisView>(std::move(*view));
        } catch (const std::exception& e) {
            return fail(Error::internal(QStringLiteral("reading the analysis of %1 failed: %2")
                                            .arg(ticker, QString::fromLocal8Bit(e.what()))));
        }
    }).then(this, [self, request, ticker](Result<std::optional<AnalysisView>> result) {
        if (!self) {
            return;
        }
        if (request != self->m_request) {
            emit self->staleResultDropped(ticker); // a newer selection superseded this one
            return;
        }
        if (!result) {
            spdlog::error("loading the analysis of {} failed: {}", ticker, result.error().message);
            self->m_view.reset();
            self->showMessage(
                tr("Could not read the analysis of %1:\n%2").arg(ticker, result.error().message));
            return;
        }
        if (!*result) {
            self->m_view.reset();
            self->showMessage(tr("No analysis of %1 yet — run Tools ▸ Run ▸ Pipeline.").arg(ticker));
            return;
        }
        (*result)->name = self->m_name;
        self->showView(std::move(**result));
    });
}

void SymbolDashboard::reload()
{
    if (!m_ticker.isEmpty()) {
        showSymbol(m_ticker, m_name);
    }
}

void SymbolDashboard::showMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentIndex(0);
    m_banner->hide();
    m_title->setText(m_ticker);
    m_companyName->setFullText(QString());
    for (QLabel* label : {m_price, m_badge, m_quality, m_asOf}) {
        label->clear();
        label->setToolTip({});
        label->setStyleSheet({});
    }
    if (!m_ticker.isEmpty()) {
        emit messageShown(m_ticker, message);
    }
}

void SymbolDashboard::showView(AnalysisView view)
{
    updateHeader(view);
    m_verdict->setAnalysis(view);
    m_features->setText(featuresHtml(view));
    for (TileView* tile : std::as_const(m_tiles)) {
        tile->setAnalysis(view);
    }
    // One price range for the profile and the candles: the candles' own (recent) range. A document
    // whose tiles lie outside it fails validation, and the banner says so.
    const auto [lo, hi] = view.priceRange();
    const auto [pLo, pHi] = paddedRange(lo, hi);
    m_candles->setPriceRange(pLo, pHi);
    const auto [axisLo, axisHi] = m_candles->priceAxisRange(); // widened to round ticks
    m_profile->setPriceRange(axisLo, axisHi);
    for (TileView* tile : std::as_const(m_tiles)) {
        tile->layoutNow();
    }

    if (view.valid) {
        m_banner->hide();
    } else {
        QStringList lines;
        for (const QString& error : std::as_const(view.validationErrors)) {
            lines << QStringLiteral("• ") + error;
        }
        m_banner->setText(tr("Verdict withheld: the analysis failed validation.\n%1")
                              .arg(lines.isEmpty() ? tr("• no reason recorded") : lines.join(u'\n')));
        m_banner->show();
    }
    m_view = std::move(view);
    m_stack->setCurrentIndex(1);
    m_lastSwitchMs = m_switchTimer.elapsed();
    emit analysisShown(m_ticker);
}

void SymbolDashboard::updateHeader(const AnalysisView& view)
{
    const QLocale locale;
    m_title->setText(view.ticker);
    m_companyName->setFullText(view.name.isEmpty() ? QString() : tr("— %1").arg(view.name));
    QString price = QStringLiteral("<b>%1</b>").arg(locale.toString(view.lastPrice, 'f', 2));
    if (std::isfinite(view.change)) {
        const QString sign = view.change > 0 ? QStringLiteral("+") : QString();
        const QColor color = view.change > 0   ? MarketColors::up()
                             : view.change < 0 ? MarketColors::down()
                                               : palette().color(QPalette::Text);
        price += QStringLiteral(" <span style=\"color:%1\">%2%3 (%2%4 %)</span>")
                     .arg(color.name(),
                          sign,
                          locale.toString(view.change, 'f', 2),
                          locale.toString(view.changePercent, 'f', 2));
    }
    m_price->setText(price);

    // The score signed on its −1…+1 scale: "UP · 17 %" read as "+17 % expected", which it never was.
    const VerdictFormat::Display verdict = view.verdictDisplay();
    m_badge->setText(VerdictFormat::badgeText(verdict));
    m_badge->setStyleSheet(badgeStyle(directionColor(view.direction)));
    m_badge->setToolTip(VerdictFormat::toolTip(verdict));

    m_quality->setText(tr("Quality %1").arg(view.qualityGrade));
    m_quality->setStyleSheet(badgeStyle(gradeColor(view.qualityGrade)));
    m_quality->setToolTip(
        view.qualityReasons.isEmpty()
            ? tr("Data quality %1: no problems found").arg(view.qualityGrade)
            : tr("Data quality %1:\n%2").arg(view.qualityGrade, view.qualityReasons.join(u'\n')));

    QString asOf = tr("as of %1").arg(locale.toString(view.asOf, QLocale::ShortFormat));
    if (view.updatedAt.isValid()) {
        asOf += tr(" · updated %1").arg(locale.toString(view.updatedAt, QLocale::ShortFormat));
    }
    m_asOf->setText(asOf);
    m_asOf->setToolTip(
        tr("%1 bars analysed; the tiles cover the last %2").arg(view.bars).arg(view.candles.size()));
}

void SymbolDashboard::enlargeTile(const QString& id)
{
    if (!m_view) {
        return;
    }
    if (m_enlarged) {
        m_enlarged->close();
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("enlargedTileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    TileView* tile = makeTile(id, dialog);
    if (!tile) {
        delete dialog;
        return;
    }
    tile->setEnlargeable(false); // already enlarged: its tooltip shows values, not the instruction
    tile->setAnalysis(*m_view);
    dialog->setWindowTitle(tr("%1 — %2").arg(m_view->ticker, tile->title()));
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tile);
    dialog->resize(960, 620);
    m_enlarged = dialog;
    dialog->show();
}

} // namespace Tessera::Ui
