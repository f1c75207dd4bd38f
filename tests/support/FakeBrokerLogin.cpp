#include "tests/support/FakeBrokerLogin.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/broker/BrokerConnections.h"
#include "core/fetch/http/HttpClient.h"

#include "tests/support/TestSupport.h"

namespace Tessera::Test {

QString playBrowser(const QUrl& loginUrl,
                    Broker::RedirectListener& listener,
                    Result<QUrlQuery>& query,
                    double waitSeconds)
{
    Fetch::HttpClientOptions options;
    options.useSystemProxy = false;
    options.requestsPerSecond = 50;
    options.retry.maxRetries = 0;
    Fetch::HttpClient browser(options);
    auto page = browser.get(loginUrl);
    query = listener.waitForQuery(waitSeconds);
    // The listener answers on this thread: keep its events running until the page arrived.
    QElapsedTimer clock;
    clock.start();
    while (!page->isFinished() && clock.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    auto result = page->wait();
    return result ? QString::fromUtf8(result->body) : result.error().message;
}

Broker::Session loginThroughBrowser(Broker::BrokerClient& client,
                                    const std::function<void(const QUrl&)>& registered)
{
    const QString state = Broker::RedirectListener::newState();
    Broker::RedirectListener listener(Broker::redirectPath(client.broker()), state, client.displayName());
    must(listener.listen(0));
    if (registered) {
        registered(listener.redirectUrl());
    }
    Result<QUrlQuery> query = fail(Error::internal(QStringLiteral("no answer")));
    const QString page = playBrowser(client.loginUrl(state, listener.redirectUrl()), listener, query);
    if (!page.contains(QStringLiteral("close this tab"))) {
        qFatal("login page: %s", qPrintable(page));
    }
    const QString code = must(client.loginCode(must(std::move(query))));
    return must(client.createSession(code));
}

} // namespace Tessera::Test
