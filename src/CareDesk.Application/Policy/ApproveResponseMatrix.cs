using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Policy;

public sealed record ApproveResponseMatrixCommand(Guid MatrixId, string? Password, string? SignerUserName = null);

/// <summary>
/// Approves a response matrix draft with a Part 11 e-signature bound to its content hash, as a template is approved:
/// the signer re-enters the password, is a supervisor, admin or MLR reviewer, and is not the author. The previously
/// approved version for the same brand and market is superseded in the same unit of work.
/// </summary>
public sealed class ApproveResponseMatrixHandler(IAppDbContext db, AuditTrail audit, Reauthentication reauthentication, TimeProvider time)
{
    public async Task<int> HandleAsync(ApproveResponseMatrixCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("password", command.Password).ThrowIfInvalid();
        var signer = await reauthentication.SignerAsync(command.SignerUserName, command.Password, cancellationToken);
        if (signer.Role is not (UserRole.Supervisor or UserRole.Admin or UserRole.Reviewer))
        {
            throw new ForbiddenException("Only supervisors, admins and MLR reviewers can approve a response matrix.");
        }

        var matrix = await db.ResponseMatrices.SingleOrDefaultAsync(item => item.Id == command.MatrixId, cancellationToken)
            ?? throw new NotFoundException("Response matrix", command.MatrixId);
        var now = time.GetUtcNow();
        matrix.Approve(signer.UserName, now);
        var previous = await db.ResponseMatrices.Where(item => item.BrandId == matrix.BrandId && item.Market == matrix.Market
            && item.Status == ResponseMatrixStatus.Approved && item.Id != matrix.Id).ToListAsync(cancellationToken);
        foreach (var superseded in previous)
        {
            superseded.Supersede();
        }

        db.Signatures.Add(ElectronicSignature.Sign(nameof(ResponseMatrix), matrix.Id, matrix.ContentHash, signer.Id, signer.UserName, signer.DisplayName,
            SignatureMeaning.ResponseMatrixApproved, role: null, now));
        audit.Record("policy.matrix_approved", "ResponseMatrix", matrix.Id, new { status = ResponseMatrixStatus.Draft },
            new { matrix.Status, matrix.Version, matrix.Market, matrix.ContentHash, superseded = previous.Select(item => item.Version) });
        await db.SaveChangesAsync(cancellationToken);
        return matrix.Version;
    }
}
