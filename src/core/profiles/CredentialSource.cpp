#include "profiles/CredentialSource.h"

namespace kyc {

CredentialSource::~CredentialSource() = default;

} // namespace kyc
