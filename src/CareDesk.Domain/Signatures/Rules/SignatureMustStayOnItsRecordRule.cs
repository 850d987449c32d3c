using CareDesk.Domain.Common;

namespace CareDesk.Domain.Signatures.Rules;

/// <summary>
/// A signature is linked to the record and content it was executed on and cannot be cut, copied or transferred to
/// another record or version (R32, 21 CFR 11.70). Trying is a conflict with the signature's state (HTTP 409).
/// </summary>
public sealed class SignatureMustStayOnItsRecordRule(ElectronicSignature signature, string recordType, Guid recordId, string currentContentHash)
    : ISequencingRule
{
    public bool IsBroken() => !signature.IsValidFor(recordType, recordId, currentContentHash);

    public string Message => signature.RecordId == recordId
        ? "The signature was executed on content that has since changed; it cannot be carried over. Sign the current version."
        : "A signature stays on the record version it was executed on; it cannot be attached to another record or version. Sign this version instead.";

    public string? Field => "signatureId";
}
