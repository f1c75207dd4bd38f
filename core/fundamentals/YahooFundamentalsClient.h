#pragma once

#include <mutex>

#include <QDate>
#include <QString>

#include "core/common/Result.h"
#include "core/fetch/CancelCheck.h"
#include "core/fetch/http/HttpClient.h"
#include "core/fundamentals/Fundamentals.h"

namespace Tessera::Fundamentals {

struct YahooFundamentalsOptions
{
    /** quoteSummary and getcrumb host; a test server's URL serves all three. */
    QString baseUrl = QStringLiteral("https://query2.finance.yahoo.com");
    /** Where Yahoo sets the session cookie the crumb belongs to (empty: baseUrl + "/"). */
    QString cookieUrl = QStringLiteral("https://fc.yahoo.com");
    Fetch::HttpClientOptions http;
};

/**
 * Fundamentals from Yahoo's quoteSummary API, which wants a session: a cookie (from fc.yahoo.com) and a
 * "crumb" fetched with it (/v1/test/getcrumb), sent as `crumb=` on every request. The handshake runs
 * before the first request and again once when Yahoo answers 401 (the cookie or crumb expired or
 * changed); a second 401, a missing crumb or a consent page instead of one are errors that say so.
 * Cookies live in the HTTP client's own jar (Qt's QNetworkAccessManager keeps them per session).
 * Thread-safe: fetch() may run on several threads; the handshake is done by one of them.
 */
class YahooFundamentalsClient
{
public:
    explicit YahooFundamentalsClient(YahooFundamentalsOptions options);

    /** ticker's fundamentals as of asOf (normally today). */
    [[nodiscard]] Result<Record>
    fetch(const QString& ticker, QDate asOf, const Fetch::CancelCheck& canceled = {});

    /** Handshakes done so far (tests). */
    int handshakes() const;

private:
    /** Gets a fresh crumb unless another thread already replaced `stale` meanwhile. */
    [[nodiscard]] Result<QString> refreshCrumb(const QString& stale, const Fetch::CancelCheck& canceled);

    YahooFundamentalsOptions m_options;
    Fetch::HttpClient m_http;
    mutable std::mutex m_mutex;
    QString m_crumb;
    int m_handshakes = 0;
};

} // namespace Tessera::Fundamentals
