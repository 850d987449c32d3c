namespace CareDesk.Cli.Tests;

/// <summary>Loading a customer's MedDRA release from its ASCII folder (R11). Made-up codes and terms only: no real MedDRA.</summary>
public sealed class PvMeddraLoadCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task A_release_folder_is_loaded_once_and_a_second_load_of_the_same_version_is_refused()
    {
        await _workspace.SeedDemoAsync();
        var folder = Directory.CreateDirectory(Path.Combine(_workspace.Directory, "MedAscii")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "meddra_release.asc"), "90.0$English$$$$\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "pt.asc"), "90001000$Rash (synthetic)$$90009000$\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "llt.asc"),
            "90000001$Skin rash (synthetic)$90001000$$$$$$$Y$$\r\n90000002$Itchy rash (synthetic)$90001000$$$$$$$N$$\r\n", TestContext.Current.CancellationToken);

        var loaded = await _workspace.RunAsync("pv", "meddra-load", "--dir", folder);
        var again = await _workspace.RunAsync("pv", "meddra-load", "--dir", folder);

        loaded.ExitCode.ShouldBe(0, loaded.Error);
        loaded.Out.ShouldContain("MedDRA 90.0 loaded: 2 LLTs");
        again.ExitCode.ShouldBe(ExitCodes.UsageError);
        again.Error.ShouldContain("already loaded");
    }

    [Fact]
    public async Task A_folder_without_the_llt_file_is_refused_naming_the_file()
    {
        await _workspace.SeedDemoAsync();
        var folder = Directory.CreateDirectory(Path.Combine(_workspace.Directory, "Incomplete")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "meddra_release.asc"), "90.0$English$$$$\n", TestContext.Current.CancellationToken);

        var result = await _workspace.RunAsync("pv", "meddra-load", "--dir", folder);

        result.ExitCode.ShouldBe(ExitCodes.UsageError);
        result.Error.ShouldContain("llt.asc");
    }

    public void Dispose() => _workspace.Dispose();
}
