// kyc-render-icon SVG OUT_DIR NAME SIZE...: the application icon as OUT_DIR/SIZExSIZE/NAME.png, for the
// hicolor theme of desktops that do not draw SVG icons. With "ico" instead of sizes: OUT_DIR/NAME.ico
// (Windows); with "iconset": OUT_DIR/icon_WxH[@2x].png, for macOS's iconutil. Runs at build time; never
// installed.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: kyc-render-icon SVG OUT_DIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "kyc-render-icon: %s is not a readable SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const auto render = [&svg](int size) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        return image;
    };
    const auto write = [](const QImage &image, const QString &path) {
        QDir().mkpath(path.section(u'/', 0, -2));
        if (image.save(path))
            return true;
        std::fprintf(stderr, "kyc-render-icon: cannot write %s\n", qPrintable(path));
        return false;
    };
    const QString outDir = args.at(2);
    const QString name = args.at(3);
    if (args.at(4) == QStringLiteral("ico"))
        return write(render(256), outDir + u'/' + name + QStringLiteral(".ico")) ? 0 : 1;
    if (args.at(4) == QStringLiteral("iconset")) {
        for (const int size : {16, 32, 128, 256, 512}) {
            const QString base = QStringLiteral("%1/icon_%2x%2").arg(outDir).arg(size);
            if (!write(render(size), base + QStringLiteral(".png")) ||
                !write(render(size * 2), base + QStringLiteral("@2x.png")))
                return 1;
        }
        return 0;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (!write(render(size), QStringLiteral("%1/%2x%2/%3.png").arg(outDir).arg(size).arg(name)))
            return 1;
    }
    return 0;
}
