namespace CareDesk.Worker.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The folder holding CareDesk.slnx, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The Worker's build output for the same configuration as these tests (Debug or Release).</summary>
    public static string WorkerAssembly
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(Root, "src", "CareDesk.Worker", "bin", configuration, "net10.0", "CareDesk.Worker.dll");
        }
    }

    public static string SocialFixture(string relative) => Path.Combine(Root, "..", "shared", "fixtures", "social", relative);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareDesk.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CareDesk.slnx not found above " + AppContext.BaseDirectory);
    }
}
