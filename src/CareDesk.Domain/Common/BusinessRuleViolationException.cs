namespace CareDesk.Domain.Common;

public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;

    public string RuleName => Rule.GetType().Name;
}
