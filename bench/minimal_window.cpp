// The start-up baseline: the least a Qt Widgets program does to show a main window with a form of four
// fields (what the console shows first), built with the same compiler, flags and Qt as the console. It
// quits after its first paint and prints what kyc-share-console --exit-after-first-paint prints, so
// both are measured the same way.
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>

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
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->addRow(QStringLiteral("Applicant ID:"), new QLineEdit);
    layout->addRow(QStringLiteral("Partner client ID:"), new QLineEdit);
    auto *ttl = new QSpinBox;
    ttl->setRange(1, 86400);
    layout->addRow(QStringLiteral("TTL:"), ttl);
    layout->addRow(QStringLiteral("Reason:"), new QLineEdit);
    layout->addRow(new QPushButton(QStringLiteral("Issue")));
    window.setCentralWidget(form);
    window.resize(900, 780);
    window.show();
    FirstPaint quitter;
    window.installEventFilter(&quitter);
    return app.exec();
}
