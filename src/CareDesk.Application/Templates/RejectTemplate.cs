using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Templates;

public sealed record RejectTemplateCommand(Guid TemplateId, ReviewerRole? Role, string? Password, string? Comment, string? SignerUserName = null);

/// <summary>A "not approved" verdict, e-signed with a mandatory comment: the version returns to draft for revision (R46, R47).</summary>
public sealed class RejectTemplateHandler(IAppDbContext db, Reauthentication reauthentication, AuditTrail audit, TimeProvider time)
{
    public async Task<SignatureDto> HandleAsync(RejectTemplateCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("role", command.Role).Required("password", command.Password).ThrowIfInvalid();
        var signer = await reauthentication.SignerAsync(command.SignerUserName, command.Password, cancellationToken);
        var template = await db.LoadTemplateAsync(command.TemplateId, cancellationToken);
        var before = TemplateDto.Of(template);
        var now = time.GetUtcNow();
        var role = command.Role!.Value;
        var hash = template.ContentHash();
        template.Reject(role, signer.UserName, signer.SigningRoles, command.Comment, now);
        var signature = ElectronicSignature.Sign(nameof(ResponseTemplate), template.Id, hash, signer.Id, signer.UserName, signer.DisplayName,
            SignatureMeaning.Rejected, role, now, command.Comment);
        db.Signatures.Add(signature);
        audit.Record("signature.executed", nameof(ElectronicSignature), signature.Id, null, SignatureDto.Of(signature, valid: true));
        audit.Record("template.rejected", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template), template.StatusReason);
        await db.SaveChangesAsync(cancellationToken);
        return SignatureDto.Of(signature, valid: true);
    }
}
