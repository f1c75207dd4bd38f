#include "core/store/FeatureRepository.h"

#include <cmath>
#include <cstring>
#include <vector>

#include <QtEndian>

#include "core/store/Statement.h"
#include "core/store/StatementCache.h"

namespace Tessera::Store {
namespace {

using Features::Column;

constexpr char kMagic[4] = {'T', 'F', 'C', '1'};
constexpr int kHeaderSize = 4 + 4 + 4 + 4;

bool isTechnical(Column c)
{
    switch (c) {
    case Column::Rsi14:
    case Column::Macd:
    case Column::MacdSignal:
    case Column::MacdHist:
    case Column::Sma20:
    case Column::Sma50:
    case Column::Sma200:
    case Column::Ema12:
    case Column::Ema26:
    case Column::Atr14:
    case Column::AtrPct:
    case Column::BbUpper:
    case Column::BbMiddle:
    case Column::BbLower:
    case Column::Weekday: // a function of the date
        return true;
    default:
        return false;
    }
}

const std::vector<Column>& stored()
{
    static const std::vector<Column> columns = [] {
        std::vector<Column> out;
        for (int i = 0; i < Features::kColumnCount; ++i) {
            const auto c = static_cast<Column>(i);
            if (!isTechnical(c)) {
                out.push_back(c);
            }
        }
        return out;
    }();
    return columns;
}

const QByteArray& storedKeys()
{
    static const QByteArray keys = [] {
        QByteArray out;
        for (Column c : stored()) {
            if (!out.isEmpty()) {
                out += ',';
            }
            out += Features::columnInfo(c).key;
        }
        return out;
    }();
    return keys;
}

int yearOf(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).year();
}

QString isoDate(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

void putU32(char* p, quint32 v)
{
    qToLittleEndian(v, p);
}

quint32 getU32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}

/** Reads the chunks a query over (symbol ?1, ...) returns as (data, year) rows into one frame. */
Result<Features::IndicatorFrame> readChunks(Statement& st, qint64 symbolId)
{
    Features::IndicatorFrame frame;
    while (true) {
        auto row = st.step();
        if (!row) {
            return fail(row.error().prefixed(QStringLiteral("reading features of symbol %1").arg(symbolId)));
        }
        if (!*row) {
            break;
        }
        const QByteArrayView data = st.blobAt(0);
        if (auto r = FeatureRepository::decode(data.data(), static_cast<int>(data.size()), frame); !r) {
            return fail(r.error().prefixed(
                QStringLiteral("features of symbol %1, year %2").arg(symbolId).arg(st.int64At(1))));
        }
    }
    return frame;
}

} // namespace

std::span<const Column> FeatureRepository::storedColumns()
{
    return stored();
}

QByteArray FeatureRepository::encode(const Features::IndicatorFrame& frame, qsizetype from, qsizetype to)
{
    const auto rows = static_cast<quint32>(to - from);
    const auto& columns = stored();
    const QByteArray& keys = storedKeys();
    QByteArray out;
    out.resize(kHeaderSize + 2 + keys.size() + qsizetype(rows) * 4
               + qsizetype(rows) * qsizetype(columns.size()) * qsizetype(sizeof(float)));
    char* p = out.data();
    std::memcpy(p, kMagic, 4);
    p[4] = static_cast<char>(sizeof(float));
    p[5] = p[6] = p[7] = 0;
    putU32(p + 8, rows);
    putU32(p + 12, static_cast<quint32>(columns.size()));
    p += kHeaderSize;
    qToLittleEndian(static_cast<quint16>(keys.size()), p);
    p += 2;
    std::memcpy(p, keys.constData(), static_cast<size_t>(keys.size()));
    p += keys.size();
    for (qsizetype i = from; i < to; ++i) {
        qToLittleEndian(static_cast<qint32>(frame.days()[static_cast<size_t>(i)]), p);
        p += 4;
    }
    for (Column c : columns) {
        const Features::Series& s = frame[c];
        for (qsizetype i = from; i < to; ++i) {
            // ±∞ (a division by zero in a ratio) is stored as missing, like NULL in the REAL tables.
            const double v = s[static_cast<size_t>(i)];
            const float f =
                std::isfinite(v) ? static_cast<float>(v) : std::numeric_limits<float>::quiet_NaN();
            qToLittleEndian(f, p);
            p += 4;
        }
    }
    Q_ASSERT(p == out.data() + out.size());
    return out;
}

Result<void> FeatureRepository::decode(const char* data, qsizetype size, Features::IndicatorFrame& into)
{
    if (size < kHeaderSize + 2 || std::memcmp(data, kMagic, 4) != 0) {
        return fail(Error::database(QStringLiteral("not a feature chunk")));
    }
    if (data[4] != static_cast<char>(sizeof(float))) {
        return fail(Error::database(QStringLiteral("unknown element size %1").arg(int(data[4]))));
    }
    const quint32 rows = getU32(data + 8);
    const quint32 columns = getU32(data + 12);
    const char* p = data + kHeaderSize;
    const quint16 keyLength = qFromLittleEndian<quint16>(p);
    p += 2;
    const qsizetype needed =
        kHeaderSize + 2 + keyLength + qsizetype(rows) * 4 + qsizetype(rows) * qsizetype(columns) * 4;
    if (size != needed) {
        return fail(Error::database(QStringLiteral("chunk of %1 bytes, expected %2").arg(size).arg(needed)));
    }
    const QList<QByteArray> keys = QByteArray(p, keyLength).split(',');
    p += keyLength;
    if (keys.size() != qsizetype(columns)) {
        return fail(
            Error::database(QStringLiteral("%1 column names for %2 columns").arg(keys.size()).arg(columns)));
    }
    const size_t before = into.days().size();
    const size_t after = before + rows;
    for (quint32 i = 0; i < rows; ++i) {
        into.days().push_back(qFromLittleEndian<qint32>(p));
        p += 4;
    }
    for (int c = 0; c < Features::kColumnCount; ++c) {
        into.column(static_cast<Column>(c)).resize(after, Features::nan());
    }
    for (const QByteArray& key : keys) {
        const auto column = Features::columnByKey(QString::fromLatin1(key));
        if (column) {
            Features::Series& s = into.column(*column);
            for (size_t i = before; i < after; ++i) {
                s[i] = static_cast<double>(qFromLittleEndian<float>(p));
                p += 4;
            }
        } else {
            p += qsizetype(rows) * 4; // a column this version does not know: skipped
        }
    }
    return {};
}

std::vector<FeatureChunk> FeatureRepository::encodeChunks(const Features::IndicatorFrame& frame,
                                                          qsizetype fromRow)
{
    std::vector<FeatureChunk> out;
    if (fromRow >= frame.size()) {
        return out;
    }
    const auto& days = frame.days();
    qsizetype begin = std::max<qsizetype>(fromRow, 0);
    const int firstYear = yearOf(days[static_cast<size_t>(begin)]);
    while (begin > 0 && yearOf(days[static_cast<size_t>(begin - 1)]) == firstYear) {
        --begin;
    }
    while (begin < frame.size()) {
        const int year = yearOf(days[static_cast<size_t>(begin)]);
        qsizetype end = begin;
        while (end < frame.size() && yearOf(days[static_cast<size_t>(end)]) == year) {
            ++end;
        }
        out.push_back({year,
                       isoDate(days[static_cast<size_t>(begin)]).toLatin1(),
                       isoDate(days[static_cast<size_t>(end - 1)]).toLatin1(),
                       end - begin,
                       encode(frame, begin, end)});
        begin = end;
    }
    return out;
}

Result<void> FeatureRepository::writeChunks(qint64 symbolId, const std::vector<FeatureChunk>& chunks)
{
    if (chunks.empty()) {
        return {};
    }
    Statement ins(m_db.rawHandle(),
                  "INSERT OR REPLACE INTO indicator_features(symbol_id, year, first_date, last_date, "
                  "row_count, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const FeatureChunk& c : chunks) {
        ins.bind(1, symbolId);
        ins.bind(2, c.year);
        ins.bindTextView(3, c.firstDate.constData(), static_cast<int>(c.firstDate.size()));
        ins.bindTextView(4, c.lastDate.constData(), static_cast<int>(c.lastDate.size()));
        ins.bind(5, static_cast<qint64>(c.rows));
        ins.bindBlob(6, c.blob);
        if (auto r = ins.run(); !r) {
            return fail(r.error().prefixed(
                QStringLiteral("writing features of symbol %1, %2").arg(symbolId).arg(c.year)));
        }
    }
    return {};
}

Result<void>
FeatureRepository::writeFrom(qint64 symbolId, const Features::IndicatorFrame& frame, qsizetype fromRow)
{
    return writeChunks(symbolId, encodeChunks(frame, fromRow));
}

Result<void> FeatureRepository::removeAll(qint64 symbolId)
{
    Statement del(m_db.rawHandle(), "DELETE FROM indicator_features WHERE symbol_id = ?1");
    del.bind(1, symbolId);
    return del.run();
}

Result<Features::IndicatorFrame> FeatureRepository::load(qint64 symbolId, QDate from, QDate to)
{
    Statement st(m_db.rawHandle(),
                 "SELECT data, year FROM indicator_features WHERE symbol_id = ?1 AND last_date >= ?2 "
                 "AND first_date <= ?3 ORDER BY year");
    st.bind(1, symbolId);
    st.bind(2, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
    st.bind(3, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999"));
    auto frame = readChunks(st, symbolId);
    if (!frame || (!from.isValid() && !to.isValid())) {
        return frame;
    }
    const auto& days = frame->days();
    qsizetype begin = 0;
    qsizetype end = frame->size();
    while (from.isValid() && begin < end && days[static_cast<size_t>(begin)] < from.toJulianDay()) {
        ++begin;
    }
    while (to.isValid() && end > begin && days[static_cast<size_t>(end - 1)] > to.toJulianDay()) {
        --end;
    }
    return frame->slice(begin, end);
}

Result<Features::IndicatorFrame> FeatureRepository::lastRow(qint64 symbolId)
{
    Statement st(m_db.rawHandle(),
                 "SELECT data, year FROM indicator_features WHERE symbol_id = ?1 ORDER BY year DESC LIMIT 1");
    st.bind(1, symbolId);
    auto frame = readChunks(st, symbolId);
    if (!frame || frame->isEmpty()) {
        return frame;
    }
    return frame->slice(frame->size() - 1, frame->size());
}

} // namespace Tessera::Store
