using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Triage;

/// <summary>Screens posts with the triage rules stored in the database (enabled ones only).</summary>
public sealed class RuleBasedPostClassifier(IAppDbContext db) : IPostClassifier
{
    public string Name => RuleSetClassifier.Name;

    public async Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken)
    {
        var rules = await db.TriageRules.AsNoTracking().Where(rule => rule.Enabled).ToListAsync(cancellationToken);
        return RuleSetClassifier.Classify(rules, input);
    }
}
