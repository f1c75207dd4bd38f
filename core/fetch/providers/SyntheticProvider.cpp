#include "core/fetch/providers/SyntheticProvider.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QHash>

/*
 * The synthetic market model (per ticker, daily; every draw comes from the ticker's own stream).
 *
 * Stream: xoshiro256** seeded by splitmix64 from FNV-1a-64(UTF-8 ticker) ^ splitmix64(seed). FNV-1a
 * and not qHash, which is randomised per process. Normals are Marsaglia polar draws and Student-t(5)
 * is z / sqrt(chi2_5 / 5) with chi2_5 a sum of five squared normals, scaled by sqrt(3/5) to unit
 * variance: the <random> distributions are implementation-defined, so they would differ between
 * standard libraries. Only +, *, /, sqrt, log and exp are used; log/exp may differ in the last ulp
 * between C libraries (as may FMA contraction on some targets), which moves a rounded cent only when
 * a price lies within ~1e-12 of a half-cent, so the output is the same on every platform in practice.
 *
 * Per-ticker parameters (drawn first, in a fixed order):
 *   annual vol  sigma_a ~ U[0.20, 0.42]; target daily variance hbar = sigma_a^2 / 252
 *   GARCH       alpha ~ U[0.08, 0.12], persistence alpha + beta ~ U[0.955, 0.975]
 *   jumps       probability p ~ U[0.005, 0.010] a day, size ~ N(-0.005, 0.04) in log terms,
 *               variance share jv = p (0.04^2 + 0.005^2)
 *   drift       mu_a ~ N(0.07, 0.10) a year
 *   price       P0 log-uniform in [20, 5000]
 *   volume      ADV log-uniform in [2e5, 2e7] shares; AR(1) phi ~ U[0.50, 0.75], link to the move
 *               kappa ~ U[0.30, 0.45], noise s ~ U[0.25, 0.40]
 *
 * Per business day t (log returns, h_t = conditional variance, sigma_t = sqrt(h_t)):
 *   e_t  = sigma_t * z_t,                z_t standardised Student-t(5)
 *   J_t  = N(-0.005, 0.04) with probability p, else 0
 *   m_t  = mu_a/252 - h_t/2 (the Ito term makes the expected simple return mu_a a year)
 *   r_t  = m_t + e_t + J_t + pull_t, clipped so that the close moves at most +-20 %
 *   h_t+1 = min(omega + alpha * (r_t - m_t)^2 + beta * h_t, 6 * hbar)
 *          The shock includes the jump, so volatility rises after one; omega = (1 - alpha - beta)
 *          (hbar - jv) - alpha jv makes E[h] + jv = hbar, i.e. the total variance is sigma_a^2 a
 *          year. The cap (vol <= 2.45x normal) keeps Student-t innovations from exploding it.
 *   Open  = previous close * exp(g_t), g_t = 0.3 r_t + 0.25 sigma_t n_t (the overnight gap carries
 *           part of the day's move), clipped to +-20 %; Close = previous close * exp(r_t)
 *   High  = max(Open, Close) * exp(0.55 sigma_t |n|), Low = min(Open, Close) * exp(-0.55 sigma_t |n|)
 *   volume v_t = phi v_t-1 + kappa (|r_t| / sqrt(hbar) - 0.8) + 0.5 ln(sigma_t / sqrt(hbar))
 *                + s sqrt(1 - phi^2) n_t;  Volume = max(1, round(ADV * exp(v_t)))
 *   pull_t: 1 % a day of the distance by which the log close has left [ln max(P0/30, 2), ln 30 P0];
 *           zero in ordinary paths, it only keeps 20,000-day paths from decaying to pennies.
 * h_0 = hbar exp(0.4 n) (capped): a random starting regime. Each n is a fresh standard normal. Prices are
 * rounded to 0.01 after the path is built, then High/Low are widened again to cover the rounded Open/Close
 * and every price is at least 0.01. Adj Close = Close (no dividends).
 *
 * Measured over the 50 demo symbols x 1000 days (medians over symbols, seeds 1, 7, 42, see
 * TestSyntheticProvider): excess kurtosis 4.7-5.4, lag-1 autocorrelation of r^2 0.11-0.13, |lag-1
 * autocorrelation of r| 0.03, corr(log volume, |r|) 0.53-0.55, annualised vol 0.17-0.46, mean
 * (H-L)/C 2.5 %. Worst medians over seeds 1-60: kurtosis 4.2, r^2 autocorrelation 0.08, |r
 * autocorrelation| 0.04, volume link 0.52; every symbol's vol within 0.14-0.55.
 */

namespace Tessera::Fetch {

namespace {

constexpr int kMaxDays = 20000;

// Model constants (see the block comment above).
constexpr double kTradingDays = 252.0;
constexpr double kAnnualVolMin = 0.20;
constexpr double kAnnualVolMax = 0.42;
constexpr double kAlphaMin = 0.08;
constexpr double kAlphaMax = 0.12;
constexpr double kPersistenceMin = 0.955;
constexpr double kPersistenceMax = 0.975;
constexpr double kVarianceCap = 6.0;
constexpr double kDriftMean = 0.07;
constexpr double kDriftSd = 0.10;
constexpr double kJumpProbMin = 0.005;
constexpr double kJumpProbMax = 0.010;
constexpr double kJumpMean = -0.005;
constexpr double kJumpSd = 0.04;
constexpr double kPriceMin = 20.0;
constexpr double kPriceMax = 5000.0;
constexpr double kAdvMin = 2e5;
constexpr double kAdvMax = 2e7;
constexpr double kGapShare = 0.3;
constexpr double kGapNoise = 0.25;
constexpr double kRangeScale = 0.55;
constexpr double kRegimeWeight = 0.5;
constexpr double kMoveCenter = 0.8; // ~E|r|/sigma for these innovations, so the link term is centred
constexpr double kPullRate = 0.01;
constexpr double kPullBand = 30.0;
constexpr double kPullFloor = 2.0;

/** FNV-1a 64-bit: a fixed hash, identical in every process and on every platform. */
quint64 fnv1a64(const QByteArray& bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= static_cast<quint64>(static_cast<unsigned char>(c));
        h *= 1099511628211ULL;
    }
    return h;
}

/** splitmix64 step (Steele, Lea, Flood 2014): spreads a 64-bit seed over the xoshiro state. */
quint64 splitMix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/** xoshiro256** (Blackman, Vigna 2018) with our own normal and Student-t draws, see the file comment. */
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& word : m_s)
            word = splitMix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    double logUniform(double lo, double hi) { return lo * std::exp(std::log(hi / lo) * uniform()); }

    /** Standard normal, Marsaglia polar method; the second value of each pair is kept for the next call. */
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }

    /** Student-t(5) scaled to unit variance (the t(5) variance is 5/3). */
    double studentT5()
    {
        const double z = normal();
        double chi2 = 0.0;
        for (int i = 0; i < 5; ++i) {
            const double n = normal();
            chi2 += n * n;
        }
        // chi2 == 0 has probability zero but would divide by zero; the tiny floor keeps the draw finite.
        return z / std::sqrt(std::max(chi2, 1e-12) / 5.0) * std::sqrt(3.0 / 5.0);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_s{};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

/** The last bar's date: endDate or the Friday before it; invalid = the last weekday before today. */
QDate lastBusinessDay(const QDate& endDate)
{
    QDate d = endDate.isValid() ? endDate : QDate::currentDate().addDays(-1);
    while (isWeekend(d))
        d = d.addDays(-1);
    return d;
}

/** Julian day numbers of the `count` weekdays ending at `last`, ascending. */
std::vector<qint64> businessDays(const QDate& last, int count)
{
    std::vector<qint64> days(static_cast<size_t>(count));
    QDate d = last;
    for (int i = count - 1; i >= 0; --i) {
        while (isWeekend(d))
            d = d.addDays(-1);
        days[static_cast<size_t>(i)] = d.toJulianDay();
        d = d.addDays(-1);
    }
    return days;
}

double roundCents(double price)
{
    return std::round(price * 100.0) / 100.0;
}

/** One demo company: ticker stem, name, sector, industry. */
struct DemoCompany
{
    const char16_t* stem;
    const char16_t* name;
    const char16_t* sector;
    const char16_t* industry;
};

// Made-up companies, five per sector (Yahoo-style sector and industry names so filters built for real
// universes work on the demo too).
constexpr std::array<DemoCompany, 50> kDemoCompanies = {{
    {u"ALVORA", u"Alvora Bank Ltd", u"Financial Services", u"Banks - Regional"},
    {u"CALDERA", u"Caldera Finance Ltd", u"Financial Services", u"Credit Services"},
    {u"MARLOW", u"Marlow Life Insurance Ltd", u"Financial Services", u"Insurance - Life"},
    {u"QUILLON", u"Quillon Asset Management Ltd", u"Financial Services", u"Asset Management"},
    {u"TESSIN", u"Tessin Capital Markets Ltd", u"Financial Services", u"Capital Markets"},
    {u"BYTERRA", u"Byterra Systems Ltd", u"Technology", u"Information Technology Services"},
    {u"CORVEX", u"Corvex Software Ltd", u"Technology", u"Software - Application"},
    {u"NIMBRA", u"Nimbra Semiconductors Ltd", u"Technology", u"Semiconductors"},
    {u"PIXELON", u"Pixelon Digital Ltd", u"Technology", u"Software - Infrastructure"},
    {u"VANTORA", u"Vantora Infotech Ltd", u"Technology", u"Information Technology Services"},
    {u"ARVELO", u"Arvelo Motors Ltd", u"Consumer Cyclical", u"Auto Manufacturers"},
    {u"DRAVIK", u"Dravik Auto Components Ltd", u"Consumer Cyclical", u"Auto Parts"},
    {u"LUMERA", u"Lumera Textiles Ltd", u"Consumer Cyclical", u"Textile Manufacturing"},
    {u"SAFFRA", u"Saffra Restaurants Ltd", u"Consumer Cyclical", u"Restaurants"},
    {u"OLVERA", u"Olvera Retail Ltd", u"Consumer Cyclical", u"Specialty Retail"},
    {u"FORGEN", u"Forgen Engineering Ltd", u"Industrials", u"Engineering & Construction"},
    {u"HALDOR", u"Haldor Machines Ltd", u"Industrials", u"Specialty Industrial Machinery"},
    {u"KESTRA", u"Kestra Electricals Ltd", u"Industrials", u"Electrical Equipment & Parts"},
    {u"RAILEX", u"Railex Infra Projects Ltd", u"Industrials", u"Infrastructure Operations"},
    {u"TORVIK", u"Torvik Aerospace Ltd", u"Industrials", u"Aerospace & Defense"},
    {u"FERRUMA", u"Ferruma Steel Ltd", u"Basic Materials", u"Steel"},
    {u"CHEMORA", u"Chemora Chemicals Ltd", u"Basic Materials", u"Specialty Chemicals"},
    {u"GRANITA", u"Granita Cements Ltd", u"Basic Materials", u"Building Materials"},
    {u"ALUMIRA", u"Alumira Metals Ltd", u"Basic Materials", u"Aluminum"},
    {u"PAPYRA", u"Papyra Paper Ltd", u"Basic Materials", u"Paper & Paper Products"},
    {u"MEDIVAR", u"Medivar Pharma Ltd", u"Healthcare", u"Drug Manufacturers - Specialty & Generic"},
    {u"CURANTA", u"Curanta Hospitals Ltd", u"Healthcare", u"Medical Care Facilities"},
    {u"LABRINE", u"Labrine Diagnostics Ltd", u"Healthcare", u"Diagnostics & Research"},
    {u"ORTHIX", u"Orthix Medical Devices Ltd", u"Healthcare", u"Medical Devices"},
    {u"VIRELLA", u"Virella Lifesciences Ltd", u"Healthcare", u"Biotechnology"},
    {u"GRAINLY", u"Grainly Foods Ltd", u"Consumer Defensive", u"Packaged Foods"},
    {u"PUREVA", u"Pureva Consumer Products Ltd", u"Consumer Defensive", u"Household & Personal Products"},
    {u"TEAVELL", u"Teavell Beverages Ltd", u"Consumer Defensive", u"Beverages - Non-Alcoholic"},
    {u"AGRONO", u"Agrono Agro Products Ltd", u"Consumer Defensive", u"Farm Products"},
    {u"DAILEX", u"Dailex Stores Ltd", u"Consumer Defensive", u"Grocery Stores"},
    {u"PETROVA", u"Petrova Refineries Ltd", u"Energy", u"Oil & Gas Refining & Marketing"},
    {u"DELTAR", u"Deltar Oil & Gas Ltd", u"Energy", u"Oil & Gas E&P"},
    {u"CARBONA", u"Carbona Coal Ltd", u"Energy", u"Thermal Coal"},
    {u"GASTRA", u"Gastra Pipelines Ltd", u"Energy", u"Oil & Gas Midstream"},
    {u"DRILLON", u"Drillon Energy Services Ltd", u"Energy", u"Oil & Gas Equipment & Services"},
    {u"VOLTARA", u"Voltara Power Ltd", u"Utilities", u"Utilities - Regulated Electric"},
    {u"SOLENNE", u"Solenne Green Energy Ltd", u"Utilities", u"Utilities - Renewable"},
    {u"GASCORA", u"Gascora Gas Distribution Ltd", u"Utilities", u"Utilities - Regulated Gas"},
    {u"HYDRELL", u"Hydrell Hydro Power Ltd", u"Utilities", u"Utilities - Independent Power Producers"},
    {u"AQUINOR", u"Aquinor Water Ltd", u"Utilities", u"Utilities - Regulated Water"},
    {u"TELORA", u"Telora Telecom Ltd", u"Communication Services", u"Telecom Services"},
    {u"CINEVA", u"Cineva Entertainment Ltd", u"Communication Services", u"Entertainment"},
    {u"ADVERSA", u"Adversa Advertising Ltd", u"Communication Services", u"Advertising Agencies"},
    {u"BROADEX", u"Broadex Media Ltd", u"Communication Services", u"Broadcasting"},
    {u"NETHRA", u"Nethra Networks Ltd", u"Communication Services", u"Internet Content & Information"},
}};

QList<Symbol> buildDemoSymbols()
{
    QList<Symbol> symbols;
    symbols.reserve(static_cast<qsizetype>(kDemoCompanies.size()));
    for (const DemoCompany& c : kDemoCompanies) {
        Symbol s;
        // The ".DEMO" suffix (like Yahoo's ".NS") keeps demo tickers from ever matching a real ticker:
        // tickers are unique in the symbol master, so a clash would overwrite real bars.
        s.ticker = QString::fromUtf16(c.stem) + QStringLiteral(".DEMO");
        s.name = QString::fromUtf16(c.name);
        s.exchange = QStringLiteral("DEMO");
        // INR: the price range [20, 5000] and the default universes are Indian-market shaped.
        s.currency = QStringLiteral("INR");
        s.sector = QString::fromUtf16(c.sector);
        s.industry = QString::fromUtf16(c.industry);
        symbols.append(s);
    }
    return symbols;
}

Result<void> validateOptions(const SyntheticOptions& options)
{
    if (options.days < 1 || options.days > kMaxDays)
        return fail(
            Error::invalidInput(QStringLiteral("synthetic provider: days must be between 1 and %1, got %2")
                                    .arg(kMaxDays)
                                    .arg(options.days)));
    return {};
}

} // namespace

BarSeries generateSyntheticSeries(const QString& ticker, const SyntheticOptions& options)
{
    BarSeries series(ticker);
    if (options.days < 1)
        return series;
    const int n = options.days;
    const std::vector<qint64> days = businessDays(lastBusinessDay(options.endDate), n);

    // Mixing the seed through splitmix64 first means (ticker, seed) pairs cannot cancel out by XOR.
    quint64 seedState = options.seed;
    Rng rng(fnv1a64(ticker.toUtf8()) ^ splitMix64(seedState));

    // Per-ticker parameters, in a fixed order (changing it changes every series).
    const double annualVol = rng.uniform(kAnnualVolMin, kAnnualVolMax);
    const double hBar = annualVol * annualVol / kTradingDays;
    const double sigmaBar = std::sqrt(hBar);
    const double alpha = rng.uniform(kAlphaMin, kAlphaMax);
    const double beta = rng.uniform(kPersistenceMin, kPersistenceMax) - alpha;
    const double jumpProb = rng.uniform(kJumpProbMin, kJumpProbMax);
    // The jumps carry part of the target variance and also feed the GARCH recursion, so omega is set for
    // E[h] = hBar - jumpVar: E[h] = (omega + alpha (E[h] + jumpVar)) / (1 - beta).
    const double jumpVar = jumpProb * (kJumpSd * kJumpSd + kJumpMean * kJumpMean);
    // Positive for every parameter draw above (smallest case ~1.6e-6); the floor only guards later edits.
    const double omega = std::max((1.0 - alpha - beta) * (hBar - jumpVar) - alpha * jumpVar,
                                  0.1 * (1.0 - alpha - beta) * hBar);
    const double hCap = kVarianceCap * hBar;
    const double drift = (kDriftMean + kDriftSd * rng.normal()) / kTradingDays;
    const double startPrice = rng.logUniform(kPriceMin, kPriceMax);
    const double adv = rng.logUniform(kAdvMin, kAdvMax);
    const double volPhi = rng.uniform(0.50, 0.75);
    const double volLink = rng.uniform(0.30, 0.45);
    const double volNoise = rng.uniform(0.25, 0.40) * std::sqrt(1.0 - volPhi * volPhi);
    // Start in a random volatility regime rather than always at the long-run level.
    double h = std::min(hBar * std::exp(0.4 * rng.normal()), hCap);
    double v = 0.0;

    const double maxMove = std::log(1.2); // +-20 % daily limit, as an exchange circuit band
    const double minMove = std::log(0.8);
    const double pullLo = std::log(std::max(startPrice / kPullBand, kPullFloor));
    const double pullHi = std::log(startPrice * kPullBand);
    double logClose = std::log(startPrice);

    series.reserve(n);
    for (int t = 0; t < n; ++t) {
        // Draw every variate every day, so the stream position never depends on branches.
        const double z = rng.studentT5();
        const double jumpU = rng.uniform();
        const double jumpZ = rng.normal();
        const double gapZ = rng.normal();
        const double highZ = std::abs(rng.normal());
        const double lowZ = std::abs(rng.normal());
        const double volZ = rng.normal();

        const double sigma = std::sqrt(h);
        const double mean = drift - 0.5 * h;
        const double jump = jumpU < jumpProb ? kJumpMean + kJumpSd * jumpZ : 0.0;
        const double pull = kPullRate * (std::clamp(logClose, pullLo, pullHi) - logClose);
        const double r = std::clamp(mean + sigma * z + jump + pull, minMove, maxMove);
        const double shock = r - mean;
        h = std::min(omega + alpha * shock * shock + beta * h, hCap);

        const double gap = std::clamp(kGapShare * r + kGapNoise * sigma * gapZ, minMove, maxMove);
        const double logOpen = logClose + gap;
        logClose += r;
        const double high = std::exp(std::max(logOpen, logClose) + kRangeScale * sigma * highZ);
        const double low = std::exp(std::min(logOpen, logClose) - kRangeScale * sigma * lowZ);

        v = volPhi * v + volLink * (std::abs(r) / sigmaBar - kMoveCenter)
            + kRegimeWeight * std::log(sigma / sigmaBar) + volNoise * volZ;

        // Round first, then restore Low <= Open, Close <= High and positivity on the rounded values.
        Bar bar;
        bar.date = QDate::fromJulianDay(days[static_cast<size_t>(t)]);
        bar.open = std::max(roundCents(std::exp(logOpen)), 0.01);
        bar.close = std::max(roundCents(std::exp(logClose)), 0.01);
        bar.high = std::max({roundCents(high), bar.open, bar.close});
        bar.low = std::max(std::min({roundCents(low), bar.open, bar.close}), 0.01);
        bar.adjClose = bar.close;
        bar.volume = std::max(1.0, std::round(adv * std::exp(v)));
        series.append(bar);
    }
    return series;
}

QList<Symbol> demoSymbols()
{
    static const QList<Symbol> symbols = buildDemoSymbols();
    return symbols;
}

QString demoUniverseName()
{
    return QStringLiteral("Demo market");
}

SyntheticProvider::SyntheticProvider(SyntheticOptions options)
    : m_options(std::move(options))
{}

Result<QList<FetchUnit>> SyntheticProvider::plan(const QStringList& selection)
{
    if (auto valid = validateOptions(m_options); !valid)
        return fail(valid.error());

    const QList<Symbol> demo = demoSymbols();
    QList<FetchUnit> units;
    if (selection.isEmpty()) {
        for (const Symbol& s : demo)
            units.append(FetchUnit{s.ticker, {}, s});
        return units;
    }

    QHash<QString, qsizetype> demoIndex;
    for (qsizetype i = 0; i < demo.size(); ++i)
        demoIndex.insert(demo[i].ticker, i);
    for (const QString& ticker : selection) {
        FetchUnit unit;
        unit.ticker = ticker;
        // Any ticker can be synthesised (the seeds' sample_data mode); only demo tickers carry a name.
        if (const auto it = demoIndex.constFind(ticker); it != demoIndex.constEnd())
            unit.meta = demo[it.value()];
        else
            unit.meta.ticker = ticker;
        units.append(unit);
    }
    return units;
}

Result<FetchedBars> SyntheticProvider::fetchUnit(const FetchUnit& unit, const CancelCheck&)
{
    if (auto valid = validateOptions(m_options); !valid)
        return fail(valid.error());
    if (unit.ticker.trimmed().isEmpty())
        return fail(Error::invalidInput(QStringLiteral("synthetic provider: empty ticker")));

    FetchedBars out;
    out.ticker = unit.ticker;
    out.series = generateSyntheticSeries(unit.ticker, m_options);
    out.meta = unit.meta;
    if (out.meta.ticker.isEmpty())
        out.meta.ticker = unit.ticker;
    out.replacesHistory = true;
    return out;
}

} // namespace Tessera::Fetch
