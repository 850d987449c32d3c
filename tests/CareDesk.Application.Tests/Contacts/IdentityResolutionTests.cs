using CareDesk.Application.Abstractions;
using CareDesk.Application.Contacts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Triage;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Contacts;

public sealed class IdentityResolutionTests
{
    [Fact]
    public async Task Ingest_WhenTheSameHandlePostsOnTwoBrandsChannelsOfOneNetwork_AttachesBothToOneProfile()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var first = await host.PostAsAsync("@JaneDoe", "Where can I buy Cardiozen?");
        var second = await host.PostAsAsync("janedoe", "Is Cardiozen covered by insurance?");
        var other = await host.PostAsAsync("@someone_else", "Cardiozen question");

        var jane = await host.ProfileOfAsync("x", "janedoe");
        (await host.ProfileOfAsync("x", "someone_else")).ShouldNotBe(jane);
        var profile = await host.ProfileAsync(jane);
        profile.Identities.ShouldHaveSingleItem().Value.ShouldBe("janedoe");
        profile.Conversations.Select(conversation => conversation.CaseNumber).ShouldBe([second.CaseNumber, first.CaseNumber], ignoreOrder: true);
        profile.Conversations.ShouldNotContain(conversation => conversation.CaseNumber == other.CaseNumber);
        profile.History.ShouldContain(entry => entry.Action == "contact.profile_created");
    }

    [Fact]
    public async Task Ingest_WhenTheSameEmailAppearsOnAnotherChannel_ProposesAMatchAndNeverMerges()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsAsync("visitor-1a2b3c", "Hello, question about Respiro dosing", channel: "webchat-respiro-uk");
        var visitor = await host.ProfileOfAsync("webchat", "visitor-1a2b3c");
        await host.AddIdentityAsync(visitor, "webchat", ContactIdentityKind.Email, "Jane.Doe@Example.org");

        await host.PostAsAsync("jane.doe@example.org", "Following up on my chat about Respiro dosing", channel: "email-medinfo-uk");

        var inbox = await host.ProfileOfAsync("email", "jane.doe@example.org");
        inbox.ShouldNotBe(visitor);
        var list = await host.RunAsync((ListContactProfilesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListContactProfilesQuery(null), ct));
        var proposal = list.PendingMatches.ShouldHaveSingleItem();
        new[] { proposal.ProfileNumber, proposal.CandidateNumber }.ShouldBe([inbox, visitor], ignoreOrder: true);
        proposal.Evidence.ShouldBe("same e-mail on webchat and email");
        proposal.Evidence.ShouldNotContain("example.org");

        var status = await host.RunAsync((DecideContactMatchHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new DecideContactMatchCommand(proposal.Id, true, "She confirmed both in the e-mail"), ct));

        status.ShouldBe(ContactMatchStatus.Confirmed);
        (await host.ProfileOfAsync("email", "jane.doe@example.org")).ShouldBe(visitor);
        (await host.ProfileAsync(visitor)).Conversations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Ingest_WhenScreeningHearsAnHcp_HintsTheRoleButNeverOverridesWhatStaffVerified()
    {
        await using var host = await ApplicationTestHost.StartAsync(configure: services =>
            services.AddScoped<IPostClassifier>(provider => new ReporterRoleClassifier(ActivatorUtilities.CreateInstance<RuleBasedPostClassifier>(provider), "healthcareprofessional")));
        await host.PostAsAsync("@drsmith", "As a cardiologist I often prescribe Cardiozen to my patients; is there a new dosing chart?");
        var number = await host.ProfileOfAsync("x", "drsmith");
        (await host.ProfileAsync(number)).ShouldSatisfyAllConditions(
            profile => profile.Role.ShouldBe(ContactRole.Hcp),
            profile => profile.RoleSource.ShouldBe(ContactRoleSource.TriageHint));

        await host.RunAsync((UpdateContactProfileHandler handler, CancellationToken ct) => handler.HandleAsync(
            new UpdateContactProfileCommand(number, ContactRole.Patient, ContactRoleSource.VerifiedByStaff, "x", "en", false, "Asked on the phone"), ct));
        await host.PostAsAsync("@drsmith", "As a doctor myself I wonder about the patient leaflet for Cardiozen");

        (await host.ProfileAsync(number)).ShouldSatisfyAllConditions(
            profile => profile.Role.ShouldBe(ContactRole.Patient),
            profile => profile.RoleSource.ShouldBe(ContactRoleSource.VerifiedByStaff),
            profile => profile.Language.ShouldBe("en"),
            profile => profile.History.ShouldContain(entry => entry.Action == "contact.profile_updated" && entry.Reason == "Asked on the phone"));
    }

    [Fact]
    public async Task R44_limit_set_on_the_profile_covers_every_handle_and_keeps_the_old_author_api_working()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsAsync("@calif_user", "Cardiozen made me dizzy", channel: "x-cardiozen-us");
        await host.PostAsAsync("calif.user", "Cardiozen dizziness again", channel: "instagram-cardiozen-us");
        var onX = await host.ProfileOfAsync("x", "calif_user");
        await host.MergeAsync(await host.ProfileOfAsync("instagram", "calif.user"), onX);

        await host.RunAsync((SetContactDataUseLimitHandler handler, CancellationToken ct) => handler.HandleAsync(new SetContactDataUseLimitCommand(onX, true), ct));

        var limited = await host.QueryAsync((db, ct) => db.AuthorUsePreferences.CountAsync(preference => preference.LimitSensitiveDataUse, ct));
        limited.ShouldBe(2);
        (await host.ProfileAsync(onX)).LimitSensitiveDataUse.ShouldBeTrue();

        // The per-author listening API still works and the profile shows its effect.
        await host.PostAsAsync("@other_ca", "Cardiozen and my sleep");
        await host.RunAsync((Application.Listening.SetAuthorDataUseLimitHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new Application.Listening.SetAuthorDataUseLimitCommand(ApplicationTestHost.DefaultChannel, "@other_ca", true), ct));
        (await host.ProfileAsync(await host.ProfileOfAsync("x", "other_ca"))).LimitSensitiveDataUse.ShouldBeTrue();
    }
}
