#include "core/market/Universe.h"

namespace Tessera {

QString universeKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

} // namespace Tessera
