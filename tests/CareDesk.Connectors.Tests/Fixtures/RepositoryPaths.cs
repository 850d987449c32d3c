namespace CareDesk.Connectors.Tests.Fixtures;

/// <summary>Where the repository (and ../shared beside it) is, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CareDesk.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"CareDesk.slnx not found above {AppContext.BaseDirectory}");
    }
}
