#include "ui/broker/BrokerSyncRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent>

#include "core/broker/BrokerConnections.h"
#include "core/broker/BrokerSync.h"
#include "core/broker/SecretStore.h"
#include "core/common/Paths.h"

namespace Tessera::Ui {

QFuture<QStringList> syncBrokerAccounts(Store::DatabasePtr db)
{
    return QtConcurrent::run([db = std::move(db)] {
        using namespace Tessera::Broker;
        const std::unique_ptr<SecretStore> secrets = systemSecretStore();
        ClientOptions options;
        options.instrumentCacheDir = QDir(Paths::appDataDir()).filePath(QStringLiteral("brokers"));
        BrokerConnections connections(*secrets, options);
        QStringList lines;
        for (const QString& broker : {QStringLiteral("kite"), QStringLiteral("fyers")}) {
            auto status = connections.status(broker);
            if (!status || !status->session) {
                continue; // never logged in here: nothing to sync, nothing to say
            }
            auto synced = syncIntoPortfolio(*db, connections, broker);
            lines << (synced ? syncSummary(*synced)
                             : QCoreApplication::translate("Broker", "%1: %2")
                                   .arg(brokerDisplayName(broker), synced.error().message));
        }
        return lines;
    });
}

} // namespace Tessera::Ui
