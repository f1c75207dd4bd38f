#include "core/common/ReadLimits.h"

#include <algorithm>

#include <QFile>

namespace Tessera {
namespace {

/** Read in pieces so a file whose size is unknown (a pipe) never makes one huge allocation. */
constexpr qint64 kChunk = qint64(1) << 20;

} // namespace

QString formatByteSize(qint64 bytes)
{
    constexpr qint64 kKB = qint64(1) << 10;
    constexpr qint64 kMB = qint64(1) << 20;
    constexpr qint64 kGB = qint64(1) << 30;
    const auto scaled = [bytes](qint64 unit, const char16_t* name) -> QString {
        // Whole units print without a fraction ("512 MB"), others with one decimal ("1.5 GB").
        const QString number = bytes % unit == 0 ? QString::number(bytes / unit)
                                                 : QString::number(double(bytes) / double(unit), 'f', 1);
        return number + u' ' + QString::fromUtf16(name);
    };
    if (bytes >= kGB) {
        return scaled(kGB, u"GB");
    }
    if (bytes >= kMB) {
        return scaled(kMB, u"MB");
    }
    if (bytes >= kKB) {
        return scaled(kKB, u"KB");
    }
    return QStringLiteral("%1 bytes").arg(bytes);
}

Result<void> checkLineLengths(QByteArrayView data, qint64 maxLineBytes, const QString& name)
{
    if (maxLineBytes <= 0) {
        return {};
    }
    qsizetype pos = 0;
    qint64 line = 0;
    while (pos < data.size()) {
        ++line;
        qsizetype end = data.indexOf('\n', pos);
        const qsizetype next = end < 0 ? data.size() : end + 1;
        if (end < 0) {
            end = data.size();
        }
        if (end > pos && data[end - 1] == '\r') {
            --end;
        }
        if (end - pos > maxLineBytes) {
            return fail(
                Error::invalidInput(QStringLiteral("%1:%2: line longer than %3")
                                        .arg(name, QString::number(line), formatByteSize(maxLineBytes))));
        }
        pos = next;
    }
    return {};
}

Result<QByteArray> readFileWithin(const QString& path, const ReadLimits& limits, const QString& displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::io(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    }
    return readOpenFileWithin(file, limits, displayName);
}

Result<QByteArray> readOpenFileWithin(QFileDevice& file, const ReadLimits& limits, const QString& displayName)
{
    const QString path = file.fileName();
    const auto tooLarge = [&](const QString& size) {
        return fail(
            Error::invalidInput(QStringLiteral("%1: %2 is too large: %3 are read up to %4")
                                    .arg(path,
                                         size,
                                         limits.kind.isEmpty() ? QStringLiteral("files") : limits.kind,
                                         formatByteSize(limits.maxFileBytes))));
    };
    // The size of the open file (fstat), so a file swapped after a check by name cannot slip through.
    const qint64 size = file.size();
    if (size > limits.maxFileBytes) {
        return tooLarge(formatByteSize(size));
    }
    QByteArray data;
    data.reserve(static_cast<qsizetype>(size));
    while (true) {
        // One byte past the cap is enough to know a file (that reported less, or grew) is too large.
        const qint64 want = std::min(kChunk, limits.maxFileBytes + 1 - data.size());
        if (want <= 0) {
            return tooLarge(QStringLiteral("more than ") + formatByteSize(limits.maxFileBytes));
        }
        const qsizetype have = data.size();
        data.resize(have + static_cast<qsizetype>(want));
        const qint64 got = file.read(data.data() + have, want);
        if (got < 0) {
            return fail(Error::io(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        }
        data.resize(have + static_cast<qsizetype>(got));
        if (got == 0) {
            break;
        }
    }
    if (auto lines = checkLineLengths(data, limits.maxLineBytes, displayName.isEmpty() ? path : displayName);
        !lines) {
        return fail(lines.error());
    }
    return data;
}

} // namespace Tessera
