using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Policy.Rules;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Policy;

/// <summary>
/// The engagement policy as the reply path reads it: the brand's scope (enabled channels, pilot) and the approved
/// response matrix for the channel's market. The composer's template list and SendTemplateReplyHandler both ask here,
/// so the UI never offers what the server would refuse. No approved matrix yet: templates are not narrowed (ADR-023).
/// </summary>
public sealed class ResponsePolicy(IAppDbContext db)
{
    public async Task<ResponseDecision?> DecideAsync(Channel channel, IReadOnlyCollection<TriageLabel> labels, CancellationToken cancellationToken)
    {
        var matrix = await db.ResponseMatrices.AsNoTracking()
            .SingleOrDefaultAsync(item => item.BrandId == channel.BrandId && item.Market == channel.Market && item.Status == ResponseMatrixStatus.Approved, cancellationToken);
        return matrix?.Decide(labels, channel.Kind);
    }

    public async Task<string?> ScopeRefusalAsync(Channel channel, IReadOnlyCollection<TriageLabel> labels, CancellationToken cancellationToken)
    {
        var scope = await db.EngagementScopes.AsNoTracking().SingleOrDefaultAsync(item => item.BrandId == channel.BrandId, cancellationToken);
        return scope?.RefusalFor(channel.Key, labels);
    }

    /// <summary>Throws a 422 when the scope or the approved matrix does not allow <paramref name="templateJobCode"/> on this case.</summary>
    public async Task CheckReplyAsync(Channel channel, IReadOnlyCollection<TriageLabel> labels, string templateJobCode, CancellationToken cancellationToken) =>
        BusinessRules.Check(new ReplyMustFollowEngagementPolicyRule(
            await ScopeRefusalAsync(channel, labels, cancellationToken), await DecideAsync(channel, labels, cancellationToken), templateJobCode));
}
