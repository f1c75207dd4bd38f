#include "core/tasks/FundamentalsTask.h"

#include <memory>

#include <QJsonArray>

#include "core/fundamentals/YahooFundamentalsClient.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Tasks {
namespace {

class FundamentalsStep final : public TaskStep
{
public:
    FundamentalsStep(std::shared_ptr<Fundamentals::YahooFundamentalsClient> client, QString homeMarket)
        : m_client(std::move(client))
        , m_homeMarket(std::move(homeMarket))
    {}

    QString name() const override { return QStringLiteral("fundamentals"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        const Fetch::CancelCheck canceled = [&ctx] {
            return ctx.isCanceled();
        };
        auto record = m_client->fetch(work.symbol, QDate::currentDate(), canceled);
        if (!record) {
            return fail(record.error());
        }
        Fundamentals::Record r = std::move(*record);
        if (r.isEmpty()) {
            return skip(QStringLiteral("Yahoo has no fundamentals for %1").arg(work.symbol));
        }
        const QString home = m_homeMarket;
        return StepWrite([r, home](const Store::Database& db) -> Result<void> {
            auto written = Store::FundamentalsRepository(db).store({r}, home);
            if (!written) {
                return fail(written.error());
            }
            return {};
        });
    }

private:
    std::shared_ptr<Fundamentals::YahooFundamentalsClient> m_client;
    QString m_homeMarket;
};

} // namespace

QJsonObject fundamentalsParams(const QStringList& tickers, const QString& baseUrl)
{
    QJsonObject p;
    if (!tickers.isEmpty()) {
        p.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
    }
    if (!baseUrl.isEmpty()) {
        p.insert(QStringLiteral("baseUrl"), baseUrl);
    }
    return p;
}

TaskKind fundamentalsTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("fundamentals");
    kind.title = QStringLiteral("Update fundamentals");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        TaskPlan plan;
        QStringList tickers = only;
        if (tickers.isEmpty()) {
            for (const QJsonValue& v : params.value(QStringLiteral("tickers")).toArray()) {
                tickers << v.toString();
            }
        }
        if (tickers.isEmpty()) {
            auto rows = Store::SymbolRepository(*db).rows();
            if (!rows) {
                return fail(rows.error());
            }
            for (const Store::SymbolRow& r : *rows) {
                tickers << r.symbol.ticker;
            }
        }
        auto home = Store::HolidayRepository(*db).marketCalendarName();
        if (!home) {
            return fail(home.error());
        }
        Fundamentals::YahooFundamentalsOptions options;
        if (const QString base = params.value(QStringLiteral("baseUrl")).toString(); !base.isEmpty()) {
            options.baseUrl = base;
            options.cookieUrl.clear(); // the same server sets the session cookie
            options.http.useSystemProxy = false;
        }
        plan.symbols = tickers;
        plan.steps.push_back(std::make_unique<FundamentalsStep>(
            std::make_shared<Fundamentals::YahooFundamentalsClient>(options), *home));
        plan.notes << QStringLiteral("fundamentals from Yahoo quoteSummary as of %1")
                          .arg(QDate::currentDate().toString(Qt::ISODate));
        return plan;
    };
    return kind;
}

} // namespace Tessera::Tasks
