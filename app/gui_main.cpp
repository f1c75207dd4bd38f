// tessera: the GUI. tessera [--db PATH] [--demo] [--screenshot FILE.png] [--log-level L] [--version]
#include <cstdio>
#include <cstring>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/common/Paths.h"
#include "core/store/Database.h"
#include "ui/common/UiSettings.h"
#include "ui/mainwindow/MainWindow.h"

namespace {

using namespace Tessera;

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;
constexpr int ScreenshotTimeoutMs = 60'000;
constexpr int ScreenshotSettleMs = 400; // let the last coalesced chart update and the layout land

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0) {
            return true;
        }
    }
    return false;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "tessera: %s\n", message.toLocal8Bit().constData());
}

void installTranslators(QApplication& app)
{
    // English is the source language; a missing translation simply leaves it in English.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
}

/** Saves a picture of the window once it shows its data, then quits (exit 0; 1 on failure). */
void armScreenshot(QApplication& app, Ui::MainWindow* window, const QString& file)
{
    auto done = std::make_shared<bool>(false);
    auto finish = [done](int code) {
        if (!*done) {
            *done = true;
            QCoreApplication::exit(code);
        }
    };
    QObject::connect(window, &Ui::MainWindow::loadFailed, &app, [finish](const QString& message) {
        printError(QStringLiteral("loading failed: %1").arg(message));
        finish(ExitFailed);
    });
    QPointer<Ui::MainWindow> guard(window);
    QObject::connect(
        window,
        &Ui::MainWindow::viewReady,
        &app,
        [guard, file, finish, done] {
            if (*done) {
                return;
            }
            QTimer::singleShot(ScreenshotSettleMs, guard.data(), [guard, file, finish] {
                if (!guard) {
                    return;
                }
                const QPixmap picture = guard->grab();
                if (picture.isNull() || !picture.save(file, "PNG")) {
                    printError(QStringLiteral("cannot write the screenshot %1").arg(file));
                    finish(ExitFailed);
                    return;
                }
                std::fprintf(stdout, "%s\n", QDir::toNativeSeparators(file).toLocal8Bit().constData());
                finish(ExitOk);
            });
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(ScreenshotTimeoutMs, &app, [finish] {
        printError(
            QStringLiteral("the window did not show its data within %1 s").arg(ScreenshotTimeoutMs / 1000));
        finish(ExitFailed);
    });
}

} // namespace

int main(int argc, char** argv)
{
    // Answered before any display is needed (packaging smoke tests run without one).
    if (hasArgument(argc, argv, "--version")) {
        std::printf("tessera %s\n", TESSERA_VERSION);
        return ExitOk;
    }
    // A screenshot needs no screen: fall back to the offscreen platform when there is no display.
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tessera market-analysis workstation"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Database file (default: settings, then %1).")
            .arg(Paths::defaultDatabasePath()),
        QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Load the offline demo market when no bars are stored."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once its data is shown, then exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption logLevelOption(
        QStringLiteral("log-level"),
        QApplication::translate("main",
                                "trace, debug, info, warn, error or off (default: settings, then info)."),
        QStringLiteral("L"));
    parser.addOptions({versionOption, dbOption, demoOption, screenshotOption, logLevelOption});
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fprintf(stdout, "%s", parser.helpText().toLocal8Bit().constData());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            QStringLiteral("unexpected argument %1 (see --help)").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    QString logLevel =
        parser.isSet(logLevelOption) ? parser.value(logLevelOption).toLower() : Ui::Settings::logLevel();
    if (!Ui::Settings::logLevels().contains(logLevel)) {
        printError(QStringLiteral("unknown log level %1 (use one of %2)")
                       .arg(logLevel, Ui::Settings::logLevels().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    Log::Options logOptions;
    logOptions.directory = Paths::defaultLogDir();
    logOptions.level = logLevel;
    Log::setup(logOptions);

    const bool screenshot = parser.isSet(screenshotOption);
    const QString screenshotFile =
        screenshot ? QFileInfo(parser.value(screenshotOption)).absoluteFilePath() : QString();
    QString databasePath = parser.value(dbOption);
    if (databasePath.isEmpty()) {
        databasePath = Ui::Settings::databasePath();
    }
    if (databasePath.isEmpty()) {
        databasePath = Paths::defaultDatabasePath();
    }
    databasePath = QFileInfo(databasePath).absoluteFilePath();
    spdlog::info("tessera {} starting, database {}", TESSERA_VERSION, databasePath);

    Ui::MainWindow::Options options;
    options.loadDemoIfEmpty = parser.isSet(demoOption);
    if (screenshot) {
        options.offerFirstRun = false;
        options.persistState = false;
        options.quiet = true;
    }

    // Opening runs the schema migrations: do it off the GUI thread, on a thread that stays alive so the
    // connection it made stays valid (Database keeps one connection per thread).
    QThreadPool openPool;
    openPool.setMaxThreadCount(1);
    openPool.setExpiryTimeout(-1);
    std::unique_ptr<Ui::MainWindow> window;
    QtConcurrent::run(&openPool, [databasePath] {
        return Store::Database::open(databasePath);
    }).then(&app, [&](Result<Store::DatabasePtr> db) {
        if (!db) {
            spdlog::error("cannot open the database: {}", db.error().message);
            if (screenshot) {
                printError(db.error().message);
            } else {
                QMessageBox::critical(
                    nullptr,
                    QApplication::translate("main", "Tessera"),
                    QApplication::translate("main", "Cannot open the database:\n%1").arg(db.error().message));
            }
            QCoreApplication::exit(ExitUsage);
            return;
        }
        window = std::make_unique<Ui::MainWindow>(*db, options);
        if (screenshot) {
            armScreenshot(app, window.get(), screenshotFile);
        }
        window->show();
    });

    const int code = QApplication::exec();
    window.reset();
    spdlog::info("tessera exiting with code {}", code);
    return code;
}
