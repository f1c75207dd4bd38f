// The universe table's fetch columns: SymbolRepository::rows() reads symbol_fetch_status, and
// UniverseTableModel shows when each symbol was last fetched and why its last fetch failed.
#include <QBrush>
#include <QFont>
#include <QtTest>

#include "core/store/SymbolRepository.h"
#include "ui/models/UniverseFilterProxyModel.h"
#include "ui/models/UniverseTableModel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Ui::UniverseTableModel;

namespace {

Store::SymbolRow
row(const char* ticker, const QDateTime& success, const QDateTime& attempt, const char* error)
{
    Store::SymbolRow r;
    r.symbol.ticker = QString::fromLatin1(ticker);
    r.lastSuccess = success;
    r.lastAttempt = attempt;
    r.lastError = QString::fromUtf8(error);
    return r;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestUniverseModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        qputenv("TZ", "UTC"); // the Last update column shows local time; pin it for the expected strings
    }

    void repositoryReadsFetchStatus()
    {
        Test::TempDatabase temp;
        Store::SymbolRepository symbols(*temp.db());
        QVERIFY(symbols.ensure(QStringLiteral("AAA")).has_value());
        QVERIFY(symbols.ensure(QStringLiteral("BBB")).has_value());
        QVERIFY(symbols.ensure(QStringLiteral("CCC")).has_value());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(symbols.recordFetchOutcome(QStringLiteral("AAA"), QStringLiteral("yahoo"), {}).has_value());
        QVERIFY(symbols.recordFetchOutcome(QStringLiteral("BBB"), QStringLiteral("yahoo"), {}).has_value());
        QVERIFY(symbols
                    .recordFetchOutcome(QStringLiteral("BBB"),
                                        QStringLiteral("yahoo"),
                                        QStringLiteral("BBB: HTTP 404: Not Found"))
                    .has_value());
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        auto rows = symbols.rows();
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), 3);
        const Store::SymbolRow& a = rows->at(0);
        QCOMPARE(a.symbol.ticker, QStringLiteral("AAA"));
        QVERIFY(a.lastSuccess.isValid() && a.lastSuccess >= before && a.lastSuccess <= after);
        QCOMPARE(a.lastAttempt, a.lastSuccess);
        QCOMPARE(a.lastError, QString());
        // A failure keeps the last success and records the attempt and its reason.
        const Store::SymbolRow& b = rows->at(1);
        QVERIFY(b.lastSuccess.isValid());
        QVERIFY(b.lastAttempt >= b.lastSuccess);
        QCOMPARE(b.lastError, QStringLiteral("BBB: HTTP 404: Not Found"));
        // Never fetched: nothing recorded.
        const Store::SymbolRow& c = rows->at(2);
        QVERIFY(!c.lastSuccess.isValid() && !c.lastAttempt.isValid());
        QCOMPARE(c.lastError, QString());
    }

    void modelShowsUpdateAndError()
    {
        UniverseTableModel model;
        QCOMPARE(model.columnCount(), static_cast<int>(UniverseTableModel::ColumnCount));
        QCOMPARE(model.headerData(UniverseTableModel::LastUpdateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last update"));
        QCOMPARE(model.headerData(UniverseTableModel::LastErrorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last error"));
        model.setRows({row("OK", utc("2026-11-20T21:05:09Z"), utc("2026-11-20T21:05:09Z"), ""),
                       row("BAD",
                           utc("2026-11-19T21:00:00Z"),
                           utc("2026-11-20T21:06:00Z"),
                           "BAD: rate limited by Yahoo — try later\nafter 4 retries")});
        const auto cell = [&model](int r, int column, int role = Qt::DisplayRole) {
            return model.index(r, column).data(role);
        };
        QCOMPARE(cell(0, UniverseTableModel::LastUpdateColumn).toString(),
                 QStringLiteral("2026-11-20 21:05"));
        QCOMPARE(cell(0, UniverseTableModel::LastErrorColumn).toString(), QString());
        QVERIFY(!cell(0, UniverseTableModel::LastErrorColumn, Qt::ForegroundRole).isValid());

        QCOMPARE(cell(1, UniverseTableModel::LastUpdateColumn).toString(),
                 QStringLiteral("2026-11-19 21:00"));
        // The cell shows the first line; the tooltip the whole reason and when it happened.
        QCOMPARE(cell(1, UniverseTableModel::LastErrorColumn).toString(),
                 QStringLiteral("BAD: rate limited by Yahoo — try later"));
        QCOMPARE(cell(1, UniverseTableModel::LastErrorColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Last fetch failed at 2026-11-20 21:06:\n"
                                "BAD: rate limited by Yahoo — try later\nafter 4 retries"));
        const auto brush = cell(1, UniverseTableModel::LastErrorColumn, Qt::ForegroundRole).value<QBrush>();
        QVERIFY(brush.color().red() > 150 && brush.color().green() < 100); // red-ish
        QCOMPARE(cell(1, UniverseTableModel::LastUpdateColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Last successful fetch: 2026-11-19 21:00\nLast attempt: 2026-11-20 21:06"));
    }

    void fetchColumnsSortWithMissingLast()
    {
        UniverseTableModel model;
        Ui::UniverseFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setRows({row("A", {}, {}, ""),
                       row("B", utc("2026-11-20T10:00:00Z"), utc("2026-11-20T10:00:00Z"), ""),
                       row("C", utc("2025-01-02T10:00:00Z"), utc("2026-11-20T11:00:00Z"), "C: Not Found"),
                       row("D", utc("2026-11-21T09:00:00Z"), utc("2026-11-21T09:00:00Z"), "D: HTTP 500")});
        auto order = [&proxy] {
            QStringList tickers;
            for (int i = 0; i < proxy.rowCount(); ++i) {
                tickers << proxy.index(i, 0).data(UniverseTableModel::TickerRole).toString();
            }
            return tickers.join(u',');
        };
        proxy.sort(UniverseTableModel::LastUpdateColumn, Qt::AscendingOrder);
        QCOMPARE(order(), QStringLiteral("C,B,D,A"));
        proxy.sort(UniverseTableModel::LastUpdateColumn, Qt::DescendingOrder);
        QCOMPARE(order(), QStringLiteral("D,B,C,A"));
        // Symbols without an error sort after those with one, in both directions.
        proxy.sort(UniverseTableModel::LastErrorColumn, Qt::AscendingOrder);
        QVERIFY2(order().startsWith(QStringLiteral("C,D,")), qPrintable(order()));
        proxy.sort(UniverseTableModel::LastErrorColumn, Qt::DescendingOrder);
        QVERIFY2(order().startsWith(QStringLiteral("D,C,")), qPrintable(order()));
    }

    void fundamentalsColumnsShowMissingAsDashAndDerivedInItalic()
    {
        UniverseTableModel model;
        Ui::UniverseFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setRows({row("A", {}, {}, ""), row("B", {}, {}, ""), row("C", {}, {}, "")});
        Fundamentals::Record a;
        a.ticker = QStringLiteral("A");
        a.asOf = QDate(2026, 8, 22);
        a.source = QStringLiteral("csv:f.csv");
        a.set(Fundamentals::Field::PeRatio, 24.5);
        a.set(Fundamentals::Field::MarketCap, 4.5e12);
        a.capCategory = QStringLiteral("mega");
        a.capCategoryDerived = true;
        Fundamentals::Record b = a;
        b.ticker = QStringLiteral("B");
        b.set(Fundamentals::Field::PeRatio, 12.0);
        b.derived.insert(Fundamentals::Field::PeRatio);
        b.set(Fundamentals::Field::MarketCap, Fundamentals::Record().value(Fundamentals::Field::MarketCap));
        model.setFundamentals({{QStringLiteral("A"), a}, {QStringLiteral("B"), b}});
        const auto cell = [&model](int r, int column, int role = Qt::DisplayRole) {
            return model.index(r, column).data(role);
        };
        QCOMPARE(cell(0, UniverseTableModel::PeColumn).toString(), QStringLiteral("24.50"));
        QCOMPARE(cell(0, UniverseTableModel::MarketCapColumn).toString(), QStringLiteral("4.50 tn"));
        QCOMPARE(cell(0, UniverseTableModel::CapCategoryColumn).toString(), QStringLiteral("mega"));
        QCOMPARE(cell(0, UniverseTableModel::RoeColumn).toString(),
                 QStringLiteral("—")); // stored row lacks it
        QCOMPARE(cell(1, UniverseTableModel::MarketCapColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(2, UniverseTableModel::PeColumn).toString(), QString()); // no fundamentals at all
        QVERIFY(cell(1, UniverseTableModel::PeColumn, Qt::FontRole).value<QFont>().italic()); // derived
        QVERIFY(!cell(0, UniverseTableModel::PeColumn, Qt::FontRole).isValid());
        QVERIFY(cell(1, UniverseTableModel::PeColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Derived")));
        // Missing values sort last, in both directions.
        const auto order = [&proxy] {
            QStringList tickers;
            for (int i = 0; i < proxy.rowCount(); ++i) {
                tickers << proxy.index(i, 0).data(UniverseTableModel::TickerRole).toString();
            }
            return tickers.join(u',');
        };
        proxy.sort(UniverseTableModel::PeColumn, Qt::AscendingOrder);
        QCOMPARE(order(), QStringLiteral("B,A,C"));
        proxy.sort(UniverseTableModel::PeColumn, Qt::DescendingOrder);
        QCOMPARE(order(), QStringLiteral("A,B,C"));
        QCOMPARE(model.headerData(UniverseTableModel::RoeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("ROE %"));
    }

    // The cross-sectional ML columns: score, target and risk; an unvalidated model's values say so and
    // are greyed; a symbol without a score shows nothing and sorts last.
    void mlColumnsMarkUnvalidated()
    {
        UniverseTableModel model;
        model.setRows({row("AAA", {}, {}, ""), row("BBB", {}, {}, ""), row("CCC", {}, {}, "")});
        Store::XsScoreRow a;
        a.ticker = QStringLiteral("AAA");
        a.asOf = QDate::currentDate();
        a.expiresOn = a.asOf.addDays(14);
        a.close = 100;
        a.predictionScore = 0.75;
        a.predictedReturn = 0.02;
        a.priceTarget = 102;
        a.riskScore = 0.25;
        a.priceValidated = false;
        a.riskValidated = true;
        Store::XsScoreRow b = a;
        b.ticker = QStringLiteral("BBB");
        b.predictionScore = 0.25;
        b.riskScore = 0.5;
        model.setXsScores({{a.ticker, a}, {b.ticker, b}});
        const auto cell = [&](int r, int c, int role = Qt::DisplayRole) {
            return model.index(r, c).data(role);
        };
        QCOMPARE(model.headerData(UniverseTableModel::MlScoreColumn, Qt::Horizontal).toString(),
                 QStringLiteral("ML score"));
        QCOMPARE(cell(0, UniverseTableModel::MlScoreColumn).toString(), QStringLiteral("0.75 (unvalidated)"));
        QCOMPARE(cell(0, UniverseTableModel::MlTargetColumn).toString(),
                 QStringLiteral("102.00 (unvalidated)"));
        QCOMPARE(cell(0, UniverseTableModel::MlRiskColumn).toString(),
                 QStringLiteral("0.25"));                                                  // risk validated
        QVERIFY(cell(0, UniverseTableModel::MlScoreColumn, Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(!cell(0, UniverseTableModel::MlRiskColumn, Qt::ForegroundRole).isValid()); // normal
        QVERIFY(cell(0, UniverseTableModel::MlScoreColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Price model unvalidated")));
        QCOMPARE(cell(2, UniverseTableModel::MlScoreColumn).toString(), QString());
        QVERIFY(!cell(2, UniverseTableModel::MlScoreColumn, UniverseTableModel::SortRole).isValid());
        Ui::UniverseFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(UniverseTableModel::MlScoreColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(UniverseTableModel::TickerRole).toString(), QStringLiteral("AAA"));
        QCOMPARE(proxy.index(2, 0).data(UniverseTableModel::TickerRole).toString(), QStringLiteral("CCC"));
    }

    // Issue 19: the portfolio's holdings marked in the table — the quantity over every account, each
    // account's position in the tooltip; a symbol not held shows nothing and sorts last.
    void heldColumnSumsTheAccounts()
    {
        UniverseTableModel model;
        model.setRows({row("AAA", {}, {}, ""), row("BBB", {}, {}, "")});
        model.setHoldings({{QStringLiteral("AAA"),
                            {Ui::HeldPosition{QStringLiteral("Paper"), 10, 101.5},
                             Ui::HeldPosition{QStringLiteral("Kite AB1234"), 5, 99}}}});
        QCOMPARE(model.headerData(UniverseTableModel::HeldColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Held"));
        QCOMPARE(model.index(0, UniverseTableModel::HeldColumn).data().toString(), QStringLiteral("15"));
        QCOMPARE(model.index(0, UniverseTableModel::HeldColumn).data(UniverseTableModel::SortRole).toDouble(),
                 15.0);
        const QString tip = model.index(0, UniverseTableModel::HeldColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Paper: 10 @ 101.50"))
                     && tip.contains(QStringLiteral("Kite AB1234: 5 @ 99.00")),
                 qPrintable(tip));
        QCOMPARE(model.index(1, UniverseTableModel::HeldColumn).data().toString(), QString());
        QVERIFY(!model.index(1, UniverseTableModel::HeldColumn).data(UniverseTableModel::SortRole).isValid());
    }
};

QTEST_MAIN(TestUniverseModel)
#include "TestUniverseModel.moc"
