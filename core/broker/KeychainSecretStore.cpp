#include <QCoreApplication>
#include <QEventLoop>

#include "core/broker/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace Tessera::Broker {
namespace {

const QString kService = QStringLiteral("Tessera");

QString noKeychain(const QString& detail)
{
    return QCoreApplication::translate("Broker",
                                       "no system keychain available: install/unlock gnome-keyring (or "
                                       "KWallet) and make sure a D-Bus session runs; Tessera never stores "
                                       "broker secrets in a plain file (%1)")
        .arg(detail);
}

/** Runs a QtKeychain job to its end on this thread (the jobs are asynchronous). */
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never plaintext: see the header
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error jobError(const QKeychain::Job& job, const QString& key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error::notFound(QStringLiteral("no secret stored under %1").arg(key));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError: // libsecret: "Could not connect", a missing or locked collection
        return Error::io(noKeychain(job.errorString()));
    default:
        return Error::io(
            QCoreApplication::translate("Broker", "system keychain: %1 (%2)").arg(job.errorString(), key));
    }
}

class KeychainSecretStore final : public SecretStore
{
public:
    Result<QString> read(const QString& key) override
    {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        runJob(job);
        if (job.error() != QKeychain::NoError) {
            return fail(jobError(job, key));
        }
        return job.textData();
    }

    Result<void> write(const QString& key, const QString& value) override
    {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(value);
        runJob(job);
        if (job.error() != QKeychain::NoError) {
            return fail(jobError(job, key));
        }
        return {};
    }

    Result<void> remove(const QString& key) override
    {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
            return fail(jobError(job, key));
        }
        return {};
    }

    QString description() const override { return QCoreApplication::translate("Broker", "system keychain"); }
};

} // namespace

std::unique_ptr<SecretStore> systemSecretStore()
{
    return std::make_unique<KeychainSecretStore>();
}

} // namespace Tessera::Broker
