using CareDesk.Domain.Audit;

namespace CareDesk.Domain.Tests.Audit;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 9, 10, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(
        string actor = "alice", string via = "ui", string action = "case.escalated", string entityType = "Case",
        string entityId = "42", string? before = "{\"status\":\"open\"}", string? after = "{\"status\":\"escalated\"}",
        string? reason = "AE", DateTimeOffset? at = null) =>
        AuditEntry.Record(at ?? At, actor, via, action, entityType, entityId, before, after, reason);

    private static AuditEntry Sealed(AuditEntry entry, long sequence = 1, string previousHash = "")
    {
        entry.Seal(sequence, previousHash);
        return entry;
    }

    [Fact]
    public void IsIntactAfter_WhenSealedAfterSameHash_ReturnsTrue() =>
        Sealed(Entry(), previousHash: "abc").IsIntactAfter("abc").ShouldBeTrue();

    [Fact]
    public void IsIntactAfter_WhenAskedWithDifferentPreviousHash_ReturnsFalse() =>
        Sealed(Entry(), previousHash: "abc").IsIntactAfter("abd").ShouldBeFalse();

    [Fact]
    public void Seal_WhenSealed_StoresSequencePreviousHashAndSha256Hex()
    {
        var entry = Sealed(Entry(), sequence: 7, previousHash: "abc");

        entry.Sequence.ShouldBe(7);
        entry.PreviousHash.ShouldBe("abc");
        entry.Hash.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Seal_WhenSameValues_GivesSameHash() =>
        Sealed(Entry()).Hash.ShouldBe(Sealed(Entry()).Hash);

    [Fact]
    public void Seal_WhenPreviousHashDiffers_GivesDifferentHash() =>
        Sealed(Entry(), previousHash: "abc").Hash.ShouldNotBe(Sealed(Entry(), previousHash: "abd").Hash);

    [Fact]
    public void Seal_WhenSequenceDiffers_GivesDifferentHash() =>
        Sealed(Entry(), sequence: 1).Hash.ShouldNotBe(Sealed(Entry(), sequence: 2).Hash);

    [Theory]
    [InlineData("actor")]
    [InlineData("via")]
    [InlineData("action")]
    [InlineData("entityType")]
    [InlineData("entityId")]
    [InlineData("before")]
    [InlineData("after")]
    [InlineData("reason")]
    [InlineData("at")]
    public void Seal_WhenAnyFieldDiffers_GivesDifferentHash(string field)
    {
        var changed = field switch
        {
            "actor" => Entry(actor: "mallory"),
            "via" => Entry(via: "api"),
            "action" => Entry(action: "case.resolved"),
            "entityType" => Entry(entityType: "Post"),
            "entityId" => Entry(entityId: "43"),
            "before" => Entry(before: null),
            "after" => Entry(after: "{\"status\":\"resolved\"}"),
            "reason" => Entry(reason: "not an AE"),
            _ => Entry(at: At.AddTicks(TimeSpan.TicksPerMicrosecond)),
        };

        Sealed(changed).Hash.ShouldNotBe(Sealed(Entry()).Hash);
    }

    [Fact]
    public void Record_WhenTheTimeHasSubMicrosecondTicks_KeepsWholeMicrosecondsSoEveryStoreHoldsTheHashedTime()
    {
        var entry = Entry(at: At.AddTicks(TimeSpan.TicksPerMicrosecond + 7));

        entry.At.ShouldBe(At.AddTicks(TimeSpan.TicksPerMicrosecond));
    }

    [Fact]
    public void IsIntactAfter_WhenChainOfThreeSealedInOrder_EachLinkVerifies()
    {
        var first = Sealed(Entry(action: "post.received"), 1, string.Empty);
        var second = Sealed(Entry(action: "case.opened"), 2, first.Hash);
        var third = Sealed(Entry(action: "case.escalated"), 3, second.Hash);

        first.IsIntactAfter(string.Empty).ShouldBeTrue();
        second.IsIntactAfter(first.Hash).ShouldBeTrue();
        third.IsIntactAfter(second.Hash).ShouldBeTrue();
    }

    [Fact]
    public void IsIntactAfter_WhenMiddleEntryReplaced_NextLinkFails()
    {
        var first = Sealed(Entry(action: "post.received"), 1, string.Empty);
        var second = Sealed(Entry(action: "case.opened"), 2, first.Hash);
        var third = Sealed(Entry(action: "case.escalated"), 3, second.Hash);
        var forged = Sealed(Entry(action: "case.opened", actor: "mallory"), 2, first.Hash);

        third.IsIntactAfter(forged.Hash).ShouldBeFalse();
    }

    [Fact]
    public void Seal_WhenSeparatorCharacterMovedBetweenFields_GivesDifferentHash()
    {
        var original = Sealed(Entry(after: "{}", reason: "x\u001fy"));
        var tampered = Sealed(Entry(after: "{}\u001fx", reason: "y"));

        tampered.Hash.ShouldNotBe(original.Hash);
    }
}
