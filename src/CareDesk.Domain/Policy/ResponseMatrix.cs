using System.Security.Cryptography;
using System.Text;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Policy.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Policy;

/// <summary>
/// The "what" of a brand's engagement policy in one market: triage label × channel kind → allowed action and template
/// set. Versioned like a template: a draft is approved with an e-signature bound to <see cref="ContentHash"/> by
/// someone other than its author, and approving a version supersedes the one before. Only the approved version counts.
/// </summary>
public sealed class ResponseMatrix
{
    public const int MaxMarketLength = Channel.MaxMarketLength;

    private ResponseMatrix()
    {
        Market = string.Empty;
        Entries = [];
        CreatedBy = string.Empty;
        ContentHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public string Market { get; private set; }

    public int Version { get; private set; }

    public ResponseMatrixStatus Status { get; private set; }

    public List<ResponseMatrixEntry> Entries { get; private set; }

    /// <summary>SHA-256 of the entries in a canonical order: the content an approval signature is bound to.</summary>
    public string ContentHash { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public static ResponseMatrix Draft(Guid brandId, string market, int version, IReadOnlyList<ResponseMatrixEntry> entries, string createdBy, DateTimeOffset at)
    {
        BusinessRules.Check(new ResponseMatrixMustHaveRowsRule(entries));
        BusinessRules.Check(new ResponseMatrixRowsMustBeCompleteRule(entries));
        return new()
        {
            Id = Guid.NewGuid(),
            BrandId = brandId,
            Market = market.Trim().ToUpperInvariant(),
            Version = version,
            Status = ResponseMatrixStatus.Draft,
            Entries = [.. entries],
            ContentHash = HashOf(entries),
            CreatedBy = createdBy,
            CreatedAt = at,
        };
    }

    public void Approve(string approver, DateTimeOffset at)
    {
        BusinessRules.Check(new ResponseMatrixMustBeDraftToApproveRule(Status));
        BusinessRules.Check(new ResponseMatrixAuthorCannotApproveRule(CreatedBy, approver));
        Status = ResponseMatrixStatus.Approved;
        ApprovedBy = approver;
        ApprovedAt = at;
    }

    public void Supersede() => Status = ResponseMatrixStatus.Superseded;

    /// <summary>
    /// The most restrictive row among the case's labels wins (RouteOnly, then AcknowledgeAndMovePrivate, then
    /// AnswerPublicly, then Ignore); rows with the winning action contribute the templates they all allow. A label
    /// the matrix has no row for is route only: what the policy does not name is never answered.
    /// </summary>
    public ResponseDecision Decide(IReadOnlyCollection<TriageLabel> labels, ChannelKind channelKind)
    {
        var rows = (labels.Count == 0 ? [TriageLabel.Other] : labels)
            .Select(label => Entries.FirstOrDefault(entry => entry.Label == label && entry.ChannelKind == channelKind)
                ?? ResponseMatrixEntry.Create(label, channelKind, ResponseAction.RouteOnly, [], "not in the response matrix"))
            .ToList();
        var action = rows.Select(row => row.Action).OrderBy(Restrictiveness).First();
        var winning = rows.Where(row => row.Action == action).ToList();
        IEnumerable<string> templates = winning[0].TemplateJobCodes;
        foreach (var row in winning.Skip(1))
        {
            templates = templates.Intersect(row.TemplateJobCodes, StringComparer.Ordinal);
        }

        return new ResponseDecision(action, templates.ToList(), Version, winning.Select(row => row.Reason).FirstOrDefault(reason => reason is not null));
    }

    private static int Restrictiveness(ResponseAction action) => action switch
    {
        ResponseAction.RouteOnly => 0,
        ResponseAction.AcknowledgeAndMovePrivate => 1,
        ResponseAction.AnswerPublicly => 2,
        ResponseAction.Ignore => 3,
        _ => 4,
    };

    private static string HashOf(IEnumerable<ResponseMatrixEntry> entries)
    {
        var canonical = string.Join('\n', entries.Select(entry => entry.ToString()).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
