using CareDesk.Domain.Signatures;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Templates;

/// <summary>A signature as shown with its record (R31): printed name, UTC time, meaning, and whether it still verifies (R32).</summary>
public sealed record SignatureDto(Guid Id, Guid RecordId, Guid SignerUserId, string SignerUserName, string PrintedName, DateTimeOffset SignedAt,
    SignatureMeaning Meaning, string MeaningText, ReviewerRole? Role, string ContentHash, string? Comment, bool Valid,
    string Manifestation)
{
    public static SignatureDto Of(ElectronicSignature signature, bool valid) => new(signature.Id, signature.RecordId, signature.SignerUserId,
        signature.SignerUserName, signature.PrintedName, signature.SignedAt, signature.Meaning, signature.MeaningText, signature.Role, signature.ContentHash,
        signature.Comment, valid, signature.Manifestation);
}
