using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Templates;

/// <summary>The signer (re-authenticated), the version being signed as it was before, and the signing instant.</summary>
internal sealed record TemplateSigning(UserAccount Signer, ResponseTemplate Template, TemplateDto Before, DateTimeOffset Now, ReviewerRole Role)
{
    /// <summary>
    /// The steps every MLR signature starts with (approve, reject, re-certify): role and password required, the signer
    /// re-authenticated (R33) before the template is even loaded, so a wrong password reveals and changes nothing.
    /// </summary>
    public static async Task<TemplateSigning> BeginAsync(Reauthentication reauthentication, IAppDbContext db, TimeProvider time, Guid templateId,
        ReviewerRole? role, string? signerUserName, string? password, CancellationToken cancellationToken)
    {
        new Validation().Required("role", role).Required("password", password).ThrowIfInvalid();
        var signer = await reauthentication.SignerAsync(signerUserName, password, cancellationToken);
        var template = await db.LoadTemplateAsync(templateId, cancellationToken);
        return new TemplateSigning(signer, template, TemplateDto.Of(template), time.GetUtcNow(), role!.Value);
    }

    public ElectronicSignature Sign(string contentHash, SignatureMeaning meaning, string? comment = null) =>
        ElectronicSignature.Sign(nameof(ResponseTemplate), Template.Id, contentHash, Signer.Id, Signer.UserName, Signer.DisplayName, meaning, Role, Now, comment);

    /// <summary>Stores the signature and audits its execution in the same unit of work as the record change.</summary>
    public static void Record(IAppDbContext db, AuditTrail audit, ElectronicSignature signature)
    {
        db.Signatures.Add(signature);
        audit.Record("signature.executed", nameof(ElectronicSignature), signature.Id, null, SignatureDto.Of(signature, valid: true));
    }
}
