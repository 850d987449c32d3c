namespace CareDesk.Application.Tests.Infrastructure;

/// <summary>FDA's E2B(R3) example instances in ../shared/fixtures/e2b, read in place (never copied into the repository).</summary>
internal static class E2bFixtures
{
    private static readonly string Root = FindRoot();

    public static string Path(string name) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "fixtures", "e2b", "fda-instances", name));

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static string RepositoryRoot => Root;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CareDesk.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"CareDesk.slnx not found above {AppContext.BaseDirectory}");
    }
}
