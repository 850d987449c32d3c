using System.Security.Cryptography;

namespace CareDesk.Domain.Roi;

/// <summary>
/// A redemption code as people see it: 11 random symbols and a check character in groups of four,
/// e.g. "K7MQ-3XPA-RT9C". 31^11 (about 2.5e16) codes, so guessing a live one is hopeless.
/// </summary>
public static class CouponCode
{
    public const int RandomLength = 11;
    public const int Length = RandomLength + 1;
    public const int FormattedLength = Length + 2;

    /// <summary>A new code from the operating system's cryptographic generator.</summary>
    public static string NewCode() => WithCheckCharacter(RandomNumberGenerator.GetString(CodeAlphabet.Symbols, RandomLength));

    /// <summary>Appends the check character to 11 alphabet symbols and groups the result; used by <see cref="NewCode"/> and tests.</summary>
    public static string WithCheckCharacter(string payload)
    {
        if (payload.Length != RandomLength || payload.AsSpan().IndexOfAnyExcept(CodeAlphabet.Symbols) >= 0)
        {
            throw new ArgumentException($"A code payload is {RandomLength} symbols of {CodeAlphabet.Symbols}.", nameof(payload));
        }

        return Format(payload + CodeAlphabet.CheckCharacter(payload));
    }

    /// <summary>
    /// Reads what someone typed: case, spaces and dashes do not matter. False when a symbol is outside the alphabet,
    /// the length is wrong or the check character does not match (a typo), so a mistyped code is never looked up.
    /// </summary>
    public static bool TryNormalize(string? typed, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > FormattedLength + 8)
        {
            return false;
        }

        var compact = new string(typed.Where(symbol => symbol is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length != Length || !CodeAlphabet.HasValidCheckCharacter(compact))
        {
            return false;
        }

        code = Format(compact);
        return true;
    }

    private static string Format(string compact) => $"{compact[..4]}-{compact[4..8]}-{compact[8..]}";
}
