#include "tests/support/FakeYahooSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Tessera::Test {

void FakeYahooSession::setCrumbMode(CrumbMode mode)
{
    std::lock_guard lock(m_mutex);
    m_mode = mode;
}

void FakeYahooSession::rotateCookie()
{
    std::lock_guard lock(m_mutex);
    ++m_session;
}

void FakeYahooSession::addSummary(const QString& symbol, const QByteArray& body)
{
    std::lock_guard lock(m_mutex);
    m_summaries.insert(symbol, body);
}

bool FakeYahooSession::addSummaryFromRecordings(const QString& dir, const QString& symbol)
{
    QJsonObject merged;
    for (const char* module : {"financialData", "defaultKeyStatistics", "summaryDetail", "assetProfile"}) {
        QFile f(
            QDir(dir).filePath(QStringLiteral("quoteSummary-%1-%2.json").arg(QLatin1String(module), symbol)));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject recorded = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject result = recorded.value(QStringLiteral("response"))
                                       .toObject()
                                       .value(QStringLiteral("bodyJson"))
                                       .toObject()
                                       .value(QStringLiteral("quoteSummary"))
                                       .toObject()
                                       .value(QStringLiteral("result"))
                                       .toArray()
                                       .first()
                                       .toObject();
        for (auto it = result.begin(); it != result.end(); ++it) {
            merged.insert(it.key(), it.value());
        }
    }
    if (merged.isEmpty()) {
        return false;
    }
    const QJsonObject body{{QStringLiteral("quoteSummary"),
                            QJsonObject{{QStringLiteral("result"), QJsonArray{merged}},
                                        {QStringLiteral("error"), QJsonValue()}}}};
    addSummary(symbol, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return true;
}

int FakeYahooSession::crumbRequests() const
{
    std::lock_guard lock(m_mutex);
    return m_crumbRequests;
}

QByteArray FakeYahooSession::cookieOf(const QByteArray& head) const
{
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("cookie:")) {
            for (const QByteArray& part : l.mid(7).split(';')) {
                const QByteArray kv = part.trimmed();
                if (kv.startsWith("A3=")) {
                    return kv.mid(3);
                }
            }
        }
    }
    return {};
}

std::optional<FakeYahooSession::Answer>
FakeYahooSession::answer(const QUrl& url, const QByteArray& head, QString* symbol)
{
    const QString path = url.path();
    std::lock_guard lock(m_mutex);
    const QByteArray session = "s" + QByteArray::number(m_session);
    const bool cookieOk = cookieOf(head) == session;
    const QByteArray unauthorized =
        R"({"finance":{"result":null,"error":{"code":"Unauthorized","description":"Invalid Crumb"}}})";
    if (path == u"/") {
        return Answer{404,
                      "text/html",
                      "<html><body>Not Found</body></html>",
                      "Set-Cookie: A3=" + session + "; Path=/; HttpOnly\r\n"};
    }
    if (path == u"/v1/test/getcrumb") {
        ++m_crumbRequests;
        if (!cookieOk) {
            return Answer{401, "application/json", unauthorized, {}};
        }
        if (m_mode == CrumbMode::Missing) {
            return Answer{200, "text/plain", {}, {}};
        }
        return Answer{200, "text/plain", crumbOf(m_session), {}};
    }
    if (path.startsWith(QStringLiteral("/v10/finance/quoteSummary/"))) {
        *symbol = QUrl::fromPercentEncoding(path.mid(26).toLatin1());
        const QByteArray crumb =
            QUrlQuery(url).queryItemValue(QStringLiteral("crumb"), QUrl::FullyDecoded).toUtf8();
        if (m_mode == CrumbMode::AlwaysUnauthorized || !cookieOk || crumb != crumbOf(m_session)) {
            return Answer{401, "application/json", unauthorized, {}};
        }
        if (const auto it = m_summaries.constFind(*symbol); it != m_summaries.cend()) {
            return Answer{200, "application/json", *it, {}};
        }
        return Answer{
            404,
            "application/json",
            QByteArray(
                R"({"quoteSummary":{"result":null,"error":{"code":"Not Found","description":"Quote not found for symbol: )")
                + symbol->toUtf8() + "\"}}}",
            {}};
    }
    return std::nullopt;
}

} // namespace Tessera::Test
