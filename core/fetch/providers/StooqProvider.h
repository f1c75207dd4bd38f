#pragma once

#include "core/fetch/providers/NetworkProvider.h"

namespace Tessera::Fetch {

/**
 * The Stooq symbol for a Yahoo-style ticker (README "Stooq symbols"):
 *   AAPL, BRK-B         → aapl.us, brk-b.us   (no suffix: a US listing)
 *   VOD.L               → vod.uk              (London)
 *   SAP.DE, SAP.F       → sap.de              (Xetra / Frankfurt)
 *   7203.T              → 7203.jp             (Tokyo)
 *   0700.HK             → 0700.hk             (Hong Kong)
 *   ^GSPC, ^SPX         → ^spx; ^NDX → ^ndx; ^DJI → ^dji; other ^X → ^x
 *   EURUSD=X            → eurusd              (currency pairs)
 *   aapl.us, vod.uk     → unchanged           (already a Stooq symbol: .us .uk .de .jp .hk .hu .pl)
 * Indian listings (.NS, .BO) are an error: Stooq carries no NSE/BSE daily data, use Yahoo for them.
 * Any other suffix is passed on lower-cased; Stooq answers "No data" when it does not know it.
 */
[[nodiscard]] Result<QString> stooqSymbol(const QString& ticker);

/** The bars of a Stooq CSV answer (see parseStooqCsv). */
struct StooqCsv
{
    BarSeries series; ///< ascending, unique dates, at least one bar
    QStringList warnings;
};

/**
 * Reads the body of a Stooq CSV answer with HTTP status 200 for symbol (the Stooq symbol, which names
 * the answer in messages). Stooq answers failures with a plain body: "No data" and a CSV without bars
 * are NotFound (the caller decides whether that is an error: after stored bars it means nothing new),
 * "Exceeded the daily hits limit" and HTML pages are Io errors; a malformed CSV is InvalidInput as
 * parseBarsCsvData reports it. Pure function, thread-safe.
 */
[[nodiscard]] Result<StooqCsv> parseStooqCsv(const QByteArray& raw, const QString& symbol);

/**
 * Daily bars from Stooq's CSV download: `{baseUrl}/q/d/l/?s={stooq symbol}&i=d&d1=YYYYMMDD&d2=YYYYMMDD`
 * (d1 left out for "max"), header `Date,Open,High,Low,Close,Volume` with Volume optional. Stooq's
 * series are back-adjusted for splits and dividends, so they carry no separate adjusted close.
 * Stooq answers failures with HTTP 200 and a plain body; "No data", "Exceeded the daily hits limit"
 * and HTML pages become per-symbol reasons.
 */
class StooqProvider final : public NetworkProvider
{
public:
    explicit StooqProvider(NetworkOptions options, QDateTime now = QDateTime::currentDateTimeUtc());

    QString id() const override { return QStringLiteral("stooq"); }

protected:
    Result<QUrl> urlFor(const FetchUnit& unit, const Window& window) const override;
    Result<FetchedBars>
    parse(const FetchUnit& unit, const Window& window, const HttpResponse& response) const override;
};

} // namespace Tessera::Fetch
