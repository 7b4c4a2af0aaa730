#include "core/credentials/CredentialSource.h"

namespace kyc {

CredentialSource::~CredentialSource() = default;

} // namespace kyc
