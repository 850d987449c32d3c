using CareDesk.Application.Common;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Triage;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Tests.Cases;

/// <summary>Templates and triage rules are MLR- and safety-relevant content: agents may use them, not change them.</summary>
public sealed class ContentPermissionTests
{
    [Fact]
    public async Task CreateApprovedTemplate_WhenTheActorIsAnAgent_ThrowsForbidden()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((CreateApprovedTemplateHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateApprovedTemplateCommand("Agent's own reply", "CZ-US-0998", "Hello there.", [], [], [],
                new DateOnly(2027, 6, 30)), ct)));
    }

    [Fact]
    public async Task CreateTriageRule_WhenTheActorIsAnAgent_ThrowsForbidden()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((CreateTriageRuleHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new TriageRuleRequest("Agent's rule", TriageLabel.Praise, Priority.Low, TriageMatchKind.AnyTerm, ["cheers"]), ct)));
    }
}
