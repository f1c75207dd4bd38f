#include "core/export/CsvWriter.h"

#include <charconv>
#include <cmath>

#include <QDir>
#include <QFileInfo>

#include "core/common/CsvText.h"

namespace Tessera::Export {
namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

bool needsQuotes(QStringView v)
{
    if (v.isEmpty()) {
        return false;
    }
    if (v.front() == u' ' || v.back() == u' ' || v.front() == u'\t' || v.back() == u'\t') {
        return true; // spreadsheets trim unquoted surrounding spaces
    }
    for (QChar c : v) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            return true;
        }
    }
    return false;
}

void appendQuotedIfNeeded(QByteArray& out, QStringView value)
{
    if (!needsQuotes(value)) {
        out += value.toUtf8();
        return;
    }
    QString quoted = value.toString();
    quoted.replace(u'"', QStringLiteral("\"\"")); // a quote inside a quoted field is doubled
    out += '"';
    out += quoted.toUtf8();
    out += '"';
}

} // namespace

void appendCsvField(QByteArray& out, QStringView value)
{
    if (Csv::needsFormulaGuard(value)) {
        appendQuotedIfNeeded(out, Csv::formulaGuarded(value));
    } else {
        appendQuotedIfNeeded(out, value);
    }
}

void appendCsvNumber(QByteArray& out, double value)
{
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec == std::errc()) {
        out.append(buf, end - buf);
    }
}

CsvWriter::CsvWriter(const QString& path)
    : m_path(path)
    , m_file(path)
{}

Result<void> CsvWriter::open(const QStringList& header)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::io(QStringLiteral("cannot create the export folder %1").arg(info.absolutePath())));
    }
    if (auto r = m_file.open(); !r) {
        return r;
    }
    m_buffer.reserve(kFlushBytes + 4096);
    row(header);
    m_rows = 0; // the header is not a data row
    return {};
}

void CsvWriter::separator()
{
    if (m_rowStarted) {
        m_buffer += ',';
    }
    m_rowStarted = true;
}

void CsvWriter::text(QStringView value)
{
    separator();
    appendCsvField(m_buffer, value);
}

void CsvWriter::number(double value)
{
    separator();
    if (std::isfinite(value)) {
        appendCsvNumber(m_buffer, value);
    }
}

void CsvWriter::integer(qint64 value)
{
    separator();
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    m_buffer.append(buf, end - buf);
}

void CsvWriter::empty()
{
    separator();
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes) {
        flush();
    }
}

void CsvWriter::row(const QStringList& cells)
{
    for (const QString& c : cells) {
        text(c);
    }
    endRow();
}

void CsvWriter::flush()
{
    // After a failure the temporary is already gone; later rows are dropped and commit() reports it.
    if (!m_writeError && !m_buffer.isEmpty()) {
        if (auto r = m_file.write(m_buffer); !r) {
            m_writeError = r.error();
        }
    }
    m_buffer.clear();
}

Result<qint64> CsvWriter::commit()
{
    if (m_rowStarted) {
        endRow();
    }
    flush();
    if (m_writeError) {
        return fail(*m_writeError);
    }
    if (auto r = m_file.commit(); !r) {
        return fail(r.error());
    }
    return m_rows;
}

Result<qint64> exportTable(const QStringList& headers, const QList<QStringList>& rows, const QString& path)
{
    CsvWriter w(path);
    if (auto r = w.open(headers); !r) {
        return fail(r.error());
    }
    for (const QStringList& r : rows) {
        w.row(r);
    }
    return w.commit();
}

} // namespace Tessera::Export
