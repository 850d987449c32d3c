using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Templates;

public sealed record RecertifyTemplateCommand(Guid TemplateId, ReviewerRole? Role, string? Password, string? SignerUserName = null);

/// <summary>
/// Periodic re-review of an approved version without a content change (R49): same version, expiry moved on by the configured
/// months (UK/EU at most 24), executed by a re-authenticated signature meaning "Re-certified" on the unchanged content hash.
/// </summary>
public sealed class RecertifyTemplateHandler(
    IAppDbContext db, Reauthentication reauthentication, AuditTrail audit, TimeProvider time, IOptions<TemplateExpiryOptions> options)
{
    public async Task<SignatureDto> HandleAsync(RecertifyTemplateCommand command, CancellationToken cancellationToken)
    {
        var signing = await TemplateSigning.BeginAsync(reauthentication, db, time, command.TemplateId, command.Role, command.SignerUserName, command.Password,
            cancellationToken);
        var (signer, template, before, _, role) = signing;
        template.Recertify(role, signer.UserName, signer.SigningRoles, time.Today(), options.Value.RecertificationMonths);
        var signature = signing.Sign(template.ContentHash(), SignatureMeaning.Recertified,
            $"Expiry moved from {before.ExpiresOn:yyyy-MM-dd} to {template.ValidUntil:yyyy-MM-dd}.");
        TemplateSigning.Record(db, audit, signature);
        audit.Record("template.recertified", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template), signature.Comment);
        await db.SaveChangesAsync(cancellationToken);
        return SignatureDto.Of(signature, valid: true);
    }
}
