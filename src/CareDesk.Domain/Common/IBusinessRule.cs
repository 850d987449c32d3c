namespace CareDesk.Domain.Common;

/// <summary>An invariant the domain enforces; a broken rule throws <see cref="BusinessRuleViolationException"/>.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }

    /// <summary>The input field the rule is about, when one is, so the API can name it in a 400.</summary>
    string? Field => null;
}
