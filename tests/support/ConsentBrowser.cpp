#include "ConsentBrowser.h"

#include "TestTls.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>

QString followConsent(const QUrl &authorizeUrl)
{
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(authorizeUrl);
    if (testUsesTls()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(testTlsFile("ca.pem"));
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = nam.get(request);
    if (!reply->isFinished())
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
    const QString location = QString::fromUtf8(reply->rawHeader("Location"));
    reply->deleteLater();
    return location;
}
