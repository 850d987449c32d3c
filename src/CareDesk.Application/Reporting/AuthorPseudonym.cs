using System.Security.Cryptography;
using System.Text;

namespace CareDesk.Application.Reporting;

/// <summary>
/// A stable stand-in for an author in analytics (R43b): the same handle on the same channel always gives the same
/// pseudonym, so repeat contacts can be counted, but the handle cannot be read back from it.
/// </summary>
public static class AuthorPseudonym
{
    public static string For(Guid channelId, string author)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId:N}|{author.Trim().ToUpperInvariant()}"));
        return "a-" + Convert.ToHexStringLower(bytes.AsSpan(0, 6));
    }
}
