#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include "core/common/Result.h"
#include "core/fetch/CancelCheck.h"

class QTcpServer;
class QTcpSocket;

namespace Tessera::Broker {

/**
 * The end of a broker login: a tiny HTTP listener on 127.0.0.1 (never on other interfaces) where the
 * broker's login page sends the browser back with the request token (Kite) or auth code (Fyers).
 *
 * Only a request for `path` whose `state` parameter equals the one this login made is taken; another
 * state (an old tab, or a page that is not ours) is answered 400 and ignored, so a stranger cannot slip
 * in a token of their own. The browser gets a small "you can close this tab" page. The query is never
 * logged: it carries the token.
 *
 * Lives on the thread that created it (the GUI thread, or the CLI's main thread), which must run an
 * event loop; waitForQuery() runs one itself.
 */
class RedirectListener final : public QObject
{
    Q_OBJECT

public:
    /** path: "/kite"; state: the value the login URL carried; brokerName: "Kite" (for the page). */
    RedirectListener(QString path, QString state, QString brokerName, QObject* parent = nullptr);
    ~RedirectListener() override;

    /** Listens on 127.0.0.1:port (0 = any free port): fails with a clear message when the port is taken. */
    [[nodiscard]] Result<void> listen(quint16 port);
    quint16 port() const;
    /** http://127.0.0.1:PORT/path: the redirect URL to register with the broker. */
    QUrl redirectUrl() const;

    /**
     * Blocks (running an event loop) until the redirect arrived, timeoutSeconds passed ("no login answer
     * from the browser within N s: …") or canceled() turned true.
     */
    [[nodiscard]] Result<QUrlQuery> waitForQuery(double timeoutSeconds,
                                                 const Fetch::CancelCheck& canceled = {});

    /** A fresh random state (32 hex digits) for a login URL. */
    static QString newState();
    /** The redirect URL for a broker on a port, as the broker's app settings must name it. */
    static QUrl redirectUrlFor(quint16 port, const QString& path);

signals:
    /** The redirect with the right state arrived (once). */
    void received(const QUrlQuery& query);

private:
    void accept();
    void readFrom(QTcpSocket* socket);

    const QString m_path;
    const QString m_state;
    const QString m_brokerName;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    bool m_done = false;
    QUrlQuery m_query;
};

} // namespace Tessera::Broker
