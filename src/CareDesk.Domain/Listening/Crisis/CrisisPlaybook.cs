using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Rules;

namespace CareDesk.Domain.Listening.Crisis;

/// <param name="Order">1 is called first.</param>
/// <param name="Contact">A work e-mail or phone number of the role holder.</param>
public sealed record RosterMember(int Order, string Name, string Role, string Contact);

/// <summary>
/// A brand's crisis playbook: who to call in which order. Its holding statements are not stored here: they are the
/// brand's MLR-approved templates in the Crisis category, so nothing unapproved can be said in a crisis.
/// </summary>
public sealed class CrisisPlaybook
{
    public const int MaxRosterSize = 20;
    public const int MaxGuidanceLength = 4000;

    private CrisisPlaybook()
    {
        Roster = [];
        Guidance = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public List<RosterMember> Roster { get; private set; }

    /// <summary>First steps in plain words (who decides, what not to do).</summary>
    public string Guidance { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CrisisPlaybook For(Guid brandId) => new() { Id = Guid.NewGuid(), BrandId = brandId };

    public void Change(IEnumerable<RosterMember> roster, string guidance, DateTimeOffset at)
    {
        var members = roster.OrderBy(member => member.Order).ToList();
        BusinessRules.Check(new EscalationRosterMustBeUsableRule(members, guidance));
        Roster = [.. members.Select(member => member with { Name = member.Name.Trim(), Role = member.Role.Trim(), Contact = member.Contact.Trim() })];
        Guidance = guidance.Trim();
        UpdatedAt = at;
    }
}
