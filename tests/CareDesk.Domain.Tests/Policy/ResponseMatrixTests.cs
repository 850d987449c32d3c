using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Policy;

public sealed class ResponseMatrixTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static ResponseMatrix Matrix() => ResponseMatrix.Draft(Guid.NewGuid(), "us", 1,
    [
        ResponseMatrixEntry.Create(TriageLabel.GeneralInquiry, ChannelKind.X, ResponseAction.AnswerPublicly, ["A", "B"], null),
        ResponseMatrixEntry.Create(TriageLabel.Praise, ChannelKind.X, ResponseAction.AnswerPublicly, ["B", "C"], null),
        ResponseMatrixEntry.Create(TriageLabel.AdverseEvent, ChannelKind.X, ResponseAction.AcknowledgeAndMovePrivate, ["AE"], null),
        ResponseMatrixEntry.Create(TriageLabel.OffLabel, ChannelKind.X, ResponseAction.RouteOnly, ["MI"], null),
        ResponseMatrixEntry.Create(TriageLabel.Other, ChannelKind.X, ResponseAction.Ignore, null, "spam"),
    ], "sam", At);

    [Fact]
    public void Decide_WhenLabelsDiffer_TheMostRestrictiveActionWinsWithTheTemplatesItsRowsShare()
    {
        var matrix = Matrix();

        matrix.Decide([TriageLabel.GeneralInquiry, TriageLabel.Praise], ChannelKind.X).TemplateJobCodes.ShouldBe(["B"]);
        matrix.Decide([TriageLabel.GeneralInquiry, TriageLabel.AdverseEvent], ChannelKind.X).ShouldSatisfyAllConditions(
            decision => decision.Action.ShouldBe(ResponseAction.AcknowledgeAndMovePrivate), decision => decision.TemplateJobCodes.ShouldBe(["AE"]));
        matrix.Decide([TriageLabel.OffLabel, TriageLabel.AdverseEvent], ChannelKind.X).Action.ShouldBe(ResponseAction.RouteOnly);
        matrix.Decide([TriageLabel.Other, TriageLabel.GeneralInquiry], ChannelKind.X).Action.ShouldBe(ResponseAction.AnswerPublicly);
        matrix.Decide([], ChannelKind.X).ShouldSatisfyAllConditions(decision => decision.Action.ShouldBe(ResponseAction.Ignore), decision => decision.AllowsTemplate("A").ShouldBeFalse());
    }

    [Fact]
    public void Decide_WhenTheMatrixHasNoRow_IsRouteOnlyWithNoTemplate()
    {
        var decision = Matrix().Decide([TriageLabel.GeneralInquiry], ChannelKind.Facebook);

        decision.Action.ShouldBe(ResponseAction.RouteOnly);
        decision.TemplateJobCodes.ShouldBeEmpty();
    }

    [Fact]
    public void Approve_WhenAuthorOrNotDraft_IsRefused()
    {
        var matrix = Matrix();

        Should.Throw<BusinessRuleViolationException>(() => matrix.Approve("SAM", At)).Rule.ShouldBeAssignableTo<IAuthorityRule>();
        matrix.Approve("ada", At);
        matrix.Status.ShouldBe(ResponseMatrixStatus.Approved);
        Should.Throw<BusinessRuleViolationException>(() => matrix.Approve("leo", At)).Rule.ShouldBeAssignableTo<ISequencingRule>();
    }

    [Fact]
    public void Draft_WhenRowsAreIncompleteOrDuplicated_IsRefused()
    {
        Should.Throw<BusinessRuleViolationException>(() => ResponseMatrix.Draft(Guid.NewGuid(), "US", 1,
            [ResponseMatrixEntry.Create(TriageLabel.Praise, ChannelKind.X, ResponseAction.AnswerPublicly, [], null)], "sam", At)).Message.ShouldContain("needs at least one template");
        Should.Throw<BusinessRuleViolationException>(() => ResponseMatrix.Draft(Guid.NewGuid(), "US", 1,
        [
            ResponseMatrixEntry.Create(TriageLabel.Praise, ChannelKind.X, ResponseAction.Ignore, null, "x"),
            ResponseMatrixEntry.Create(TriageLabel.Praise, ChannelKind.X, ResponseAction.Ignore, null, "y"),
        ], "sam", At)).Message.ShouldContain("more than one row");
    }

    [Fact]
    public void ContentHash_DoesNotDependOnRowOrder()
    {
        var rows = Matrix().Entries;
        var reversed = Enumerable.Reverse(rows).ToList();

        ResponseMatrix.Draft(Guid.NewGuid(), "US", 2, reversed, "sam", At).ContentHash.ShouldBe(Matrix().ContentHash);
    }
}
