using System.Security.Cryptography;

namespace CareDesk.Domain.Roi;

/// <summary>The path segment of a tracked short link (/l/{code}): 7 random symbols and a check character.</summary>
public static class ShortLinkCode
{
    public const int Length = 8;

    public static string NewCode()
    {
        var payload = RandomNumberGenerator.GetString(CodeAlphabet.Symbols, Length - 1);
        return payload + CodeAlphabet.CheckCharacter(payload);
    }

    /// <summary>Whether <paramref name="code"/> can be a short link at all; the redirect answers 404 without a database read otherwise.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: Length } && CodeAlphabet.HasValidCheckCharacter(code);
}
