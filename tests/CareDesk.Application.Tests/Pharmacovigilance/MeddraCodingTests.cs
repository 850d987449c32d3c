using CareDesk.Application.Pharmacovigilance.Meddra;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>R11: MedDRA coding from the customer's release (a synthetic one here), upgrades, and the open pre-coding fallback.</summary>
public sealed class MeddraCodingTests
{
    [Fact]
    public async Task R11_skin_rash_coded_to_an_llt_exports_the_loaded_version_and_code()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.LoadMeddraAsync("26.0");
        var post = await host.PostAsync(PvSteps.MumRash);
        await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll());

        var uncoded = await host.OpenPvAsync(post.CaseNumber);
        var found = await host.RunAsync((SearchMeddraTermsHandler handler, CancellationToken ct) => handler.HandleAsync(new SearchMeddraTermsQuery("skin rash"), ct));
        await host.CodeAsync(post.CaseNumber, found[0].LltCode);
        await host.HandOffAsync(post.CaseNumber);
        var xml = (await host.ExportAsync(post.CaseNumber)).Xml;

        uncoded.HandoffBlockers.ShouldHaveSingleItem().ShouldContain("MedDRA");
        found.ShouldHaveSingleItem().LltCode.ShouldBe(SyntheticMeddra.SkinRash);
        xml.ShouldContain($"code=\"{SyntheticMeddra.SkinRash}\" codeSystem=\"2.16.840.1.113883.6.163\" codeSystemVersion=\"26.0\"");
    }

    [Fact]
    public async Task R11_loading_the_next_version_revalidates_every_coded_event_and_flags_retired_llts_for_recoding()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.LoadMeddraAsync("26.0");
        var kept = await host.CodedCaseAsync(SyntheticMeddra.SkinRash, "@kept");
        var retired = await host.CodedCaseAsync(SyntheticMeddra.ItchyRash, "@retired");

        var upgrade = await host.LoadMeddraAsync("26.1", itchyRashCurrent: false);
        var keptAfter = await host.OpenPvAsync(kept);
        var retiredAfter = await host.OpenPvAsync(retired);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.HandOffAsync(retired));
        await host.CodeAsync(retired, SyntheticMeddra.RashMacular);
        var recoded = await host.OpenPvAsync(retired);

        upgrade.ShouldBe(new LoadMeddraReleaseResult("26.1", 3, 2, 1));
        keptAfter.EventMeddra!.Version.ShouldBe("26.1");
        keptAfter.EventRecodeReason.ShouldBeNull();
        retiredAfter.EventMeddra!.Version.ShouldBe("26.0");
        retiredAfter.EventRecodeReason!.ShouldContain("non-current in MedDRA 26.1");
        refusal.RuleName.ShouldBe(nameof(RetiredLltMustBeRecodedRule));
        recoded.EventMeddra.ShouldBe(new Domain.Pharmacovigilance.Meddra.MeddraCoding("26.1", SyntheticMeddra.RashMacular, "Rash macular (synthetic)",
            SyntheticMeddra.RashPt, "Rash (synthetic)"));
        recoded.HandoffBlockers.ShouldBeEmpty();
        var actions = await host.QueryAsync((db, ct) => db.AuditEntries.Select(entry => entry.Action).Where(action => action.StartsWith("pv.meddra") || action.StartsWith("meddra")).ToListAsync(ct));
        actions.ShouldBe(["meddra.release_loaded", "pv.meddra_coded", "pv.meddra_coded", "meddra.release_loaded", "pv.meddra_remapped", "pv.meddra_recode_needed", "pv.meddra_coded"], ignoreOrder: true);
    }

    [Fact]
    public async Task R11_a_ctcae_pre_code_blocks_export_until_a_meddra_llt_is_assigned()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.PostAsync(PvSteps.MumRash);
        await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll());
        await host.RunAsync((PreCodeEventHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new PreCodeEventCommand(post.CaseNumber, "CTCAE v5", "CT-0001", "Rash maculo-papular"), ct));

        var export = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.ExportAsync(post.CaseNumber));
        var handoff = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.HandOffAsync(post.CaseNumber));
        await host.LoadMeddraAsync("26.0");
        await host.CodeAsync(post.CaseNumber, SyntheticMeddra.RashMacular);
        var xml = (await host.ExportAsync(post.CaseNumber)).Xml;

        export.Message.ShouldBe("non-MedDRA pre-code cannot be submitted");
        handoff.RuleName.ShouldBe(nameof(NonMeddraPreCodeCannotBeSubmittedRule));
        xml.ShouldContain($"code=\"{SyntheticMeddra.RashMacular}\"");
        xml.ShouldNotContain("CT-0001");
    }

    [Fact]
    public async Task R11_a_release_without_its_llt_file_is_refused_field_by_field()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);
        var files = new Dictionary<string, string>(SyntheticMeddra.Release("27.0"));
        files.Remove(MeddraAsciiRelease.LltFile);

        var refused = await Should.ThrowAsync<Application.Common.ValidationFailedException>(() =>
            host.RunAsync((LoadMeddraReleaseHandler handler, CancellationToken ct) => handler.HandleAsync(new LoadMeddraReleaseCommand(files), ct)));

        refused.Errors.Keys.ShouldBe([MeddraAsciiRelease.LltFile]);
    }
}

internal static class MeddraSteps
{
    public static Task CodeAsync(this ApplicationTestHost host, int caseNumber, int lltCode) =>
        host.RunAsync((CodeEventToMeddraHandler handler, CancellationToken ct) => handler.HandleAsync(new CodeEventToMeddraCommand(caseNumber, lltCode), ct));

    public static async Task<int> CodedCaseAsync(this ApplicationTestHost host, int lltCode, string author)
    {
        var post = await host.PostAsync(PvSteps.MumRash, author);
        await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll());
        await host.CodeAsync(post.CaseNumber, lltCode);
        return post.CaseNumber;
    }
}
