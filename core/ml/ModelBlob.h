#pragma once

#include <memory>

#include <QByteArray>

#include "core/common/Result.h"
#include "core/ml/models/Model.h"

namespace Tessera::Ml {

/**
 * The stored form of a fitted model: qCompress(zlib level 9) of
 *   "TSMB" · format version (u8) · algorithm id (u8) · column count (u32, big endian) · payload
 * where payload is the family's own serialisation (Model::payload). The header lets a blob be checked
 * against the metadata row it is stored with before a library parses it.
 */
namespace ModelBlob {

[[nodiscard]] QByteArray encode(const Model& model);

/** The fitted model in blob; errors name what is wrong (corrupt, another family, column mismatch). */
[[nodiscard]] Result<std::unique_ptr<Model>>
decode(const QByteArray& blob, Algorithm expected, int columns, const ModelParams& params);

} // namespace ModelBlob
} // namespace Tessera::Ml
