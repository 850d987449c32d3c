namespace CareDesk.Infrastructure.Documents;

/// <summary>
/// The PDF standard-font encoding (WinAnsiEncoding, PDF 1.4 Annex D): Latin-1 plus typographic punctuation in
/// 0x80-0x9F. Characters Helvetica cannot show become '?', so a copy never silently drops text.
/// </summary>
internal static class WinAnsi
{
    private static readonly Dictionary<char, byte> Extras = new()
    {
        ['€'] = 0x80,
        ['‚'] = 0x82,
        ['„'] = 0x84,
        ['…'] = 0x85,
        ['†'] = 0x86,
        ['‡'] = 0x87,
        ['‰'] = 0x89,
        ['‹'] = 0x8B,
        ['‘'] = 0x91,
        ['’'] = 0x92,
        ['“'] = 0x93,
        ['”'] = 0x94,
        ['•'] = 0x95,
        ['–'] = 0x96,
        ['—'] = 0x97,
        ['™'] = 0x99,
        ['›'] = 0x9B,
    };

    private static readonly Dictionary<byte, char> Reverse = Extras.ToDictionary(pair => pair.Value, pair => pair.Key);

    public static byte Encode(char character) => character switch
    {
        '\t' => (byte)' ',
        >= ' ' and <= '~' => (byte)character,
        >= '\u00A0' and <= '\u00FF' => (byte)character,
        _ when Extras.TryGetValue(character, out var code) => code,
        _ => (byte)'?',
    };

    public static char Decode(byte code) => Reverse.TryGetValue(code, out var character) ? character : (char)code;
}
