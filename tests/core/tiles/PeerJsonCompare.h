#pragma once

#include <cmath>
#include <map>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Tessera::Test {

/**
 * Compares a Tessera JSON document with the reference peer's, key for key: every key of the peer must
 * exist in Tessera's document with the same type (Tessera may add keys: its documented additions),
 * strings equal, numbers within a relative tolerance (absolute near zero), arrays of the same length.
 * Keeps the largest relative difference per field path (array indices folded: "tiles.candles[].open"),
 * so a run over many symbols can report where Tessera and the peer differ most.
 */
class PeerJsonCompare
{
public:
    explicit PeerJsonCompare(double relTolerance = 1e-6, double absTolerance = 1e-9)
        : m_rel(relTolerance)
        , m_abs(absTolerance)
    {}

    /** Paths (folded, e.g. "sizes[].mean_bps") not compared: documented deviations. */
    void exclude(const QString& path) { m_excluded << path; }

    void compare(const QJsonValue& ours, const QJsonValue& peer, const QString& path = {})
    {
        const QString folded = fold(path);
        if (m_excluded.contains(folded)) {
            return;
        }
        if (peer.isNull()) {
            if (!ours.isNull()) {
                fail(path, QStringLiteral("peer null, Tessera %1").arg(text(ours)));
            }
            return;
        }
        if (peer.isDouble()) {
            if (!ours.isDouble()) {
                fail(path, QStringLiteral("peer %1, Tessera %2").arg(text(peer), text(ours)));
                return;
            }
            const double a = ours.toDouble();
            const double b = peer.toDouble();
            const double diff = std::fabs(a - b);
            const double scale = std::max(std::fabs(a), std::fabs(b));
            const double rel = scale > 0 ? diff / scale : 0.0;
            double& worst = m_worst[folded];
            worst = std::max(worst, diff <= m_abs ? 0.0 : rel);
            if (diff > m_abs && rel > m_rel) {
                fail(path, QStringLiteral("Tessera %1, peer %2").arg(a, 0, 'g', 17).arg(b, 0, 'g', 17));
            }
            return;
        }
        if (peer.isString() || peer.isBool()) {
            if (ours != peer) {
                fail(path, QStringLiteral("Tessera %1, peer %2").arg(text(ours), text(peer)));
            }
            return;
        }
        if (peer.isArray()) {
            const QJsonArray a = ours.toArray();
            const QJsonArray b = peer.toArray();
            if (!ours.isArray() || a.size() != b.size()) {
                fail(path, QStringLiteral("array of %1, peer %2").arg(a.size()).arg(b.size()));
                return;
            }
            for (qsizetype i = 0; i < b.size(); ++i) {
                compare(a[i], b[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            }
            return;
        }
        const QJsonObject a = ours.toObject();
        const QJsonObject b = peer.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!a.contains(it.key())) {
                if (!m_excluded.contains(fold(child))) {
                    fail(child, QStringLiteral("missing in Tessera's document"));
                }
                continue;
            }
            compare(a.value(it.key()), it.value(), child);
        }
    }

    const QStringList& failures() const { return m_failures; }
    const std::map<QString, double>& worst() const { return m_worst; }
    /** Values outside the tolerance (or different strings) per folded field path. */
    const std::map<QString, int>& mismatches() const { return m_mismatches; }

private:
    static QString fold(const QString& path)
    {
        QString out;
        bool inIndex = false;
        for (QChar c : path) {
            if (c == u'[') {
                inIndex = true;
                out += u"[]";
            } else if (c == u']') {
                inIndex = false;
            } else if (!inIndex) {
                out += c;
            }
        }
        return out;
    }
    static QString text(const QJsonValue& v)
    {
        if (v.isString()) {
            return v.toString();
        }
        if (v.isDouble()) {
            return QString::number(v.toDouble(), 'g', 17);
        }
        return v.isNull() ? QStringLiteral("null") : QStringLiteral("<%1>").arg(v.type());
    }
    void fail(const QString& path, const QString& what)
    {
        ++m_mismatches[fold(path)];
        if (m_failures.size() < 20) {
            m_failures << path + QStringLiteral(": ") + what;
        }
    }

    double m_rel, m_abs;
    QStringList m_excluded;
    QStringList m_failures;
    std::map<QString, double> m_worst;
    std::map<QString, int> m_mismatches;
};

} // namespace Tessera::Test
