// `tessera --help` and `tessera --version` answer without a display (issue 18): packaging smoke tests and
// ssh sessions have none. The GUI binary runs with the xcb platform forced and no DISPLAY, where creating
// a QApplication would abort.
#include <QProcess>
#include <QtTest>

#include "tests/support/TestSupport.h"

class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Answer runGui(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TESSERA_GUI_PATH), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() { Tessera::Test::initTestEnvironment(); }

    void helpWorksWithoutADisplay()
    {
        for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Answer a = runGui({flag});
            QVERIFY2(a.code == 0, qPrintable(a.err));
            QVERIFY2(a.out.contains(QStringLiteral("--screenshot <FILE.png>")), qPrintable(a.out));
            QVERIFY2(a.out.contains(QStringLiteral("--version")), qPrintable(a.out));
            QVERIFY2(!a.err.contains(QStringLiteral("xcb")), qPrintable(a.err));
        }
    }

    void versionWorksWithoutADisplay()
    {
        const Answer a = runGui({QStringLiteral("--version")});
        QVERIFY2(a.code == 0, qPrintable(a.err));
        QCOMPARE(a.out, QStringLiteral("tessera %1\n").arg(QStringLiteral(TESSERA_VERSION)));
    }

    void anotherOptionStillNeedsTheDisplay()
    {
        // Only the two answers skip the QApplication: "--db --help" means a database named --help.
        const Answer a = runGui({QStringLiteral("--db"), QStringLiteral("--help"), QStringLiteral("--demo")});
        QVERIFY(a.code != 0);
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "TestGuiCommandLine.moc"
