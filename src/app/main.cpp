// kyc-share-console: reads the command line and starts the Console; nothing else.
#include "core/base/Bootstrap.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/profiles/ProfileStore.h"
#include "core/tokens/Validators.h"
#include "gui/Console.h"
#include "gui/MainWindow.h"
#include "gui/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
// --exit-after-first-paint: ends the process once the main window has painted (start-up benchmarks,
// package tests). What is measured ends there: no teardown (the history is committed row by row anyway).
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::printf("first paint of %s\n", watched->metaObject()->className());
            std::fflush(stdout);
            std::_Exit(0);
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    kyc::Bootstrap::disableCoreDumps();
    kyc::EnvironmentCredentialSource::takeFromEnvironment(); // before anything could start a child
    QApplication app(argc, argv);
    Console::describeApplication();

    // The system's language: Qt's own words (dialog buttons, --help) and the console's. A language with
    // no translation stays English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator consoleTranslator;
    if (consoleTranslator.load(QLocale(), u"kyc-share-console"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&consoleTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Issue KYC share tokens by hand."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QApplication::translate("main", "Issue against the built-in emulator; tokens are not real."));
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, QApplication::translate("main", "The Sumsub API's scheme, host and port."), u"URL"_s);
    const QCommandLineOption caFileOption(
        u"ca-file"_s, QApplication::translate("main", "Also trust the CA certificate(s) in this PEM file."),
        u"PEM"_s);
    const QCommandLineOption firstPaintOption(
        u"exit-after-first-paint"_s,
        QApplication::translate("main", "For tests and benchmarks: quit once the main window is painted."));
    parser.addOptions({demoOption, baseUrlOption, caFileOption, firstPaintOption});
    parser.process(app);

    Console::Options options;
    options.demo = parser.isSet(demoOption);
    options.baseUrl = parser.value(baseUrlOption).trimmed();
    options.caFile = parser.value(caFileOption);
    if (parser.isSet(baseUrlOption)) {
        if (const QString problem = kyc::Validators::checkBaseUrl(options.baseUrl); !problem.isEmpty()) {
            std::fprintf(stderr, "kyc-share-console: --base-url: %s\n", qPrintable(problem));
            return 2;
        }
    }

    const std::unique_ptr<QSettings> settings = kyc::ProfileStore::openDefaultSettings();
    // One console per user: a second start brings the first to the front. Demo mode's consoles are
    // apart: they write no history and are for trying things.
    const QString instanceName = SingleInstance::nameFor(settings->fileName());
    SingleInstance instance(instanceName);
    if (instanceName.isEmpty() && !options.demo) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "kyc-share-console: no private runtime folder (XDG_RUNTIME_DIR, or one of its "
                        "own in the temporary folder); running without the check for a console "
                        "that already runs.")));
    } else if (!options.demo && instance.handOverToRunning()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "kyc-share-console is already running; its window was brought to the front.")));
        return 0;
    }
    Console console(settings.get(), options);
    QObject::connect(&instance, &SingleInstance::raiseRequested, &console, &Console::raiseWindow);
    if (const QString problem = console.start(); !problem.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), problem);
        return 1;
    }
    // Shown, not yet painted: that happens in the event loop.
    FirstPaintQuitter quitter;
    if (parser.isSet(firstPaintOption))
        console.window()->installEventFilter(&quitter);
    return app.exec();
}
