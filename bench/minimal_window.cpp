// The start-up baseline: the least a Qt Widgets program does to show a main window, built with the same
// compiler, flags and Qt as the console. It quits after its first paint and prints what
// kyc-share-console --exit-after-first-paint prints, so both are measured the same way.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>
#include <cstdlib>

namespace {
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::printf("first paint of QMainWindow\n");
            std::fflush(stdout);
            std::_Exit(0); // as kyc-share-console --exit-after-first-paint: no teardown
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("baseline")));
    window.resize(900, 780);
    window.show();
    FirstPaint quitter;
    window.installEventFilter(&quitter);
    return app.exec();
}
