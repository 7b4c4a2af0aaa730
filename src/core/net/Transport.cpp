#include "core/net/Transport.h"

#include "core/base/Logging.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace kyc {

Transport::Transport(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<kyc::TransportResult>();
    // The system's proxy settings; Qt's own factory never sends loopback through a proxy.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setCookieJar(nullptr); // not a browser: nothing is remembered between requests
}

Transport::~Transport() = default;

bool Transport::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QSslConfiguration Transport::tlsConfiguration(const QList<QSslCertificate> &extraCaCertificates)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty()) {
        // Qt's addCaCertificates() would turn off its loading of the system's CAs on demand, and trust
        // the extra CA alone: the system's are listed explicitly, read once.
        static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        tls.setCaCertificates(system + extraCaCertificates);
    }
    return tls;
}

PendingReply *Transport::send(const HttpRequest &request, const TransportOptions &options)
{
    const QUrl &url = request.url;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return new PendingReply(TransportError::InvalidUrl,
                                tr("'%1' is not an http(s) URL.").arg(url.toDisplayString()), this);
    if (url.scheme() == u"http" && !isLoopbackHost(url.host())) {
        return new PendingReply(TransportError::InsecureUrl,
                                tr("Refused to send to %1 over plain http://.").arg(url.host()), this);
    }

    QNetworkRequest req(url);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setTransferTimeout(options.timeoutMs);
    if (url.scheme() == u"https")
        req.setSslConfiguration(tlsConfiguration(options.extraCaCertificates));

    qCDebug(lcNet) << "sending" << request.method << url.adjusted(QUrl::RemoveQuery).toDisplayString();
    QNetworkReply *reply = m_nam->sendCustomRequest(req, request.method, request.body);
    return new PendingReply(reply, options.maxResponseBytes, options.timeoutMs, this);
}

} // namespace kyc
