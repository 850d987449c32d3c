using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record ApproveTemplateCommand(Guid TemplateId, ReviewerRole? Role, string? Password, string? SignerUserName = null);

/// <summary>
/// A reviewer approves a version in one required role by e-signing it (R31-R33, R47): re-authenticated, bound to the
/// content hash, checked for authority and self-approval (R35). The last required approval makes the version usable
/// and supersedes the previously approved version of the same template (R48).
/// </summary>
public sealed class ApproveTemplateHandler(IAppDbContext db, Reauthentication reauthentication, AuditTrail audit, TimeProvider time)
{
    public async Task<SignatureDto> HandleAsync(ApproveTemplateCommand command, CancellationToken cancellationToken)
    {
        var signing = await TemplateSigning.BeginAsync(reauthentication, db, time, command.TemplateId, command.Role, command.SignerUserName, command.Password,
            cancellationToken);
        var (signer, template, before, now, role) = signing;
        var signature = signing.Sign(template.ContentHash(), SignatureMeanings.ApprovalAs(role));
        var approved = template.RecordApproval(role, signer.UserName, signer.SigningRoles, signature.Id, now);
        TemplateSigning.Record(db, audit, signature);
        audit.Record(approved ? "template.approved" : "template.review-approved", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template));
        if (approved)
        {
            var previous = await db.Templates.Where(item => item.FamilyId == template.FamilyId && item.Id != template.Id && item.Status == TemplateStatus.Approved)
                .ToListAsync(cancellationToken);
            foreach (var older in previous)
            {
                var olderBefore = TemplateDto.Of(older);
                older.Supersede(template, now);
                audit.Record("template.superseded", nameof(ResponseTemplate), older.Id, olderBefore, TemplateDto.Of(older), older.StatusReason);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return SignatureDto.Of(signature, valid: true);
    }
}
