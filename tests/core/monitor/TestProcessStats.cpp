#include <cmath>

#include <QElapsedTimer>
#include <QtTest>

#include "core/monitor/ProcessStats.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

class TestProcessStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void parsesStatLine()
    {
        // A command name with spaces and parentheses must not shift the fields (proc(5) field 2).
        const QByteArray line = "4242 (tessera (cli) x) S 1 4242 4242 0 -1 4194304 103 0 0 0 "
                                "250 50 0 0 20 0 7 0 1000 3133440 421 18446744073709551615 0\n";
        Monitor::ProcessStats s;
        QVERIFY(Monitor::parseProcStat(line, 100.0, 30.0, s));
        QCOMPARE(s.userCpuSeconds, 2.5);
        QCOMPARE(s.systemCpuSeconds, 0.5);
        QCOMPARE(s.cpuSeconds(), 3.0);
        QCOMPARE(s.threads, 7);
        QCOMPARE(s.uptimeSeconds, 20.0); // booted 30 s ago, started at tick 1000 = 10 s after boot
    }

    void rejectsMalformedStat()
    {
        Monitor::ProcessStats s;
        QVERIFY(!Monitor::parseProcStat("garbage", 100.0, 30.0, s));
        QVERIFY(!Monitor::parseProcStat("1 (x) S 1 2 3", 100.0, 30.0, s));
        QVERIFY(!Monitor::parseProcStat("", 100.0, 30.0, s));
        QCOMPARE(s.cpuSeconds(), -1.0);
        QCOMPARE(s.uptimeSeconds, -1.0);
    }

    void parsesStatus()
    {
        const QByteArray text = "Name:\ttessera-cli\nVmPeak:\t  300000 kB\nVmHWM:\t    4096 kB\n"
                                "VmRSS:\t    2048 kB\nThreads:\t3\n";
        Monitor::ProcessStats s;
        Monitor::parseProcStatus(text, s);
        QCOMPARE(s.residentBytes, 2048 * 1024);
        QCOMPARE(s.peakResidentBytes, 4096 * 1024);
        Monitor::ProcessStats none;
        Monitor::parseProcStatus("Name:\tx\n", none);
        QCOMPARE(none.residentBytes, -1);
    }

    void liveStatsArePositive()
    {
        // Burn some CPU so even a coarse 10 ms tick registers it.
        QElapsedTimer timer;
        timer.start();
        volatile double sink = 0;
        while (timer.elapsed() < 60) {
            for (int i = 1; i < 10000; ++i) {
                sink = sink + std::sqrt(static_cast<double>(i));
            }
        }
        const Monitor::ProcessStats s = Monitor::readProcessStats();
        QVERIFY(s.cores >= 1);
#ifdef Q_OS_LINUX
        QVERIFY2(s.cpuSeconds() > 0, qPrintable(QString::number(s.cpuSeconds())));
        QVERIFY(s.userCpuSeconds >= 0 && s.systemCpuSeconds >= 0);
        QVERIFY(s.residentBytes > 0);
        QVERIFY(s.peakResidentBytes >= s.residentBytes);
        QVERIFY(s.uptimeSeconds > 0);
        QVERIFY(s.threads >= 1);
#else
        QSKIP("process statistics are read from /proc on Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessStats)
#include "TestProcessStats.moc"
