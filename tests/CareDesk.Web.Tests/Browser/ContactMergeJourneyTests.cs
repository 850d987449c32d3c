using CareDesk.Application.Contacts;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDesk.Web.Tests.Browser;

/// <summary>Staff merge two profiles of one person from the profile page, with a reason the server insists on, and undo it.</summary>
public sealed class ContactMergeJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Merging_two_profiles_needs_a_reason_and_the_merge_can_be_undone_from_the_merged_profile()
    {
        using var api = await session.ApiAsync("alice");
        var survivor = await ProfileOfAsync(api, "merge_on_x", "x-cardiozen-us");
        var merged = await ProfileOfAsync(api, "merge_on_facebook", "facebook-cardiozen-us");
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, "alice");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync($"/contacts/{survivor}");
        await page.FillAsync("[data-testid=merge-other]", merged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=merge-button]");
        (await page.Locator("[data-testid=merge-reason]").EvaluateAsync<bool>("input => input.validity.valueMissing")).ShouldBeTrue();
        await page.FillAsync("[data-testid=merge-reason]", "   ");
        await page.ClickAsync("[data-testid=merge-button]");
        await Assertions.Expect(page.Locator("[data-testid=contact-error]")).ToHaveTextAsync("'reason' is required.");
        await Assertions.Expect(page.Locator("[data-testid=contact-identities] tr")).ToHaveCountAsync(2);

        await page.FillAsync("[data-testid=merge-other]", merged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("[data-testid=merge-reason]", "Same person: confirmed on the phone");
        await page.ClickAsync("[data-testid=merge-button]");
        var identities = page.Locator("[data-testid=contact-identities]");
        await Assertions.Expect(identities.Locator("tr")).ToHaveCountAsync(3);
        await Assertions.Expect(identities).ToContainTextAsync("merge_on_facebook");
        await Assertions.Expect(page.Locator("[data-testid=contact-merges]")).ToContainTextAsync("Same person: confirmed on the phone");
        await Assertions.Expect(page.Locator("[data-testid=contact-error]")).ToHaveCountAsync(0);

        await page.GotoAsync($"/contacts/{merged}");
        await Assertions.Expect(page.Locator("[data-testid=merged-into]")).ToContainTextAsync($"contact {survivor}");
        await page.FillAsync("[data-testid=unmerge-reason]", "Two different people after all");
        await page.ClickAsync("[data-testid=unmerge-button]");
        await Assertions.Expect(page.Locator("[data-testid=merged-into]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=contact-identities]")).ToContainTextAsync("merge_on_facebook");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "contact-unmerge.png"), FullPage = true });

        var back = await CareDeskApplicationFactory.ReadAsync<ContactProfileDto>(await api.GetAsync($"/api/contacts/{survivor}", TestContext.Current.CancellationToken));
        back.Identities.ShouldHaveSingleItem().Value.ShouldBe("merge_on_x");
        back.Merges.ShouldHaveSingleItem().UndoReason.ShouldBe("Two different people after all");
    }

    /// <summary>A post by <paramref name="handle"/> opens their profile; its number, found through the contacts API.</summary>
    private static async Task<int> ProfileOfAsync(HttpClient api, string handle, string channel)
    {
        var posted = await api.IngestRawAsync(new { channel, externalId = Guid.NewGuid().ToString("N"), author = "@" + handle, text = "Where can I get the Cardiozen savings card?", postedAt = "2026-11-23T13:50:00Z" });
        posted.EnsureSuccessStatusCode();
        var list = await CareDeskApplicationFactory.ReadAsync<ContactListDto>(await api.GetAsync($"/api/contacts?search={handle}", TestContext.Current.CancellationToken));
        return list.Profiles.ShouldHaveSingleItem().Number;
    }
}
