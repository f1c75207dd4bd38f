#pragma once

#include <functional>

#include <QUrl>
#include <QUrlQuery>

#include "core/broker/BrokerClient.h"
#include "core/broker/RedirectListener.h"

namespace Tessera::Test {

/**
 * The browser's part of a login: requests the login URL (the fake broker "logs in" and redirects to
 * the listener), while the listener waits for it. Returns the page the browser ended on.
 */
QString playBrowser(const QUrl& loginUrl,
                    Broker::RedirectListener& listener,
                    Result<QUrlQuery>& query,
                    double waitSeconds = 10);

/**
 * Logs client in against its fake server through a redirect listener on a free port, as a user would in
 * the browser; `registered` is told the redirect URL first (Kite keeps it in the app's console).
 */
Broker::Session loginThroughBrowser(Broker::BrokerClient& client,
                                    const std::function<void(const QUrl&)>& registered = {});

} // namespace Tessera::Test
