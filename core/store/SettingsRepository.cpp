#include "core/store/SettingsRepository.h"

#include "core/store/Statement.h"

namespace Tessera::Store {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    Statement st(m_db.rawHandle(), "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? st.textAt(0) : fallback;
}

Result<void> SettingsRepository::setValue(const QString& key, const QString& value)
{
    Statement st(m_db.rawHandle(), "INSERT OR REPLACE INTO settings(key, value) VALUES (?1, ?2)");
    st.bind(1, key);
    st.bind(2, value);
    return st.run();
}

Result<QHash<QString, QString>> SettingsRepository::storedValues(const QList<Config::Parameter>& parameters)
{
    QHash<QString, QString> out;
    for (const Config::Parameter& p : parameters) {
        auto v = value(p.key);
        if (!v) {
            return fail(v.error());
        }
        if (!v->isEmpty()) {
            out.insert(p.key, *v);
        }
    }
    return out;
}

} // namespace Tessera::Store
