#include "core/net/Transport.h"

#include "core/base/Logging.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace kyc {

Transport::Transport(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kyc::TransportResult>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
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

namespace {
// The system's proxy for this URL, as the system configuration names it (the http_proxy family of
// variables here); none for loopback. Only a proxy that can tunnel (CONNECT, SOCKS 5) is used.
QNetworkProxy proxyFor(const QUrl &url)
{
    if (Transport::isLoopbackHost(url.host()))
        return QNetworkProxy::NoProxy;
    for (const QNetworkProxy &proxy : QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url))) {
        if (proxy.type() == QNetworkProxy::NoProxy ||
            proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability))
            return proxy;
    }
    return QNetworkProxy::NoProxy;
}
} // namespace

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

    std::optional<QSslConfiguration> tls;
    if (url.scheme() == u"https")
        tls = tlsConfiguration(options.extraCaCertificates);
    qCDebug(lcNet) << "sending" << request.method << url.adjusted(QUrl::RemoveQuery).toDisplayString();
    return new PendingReply(request, options, tls, proxyFor(url), this);
}

} // namespace kyc
