using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Csat;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Csat;

public sealed record AnswerCsatSurveyCommand(string Token, int? Score, string? Comment);

/// <summary>
/// The person's answer through the link, no sign-in: 1-5 and an optional comment, once. A second answer is refused
/// (409), an expired link is gone (410), an unknown token is not found.
/// </summary>
public sealed class AnswerCsatSurveyHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(AnswerCsatSurveyCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("score", command.Score).MaxLength("comment", command.Comment, CsatSurvey.MaxCommentLength).ThrowIfInvalid();
        var survey = await db.FindSurveyAsync(command.Token, cancellationToken);
        survey.Answer(command.Score!.Value, command.Comment, time.GetUtcNow());
        // The comment is the person's own words and may name them: sealed under the case's key, shredded with it (ADR-016).
        audit.RecordPersonal(survey.CaseId, "csat.answered", nameof(CsatSurvey), survey.Id, null, new { survey.Score, survey.Comment, survey.AnsweredAt });
        await db.SaveChangesAsync(cancellationToken);
    }
}

public enum CsatSurveyState
{
    Open,
    Answered,
    Expired,
}

public sealed record GetCsatSurveyQuery(string Token);

public sealed record CsatSurveyView(CsatSurveyState State, string Brand, DateTimeOffset ExpiresAt);

/// <summary>What the public survey page shows for a link; an unknown token is not found.</summary>
public sealed class GetCsatSurveyHandler(IAppDbContext db, TimeProvider time)
{
    public async Task<CsatSurveyView> HandleAsync(GetCsatSurveyQuery query, CancellationToken cancellationToken)
    {
        var survey = await db.FindSurveyAsync(query.Token, cancellationToken);
        var brand = await (from item in db.Cases
                           where item.Id == survey.CaseId
                           join channel in db.Channels on item.ChannelId equals channel.Id
                           join owner in db.Brands on channel.BrandId equals owner.Id
                           select owner.Name).SingleAsync(cancellationToken);
        var state = survey.AnsweredAt is not null ? CsatSurveyState.Answered
            : survey.IsExpired(time.GetUtcNow()) ? CsatSurveyState.Expired
            : CsatSurveyState.Open;
        return new CsatSurveyView(state, brand, survey.ExpiresAt);
    }
}

internal static class CsatLookup
{
    public static async Task<CsatSurvey> FindSurveyAsync(this IAppDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = CsatTokens.Hash(token ?? string.Empty);
        return await db.CsatSurveys.SingleOrDefaultAsync(survey => survey.TokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("Survey", "link");
    }
}
