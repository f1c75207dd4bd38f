#include "core/broker/BrokerConnections.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include "core/broker/FyersClient.h"
#include "core/broker/KiteClient.h"

namespace Tessera::Broker {

QStringList brokerNames()
{
    return {QStringLiteral("kite"), QStringLiteral("fyers")};
}

QString brokerDisplayName(const QString& broker)
{
    if (broker == u"kite") {
        return QStringLiteral("Kite");
    }
    if (broker == u"fyers") {
        return QStringLiteral("Fyers");
    }
    return broker;
}

QString redirectPath(const QString& broker)
{
    return QStringLiteral("/") + broker;
}

BrokerConnections::BrokerConnections(SecretStore& secrets, ClientOptions options)
    : m_secrets(secrets)
    , m_options(std::move(options))
{}

Result<void> BrokerConnections::checkName(const QString& broker)
{
    if (!brokerNames().contains(broker)) {
        return fail(
            Error::invalidInput(QCoreApplication::translate("Broker", "unknown broker '%1' (one of: %2)")
                                    .arg(broker, brokerNames().join(QStringLiteral(", ")))));
    }
    return {};
}

Result<void> BrokerConnections::saveCredentials(const QString& broker, const Credentials& credentials)
{
    if (auto ok = checkName(broker); !ok) {
        return ok;
    }
    if (credentials.apiKey.trimmed().isEmpty() || credentials.apiSecret.isEmpty()) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker", "%1 needs both the API key and the API secret of your app")
                .arg(brokerDisplayName(broker))));
    }
    if (auto ok = m_secrets.write(broker + QStringLiteral("/api-key"), credentials.apiKey.trimmed()); !ok) {
        return ok;
    }
    return m_secrets.write(broker + QStringLiteral("/api-secret"), credentials.apiSecret);
}

Result<Credentials> BrokerConnections::credentials(const QString& broker)
{
    if (auto ok = checkName(broker); !ok) {
        return fail(ok.error());
    }
    auto key = m_secrets.read(broker + QStringLiteral("/api-key"));
    auto secret =
        key ? m_secrets.read(broker + QStringLiteral("/api-secret")) : Result<QString>(fail(key.error()));
    if (!key || !secret) {
        const Error e = key ? secret.error() : key.error();
        if (e.code != ErrorCode::NotFound) {
            return fail(e);
        }
        return fail(
            Error::notFound(QCoreApplication::translate("Broker",
                                                        "no API key stored for %1: run 'tessera-cli broker "
                                                        "login %2 --api-key KEY' (or Brokers ▸ Connect)")
                                .arg(brokerDisplayName(broker), broker)));
    }
    return Credentials{*key, *secret};
}

Result<std::unique_ptr<BrokerClient>> BrokerConnections::newClient(const QString& broker,
                                                                   const Credentials& credentials) const
{
    if (auto ok = checkName(broker); !ok) {
        return fail(ok.error());
    }
    std::unique_ptr<BrokerClient> client;
    if (broker == u"kite") {
        client = std::make_unique<KiteClient>(credentials, m_options);
    } else {
        client = std::make_unique<FyersClient>(credentials, m_options);
    }
    return client;
}

Result<std::optional<Session>> BrokerConnections::storedSession(const QString& broker)
{
    auto text = m_secrets.read(broker + QStringLiteral("/session"));
    if (!text) {
        if (text.error().code == ErrorCode::NotFound) {
            return std::optional<Session>();
        }
        return fail(text.error());
    }
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    Session s;
    s.accessToken = o.value(QStringLiteral("access_token")).toString();
    s.accountId = o.value(QStringLiteral("account_id")).toString();
    s.accountName = o.value(QStringLiteral("account_name")).toString();
    s.loginAt = QDateTime::fromString(o.value(QStringLiteral("login_at")).toString(), Qt::ISODate).toUTC();
    if (s.accessToken.isEmpty()) {
        return std::optional<Session>();
    }
    return std::optional<Session>(s);
}

Result<void> BrokerConnections::saveSession(const QString& broker, const Session& session)
{
    const QJsonObject o{{QStringLiteral("access_token"), session.accessToken},
                        {QStringLiteral("account_id"), session.accountId},
                        {QStringLiteral("account_name"), session.accountName},
                        {QStringLiteral("login_at"), session.loginAt.toUTC().toString(Qt::ISODate)}};
    return m_secrets.write(broker + QStringLiteral("/session"),
                           QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<std::unique_ptr<BrokerClient>> BrokerConnections::loggedInClient(const QString& broker)
{
    auto creds = credentials(broker);
    if (!creds) {
        return fail(creds.error());
    }
    auto session = storedSession(broker);
    if (!session) {
        return fail(session.error());
    }
    if (!*session) {
        return fail(
            Error::invalidInput(QCoreApplication::translate("Broker",
                                                            "not logged in to %1: run 'tessera-cli broker "
                                                            "login %2' (or Brokers ▸ Connect)")
                                    .arg(brokerDisplayName(broker), broker)));
    }
    const QDateTime expiry = sessionExpiry(broker, (*session)->loginAt);
    if (expiry.isValid() && QDateTime::currentDateTimeUtc() >= expiry) {
        return fail(Error::invalidInput(
            QCoreApplication::translate(
                "Broker",
                "%1 session of %2 expired at %3 (tokens last until 06:00 IST the next "
                "day): log in again with 'tessera-cli broker login %4'")
                .arg(brokerDisplayName(broker),
                     (*session)->accountId,
                     expiry.toTimeZone(indiaTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'IST'")),
                     broker)));
    }
    auto client = newClient(broker, *creds);
    if (!client) {
        return fail(client.error());
    }
    (*client)->setSession(**session);
    return client;
}

Result<void> BrokerConnections::logout(const QString& broker, bool forgetCredentials)
{
    if (auto ok = checkName(broker); !ok) {
        return ok;
    }
    if (auto ok = m_secrets.remove(broker + QStringLiteral("/session")); !ok) {
        return ok;
    }
    if (forgetCredentials) {
        if (auto ok = m_secrets.remove(broker + QStringLiteral("/api-key")); !ok) {
            return ok;
        }
        return m_secrets.remove(broker + QStringLiteral("/api-secret"));
    }
    return {};
}

Result<BrokerStatus> BrokerConnections::status(const QString& broker)
{
    if (auto ok = checkName(broker); !ok) {
        return fail(ok.error());
    }
    BrokerStatus st;
    st.broker = broker;
    auto creds = credentials(broker);
    if (!creds && creds.error().code != ErrorCode::NotFound) {
        return fail(creds.error());
    }
    st.hasCredentials = creds.has_value();
    auto session = storedSession(broker);
    if (!session) {
        return fail(session.error());
    }
    if (*session) {
        Session shown = **session;
        shown.accessToken.clear();
        st.session = shown;
        st.expiresAt = sessionExpiry(broker, shown.loginAt);
        st.expired = st.expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= st.expiresAt;
    }
    return st;
}

QDateTime BrokerConnections::sessionExpiry(const QString& /*broker*/, const QDateTime& loginAt)
{
    if (!loginAt.isValid()) {
        return {};
    }
    const QDateTime local = loginAt.toTimeZone(indiaTime());
    QDateTime six(local.date(), QTime(6, 0), indiaTime());
    if (local >= six) {
        six = six.addDays(1);
    }
    return six.toUTC();
}

} // namespace Tessera::Broker
