// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application icon's SVG into the PNG sizes of the
// hicolor icon theme, so the installed icons are always drawn from the one
// source file.
//
//   castnet_icon_renderer ICON.svg OUTPUT_DIR NAME SIZE...
//
// writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png for each SIZE.
#include <cstdio>

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

int main(int argc, char **argv) {
    if (argc < 5) {
        std::fputs("usage: castnet_icon_renderer ICON.svg OUTPUT_DIR NAME SIZE...\n", stderr);
        return 2;
    }
    // A build machine has no display; the offscreen platform needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "castnet_icon_renderer: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        const int size = QString::fromLatin1(argv[i]).toInt();
        if (size <= 0) {
            std::fprintf(stderr, "castnet_icon_renderer: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(folder) ||
            !image.save(output.filePath(folder + u'/' + name + QStringLiteral(".png")))) {
            std::fprintf(stderr, "castnet_icon_renderer: cannot write the %d px icon\n", size);
            return 1;
        }
    }
    return 0;
}
