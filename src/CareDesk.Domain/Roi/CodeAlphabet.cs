namespace CareDesk.Domain.Roi;

/// <summary>
/// The symbols short links and redemption codes are made of: digits and capitals without 0/O, 1/I/L, so a code
/// read aloud or copied from a phone screen cannot be mistyped into another valid one. There are 31 symbols, a
/// prime, so a weighted check character modulo 31 (<see cref="CheckCharacter"/>) catches every single wrong
/// symbol and every swap of two neighbours. Luhn mod N would not: its doubling step is not one-to-one for an odd N.
/// </summary>
public static class CodeAlphabet
{
    public const string Symbols = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>The longest payload whose weights stay distinct and non-zero modulo 31.</summary>
    public const int MaxPayloadLength = 29;

    /// <summary>
    /// The symbol c with 1*c + 2*p[0] + 3*p[1] + ... = 0 (mod 31), values being alphabet positions. Distinct non-zero
    /// weights modulo a prime make any one changed symbol, or two swapped neighbours, change the sum.
    /// </summary>
    public static char CheckCharacter(ReadOnlySpan<char> payload)
    {
        if (payload.Length > MaxPayloadLength)
        {
            throw new ArgumentException($"A payload has at most {MaxPayloadLength} symbols.", nameof(payload));
        }

        var n = Symbols.Length;
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            sum += (i + 2) * IndexOf(payload[i]);
        }

        return Symbols[(n - (sum % n)) % n];
    }

    /// <summary>Whether the last symbol of <paramref name="code"/> is the check character of the rest.</summary>
    public static bool HasValidCheckCharacter(ReadOnlySpan<char> code) =>
        code.Length is >= 2 and <= MaxPayloadLength + 1 && code.IndexOfAnyExcept(Symbols) < 0 && CheckCharacter(code[..^1]) == code[^1];

    private static int IndexOf(char symbol)
    {
        var index = Symbols.IndexOf(symbol, StringComparison.Ordinal);
        return index >= 0 ? index : throw new ArgumentException($"'{symbol}' is not a code symbol.", nameof(symbol));
    }
}
