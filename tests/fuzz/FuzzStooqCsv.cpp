// libFuzzer harness: Stooq's CSV answers (Fetch::parseStooqCsv: plain-text refusals, HTML pages, CSV
// with or without Volume). Seeds: tests/data/stooq (truncated to -max_len), tests/fuzz/seeds/stooq.
#include <cstddef>
#include <cstdint>

#include <QFileInfo>

#include "core/fetch/providers/StooqProvider.h"

#include "tests/fuzz/FuzzSupport.h"

using namespace Tessera;

namespace {

/** Stooq symbols as stooqSymbol() makes them; the input's length picks one unless it names its own. */
const char* const kSymbols[] = {"aapl.us", "eurusd", "^spx", "vod.uk", "7203.jp", "brk-b.us"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray body = Fuzz::bytes(data, size);
    QString symbol = Fuzz::takeNameTrailer(body);
    if (symbol.isNull()) {
        symbol = QString::fromLatin1(kSymbols[size % std::size(kSymbols)]);
    }
    const auto parsed = Fetch::parseStooqCsv(body, symbol);
    if (!parsed) {
        const Error& e = parsed.error();
        FUZZ_CHECK(!e.message.isEmpty(), symbol);
        FUZZ_CHECK(e.code == ErrorCode::NotFound || e.code == ErrorCode::Io
                       || e.code == ErrorCode::InvalidInput,
                   e.message);
        if (e.code == ErrorCode::InvalidInput) {
            // A malformed CSV names the answer as a file: "aapl.us.csv:3: …".
            FUZZ_CHECK_ERROR(e, QFileInfo(symbol + QStringLiteral(".csv")).fileName() + u':');
        }
        return 0;
    }
    FUZZ_CHECK(!parsed->series.isEmpty(), symbol);
    const auto& days = parsed->series.days();
    for (size_t i = 1; i < days.size(); ++i) {
        FUZZ_CHECK(days[i - 1] < days[i], symbol + QStringLiteral(": dates not ascending"));
    }
    for (qsizetype i = 0; i < parsed->series.size(); ++i) {
        FUZZ_CHECK(parsed->series.date(i).isValid() && !isMissing(parsed->series.close()[size_t(i)]), symbol);
    }
    return 0;
}
