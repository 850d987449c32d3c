using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Crisis;

namespace CareDesk.Domain.Listening.Rules;

/// <summary>A roster has 1 to 20 people, each with a name, role and contact, in distinct call order.</summary>
public sealed class EscalationRosterMustBeUsableRule(IReadOnlyList<RosterMember> roster, string guidance) : IBusinessRule
{
    public bool IsBroken() => guidance.Length > CrisisPlaybook.MaxGuidanceLength || roster.Count is 0 or > CrisisPlaybook.MaxRosterSize
        || roster.Select(member => member.Order).Distinct().Count() != roster.Count
        || roster.Any(member => Blank(member.Name) || Blank(member.Role) || Blank(member.Contact) || member.Name.Length > 100 || member.Role.Length > 100 || member.Contact.Length > 200);

    public string? Field => guidance.Length > CrisisPlaybook.MaxGuidanceLength ? "guidance" : "roster";

    public string Message => guidance.Length > CrisisPlaybook.MaxGuidanceLength
        ? $"Guidance is at most {CrisisPlaybook.MaxGuidanceLength} characters."
        : $"The escalation roster needs 1 to {CrisisPlaybook.MaxRosterSize} people, each with a name, role and contact and a distinct call order.";

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
