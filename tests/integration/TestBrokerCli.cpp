#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include "core/fetch/http/HttpClient.h"

#include "tests/support/FakeFyersServer.h"
#include "tests/support/FakeKiteServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

const QString kSecret = QStringLiteral("planted-kite-secret-5f2c9d");
const QString kFyersSecret = QStringLiteral("planted-fyers-secret-8e1a47");
const QString kKiteAccount = QStringLiteral("Kite AB1234");
const QString kFyersAccount = QStringLiteral("Fyers XY01234");

} // namespace

/**
 * `tessera-cli broker …` against the fake Kite server with the real system keychain: CTest runs this under
 * dbus-run-session with an unlocked gnome-keyring (tests/integration/CMakeLists.txt). Ends with the
 * secret-leak check: after login, sync and orders with debug logging, no file Tessera wrote (log,
 * database and its WAL, settings) holds the API secret, the access token or the API key.
 */
class TestBrokerCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<Test::FakeKiteServer> m_fake;
    std::unique_ptr<Test::FakeFyersServer> m_fyers;
    QString m_db;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        e.remove(QStringLiteral("TESSERA_BROKER_SECRET"));
        return e;
    }

    Test::CliRun cli(const QStringList& args, const QProcessEnvironment& environment)
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.start(
            Test::cliPath(),
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--log-level"), QStringLiteral("debug")}
                + args);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Test::CliRun cli(const QStringList& args) { return cli(args, env()); }

    /**
     * `broker login NAME` as a user runs it: the secret on stdin, the printed login URL opened by a
     * "browser", the broker's redirect received by the CLI's listener. Returns what the CLI printed.
     */
    QString loginThroughTheBrowser(const QString& broker,
                                   const QString& apiKey,
                                   const QString& secret,
                                   const QString& baseUrl,
                                   const QString& loginPath)
    {
        QTcpServer probe; // a free port for the listener
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            return QStringLiteral("no free port");
        }
        const quint16 port = probe.serverPort();
        probe.close();
        m_fake->setRedirectUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/kite").arg(port))); // Kite's console

        QProcess p;
        p.setProcessEnvironment(env());
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 m_db,
                 QStringLiteral("--log-level"),
                 QStringLiteral("debug"),
                 QStringLiteral("broker"),
                 QStringLiteral("login"),
                 broker,
                 QStringLiteral("--api-key"),
                 apiKey,
                 QStringLiteral("--base-url"),
                 baseUrl,
                 QStringLiteral("--port"),
                 QString::number(port),
                 QStringLiteral("--login-timeout"),
                 QStringLiteral("30")});
        p.write((secret + u'\n').toUtf8()); // the secret comes on stdin, never as an argument
        p.closeWriteChannel();
        QString printed;
        QUrl loginUrl;
        QElapsedTimer clock;
        clock.start();
        while (!loginUrl.isValid() && clock.elapsed() < 30000) {
            p.waitForReadyRead(200);
            printed += QString::fromUtf8(p.readAllStandardOutput());
            for (const QString& line : printed.split(u'\n')) {
                if (line.startsWith(QStringLiteral("http")) && line.contains(loginPath)) {
                    loginUrl = QUrl(line.trimmed());
                }
            }
        }
        if (!loginUrl.isValid()) {
            return printed + QString::fromUtf8(p.readAllStandardError());
        }
        Fetch::HttpClientOptions o;
        o.useSystemProxy = false;
        o.retry.maxRetries = 0;
        Fetch::HttpClient browser(o);
        auto page = browser.get(loginUrl)->wait();
        if (!page || !page->body.contains("close this tab")) {
            return page ? QString::fromUtf8(page->body) : page.error().message;
        }
        p.waitForFinished(30000);
        printed += QString::fromUtf8(p.readAllStandardOutput());
        if (p.exitCode() != 0) {
            printed += QString::fromUtf8(p.readAllStandardError());
        }
        return printed;
    }

    QStringList orderPlace(const QString& account, const QString& baseUrl, const QStringList& more = {})
    {
        return QStringList{QStringLiteral("order"),
                           QStringLiteral("place"),
                           QStringLiteral("buy"),
                           QStringLiteral("INFY.NS"),
                           QStringLiteral("2"),
                           QStringLiteral("--account"),
                           account,
                           QStringLiteral("--base-url"),
                           baseUrl}
               + more;
    }

    void setLiveTrading(bool on)
    {
        const auto run = cli({QStringLiteral("settings"),
                              QStringLiteral("set"),
                              QStringLiteral("broker/liveTrading"),
                              on ? QStringLiteral("on") : QStringLiteral("off")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QSKIP("needs a D-Bus session with gnome-keyring (run through ctest: dbus-run-session)");
        }
        m_db = m_home.filePath(QStringLiteral("tessera.sqlite"));
        m_fake = std::make_unique<Test::FakeKiteServer>(kSecret);
        m_fyers = std::make_unique<Test::FakeFyersServer>(kFyersSecret);
    }

    void noKeychainSaysSo()
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const auto run = cli({QStringLiteral("broker"), QStringLiteral("status")}, e);
        QCOMPARE(run.code, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("no system keychain available: install/unlock gnome-keyring")),
            qPrintable(run.err));
    }

    void loginThroughTheBrowser()
    {
        const QString printed = loginThroughTheBrowser(QStringLiteral("kite"),
                                                       QString::fromLatin1(Test::FakeKiteServer::kApiKey),
                                                       kSecret,
                                                       m_fake->baseUrl(),
                                                       QStringLiteral("/connect/login"));
        QVERIFY2(printed.contains(QStringLiteral("logged in to Kite as AB1234 (Asha Rao)")),
                 qPrintable(printed));
    }

    void syncPrintsTheSnapshot()
    {
        const auto run = cli({QStringLiteral("--json"),
                              QStringLiteral("broker"),
                              QStringLiteral("sync"),
                              QStringLiteral("kite"),
                              QStringLiteral("--base-url"),
                              m_fake->baseUrl()});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject snap = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(snap.value(QStringLiteral("account_id")).toString(), QStringLiteral("AB1234"));
        QCOMPARE(snap.value(QStringLiteral("funds")).toObject().value(QStringLiteral("available")).toDouble(),
                 150000.5);
        QCOMPARE(snap.value(QStringLiteral("holdings")).toArray().size(), 2);
        QCOMPARE(snap.value(QStringLiteral("holdings"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("symbol"))
                     .toString(),
                 QStringLiteral("RELIANCE.NS"));
        QCOMPARE(snap.value(QStringLiteral("trades")).toArray().size(), 1);
        // Recorded in the portfolio's journal under the broker's account; a second sync adds nothing.
        const QJsonObject recorded = snap.value(QStringLiteral("portfolio")).toObject();
        QVERIFY(recorded.value(QStringLiteral("account")).toString().contains(QStringLiteral("AB1234")));
        QCOMPARE(recorded.value(QStringLiteral("new_trades")).toInt(), 1);
        const auto again = cli({QStringLiteral("--json"),
                                QStringLiteral("broker"),
                                QStringLiteral("sync"),
                                QStringLiteral("kite"),
                                QStringLiteral("--base-url"),
                                m_fake->baseUrl()});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("portfolio"))
                                       .toObject();
        QCOMPARE(second.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(second.value(QStringLiteral("new_trades")).toInt(), 0);
        QCOMPARE(second.value(QStringLiteral("new_orders")).toInt(), 0);
    }

    void orderPlaceRoutesToTheBrokerAccount()
    {
        // `order place --account "Kite AB1234"`: the portfolio's order, sent to Kite, recorded in the
        // journal.
        const qsizetype before = m_fake->orders().size();
        const QStringList confirm{QStringLiteral("--confirm-live"), QStringLiteral("kite:AB1234")};
        auto off = cli(orderPlace(kKiteAccount, m_fake->baseUrl(), confirm));
        QCOMPARE(off.code, 2);
        QVERIFY2(off.err.contains(QStringLiteral("settings set broker/liveTrading on")), qPrintable(off.err));
        setLiveTrading(true);
        auto unconfirmed = cli(orderPlace(kKiteAccount, m_fake->baseUrl()));
        QCOMPARE(unconfirmed.code, 2);
        QVERIFY2(unconfirmed.err.contains(QStringLiteral("pass --confirm-live kite:AB1234")),
                 qPrintable(unconfirmed.err));
        auto wrong = cli(orderPlace(kKiteAccount,
                                    m_fake->baseUrl(),
                                    {QStringLiteral("--confirm-live"), QStringLiteral("fyers:AB1234")}));
        QCOMPARE(wrong.code, 2);
        QCOMPARE(m_fake->orders().size(), before);

        const QStringList once = confirm + QStringList{QStringLiteral("--client-id"), QStringLiteral("cli1")};
        auto placed =
            cli(QStringList{QStringLiteral("--json")} + orderPlace(kKiteAccount, m_fake->baseUrl(), once));
        QVERIFY2(placed.code == 0, qPrintable(placed.err));
        const QJsonObject answer = QJsonDocument::fromJson(placed.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("filled"));
        QVERIFY(!answer.value(QStringLiteral("broker_order_id")).toString().isEmpty());
        QCOMPARE(m_fake->orders().size(), before + 1);
        // Again with the same client id: "placed already", nothing sent.
        auto again = cli(orderPlace(kKiteAccount, m_fake->baseUrl(), once));
        QVERIFY2(again.code == 0 && again.out.contains(QStringLiteral("was placed already")),
                 qPrintable(again.out + again.err));
        QCOMPARE(m_fake->orders().size(), before + 1);
        const auto orders = cli({QStringLiteral("--json"),
                                 QStringLiteral("portfolio"),
                                 QStringLiteral("orders"),
                                 QStringLiteral("--account"),
                                 kKiteAccount});
        QVERIFY2(orders.code == 0, qPrintable(orders.err));
        QVERIFY2(orders.out.contains(QStringLiteral("cli1")) && orders.out.contains(QStringLiteral("filled")),
                 qPrintable(orders.out));

        // A limit order stays open at Kite; `order cancel` cancels it there, switched off or not.
        auto limit = cli(orderPlace(kKiteAccount,
                                    m_fake->baseUrl(),
                                    confirm
                                        + QStringList{QStringLiteral("--type"),
                                                      QStringLiteral("limit"),
                                                      QStringLiteral("--price"),
                                                      QStringLiteral("1300"),
                                                      QStringLiteral("--client-id"),
                                                      QStringLiteral("cli2")}));
        QVERIFY2(limit.code == 0 && limit.out.contains(QStringLiteral("open")),
                 qPrintable(limit.out + limit.err));
        // `broker modify`: the open order's price changed at Kite, under the same confirmation rule.
        const QString kiteId =
            m_fake->orders().last().toObject().value(QStringLiteral("order_id")).toString();
        const QStringList modify{QStringLiteral("broker"),
                                 QStringLiteral("modify"),
                                 QStringLiteral("kite"),
                                 kiteId,
                                 QStringLiteral("--price"),
                                 QStringLiteral("1290"),
                                 QStringLiteral("--base-url"),
                                 m_fake->baseUrl()};
        auto unconfirmedChange = cli(modify);
        QCOMPARE(unconfirmedChange.code, 2);
        QVERIFY2(unconfirmedChange.err.contains(QStringLiteral("pass --confirm-live kite:AB1234")),
                 qPrintable(unconfirmedChange.err));
        QCOMPARE(m_fake->orders().last().toObject().value(QStringLiteral("price")).toDouble(), 1300.0);
        auto half = cli(modify + confirm + QStringList{QStringLiteral("--quantity"), QStringLiteral("2.5")});
        QVERIFY2(half.code == 2 && half.err.contains(QStringLiteral("whole number of shares")),
                 qPrintable(half.err));
        auto nanPrice = cli(QStringList{QStringLiteral("broker"),
                                        QStringLiteral("modify"),
                                        QStringLiteral("kite"),
                                        kiteId,
                                        QStringLiteral("--price"),
                                        QStringLiteral("nan"),
                                        QStringLiteral("--base-url"),
                                        m_fake->baseUrl()}
                            + confirm);
        QVERIFY2(nanPrice.code == 2 && nanPrice.err.contains(QStringLiteral("positive number")),
                 qPrintable(nanPrice.err));
        QCOMPARE(m_fake->orders().last().toObject().value(QStringLiteral("price")).toDouble(), 1300.0);
        auto changed = cli(modify + confirm);
        QVERIFY2(changed.code == 0 && changed.out.contains(QStringLiteral("changed")),
                 qPrintable(changed.out + changed.err));
        QCOMPARE(m_fake->orders().last().toObject().value(QStringLiteral("price")).toDouble(), 1290.0);
        QCOMPARE(m_fake->orders().last().toObject().value(QStringLiteral("quantity")).toDouble(), 2.0);
        auto unknown = cli(QStringList{QStringLiteral("broker"),
                                       QStringLiteral("modify"),
                                       QStringLiteral("kite"),
                                       QStringLiteral("999999"),
                                       QStringLiteral("--base-url"),
                                       m_fake->baseUrl()}
                           + confirm);
        QVERIFY2(unknown.code == 2 && unknown.err.contains(QStringLiteral("no order 999999")),
                 qPrintable(unknown.err));
        setLiveTrading(false);
        auto cancelled = cli({QStringLiteral("order"),
                              QStringLiteral("cancel"),
                              QStringLiteral("cli2"),
                              QStringLiteral("--account"),
                              kKiteAccount,
                              QStringLiteral("--base-url"),
                              m_fake->baseUrl()});
        QVERIFY2(cancelled.code == 0, qPrintable(cancelled.err));
        const QJsonArray book = m_fake->orders();
        QCOMPARE(book.last().toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("cli2"));
        QCOMPARE(book.last().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("CANCELLED"));
    }

    void fyersLoginSyncAndOrder()
    {
        const QString printed = loginThroughTheBrowser(QStringLiteral("fyers"),
                                                       QString::fromLatin1(Test::FakeFyersServer::kAppId),
                                                       kFyersSecret,
                                                       m_fyers->baseUrl(),
                                                       QStringLiteral("/generate-authcode"));
        QVERIFY2(printed.contains(QStringLiteral("logged in to Fyers as XY01234")), qPrintable(printed));
        const auto sync = cli({QStringLiteral("broker"),
                               QStringLiteral("sync"),
                               QStringLiteral("fyers"),
                               QStringLiteral("--base-url"),
                               m_fyers->baseUrl()});
        QVERIFY2(sync.code == 0 && sync.out.contains(kFyersAccount), qPrintable(sync.out + sync.err));
        const qsizetype before = m_fyers->orders().size();
        setLiveTrading(true);
        auto placed = cli(orderPlace(kFyersAccount,
                                     m_fyers->baseUrl(),
                                     {QStringLiteral("--confirm-live"), QStringLiteral("fyers:XY01234")}));
        QVERIFY2(placed.code == 0 && placed.out.contains(QStringLiteral("filled")),
                 qPrintable(placed.out + placed.err));
        QCOMPARE(m_fyers->orders().size(), before + 1);
        setLiveTrading(false);
    }

    void liveOrdersNeedSwitchAndConfirmation()
    {
        const QStringList order{QStringLiteral("broker"),
                                QStringLiteral("place"),
                                QStringLiteral("kite"),
                                QStringLiteral("--symbol"),
                                QStringLiteral("INFY.NS"),
                                QStringLiteral("--side"),
                                QStringLiteral("buy"),
                                QStringLiteral("--quantity"),
                                QStringLiteral("2"),
                                QStringLiteral("--base-url"),
                                m_fake->baseUrl()};
        const qsizetype before = m_fake->orders().size();
        auto off = cli(order + QStringList{QStringLiteral("--confirm-live"), QStringLiteral("kite:AB1234")});
        QCOMPARE(off.code, 2);
        QVERIFY2(off.err.contains(QStringLiteral("settings set broker/liveTrading on")), qPrintable(off.err));
        QCOMPARE(cli({QStringLiteral("settings"),
                      QStringLiteral("set"),
                      QStringLiteral("broker/liveTrading"),
                      QStringLiteral("on")})
                     .code,
                 0);
        auto wrong =
            cli(order + QStringList{QStringLiteral("--confirm-live"), QStringLiteral("kite:ZZ9999")});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("--confirm-live kite:AB1234")), qPrintable(wrong.err));
        QCOMPARE(m_fake->orders().size(), before);
        auto placed =
            cli(order + QStringList{QStringLiteral("--confirm-live"), QStringLiteral("kite:AB1234")});
        QVERIFY2(placed.code == 0, qPrintable(placed.err));
        QVERIFY2(placed.out.contains(QStringLiteral(": filled")), qPrintable(placed.out));
        QCOMPARE(m_fake->orders().size(), before + 1);
    }

    void statusAndNoLeak()
    {
        const auto st = cli({QStringLiteral("--json"), QStringLiteral("broker"), QStringLiteral("status")});
        QVERIFY2(st.code == 0, qPrintable(st.err));
        const QJsonObject status = QJsonDocument::fromJson(st.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("live_trading")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("brokers"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("logged_in"))
                     .toBool(),
                 true);

        const QByteArray token = m_fake->accessToken().toUtf8();
        const QByteArray fyersToken = m_fyers->accessToken().toUtf8();
        QVERIFY(!token.isEmpty() && !fyersToken.isEmpty());
        const QList<QByteArray> planted{kSecret.toUtf8(),
                                        token,
                                        QByteArray(Test::FakeKiteServer::kApiKey),
                                        kFyersSecret.toUtf8(),
                                        fyersToken,
                                        QByteArray(Test::FakeFyersServer::kAppId)};
        int files = 0;
        bool sawLog = false;
        bool sawDb = false;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/keyrings/"))) {
                continue; // the system keychain itself, where secrets belong
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray& secret : planted) {
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(QStringLiteral("%1 holds %2").arg(path, QString::fromUtf8(secret))));
            }
            ++files;
            sawLog = sawLog || path.endsWith(QStringLiteral(".log"));
            sawDb = sawDb || path.endsWith(QStringLiteral("tessera.sqlite"));
        }
        QVERIFY2(sawLog && sawDb, "the log and the database were written and searched");
        QVERIFY(files >= 2);
    }

    void logoutForgets()
    {
        QCOMPARE(cli({QStringLiteral("broker"),
                      QStringLiteral("logout"),
                      QStringLiteral("kite"),
                      QStringLiteral("--forget"),
                      QStringLiteral("--base-url"),
                      m_fake->baseUrl()})
                     .code,
                 0);
        const auto st = cli({QStringLiteral("broker"), QStringLiteral("status")});
        QVERIFY2(st.out.contains(QStringLiteral("Kite  : not set up")), qPrintable(st.out));
        const auto sync = cli({QStringLiteral("broker"), QStringLiteral("sync"), QStringLiteral("kite")});
        QCOMPARE(sync.code, 2);
        QVERIFY(sync.err.contains(QStringLiteral("no API key stored for Kite")));
    }
};

QTEST_GUILESS_MAIN(TestBrokerCli)
#include "TestBrokerCli.moc"
