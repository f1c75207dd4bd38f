#pragma once

#include <memory>
#include <mutex>

#include <QHash>
#include <QString>

#include "core/common/Result.h"

namespace Tessera::Broker {

/**
 * Where broker API keys, secrets and access tokens live: the system keychain in the product
 * (KeychainSecretStore), memory in tests. Never the database, the settings file or the log. Keys are
 * "kite/api-secret" and the like. Calls block; they may run on any thread that can run an event loop.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /** The value, or a NotFound error when nothing is stored under key. */
    [[nodiscard]] virtual Result<QString> read(const QString& key) = 0;
    [[nodiscard]] virtual Result<void> write(const QString& key, const QString& value) = 0;
    /** Removes key; removing a missing key is no error. */
    [[nodiscard]] virtual Result<void> remove(const QString& key) = 0;
    /** "system keychain (Secret Service)", "memory": for status lines. */
    [[nodiscard]] virtual QString description() const = 0;
};

/** Secrets in memory only, for tests: gone with the object. Thread-safe. */
class MemorySecretStore final : public SecretStore
{
public:
    Result<QString> read(const QString& key) override;
    Result<void> write(const QString& key, const QString& value) override;
    Result<void> remove(const QString& key) override;
    QString description() const override { return QStringLiteral("memory"); }

private:
    std::mutex m_mutex;
    QHash<QString, QString> m_values;
};

/**
 * The system keychain through QtKeychain (Secret Service on Linux: gnome-keyring or KWallet; Keychain on
 * macOS; Credential Store on Windows), service name "Tessera". QtKeychain's insecure plaintext fallback
 * stays off: without a keychain every call fails with "no system keychain available: install/unlock
 * gnome-keyring …" instead of writing secrets to a file.
 */
std::unique_ptr<SecretStore> systemSecretStore();

} // namespace Tessera::Broker
