// libFuzzer harness: what `tessera-cli schedule set` accepts from the user, as core reads it — the entry
// fields (Store::frequencyFromString, weekdayFromString, timeOfDayFromString, ScheduleEntry::validate),
// the JSON --params (QJsonDocument, then the fetch setting overrides a load takes from "settings":
// Config::validate through Fetch::resolveNetworkOptions) — and the next occurrence of a valid entry
// (Tasks::nextRunAfter), whose wall-clock rules meet DST gaps and holidays.
//
// Input: lines NAME, KIND, FREQUENCY, WEEKDAY, TIME, EVERY_HOURS, OPTIONS, AFTER, then the params JSON
// (the rest). OPTIONS letters: m = market days only, x = no catch-up, d = disabled; the zone is
// N (New York, default), K (Kolkata), L (Lord Howe: 30-minute DST), S (São Paulo: DST at midnight) or
// U (UTC). AFTER is an ISO date-time in that zone; unreadable = 2026-03-07 12:00. Seeds:
// tests/fuzz/seeds/schedule.
#include <cstddef>
#include <cstdint>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/config/Parameter.h"
#include "core/fetch/FetchSettings.h"
#include "core/market/TradingCalendar.h"
#include "core/tasks/Schedule.h"

#include "tests/fuzz/FuzzSupport.h"

using namespace Tessera;
using Tasks::Frequency;
using Tasks::ScheduleEntry;

namespace {

/** The calendar market-days entries follow: NYSE 2026 (tests/data/holidays/nyse_2026.txt). */
const TradingCalendar& calendar()
{
    static const TradingCalendar cal = [] {
        const auto holidays = TradingCalendar::parseHolidays(
            QStringLiteral("2026-01-01,New Year's Day\n2026-01-19\n2026-02-16\n2026-04-03,Good Friday\n"
                           "2026-05-25\n2026-06-19\n2026-07-03\n2026-09-07\n2026-11-26\n2026-12-25\n"),
            QStringLiteral("nyse"));
        FUZZ_CHECK(holidays, holidays.error().message);
        return TradingCalendar(QStringLiteral("NYSE"), *holidays);
    }();
    return cal;
}

const QTimeZone& zoneFor(const QString& options)
{
    static const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    static const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata"));
    static const QTimeZone lordHowe(QByteArrayLiteral("Australia/Lord_Howe"));
    static const QTimeZone saoPaulo(QByteArrayLiteral("America/Sao_Paulo"));
    static const QTimeZone utc(QTimeZone::utc());
    if (options.contains(u'U')) {
        return utc;
    }
    if (options.contains(u'K')) {
        return kolkata;
    }
    if (options.contains(u'L')) {
        return lordHowe;
    }
    if (options.contains(u'S')) {
        return saoPaulo;
    }
    return newYork;
}

void checkTimeOfDay(const QString& text)
{
    const QTime t = Tasks::timeOfDayFromString(text);
    if (!t.isValid()) {
        return;
    }
    // Accepted only as H:MM or HH:MM in ASCII digits, and read as written.
    static const QRegularExpression shape(QStringLiteral("^[0-9]{1,2}:[0-9]{2}$"));
    const QString trimmed = text.trimmed();
    FUZZ_CHECK(shape.match(trimmed).hasMatch(), text);
    FUZZ_CHECK(QTime::fromString(trimmed.rightJustified(5, u'0'), QStringLiteral("HH:mm")) == t, text);
}

/** The fetch settings a load run takes from params.settings (as LoadTask reads them). */
void checkSettings(const QJsonObject& params)
{
    Fetch::SettingValues values;
    const QJsonObject settings = params.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        values.insert(it.key(),
                      it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
    }
    for (const Config::Parameter& p : Fetch::fetchParameters()) {
        const auto it = values.constFind(p.key);
        if (it == values.cend()) {
            continue;
        }
        const auto valid = Config::validate(p, *it);
        if (!valid) {
            FUZZ_CHECK_ERROR(valid.error(), p.key + u':');
            continue;
        }
        // A value `settings set` accepted is stored normalised and validated again by every run: the
        // normal form must pass unchanged, or a run would refuse what the user was told is fine.
        const auto again = Config::validate(p, *valid);
        FUZZ_CHECK(again, p.key + QStringLiteral(" '") + *it + QStringLiteral("' -> '") + *valid + u'\'');
        FUZZ_CHECK(*again == *valid,
                   p.key + QStringLiteral(": '") + *valid + QStringLiteral("' -> '") + *again + u'\'');
    }
    for (const QString& provider : Fetch::networkProviderIds()) {
        const auto options = Fetch::resolveNetworkOptions(provider, {}, values);
        if (!options) {
            FUZZ_CHECK(!options.error().message.isEmpty(), provider);
            continue;
        }
        FUZZ_CHECK(options->baseUrl.startsWith(QStringLiteral("http://"))
                       || options->baseUrl.startsWith(QStringLiteral("https://")),
                   options->baseUrl);
        FUZZ_CHECK(!options->baseUrl.endsWith(u'/'), options->baseUrl);
        FUZZ_CHECK(options->maxConcurrent >= 1 && options->retries >= 0 && options->overlapDays >= 0,
                   provider);
        FUZZ_CHECK(options->requestsPerSecond > 0 && options->timeoutSeconds > 0, provider);
        const QDate start = Fetch::historyStart(options->historyRange, QDate(2026, 3, 7));
        FUZZ_CHECK(options->historyRange == u"max" ? !start.isValid()
                                                   : start.isValid() && start < QDate(2026, 3, 7),
                   options->historyRange);
    }
}

void checkNextRun(const ScheduleEntry& e, const QDateTime& after, const QTimeZone& zone)
{
    const QDateTime next = Tasks::nextRunAfter(e, after, calendar(), zone);
    if (!next.isValid()) {
        return;
    }
    const QString who = e.describe() + QStringLiteral(" after ") + after.toString(Qt::ISODate)
                        + QStringLiteral(": ") + next.toString(Qt::ISODate);
    FUZZ_CHECK(next > after, who);
    FUZZ_CHECK(next <= after.addDays(3662), who);
    const QDateTime local = next.toTimeZone(zone);
    if (e.frequency == Frequency::Weekly) {
        FUZZ_CHECK(local.date().dayOfWeek() == e.weekday, who);
    }
    if (e.marketDaysOnly) {
        FUZZ_CHECK(calendar().isTradingDay(local.date()), who);
    }
    if (zone == QTimeZone::utc()) {
        // Without DST every occurrence is at the entry's wall-clock time, or on its slot grid.
        const int minutes = local.time().hour() * 60 + local.time().minute();
        const int anchor = e.time.hour() * 60 + e.time.minute();
        if (e.frequency == Frequency::EveryNHours) {
            const qint64 since = QDate(2001, 1, 1).daysTo(local.date()) * 1440 + minutes - anchor;
            FUZZ_CHECK(since % (qint64(e.everyHours) * 60) == 0, who);
        } else {
            FUZZ_CHECK(minutes == anchor, who);
        }
    }
    const QDateTime later = Tasks::nextRunAfter(e, next, calendar(), zone);
    FUZZ_CHECK(!later.isValid() || later > next,
               who + QStringLiteral(" then ") + later.toString(Qt::ISODate));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QStringList lines = text.split(u'\n');
    const auto line = [&lines](qsizetype i) {
        return lines.value(i);
    };

    ScheduleEntry e;
    e.name = line(0).trimmed(); // the CLI trims NAME
    e.kind = line(1).trimmed();
    if (const auto f = Tasks::frequencyFromString(line(2))) {
        FUZZ_CHECK(Tasks::toString(*f) == line(2), line(2));
        e.frequency = *f;
    }
    if (const auto day = Tasks::weekdayFromString(line(3))) {
        FUZZ_CHECK(*day >= 1 && *day <= 7, line(3));
        e.weekday = *day;
    }
    checkTimeOfDay(line(4));
    e.time = Tasks::timeOfDayFromString(line(4));
    bool ok = false;
    const int hours = line(5).toInt(&ok);
    e.everyHours = ok ? hours : 6;
    const QString options = line(6);
    e.marketDaysOnly = options.contains(u'm');
    e.catchUp = !options.contains(u'x');
    e.enabled = !options.contains(u'd');
    const QTimeZone& zone = zoneFor(options);
    QDateTime after = QDateTime::fromString(line(7).trimmed(), Qt::ISODate);
    after = after.isValid() ? QDateTime(after.date(), after.time(), zone)
                            : QDateTime(QDate(2026, 3, 7), QTime(12, 0), zone);

    if (lines.size() > 8) {
        const QByteArray json = lines.mid(8).join(u'\n').toUtf8();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            FUZZ_CHECK(!error.errorString().isEmpty(), QString::fromUtf8(json));
        } else if (doc.isObject()) {
            e.params = doc.object();
            checkSettings(e.params);
        }
    }

    FUZZ_CHECK(!e.describe().isEmpty(), e.name);
    const auto valid = e.validate();
    if (!valid) {
        FUZZ_CHECK(valid.error().code == ErrorCode::InvalidInput, valid.error().message);
        FUZZ_CHECK(!valid.error().message.isEmpty(), e.name);
        return 0;
    }
    FUZZ_CHECK(!e.name.isEmpty() && !e.kind.isEmpty() && e.time.isValid(), e.describe());
    FUZZ_CHECK(e.frequency != Frequency::Weekly || (e.weekday >= 1 && e.weekday <= 7), e.describe());
    FUZZ_CHECK(e.frequency != Frequency::EveryNHours || (e.everyHours >= 1 && e.everyHours <= 168),
               e.describe());
    if (after.isValid()) {
        checkNextRun(e, after, zone);
    }
    return 0;
}
