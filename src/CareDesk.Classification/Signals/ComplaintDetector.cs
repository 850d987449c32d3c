using System.Buffers;
using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>
/// Finds product quality complaints (R14 PQC): damaged or malfunctioning devices, wrong-looking tablets, bad taste or smell,
/// missing units, damaged packaging, suspected counterfeits, product expired on arrival and lot-number problems. Breakage
/// of things that are not the product ("broken heart", "my phone is broken") is ignored, and so are price complaints,
/// which are general inquiries. The earliest defect in the text is reported. Each pattern runs only when one of its cue
/// words (loose substrings) occurs, which keeps the detector fast on the many posts that are no complaint at all.
/// </summary>
public static class ComplaintDetector
{
    private static readonly SearchValues<string> DeviceWords = Cues(
        "pen", "inject", "inhaler", "device", "syringe", "cartridge", "vial", "ampoule", "spacer", "nebuli", "applicator", "pump",
        "plunger", "dial", "button", "cap", "needle", "spray", "patch", "counter", "came out", "comes out", "leak", "drip", "spill");

    private static readonly (string Defect, Func<Regex> Pattern, SearchValues<string> Cues)[] Checks =
    [
        (ComplaintDefects.DeviceMalfunction, ComplaintPatterns.DeviceMalfunction, DeviceWords),
        (ComplaintDefects.DeviceDamage, ComplaintPatterns.DeviceDamage, DeviceWords),
        (ComplaintDefects.Counterfeit, ComplaintPatterns.Counterfeit, Cues("counterfeit", "falsified", "knock", "fake", "genuine", "authentic", "real")),
        (ComplaintDefects.ExpiredOnArrival, ComplaintPatterns.ExpiredOnArrival, Cues("expir", "out of date")),
        (ComplaintDefects.LotNumber, ComplaintPatterns.LotNumber, Cues("lot", "batch")),
        (ComplaintDefects.MissingUnits, ComplaintPatterns.MissingUnits, Cues("missing", "only", "just", "empty", "half", "short")),
        (ComplaintDefects.WrongAppearance, ComplaintPatterns.WrongAppearance, Cues(
            "colo", "shape", "size", "imprint", "marking", "texture", "instead of", "crumbl", "cloudy", "spots", "speck", "particle",
            "mould", "mold", "clump", "melt", "sticky")),
        (ComplaintDefects.TasteOrSmell, ComplaintPatterns.TasteOrSmell, Cues("tast", "smell", "smelt", "stink", "odo")),
        (ComplaintDefects.DamagedPackaging, ComplaintPatterns.DamagedPackaging, Cues(
            "damaged", "torn", "ripped", "crushed", "open", "broken", "tamper", "wet", "soaked", "punctured", "missing", "unsealed", "peeling")),
    ];

    public static ComplaintFinding Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        MatchCollection? excluded = null;
        ComplaintFinding? earliest = null;
        foreach (var (defect, pattern, cues) in Checks)
        {
            if (!text.AsSpan().ContainsAny(cues))
            {
                continue;
            }

            foreach (Match match in pattern().Matches(text))
            {
                excluded ??= ComplaintPatterns.NotProduct().Matches(text);
                if (Overlaps(match, excluded))
                {
                    continue;
                }

                if (earliest is null || match.Index < earliest.Start)
                {
                    earliest = new ComplaintFinding(true, defect, match.Value, match.Index, match.Index + match.Length);
                }

                break;
            }
        }

        return earliest ?? ComplaintFinding.None;
    }

    private static SearchValues<string> Cues(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    private static bool Overlaps(Match match, MatchCollection excluded)
    {
        foreach (Match exclusion in excluded)
        {
            if (match.Index < exclusion.Index + exclusion.Length && exclusion.Index < match.Index + match.Length)
            {
                return true;
            }
        }

        return false;
    }
}
