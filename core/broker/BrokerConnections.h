#pragma once

#include <memory>
#include <optional>

#include <QStringList>

#include "core/broker/BrokerClient.h"
#include "core/broker/SecretStore.h"

namespace Tessera::Broker {

/** The brokers Tessera connects to: "kite", "fyers". */
QStringList brokerNames();
/** "Kite", "Fyers"; the name itself for an unknown one. */
QString brokerDisplayName(const QString& broker);
/** The redirect listener's default port: register http://127.0.0.1:8719/NAME with the broker. */
constexpr quint16 kDefaultRedirectPort = 8719;
/** "/kite": the redirect path of a broker. */
QString redirectPath(const QString& broker);

/** What `broker status` shows of one broker. */
struct BrokerStatus
{
    QString broker;
    bool hasCredentials = false;
    std::optional<Session> session; ///< without the token
    bool expired = false;           ///< the session is past the broker's daily expiry
    QDateTime expiresAt;            ///< UTC; invalid when unknown
};

/**
 * The broker accounts of this user: credentials and sessions in the SecretStore (keys "NAME/api-key",
 * "NAME/api-secret", "NAME/session"), clients built from them. Nothing here touches the database.
 */
class BrokerConnections
{
public:
    BrokerConnections(SecretStore& secrets, ClientOptions options);

    /** Checks the broker name: "unknown broker 'x' (kite or fyers)". */
    [[nodiscard]] static Result<void> checkName(const QString& broker);

    [[nodiscard]] Result<void> saveCredentials(const QString& broker, const Credentials& credentials);
    /** The stored key and secret, or "no API key stored for Kite: run tessera-cli broker login kite --api-key
     * KEY". */
    [[nodiscard]] Result<Credentials> credentials(const QString& broker);

    /** A client with the stored credentials and no session (for logging in). */
    [[nodiscard]] Result<std::unique_ptr<BrokerClient>> newClient(const QString& broker,
                                                                  const Credentials& credentials) const;
    /** A client with the stored credentials and session: "not logged in to Kite: …" or "… expired: log in
     * again". */
    [[nodiscard]] Result<std::unique_ptr<BrokerClient>> loggedInClient(const QString& broker);

    [[nodiscard]] Result<void> saveSession(const QString& broker, const Session& session);
    /** Forgets the session (and with forgetCredentials the key and secret too). */
    [[nodiscard]] Result<void> logout(const QString& broker, bool forgetCredentials);
    [[nodiscard]] Result<BrokerStatus> status(const QString& broker);

    /**
     * When a session of broker logged in at loginAt ends: Kite's tokens expire at 06:00 IST the next
     * morning (user/#login-flow); Fyers' are valid for the trading day, also taken as 06:00 IST. The
     * brokers' own answers (TokenException, -16) remain the authority; this only spares a doomed call.
     */
    static QDateTime sessionExpiry(const QString& broker, const QDateTime& loginAt);

private:
    [[nodiscard]] Result<std::optional<Session>> storedSession(const QString& broker);

    SecretStore& m_secrets;
    ClientOptions m_options;
};

} // namespace Tessera::Broker
