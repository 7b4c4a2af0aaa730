#include "core/history/AuditChain.h"

#include <openssl/evp.h>

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
bool isLowerHex(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

bool equals(const AuditValue &v, const char *text)
{
    return v.type == AuditValue::Type::Text && v.text == QByteArrayView(text);
}
} // namespace

QString AuditCheckpoint::toString() const
{
    return QString::number(count) + u':' + QString::fromLatin1(hash);
}

std::optional<AuditCheckpoint> AuditCheckpoint::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 count = parts.at(0).toLongLong(&ok);
    const QByteArray hash = parts.at(1).toLatin1().toLower();
    if (!ok || count < 1 || !isLowerHex(hash))
        return std::nullopt;
    return AuditCheckpoint{count, hash};
}

const std::array<const char *, AuditChain::FieldCount> &AuditChain::columnNames()
{
    static const std::array<const char *, FieldCount> names{"id",
                                                            "kind",
                                                            "intent_id",
                                                            "at_ms",
                                                            "at_utc",
                                                            "operator",
                                                            "profile",
                                                            "environment",
                                                            "provider",
                                                            "operation",
                                                            "subject",
                                                            "partner",
                                                            "ttl_secs",
                                                            "expires_at",
                                                            "ok",
                                                            "failure_kind",
                                                            "http_status",
                                                            "provider_code",
                                                            "provider_name",
                                                            "correlation_id",
                                                            "reason",
                                                            "token_fingerprint",
                                                            "note"};
    return names;
}

AuditChain::Fields AuditChain::fieldsOf(const QVariantList &stored, std::array<QByteArray, FieldCount> &utf8)
{
    Fields fields;
    for (int i = 0; i < FieldCount && i < stored.size(); ++i) {
        const QVariant &v = stored.at(i);
        // A null QString too: Qt's SQL drivers bind it as NULL.
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())) {
            fields[i] = AuditValue::null();
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
                   v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt) {
            fields[i] = AuditValue::of(v.toLongLong());
        } else {
            utf8[i] = v.toString().toUtf8();
            fields[i] = AuditValue::of(QByteArrayView(utf8[i]));
        }
    }
    return fields;
}

QByteArray AuditChain::genesisPreviousHash()
{
    return QByteArray(64, '0');
}

void AuditChain::appendEncoding(QByteArray &out, const Fields &fields)
{
    static constexpr char hex[] = "0123456789abcdef";
    static constexpr QByteArrayView format(kFormat);
    // At most: the format, 24 digits or "null" a field, six bytes for each byte of text, quotes and commas.
    qsizetype most = format.size() + 4 + 2;
    for (const AuditValue &v : fields)
        most += 1 + (v.type == AuditValue::Type::Text ? 2 + 6 * v.text.size() : 24);
    const qsizetype start = out.size();
    out.resize(start + most);
    char *p = out.data() + start;
    const auto put = [&p](const char *bytes, qsizetype n) {
        if (n > 0) // an empty text's data may be null, which memcpy must never be given
            std::memcpy(p, bytes, size_t(n));
        p += n;
    };
    *p++ = '[';
    *p++ = '"';
    put(format.data(), format.size());
    *p++ = '"';
    for (const AuditValue &v : fields) {
        *p++ = ',';
        switch (v.type) {
        case AuditValue::Type::Null:
            put("null", 4);
            break;
        case AuditValue::Type::Integer:
            p = std::to_chars(p, p + 24, v.integer).ptr;
            break;
        case AuditValue::Type::Text: {
            // As SQLite's json_array() writes a string: " and \ escaped, the five C escapes, other control
            // characters as \u00xx; everything else, non-ASCII too, as it is. Runs that need no escape are
            // copied whole: this is most of what verifying a million records costs.
            *p++ = '"';
            const char *run = v.text.data();
            const char *const end = run + v.text.size();
            for (const char *c = run; c != end; ++c) {
                const auto u = static_cast<unsigned char>(*c);
                if (u >= 0x20 && *c != '"' && *c != '\\')
                    continue;
                put(run, c - run);
                run = c + 1;
                *p++ = '\\';
                switch (*c) {
                case '"':
                case '\\':
                    *p++ = *c;
                    break;
                case '\b':
                    *p++ = 'b';
                    break;
                case '\f':
                    *p++ = 'f';
                    break;
                case '\n':
                    *p++ = 'n';
                    break;
                case '\r':
                    *p++ = 'r';
                    break;
                case '\t':
                    *p++ = 't';
                    break;
                default:
                    put("u00", 3);
                    *p++ = hex[u >> 4];
                    *p++ = hex[u & 0xf];
                }
            }
            put(run, end - run);
            *p++ = '"';
            break;
        }
        }
    }
    *p++ = ']';
    out.resize(p - out.constData());
}

QByteArray AuditChain::encoding(const Fields &fields)
{
    QByteArray out;
    appendEncoding(out, fields);
    return out;
}

// OpenSSL's SHA-256 (SHA extensions where the processor has them), fetched once and its context kept:
// OpenSSL 3's one-shot SHA256() looks the algorithm up, under a lock, for every record.
class Sha256
{
public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_ctx(EVP_MD_CTX_new())
    {}
    ~Sha256()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    // The lowercase hex digest of the bytes, into hex (64 characters, its buffer reused).
    void hexDigest(QByteArrayView bytes, QByteArray &hex)
    {
        static constexpr char digits[] = "0123456789abcdef";
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (!m_md || !m_ctx || !EVP_DigestInit_ex(m_ctx, m_md, nullptr) ||
            !EVP_DigestUpdate(m_ctx, bytes.data(), size_t(bytes.size())) ||
            !EVP_DigestFinal_ex(m_ctx, digest, &size) || size != 32) {
            hex = QByteArray(); // matches no stored hash: a verification fails, a write is refused
            return;
        }
        hex.resize(64);
        char *out = hex.data();
        for (unsigned int i = 0; i < 32; ++i) {
            out[2 * i] = digits[digest[i] >> 4];
            out[2 * i + 1] = digits[digest[i] & 0xf];
        }
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_ctx;
};

namespace {
void chainHash(Sha256 &sha, QByteArrayView previousHash, QByteArray &scratch,
               const AuditChain::Fields &fields, QByteArray &hex)
{
    scratch.resize(0); // keeps its buffer
    scratch.append(previousHash.data(), previousHash.size());
    AuditChain::appendEncoding(scratch, fields);
    sha.hexDigest(scratch, hex);
}
} // namespace

QByteArray AuditChain::hash(QByteArrayView previousHash, const Fields &fields)
{
    Sha256 sha;
    QByteArray scratch, hex;
    chainHash(sha, previousHash, scratch, fields, hex);
    return hex;
}

AuditVerifier::AuditVerifier(std::optional<AuditCheckpoint> against)
    : m_against(std::move(against))
    , m_running(AuditChain::genesisPreviousHash())
    , m_sha(std::make_unique<Sha256>())
{
    m_scratch.reserve(4096);
}

AuditVerifier::~AuditVerifier() = default;

bool AuditVerifier::fail(qint64 at, const QString &problem)
{
    m_broken = true;
    m_verdict.brokenAt = at;
    m_verdict.problem = problem;
    return false;
}

bool AuditVerifier::add(const AuditChain::Fields &f, QByteArrayView previousHash, QByteArrayView hash)
{
    if (m_broken)
        return false;
    const qint64 position = m_verdict.count;
    const AuditValue &id = f[AuditChain::Id];
    if (id.type != AuditValue::Type::Integer || id.integer != position) {
        const QString idText = id.type == AuditValue::Type::Integer ? QString::number(id.integer) : u"?"_s;
        return fail(position,
                    tr("Record %1 is missing: the next record is numbered %2. Records were deleted, "
                       "inserted or reordered.")
                        .arg(position)
                        .arg(idText));
    }
    if (position == 0 && !equals(f[AuditChain::Kind], AuditChain::kGenesis))
        return fail(position, tr("Record 0 is not the genesis record that starts the chain."));
    if (previousHash != QByteArrayView(m_running))
        return fail(position, tr("Record %1 does not link to the record before it: a record before it was "
                                 "deleted, inserted, replaced or reordered, or its link was edited.")
                                  .arg(position));
    chainHash(*m_sha, previousHash, m_scratch, f, m_running);
    if (hash != QByteArrayView(m_running))
        return fail(position,
                    tr("Record %1 does not match its hash: it was edited or replaced.").arg(position));

    const AuditValue &kind = f[AuditChain::Kind];
    if (const QString problem = checkApprovals(position, f); !problem.isEmpty())
        return fail(position, problem);
    if (equals(kind, AuditChain::kIntent)) {
        m_openIntents.insert(position);
    } else if (equals(kind, AuditChain::kRequest) || equals(kind, AuditChain::kApproval) ||
               equals(kind, AuditChain::kRejection)) {
        // checked above
    } else if (equals(kind, AuditChain::kOutcome)) {
        const AuditValue &intent = f[AuditChain::IntentId];
        if (intent.type != AuditValue::Type::Integer || !m_openIntents.remove(intent.integer))
            return fail(position,
                        tr("Record %1 is the outcome of an attempt that has no open intent before it.")
                            .arg(position));
    } else if (position > 0 && !equals(kind, AuditChain::kAttempt) && !equals(kind, AuditChain::kMigration)) {
        return fail(position, tr("Record %1 is of an unknown kind.").arg(position));
    }
    ++m_verdict.count;
    if (m_against && m_verdict.count == m_against->count) {
        if (m_running != m_against->hash)
            return fail(position,
                        tr("Record %1 is not the one the checkpoint names: the history was rewritten "
                           "up to there.")
                            .arg(position));
        m_verdict.checkpointProven = true;
    }
    return true;
}

QString AuditVerifier::checkApprovals(qint64 position, const AuditChain::Fields &f)
{
    const AuditValue &kind = f[AuditChain::Kind];
    const AuditValue &ref = f[AuditChain::IntentId];
    const QByteArray who = f[AuditChain::Operator].text.toByteArray();
    if (equals(kind, AuditChain::kRequest)) {
        Request request;
        request.maker = who;
        m_requests.insert(position, request);
        return {};
    }
    const bool decision = equals(kind, AuditChain::kApproval) || equals(kind, AuditChain::kRejection);
    const bool approvedIntent = equals(kind, AuditChain::kIntent) && ref.type == AuditValue::Type::Integer;
    if (!decision && !approvedIntent)
        return {};
    const auto it = ref.type == AuditValue::Type::Integer ? m_requests.find(ref.integer) : m_requests.end();
    if (it == m_requests.end())
        return tr("Record %1 refers to a request that is not before it.").arg(position);
    Request &request = *it;
    if (decision) {
        if (request.decided)
            return tr("Record %1 decides request %2 a second time.").arg(position).arg(ref.integer);
        if (who == request.maker)
            return tr("Record %1 is a decision on request %2 by the person who made it: four eyes need two "
                      "people.")
                .arg(position)
                .arg(ref.integer);
        request.decided = true;
        request.approved = equals(kind, AuditChain::kApproval);
        request.approvalExpires = f[AuditChain::ExpiresAt].text.toByteArray();
        return {};
    }
    if (!request.approved)
        return tr("Record %1 issues request %2, which was not approved.").arg(position).arg(ref.integer);
    if (request.issued)
        return tr("Record %1 issues request %2 a second time.").arg(position).arg(ref.integer);
    if (who != request.maker)
        return tr("Record %1 issues request %2, but not at its maker's desk.").arg(position).arg(ref.integer);
    if (f[AuditChain::AtUtc].text.toByteArray() > request.approvalExpires)
        return tr("Record %1 issues request %2 after its approval lapsed.").arg(position).arg(ref.integer);
    request.issued = true;
    return {};
}

AuditVerdict AuditVerifier::finish()
{
    if (!m_broken)
        m_verdict.headHash = m_running;
    if (!m_broken && m_verdict.count == 0)
        fail(0, tr("The history has no records, not even the genesis record that starts the chain."));
    if (!m_broken && m_against && m_verdict.count < m_against->count)
        fail(m_verdict.count,
             tr("The history has %1 records, but the checkpoint names %2: records at the end were deleted.")
                 .arg(m_verdict.count)
                 .arg(m_against->count));
    m_verdict.intact = !m_broken;
    return m_verdict;
}

QString AuditRecordCheck::add(const AuditChain::Fields &fields, QByteArrayView previousHash,
                              QByteArrayView hash)
{
    const AuditValue &id = fields[AuditChain::Id];
    if (id.type != AuditValue::Type::Integer)
        return tr("A record has no number.");
    if (!isLowerHex(previousHash) || AuditChain::hash(previousHash, fields) != hash)
        return tr("Record %1 does not match its hash: it was edited.").arg(id.integer);
    m_hashById.insert(id.integer, hash.toByteArray());
    m_previousById.insert(id.integer, previousHash.toByteArray());
    // A link is proven wherever both of its records are here, in whatever order they came.
    if (const auto before = m_hashById.constFind(id.integer - 1); before != m_hashById.cend()) {
        if (*before != previousHash)
            return tr("Record %1 does not link to record %2.").arg(id.integer).arg(id.integer - 1);
        ++m_links;
    }
    if (const auto after = m_previousById.constFind(id.integer + 1); after != m_previousById.cend()) {
        if (*after != hash)
            return tr("Record %1 does not link to record %2.").arg(id.integer + 1).arg(id.integer);
        ++m_links;
    }
    return {};
}

} // namespace kyc
