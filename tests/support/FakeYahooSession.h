#pragma once

#include <mutex>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace Tessera::Test {

/**
 * Yahoo's cookie + crumb session as FakeMarketServer serves it, for the quoteSummary tests:
 *  - `/` answers 404 (as fc.yahoo.com does) with `Set-Cookie: A3=<session>`;
 *  - `/v1/test/getcrumb` answers the session's crumb as text when the request carries its cookie
 *    (401 without it);
 *  - `/v10/finance/quoteSummary/{symbol}?crumb=…` answers the registered body when cookie and crumb
 *    match, 401 "Invalid Crumb" when not, and Yahoo's 404 "Quote not found" for an unknown symbol.
 * Failure modes: no crumb (an empty 200), every quoteSummary refused with 401, and a new session cookie
 * (rotateCookie) that makes the crumb a client holds stale. Thread-safe.
 */
class FakeYahooSession
{
public:
    enum class CrumbMode
    {
        Normal,
        Missing,           ///< getcrumb answers 200 with an empty body
        AlwaysUnauthorized ///< quoteSummary answers 401 whatever the crumb
    };

    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray extraHeaders; ///< "Name: value\r\n" lines
    };

    void setCrumbMode(CrumbMode mode);
    /** A new session: the next `/` sets another cookie; the old cookie's crumb is refused from now on. */
    void rotateCookie();
    void addSummary(const QString& symbol, const QByteArray& body);
    /**
     * Registers symbol's quoteSummary answer built from recorded single-module files in dir
     * (`quoteSummary-<module>-<symbol>.json`, the recordings' `response.bodyJson`): the four modules in
     * one result, as one request with `modules=a,b,c,d` gets it. False when none is found.
     */
    bool addSummaryFromRecordings(const QString& dir, const QString& symbol);
    /** The answer to a request of this session's paths, or nullopt for any other path. */
    std::optional<Answer> answer(const QUrl& url, const QByteArray& requestHead, QString* symbol);
    int crumbRequests() const;

private:
    QByteArray cookieOf(const QByteArray& requestHead) const;
    QByteArray crumbOf(int session) const { return "crumb" + QByteArray::number(session) + "Zq"; }

    mutable std::mutex m_mutex;
    CrumbMode m_mode = CrumbMode::Normal;
    int m_session = 1;
    int m_crumbRequests = 0;
    QHash<QString, QByteArray> m_summaries;
};

} // namespace Tessera::Test
