using CareDesk.Domain.Common;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Conversations.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Conversations;

public sealed class PostTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    private static readonly TriageOutcome Triage = TriageOutcome.FromHits(
        [new RuleHit("rule", TriageLabel.AdverseEvent, Priority.High, "rash", 2, 4)], "rules");

    private static ReceivedPost Received(string text, string externalId = "x-1", string? threadId = null, string? parentId = null) =>
        new(externalId, "@patient", text, ReceivedAt.AddMinutes(-2), ReceivedAt, threadId, parentId, IsPublic: true);

    private static Post Receive(ReceivedPost received) => Post.Receive(received, Guid.NewGuid(), Guid.NewGuid(), Triage);

    [Fact]
    public void Receive_WhenTextIs65537AsciiBytes_ThrowsNamingText()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Receive(Received(new string('a', 65_537))));

        ex.Rule.ShouldBeOfType<PostTextMustFitRule>();
        ex.Rule.Field.ShouldBe("text");
        ex.Message.ShouldBe("The post text is 65537 bytes; the limit is 65536 bytes (64 KB).");
    }

    [Fact]
    public void Receive_WhenTextIsExactly64KbAscii_IsAccepted() =>
        Receive(Received(new string('a', 65_536))).Text.Length.ShouldBe(65_536);

    [Fact]
    public void Receive_When40000TwoByteCharacters_ThrowsNamingText()
    {
        var ex = Should.Throw<BusinessRuleViolationException>(() => Receive(Received(new string('é', 40_000))));

        ex.Rule.Field.ShouldBe("text");
        ex.Message.ShouldBe("The post text is 80000 bytes; the limit is 65536 bytes (64 KB).");
    }

    [Fact]
    public void Receive_WhenTextBlank_ThrowsNamingText() =>
        Should.Throw<BusinessRuleViolationException>(() => Receive(Received("   "))).Rule.Field.ShouldBe("text");

    [Fact]
    public void Receive_WhenExternalIdTooLong_ThrowsNamingExternalId() =>
        Should.Throw<BusinessRuleViolationException>(() => Receive(Received("hi", externalId: new string('1', 201))))
            .Rule.Field.ShouldBe("externalId");

    [Fact]
    public void Receive_WhenValid_CopiesTriageAndComputesThreadKey()
    {
        var post = Receive(Received("a rash", externalId: " x-9 ", parentId: "x-1"));

        post.ExternalId.ShouldBe("x-9");
        post.ThreadKey.ShouldBe("x-1");
        post.Labels.ShouldBe([TriageLabel.AdverseEvent]);
        post.Priority.ShouldBe(Priority.High);
        post.Evidence.ShouldHaveSingleItem().Evidence.ShouldBe("rash");
        post.ReceivedAt.ShouldBe(ReceivedAt);
    }

    [Theory]
    [InlineData("x-3", "thread-1", "x-2", "thread-1")]
    [InlineData("x-3", null, "x-2", "x-2")]
    [InlineData("x-3", "  ", "x-2", "x-2")]
    [InlineData("x-3", null, null, "x-3")]
    [InlineData(" x-3 ", null, " ", "x-3")]
    [InlineData("x-3", " thread-1 ", null, "thread-1")]
    public void ThreadKeyOf_WhenIdsGiven_PrefersThreadThenParentThenExternalId(string externalId, string? threadId, string? parentId, string expected) =>
        Post.ThreadKeyOf(externalId, threadId, parentId).ShouldBe(expected);
}
