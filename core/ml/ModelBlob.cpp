#include "core/ml/ModelBlob.h"

#include <QtEndian>

namespace Tessera::Ml::ModelBlob {
namespace {

constexpr char kMagic[4] = {'T', 'S', 'M', 'B'};
constexpr quint8 kFormatVersion = 1;
constexpr int kHeaderSize = 10;

quint8 idOf(Algorithm a)
{
    return static_cast<quint8>(a);
}

} // namespace

QByteArray encode(const Model& model)
{
    const QByteArray payload = model.payload();
    QByteArray raw;
    raw.reserve(kHeaderSize + payload.size());
    raw.append(kMagic, 4);
    raw.append(static_cast<char>(kFormatVersion));
    raw.append(static_cast<char>(idOf(model.algorithm())));
    char columns[4];
    qToBigEndian(static_cast<quint32>(model.columns()), columns);
    raw.append(columns, 4);
    raw.append(payload);
    return qCompress(raw, 9);
}

Result<std::unique_ptr<Model>>
decode(const QByteArray& blob, Algorithm expected, int columns, const ModelParams& params)
{
    const QByteArray raw = qUncompress(blob);
    if (raw.size() < kHeaderSize || !raw.startsWith(QByteArray(kMagic, 4))) {
        return fail(Error::invalidInput(QStringLiteral("model blob is corrupt (%1 bytes)").arg(blob.size())));
    }
    if (static_cast<quint8>(raw.at(4)) != kFormatVersion) {
        return fail(Error::invalidInput(
            QStringLiteral("model blob format %1 is not supported").arg(static_cast<int>(raw.at(4)))));
    }
    if (static_cast<quint8>(raw.at(5)) != idOf(expected)) {
        return fail(Error::invalidInput(
            QStringLiteral("model blob holds another algorithm than %1").arg(toString(expected))));
    }
    const quint32 stored = qFromBigEndian<quint32>(raw.constData() + 6);
    if (static_cast<int>(stored) != columns) {
        return fail(Error::invalidInput(
            QStringLiteral("model blob has %1 features, the schema %2").arg(stored).arg(columns)));
    }
    return restoreModel(expected, raw.mid(kHeaderSize), columns, params);
}

} // namespace Tessera::Ml::ModelBlob
