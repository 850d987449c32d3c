namespace CareDesk.Classification.Tests;

/// <summary>Where the repository (and the research datasets beside it in ../shared) are, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShippedModel => Path.Combine(Root, "models", "ae");

    /// <summary>A file under ../shared/datasets (never copied into the repository).</summary>
    public static string SharedDataset(string relativePath) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets", relativePath));

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
