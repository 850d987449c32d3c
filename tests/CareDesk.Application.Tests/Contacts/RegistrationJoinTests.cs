using CareDesk.Application.Contacts;
using CareDesk.Application.Registration;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Contacts;

/// <summary>A registration's e-mail joins the person's contact profile, which then lists what they registered for.</summary>
public sealed class RegistrationJoinTests
{
    [Fact]
    public async Task Registration_opens_a_profile_by_email_and_a_second_one_with_the_same_address_joins_it()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        await host.RegisterPatientAsync("Pat.Doe@Example.com ");
        await host.RegisterPatientAsync("pat.doe@example.com");

        var number = await host.ProfileOfAsync(ContactResolver.EmailNetwork, "pat.doe@example.com");
        var profile = await host.ProfileAsync(number);
        profile.Identities.ShouldHaveSingleItem().Source.ShouldBe(ContactResolver.RegistrationSource);
        profile.Registrations.Count.ShouldBe(2);
        profile.Registrations.ShouldAllBe(registration => registration.Form == "patient-registration" && registration.Consent == "Granted");
        profile.Role.ShouldBe(ContactRole.Unknown);
        (await host.QueryAsync((db, ct) => db.ContactProfiles.CountAsync(ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Registration_joins_the_inbox_correspondent_with_the_same_address()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var inbox = await host.QueryAsync((db, ct) => db.Channels.Where(channel => channel.Kind == Domain.Channels.ChannelKind.Email).Select(channel => channel.Key).FirstAsync(ct));
        await host.PostAsAsync("pat.doe@example.com", "Question about Respiro", inbox);

        await host.RegisterPatientAsync("pat.doe@example.com");

        var profile = await host.ProfileAsync(await host.ProfileOfAsync(ContactResolver.EmailNetwork, "pat.doe@example.com"));
        profile.Conversations.ShouldHaveSingleItem();
        profile.Registrations.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Hcp_registration_sets_the_role_self_declared_but_never_overrides_staff_verification()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.RegisterHcpAsync("dr.lee@clinic.example");
        var number = await host.ProfileOfAsync(ContactResolver.EmailNetwork, "dr.lee@clinic.example");
        var profile = await host.ProfileAsync(number);
        profile.Role.ShouldBe(ContactRole.Hcp);
        profile.RoleSource.ShouldBe(ContactRoleSource.SelfDeclared);

        await host.RunAsync((UpdateContactProfileHandler handler, CancellationToken ct) => handler.HandleAsync(
            new UpdateContactProfileCommand(number, ContactRole.Patient, ContactRoleSource.VerifiedByStaff, null, null, false, "Checked: not a licensed HCP"), ct));
        await host.RegisterHcpAsync("dr.lee@clinic.example");

        profile = await host.ProfileAsync(number);
        profile.Role.ShouldBe(ContactRole.Patient);
        profile.RoleSource.ShouldBe(ContactRoleSource.VerifiedByStaff);
        profile.Registrations.Count.ShouldBe(2);
    }
}

internal static class RegistrationJoinSteps
{
    public static Task RegisterPatientAsync(this ApplicationTestHost host, string email) =>
        host.RunAsync(async (SubmitRegistrationHandler handler, CancellationToken ct) => await handler.HandleAsync(new SubmitRegistrationCommand("respiro", "patient-registration", 1,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["email"] = email, ["firstName"] = "Pat", ["onTreatment"] = "no" }, "granted"), ct));

    public static Task RegisterHcpAsync(this ApplicationTestHost host, string email) =>
        host.RunAsync(async (SubmitRegistrationHandler handler, CancellationToken ct) => await handler.HandleAsync(new SubmitRegistrationCommand("cardiozen", "hcp-registration", 1,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["email"] = email, ["fullName"] = "Dr Lee", ["profession"] = "physician", ["licence"] = "GMC 1234567" }, "granted"), ct));
}
