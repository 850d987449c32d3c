using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

public sealed record TestTriageRuleCommand(TriageRuleRequest? Rule, string? Text);

public sealed record TestTriageRuleResult(bool Matched, RuleHit? Hit);

/// <summary>Tries a rule (saved or not) against a text, so an editor sees what it would catch before saving.</summary>
public sealed class TestTriageRuleHandler(TimeProvider time)
{
    public TestTriageRuleResult Handle(TestTriageRuleCommand command)
    {
        new Common.Validation().Required("text", command.Text).ThrowIfInvalid();
        if (command.Rule is null)
        {
            throw Common.ValidationFailedException.For("rule", "'rule' is required.");
        }

        var rule = TriageRule.Create(command.Rule.ToDefinition(), time.GetUtcNow());
        var hit = rule.Evaluate(new TriageInput(command.Text!));
        return new TestTriageRuleResult(hit is not null, hit);
    }
}
