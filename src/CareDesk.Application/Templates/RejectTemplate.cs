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
        var signing = await TemplateSigning.BeginAsync(reauthentication, db, time, command.TemplateId, command.Role, command.SignerUserName, command.Password,
            cancellationToken);
        var (signer, template, before, now, role) = signing;
        var hash = template.ContentHash();
        template.Reject(role, signer.UserName, signer.SigningRoles, command.Comment, now);
        var signature = signing.Sign(hash, SignatureMeaning.Rejected, command.Comment);
        TemplateSigning.Record(db, audit, signature);
        audit.Record("template.rejected", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template), template.StatusReason);
        await db.SaveChangesAsync(cancellationToken);
        return SignatureDto.Of(signature, valid: true);
    }
}
