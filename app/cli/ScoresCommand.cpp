#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/store/CallRepository.h"
#include "core/tasks/ScoreCalls.h"
#include "core/track/Scoreboard.h"

namespace Tessera::Cli {
namespace {

QString pct(double v, int decimals = 1)
{
    return std::isfinite(v) ? QLocale::c().toString(v * 100.0, 'f', decimals) + QLatin1Char('%')
                            : QStringLiteral("—");
}

QString fixed(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale::c().toString(v, 'f', decimals) : QStringLiteral("—");
}

/** Parses --from / --to; false (with the error printed) when malformed. */
bool periodOf(CliContext& ctx, QDate* from, QDate* to, int* code)
{
    for (auto [name, out] : {std::pair{"from", from}, std::pair{"to", to}}) {
        const QString option = QString::fromLatin1(name);
        if (ctx.parser.isSet(option)) {
            *out = QDate::fromString(ctx.parser.value(option), Qt::ISODate);
            if (!out->isValid()) {
                *code = ctx.error(QStringLiteral("--%1: expected YYYY-MM-DD").arg(option), ExitUsage);
                return false;
            }
        }
    }
    return true;
}

/**
 * `scores [update] [--source verdict|model|xs|picks] [--from D] [--to D] [--json]` (issue 16): the
 * scoreboard of past calls. Every read first runs the incremental scoring pass (calls whose horizon has
 * passed since the last pass get their outcomes); `scores update` runs only the pass.
 */
class ScoresCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("scores"); }
    QString synopsis() const override
    {
        return QStringLiteral("scores [update] [--source verdict|model|xs|picks] [--from D] [--to D]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Track record: every stored call (verdicts, per-stock predictions, cross-sectional "
            "scores, picks) scored against what followed — hit rate with its 95 % interval "
            "beside the base rate, mean/median excess return over the universe with a "
            "t-statistic, mean daily rank IC. update only scores the calls whose horizon "
            "has passed.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("source"),
             QStringLiteral("scores: verdict, model, xs or picks (default: all)."),
             QStringLiteral("S")},
            {QStringLiteral("from"), QStringLiteral("scores, calls: first as-of day."), QStringLiteral("D")},
            {QStringLiteral("to"), QStringLiteral("scores, calls: last as-of day."), QStringLiteral("D")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (!sub.isEmpty() && sub != QStringLiteral("update")) {
            return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
        }
        Track::CallSource source{};
        const bool bySource = ctx.parser.isSet(QStringLiteral("source"));
        if (bySource && !Track::parseSource(ctx.parser.value(QStringLiteral("source")), &source)) {
            return ctx.error(QStringLiteral("--source: expected verdict, model, xs or picks"), ExitUsage);
        }
        QDate from, to;
        int code = ExitOk;
        if (!periodOf(ctx, &from, &to, &code)) {
            return code;
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto pass = Tasks::scoreCalls(*db);
        if (!pass) {
            return ctx.error(pass.error().message, exitCodeFor(pass.error(), ExitSomeFailed));
        }
        QTextStream& note = ctx.json || sub.isEmpty() ? ctx.err : ctx.out;
        note << QStringLiteral("Scored %1 call(s) whose horizon has passed; %2 waiting (%3 s)\n")
                    .arg(pass->scored)
                    .arg(pass->waiting)
                    .arg(fixed(pass->seconds, 3));
        if (sub == QStringLiteral("update")) {
            if (ctx.json) {
                ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scored"), pass->scored},
                                                        {QStringLiteral("waiting"), pass->waiting},
                                                        {QStringLiteral("removed"), pass->removed},
                                                        {QStringLiteral("seconds"), pass->seconds}}));
            }
            return ExitOk;
        }
        auto calls = Store::CallRepository(*db).calls(from, to, bySource ? &source : nullptr);
        if (!calls) {
            return ctx.error(calls.error().message, exitCodeFor(calls.error(), ExitSomeFailed));
        }
        const Track::Scoreboard board = Track::buildScoreboard(*calls, from, to);
        if (ctx.json) {
            ctx.printJson(QJsonDocument(board.toJson()));
            return ExitOk;
        }
        if (board.rows.isEmpty()) {
            ctx.out << QStringLiteral("No scored calls%1 (%2 waiting for their horizon).\n")
                           .arg(from.isValid() || to.isValid() ? QStringLiteral(" in the period") : QString())
                           .arg(board.unscored);
            return ExitOk;
        }
        printBoard(ctx, board);
        return ExitOk;
    }

private:
    static void printBoard(CliContext& ctx, const Track::Scoreboard& board)
    {
        QTextStream& out = ctx.out;
        const auto row = [&out](const QStringList& cells) {
            static const int widths[] = {24, 7, 8, 15, 8, 9, 9, 7, 8};
            QString line;
            for (int i = 0; i < cells.size(); ++i) {
                line += cells[i].leftJustified(widths[i]) + QLatin1Char(' ');
            }
            out << line.trimmed() << '\n';
        };
        QString current;
        for (const Track::ScoreboardRow& r : board.rows) {
            const QString src = Track::sourceName(r.source);
            if (src != current) {
                current = src;
                out << '\n' << src.toUpper() << '\n';
                row({QStringLiteral("group"),
                     QStringLiteral("calls"),
                     QStringLiteral("hit"),
                     QStringLiteral("95% interval"),
                     QStringLiteral("base"),
                     QStringLiteral("mean exc"),
                     QStringLiteral("med exc"),
                     QStringLiteral("t"),
                     QStringLiteral("mean IC")});
            }
            row({r.group,
                 QString::number(r.count),
                 pct(r.hitRate),
                 pct(r.ciLow) + QStringLiteral("–") + pct(r.ciHigh),
                 pct(r.baseRate),
                 pct(r.meanExcess, 2),
                 pct(r.medianExcess, 2),
                 fixed(r.tExcess),
                 fixed(r.meanIc, 3)});
        }
        out << '\n';
        for (const Track::ScoreboardRow& r : board.rows) {
            out << r.sentence << '\n';
        }
        if (board.unscored > 0) {
            out << QStringLiteral("%1 call(s) in the period are waiting for their horizon.\n")
                       .arg(board.unscored);
        }
    }
};

} // namespace

std::unique_ptr<Command> makeScoresCommand()
{
    return std::make_unique<ScoresCommand>();
}

} // namespace Tessera::Cli
