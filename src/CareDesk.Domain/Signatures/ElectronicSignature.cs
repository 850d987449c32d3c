using CareDesk.Domain.Common;
using CareDesk.Domain.Signatures.Rules;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Signatures;

/// <summary>
/// A Part 11 electronic signature (R31-R33): who signed (user id and printed name), when (UTC), what it means, and
/// the SHA-256 of exactly what was signed. Bound to one record; never changed or deleted.
/// </summary>
public sealed class ElectronicSignature
{
    public const int MaxRecordTypeLength = 64;
    public const int MaxCommentLength = 2000;

    private ElectronicSignature()
    {
        RecordType = string.Empty;
        SignerUserName = string.Empty;
        PrintedName = string.Empty;
        ContentHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public string RecordType { get; private set; }

    public Guid RecordId { get; private set; }

    public Guid SignerUserId { get; private set; }

    public string SignerUserName { get; private set; }

    /// <summary>The signer's full name as shown on screen and in print, not just the user name (11.50(a)(1)).</summary>
    public string PrintedName { get; private set; }

    public SignatureMeaning Meaning { get; private set; }

    /// <summary>The reviewer role the signer acted in, when the signature is a review verdict.</summary>
    public ReviewerRole? Role { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the signed content at signing time.</summary>
    public string ContentHash { get; private set; }

    public string? Comment { get; private set; }

    public static ElectronicSignature Sign(string recordType, Guid recordId, string contentHash, Guid signerUserId, string signerUserName, string printedName,
        SignatureMeaning meaning, ReviewerRole? role, DateTimeOffset at, string? comment = null)
    {
        BusinessRules.Check(new SignatureMustNamePrintedSignerRule(printedName));
        return new ElectronicSignature
        {
            Id = Guid.NewGuid(),
            RecordType = recordType,
            RecordId = recordId,
            ContentHash = contentHash,
            SignerUserId = signerUserId,
            SignerUserName = signerUserName,
            PrintedName = printedName.Trim(),
            Meaning = meaning,
            Role = role,
            SignedAt = at.ToUniversalTime(),
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
    }

    public string MeaningText => SignatureMeanings.Describe(Meaning, Role);

    /// <summary>
    /// The one line every human-readable rendering shows (screen, PDF, print; 11.50): "Dr Mira Patel — Medical review:
    /// Approved — 2026-11-23 14:00:00 UTC". Invariant culture so a German or Thai browser prints the same record.
    /// </summary>
    public string Manifestation =>
        $"{PrintedName} — {MeaningText} — {SignedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} UTC";

    /// <summary>
    /// Valid only for the record it was executed on and only while that record's content still hashes to what was
    /// signed (R32): a copied signature or a changed record shows as invalid.
    /// </summary>
    public bool IsValidFor(string recordType, Guid recordId, string currentContentHash) =>
        RecordType == recordType && RecordId == recordId && string.Equals(ContentHash, currentContentHash, StringComparison.Ordinal);
}
