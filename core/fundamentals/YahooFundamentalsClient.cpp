#include "core/fundamentals/YahooFundamentalsClient.h"

#include <QUrlQuery>

#include "core/fundamentals/YahooQuoteSummary.h"

namespace Tessera::Fundamentals {

namespace {

QString trimmedBase(const QString& url)
{
    QString out = url;
    while (out.endsWith(u'/')) {
        out.chop(1);
    }
    return out;
}

/** A crumb is a short token; an HTML consent page or an error text is not. */
bool looksLikeCrumb(const QByteArray& body)
{
    const QByteArray t = body.trimmed();
    return !t.isEmpty() && t.size() <= 64 && !t.contains('<') && !t.contains(' ') && !t.contains('{');
}

} // namespace

YahooFundamentalsClient::YahooFundamentalsClient(YahooFundamentalsOptions options)
    : m_options(std::move(options))
    , m_http(m_options.http)
{
    m_options.baseUrl = trimmedBase(m_options.baseUrl);
    if (m_options.cookieUrl.isEmpty()) {
        m_options.cookieUrl = m_options.baseUrl + u'/';
    }
}

int YahooFundamentalsClient::handshakes() const
{
    std::lock_guard lock(m_mutex);
    return m_handshakes;
}

Result<QString> YahooFundamentalsClient::refreshCrumb(const QString& stale,
                                                      const Fetch::CancelCheck& canceled)
{
    std::lock_guard lock(m_mutex);
    if (m_crumb != stale && !m_crumb.isEmpty()) {
        return m_crumb; // another thread renewed it while this one waited
    }
    ++m_handshakes;
    // The cookie: whatever fc.yahoo.com answers (it is a 404 page), it sets the session cookie.
    if (auto cookie = m_http.get(QUrl(m_options.cookieUrl), true)->wait(canceled); !cookie) {
        return fail(Error::io(QStringLiteral("Yahoo session: the cookie request to %1 failed: %2")
                                  .arg(m_options.cookieUrl, cookie.error().message)));
    }
    const QUrl crumbUrl(m_options.baseUrl + QStringLiteral("/v1/test/getcrumb"));
    auto crumb = m_http.get(crumbUrl, true)->wait(canceled);
    if (!crumb) {
        return fail(Error::io(
            QStringLiteral("Yahoo session: the crumb request failed: %1").arg(crumb.error().message)));
    }
    if (crumb->status != 200 || !looksLikeCrumb(crumb->body)) {
        return fail(Error::io(
            QStringLiteral(
                "Yahoo gave no crumb (HTTP %1%2): without it quoteSummary answers 401; a cookie-consent page "
                "in your region can cause this")
                .arg(crumb->status)
                .arg(crumb->body.trimmed().isEmpty() ? QStringLiteral(", empty answer") : QString())));
    }
    m_crumb = QString::fromUtf8(crumb->body.trimmed());
    return m_crumb;
}

Result<Record>
YahooFundamentalsClient::fetch(const QString& ticker, QDate asOf, const Fetch::CancelCheck& canceled)
{
    QString crumb;
    {
        std::lock_guard lock(m_mutex);
        crumb = m_crumb;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (crumb.isEmpty() || attempt > 0) {
            auto fresh = refreshCrumb(crumb, canceled);
            if (!fresh) {
                return fail(Error::io(QStringLiteral("%1: %2").arg(ticker, fresh.error().message)));
            }
            crumb = *fresh;
        }
        QUrl url(m_options.baseUrl + QStringLiteral("/v10/finance/quoteSummary/")
                 + QString::fromUtf8(QUrl::toPercentEncoding(ticker)));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("formatted"), QStringLiteral("false"));
        query.addQueryItem(QStringLiteral("modules"), quoteSummaryModules());
        query.addQueryItem(QStringLiteral("crumb"), QString::fromUtf8(QUrl::toPercentEncoding(crumb)));
        url.setQuery(query);
        auto answer = m_http.get(url)->wait(canceled);
        if (!answer && answer.error().code == ErrorCode::Cancelled) {
            return fail(answer.error());
        }
        if (!answer) {
            return fail(Error::io(QStringLiteral("%1: %2").arg(ticker, answer.error().message)));
        }
        if (answer->status == 401) {
            continue; // the session expired or changed: one new handshake, then give up
        }
        if (answer->status == 404 || answer->status == 200) {
            return parseQuoteSummary(answer->body, ticker, asOf);
        }
        return fail(Error::io(QStringLiteral("%1: Yahoo answered HTTP %2").arg(ticker).arg(answer->status)));
    }
    return fail(Error::io(
        QStringLiteral(
            "%1: Yahoo refused the session twice (HTTP 401 Unauthorized, \"Invalid Crumb\") even after a "
            "new cookie and crumb")
            .arg(ticker)));
}

} // namespace Tessera::Fundamentals
