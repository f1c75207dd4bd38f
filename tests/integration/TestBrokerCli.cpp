#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include "core/fetch/http/HttpClient.h"

#include "tests/support/FakeKiteServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

const QString kSecret = QStringLiteral("planted-kite-secret-5f2c9d");

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

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QSKIP("needs a D-Bus session with gnome-keyring (run through ctest: dbus-run-session)");
        }
        m_db = m_home.filePath(QStringLiteral("tessera.sqlite"));
        m_fake = std::make_unique<Test::FakeKiteServer>(kSecret);
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
        QTcpServer probe; // a free port for the listener
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        m_fake->setRedirectUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/kite").arg(port)));

        QProcess p;
        p.setProcessEnvironment(env());
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 m_db,
                 QStringLiteral("--log-level"),
                 QStringLiteral("debug"),
                 QStringLiteral("broker"),
                 QStringLiteral("login"),
                 QStringLiteral("kite"),
                 QStringLiteral("--api-key"),
                 QString::fromLatin1(Test::FakeKiteServer::kApiKey),
                 QStringLiteral("--base-url"),
                 m_fake->baseUrl(),
                 QStringLiteral("--port"),
                 QString::number(port),
                 QStringLiteral("--login-timeout"),
                 QStringLiteral("30")});
        p.write((kSecret + u'\n').toUtf8()); // the secret comes on stdin, never as an argument
        p.closeWriteChannel();
        QString printed;
        QUrl loginUrl;
        QElapsedTimer clock;
        clock.start();
        while (!loginUrl.isValid() && clock.elapsed() < 30000) {
            p.waitForReadyRead(200);
            printed += QString::fromUtf8(p.readAllStandardOutput());
            for (const QString& line : printed.split(u'\n')) {
                if (line.startsWith(QStringLiteral("http"))
                    && line.contains(QStringLiteral("/connect/login"))) {
                    loginUrl = QUrl(line.trimmed());
                }
            }
        }
        QVERIFY2(loginUrl.isValid(), qPrintable(printed + QString::fromUtf8(p.readAllStandardError())));
        Fetch::HttpClientOptions o;
        o.useSystemProxy = false;
        o.retry.maxRetries = 0;
        Fetch::HttpClient browser(o);
        auto page = browser.get(loginUrl)->wait();
        QVERIFY2(page && page->body.contains("close this tab"),
                 page ? page->body.constData() : qPrintable(page.error().message));
        QVERIFY(p.waitForFinished(30000));
        printed += QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(printed + QString::fromUtf8(p.readAllStandardError())));
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
        QVERIFY(!token.isEmpty());
        const QList<QByteArray> planted{kSecret.toUtf8(), token, QByteArray(Test::FakeKiteServer::kApiKey)};
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
