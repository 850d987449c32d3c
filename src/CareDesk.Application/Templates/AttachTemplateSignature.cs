using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Common;
using CareDesk.Domain.Signatures.Rules;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record AttachTemplateSignatureCommand(Guid TemplateId, Guid SignatureId);

/// <summary>
/// The answer to an integration that tries to re-use an existing signature on a template version (R32): only a
/// signature already executed on exactly this version and content is accepted (an idempotent no-op); any other is
/// refused as a conflict. Signatures are only ever created by signing (approve/reject with re-authentication).
/// </summary>
public sealed class AttachTemplateSignatureHandler(IAppDbContext db)
{
    public async Task<SignatureDto> HandleAsync(AttachTemplateSignatureCommand command, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(item => item.Id == command.TemplateId, cancellationToken)
            ?? throw new NotFoundException("Template", command.TemplateId);
        var signature = await db.Signatures.AsNoTracking().SingleOrDefaultAsync(item => item.Id == command.SignatureId, cancellationToken)
            ?? throw new NotFoundException("Signature", command.SignatureId);
        var hash = template.ContentHash();
        BusinessRules.Check(new SignatureMustStayOnItsRecordRule(signature, nameof(ResponseTemplate), template.Id, hash));
        return SignatureDto.Of(signature, valid: true);
    }
}
