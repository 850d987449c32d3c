using System.Buffers;
using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>The regular expressions behind <see cref="PiiDetector"/>; each one finds a candidate that the detector may still reject.</summary>
internal static partial class PiiPatterns
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    public static partial Regex Email();

    // International (+CC ...), US (555) 123-4567 / 555-123-4567 / 555.123.4567, UK 020 7946 0958 / 07700 900123.
    [GeneratedRegex(
        @"(?<![\w+/.-])(?:\+\d{1,3}[\s.-]?(?:\(0?\d{1,4}\)|\d{1,4})(?:[\s.-]?\d{2,4}){2,4}"
        + @"|\(\d{3}\)\s?\d{3}[\s.-]?\d{4}"
        + @"|\d{3}[\s.-]\d{3}[\s.-]\d{4}"
        + @"|0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})(?![\w/]|[.-]\d)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    [GeneratedRegex(@"\b(?:lot|batch|exp|expiry|ref|serial|ndc|order|invoice|case|ticket|tracking|rx)\b\s*(?:no\.?|number|num|#|:)?\s*[:#]?\s*$", Ci)]
    public static partial Regex IdentifierBefore();

    [GeneratedRegex(@"\b(?:my\s+name\s+is|my\s+name's|name:)\s+(?<name>\p{L}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)", RegexOptions.CultureInvariant)]
    public static partial Regex MyNameIs();

    [GeneratedRegex(@"\b(?:I'm|I’m|I\s+am|Im)\s+(?<first>\p{Lu}[\p{Ll}'-]+)(?:\s+(?<last>\p{Lu}[\p{Ll}'-]+))?", RegexOptions.CultureInvariant)]
    public static partial Regex IAm();

    [GeneratedRegex(@"\b[Tt]his\s+is\s+(?<name>\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?)\s+(?:from|at|with)\b", RegexOptions.CultureInvariant)]
    public static partial Regex ThisIsFrom();

    // A signature at the very end: "- Jane", "— Jane D.", "~Tom", "Thanks, Maria", "Regards, Ann Lee".
    [GeneratedRegex(
        @"(?:(?:^|\s)[-–—~]\s*|\b(?:[Tt]hanks|[Tt]hank\s+you|[Rr]egards|[Cc]heers|[Bb]est|[Ss]incerely|[Xx]o),?\s+)(?:Dr\.?\s+)?(?<name>\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}(?:[\p{Ll}'-]+|\.))?)\s*[.!]?\s*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex Signature();

    [GeneratedRegex(
        @"\b\d{1,5}[A-Za-z]?\s+(?:[\p{L}'.-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|ct|way|place|pl|terrace|close|crescent|highway|hwy|parkway|pkwy|square|sq)\b\.?", Ci)]
    public static partial Regex Address();

    /// <summary>"Calle Mayor 5", "rue de la Paix 3", "Via Roma 10"; run only when one of <see cref="RomanceStreetWords"/> occurs.</summary>
    [GeneratedRegex(@"\b(?:calle|avenida|rue|via|rua)\s+(?:[\p{L}'-]+\s+){1,3}\d{1,4}\b", Ci)]
    public static partial Regex RomanceAddress();

    public static readonly SearchValues<string> RomanceStreetWords =
        SearchValues.Create(["calle ", "avenida ", "rue ", "via ", "rua "], StringComparison.OrdinalIgnoreCase);

    /// <summary>German-style "Hauptstraße 12"; run only when a street suffix occurs (see <see cref="GermanStreetWords"/>).</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:straße|strasse|weg|platz|gasse|allee)\s+\d{1,4}[a-z]?\b", RegexOptions.CultureInvariant)]
    public static partial Regex GermanAddress();

    public static readonly SearchValues<string> GermanStreetWords =
        SearchValues.Create(["straße", "strasse", "weg ", "platz", "gasse", "allee"], StringComparison.OrdinalIgnoreCase);

    private const string DatePattern =
        @"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
        + @"|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}"
        + @"|\d{4})";

    [GeneratedRegex(@"\b(?:born\s+(?:on\s+|in\s+)?|d\.?o\.?b\.?\s*[:\-]?\s*(?:is\s+)?|date\s+of\s+birth\s*(?:is\s+|:\s*)?|birthday\s+is\s+)(?<date>" + DatePattern + @")(?!\d)", Ci)]
    public static partial Regex DateOfBirth();
}
