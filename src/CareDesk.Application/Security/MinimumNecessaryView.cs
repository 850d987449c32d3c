using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Domain.Security;

namespace CareDesk.Application.Security;

/// <summary>
/// The masked case for roles without the "PV data" permission (R39): the author handle is hidden and identifiers in
/// free text (post text, summary, replies, notes, history) are replaced; audit values sealed as personal data are
/// not decrypted at all.
/// </summary>
public static class MinimumNecessaryView
{
    public static CaseSummaryDto Mask(CaseSummaryDto summary) =>
        summary with { Author = PersonalDataMask.MaskHandle(summary.Author), Summary = PersonalDataMask.MaskIdentifiers(summary.Summary) };

    public static CaseDetailsDto Mask(CaseDetailsDto details) => details with
    {
        Case = Mask(details.Case),
        Posts = [.. details.Posts.Select(post => post with { Author = PersonalDataMask.MaskHandle(post.Author), Text = PersonalDataMask.MaskIdentifiers(post.Text) })],
        Replies = [.. details.Replies.Select(reply => reply with { Text = PersonalDataMask.MaskIdentifiers(reply.Text) })],
        Notes = [.. details.Notes.Select(note => note with { Text = PersonalDataMask.MaskIdentifiers(note.Text) })],
        History = [.. details.History.Select(entry => entry with { Before = MaskAuditValue(entry.Before), After = MaskAuditValue(entry.After) })],
    };

    private static string? MaskAuditValue(string? value) =>
        value is null ? null : PersonalAuditValue.TryGetOwner(value, out _) ? PersonalDataMask.Masked : PersonalDataMask.MaskIdentifiers(value);
}
