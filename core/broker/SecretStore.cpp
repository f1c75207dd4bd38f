#include "core/broker/SecretStore.h"

#include <QCoreApplication>

namespace Tessera::Broker {

Result<QString> MemorySecretStore::read(const QString& key)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        return fail(Error::notFound(QStringLiteral("no secret stored under %1").arg(key)));
    }
    return *it;
}

Result<void> MemorySecretStore::write(const QString& key, const QString& value)
{
    std::lock_guard lock(m_mutex);
    m_values.insert(key, value);
    return {};
}

Result<void> MemorySecretStore::remove(const QString& key)
{
    std::lock_guard lock(m_mutex);
    m_values.remove(key);
    return {};
}

} // namespace Tessera::Broker
