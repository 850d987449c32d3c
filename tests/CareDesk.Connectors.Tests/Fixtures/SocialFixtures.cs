using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDesk.Connectors.Tests.Fixtures;

/// <summary>
/// The recorded social-network traffic in ../shared/fixtures/social, read in place (never copied into the
/// repository; see its README for sources and licences). Paths are relative to that folder, as in manifest.json.
/// </summary>
internal static class SocialFixtures
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "fixtures", "social"));

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>The exact bytes of a fixture (webhook bodies must be verified byte for byte).</summary>
    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(PathOf(relativePath));

    public static JsonNode Json(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(PathOf(relativePath))) ?? throw new InvalidDataException($"{relativePath} is empty");

    /// <summary>A recorded exchange file under {network}/replay/.</summary>
    public static Cassette Cassette(string relativePath) => Fixtures.Cassette.Load(PathOf(relativePath));

    /// <summary>Every fixture file manifest.json lists, relative to <see cref="Root"/>.</summary>
    public static IReadOnlyList<string> ManifestFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(PathOf("manifest.json")));
        return [.. manifest.RootElement.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("file").GetString()!)];
    }
}
