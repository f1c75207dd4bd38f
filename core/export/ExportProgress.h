#pragma once

#include <QString>

namespace Tessera::Export {

/**
 * What a running export tells whoever started it, and how it learns of a cancel. Exports are file
 * formatting at the edge of core and must not depend on tasks/: the runner (Tasks::ExportStep, the
 * CLI) adapts its TaskContext to this interface. The base class is a valid no-op (never cancelled,
 * progress ignored). All calls come on the exporting thread.
 */
class ExportProgress
{
public:
    virtual ~ExportProgress() = default;

    /** Checked between symbols: true stops the export with ErrorCode::Cancelled and no file. */
    virtual bool isCanceled() const { return false; }
    /** The export starts; total symbols expected (0 = unknown). */
    virtual void begin(const QString& step, qint64 total)
    {
        Q_UNUSED(step);
        Q_UNUSED(total);
    }
    /** One symbol's rows are written. */
    virtual void symbolWritten(const QString& ticker) { Q_UNUSED(ticker); }
    /** The file is in place. */
    virtual void finished() {}
};

} // namespace Tessera::Export
