using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Contacts;

public sealed class MergeAndUnmergeTests
{
    [Fact]
    public async Task Unmerge_RestoresExactlyTheIdentitiesTheMergeMoved_AndBothStepsAreAuditedWithTheReason()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsAsync("@pat_x", "Cardiozen refill question", channel: "x-cardiozen-us");
        await host.PostAsAsync("pat.fb", "Cardiozen refill question again", channel: "facebook-cardiozen-us");
        var onX = await host.ProfileOfAsync("x", "pat_x");
        var onFacebook = await host.ProfileOfAsync("facebook", "pat.fb");
        await host.AddIdentityAsync(onFacebook, "phone", ContactIdentityKind.Phone, "+1 (555) 010-7788");

        var merge = await host.MergeAsync(onFacebook, onX, "Same person: said so in a DM");
        merge.Identities.ShouldBe(2);
        var merged = await host.ProfileAsync(onX);
        merged.Identities.Select(identity => identity.Channel).ShouldBe(["x", "facebook", "phone"], ignoreOrder: true);
        merged.Conversations.Count.ShouldBe(2);
        (await host.ProfileAsync(onFacebook)).MergedIntoNumber.ShouldBe(onX);

        // Added to the survivor after the merge: it must stay there when the merge is undone.
        await host.AddIdentityAsync(onX, "email", ContactIdentityKind.Email, "pat@example.net");
        await host.UnmergeAsync(onFacebook, "Two different people share the surname");

        var survivor = await host.ProfileAsync(onX);
        var restored = await host.ProfileAsync(onFacebook);
        survivor.Identities.Select(identity => identity.Channel).ShouldBe(["x", "email"], ignoreOrder: true);
        restored.Identities.Select(identity => identity.Value).ShouldBe(["pat.fb", "+15550107788"], ignoreOrder: true);
        restored.MergedIntoNumber.ShouldBeNull();
        restored.Conversations.ShouldHaveSingleItem().ChannelKey.ShouldBe("facebook-cardiozen-us");
        survivor.Conversations.ShouldHaveSingleItem().ChannelKey.ShouldBe("x-cardiozen-us");

        var audit = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action.StartsWith("contact.") && entry.Reason != null)
            .Select(entry => new { entry.Action, entry.Reason, entry.Actor }).ToListAsync(ct));
        audit.ShouldContain(entry => entry.Action == "contact.merged" && entry.Reason == "Same person: said so in a DM");
        audit.ShouldContain(entry => entry.Action == "contact.merge_received" && entry.Reason == "Same person: said so in a DM");
        audit.ShouldContain(entry => entry.Action == "contact.unmerged" && entry.Reason == "Two different people share the surname");
        restored.History.Select(entry => entry.Action).ShouldContain("contact.unmerged");
        restored.Merges.ShouldHaveSingleItem().UndoneAt.ShouldBe(host.Time.GetUtcNow());
    }

    [Fact]
    public async Task Merge_WithoutAReason_OrTwice_OrUndoneTwice_IsRefused()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsAsync("@a_person", "Cardiozen question one");
        await host.PostAsAsync("@b_person", "Cardiozen question two");
        var a = await host.ProfileOfAsync("x", "a_person");
        var b = await host.ProfileOfAsync("x", "b_person");

        (await Should.ThrowAsync<Common.ValidationFailedException>(() => host.MergeAsync(a, b, " "))).Errors.Keys.ShouldContain("reason");
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.MergeAsync(a, a));
        await host.MergeAsync(a, b);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.MergeAsync(a, b))).Message.ShouldContain("was merged into another profile");
        await host.UnmergeAsync(a);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.UnmergeAsync(a))).Message.ShouldContain("already undone");
    }
}
