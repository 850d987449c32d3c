using System.Text.RegularExpressions;

namespace CareDesk.Classification.Evidence;

/// <summary>Wording of the special situations; written for the product, case-insensitive and culture-invariant.</summary>
internal static partial class SpecialSituationPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:\d+\s*(?:weeks?|wks?|months?)\s+pregnant|pregnant|pregnancy|expecting a baby|breast\s?-?feeding|nursing (?:my|our) (?:baby|son|daughter|newborn)|trying to conceive|ttc|first trimester|second trimester|third trimester)\b", Options)]
    public static partial Regex Pregnancy();

    [GeneratedRegex(@"\b(?:overdos(?:e|ed|ing)|od'?d|o\.d\.|double(?:d)? (?:up )?(?:my |the |a )?dose|double dosed?|doubled up|took (?:too many|too much|way too many|way too much|the whole (?:bottle|pack|box)|two doses|2 doses|three doses|an extra (?:dose|pill|tablet))|taking too (?:many|much)|twice the (?:dose|amount)|more than (?:the )?(?:prescribed|recommended)(?: dose)?|extra dose|\d+ (?:pills|tablets|tabs) at once)\b", Options)]
    public static partial Regex Overdose();

    [GeneratedRegex(@"\b(?:snort(?:ed|ing|s)?|crush(?:ed|ing)? (?:it |them |and )?(?:up )?(?:to )?(?:snort|inject|smoke)|inject(?:ed|ing) (?:it|them|my)|(?:to|get|getting|got) high|recreational(?:ly)?|for fun|without (?:a )?prescription|someone else'?s (?:pills|meds|prescription|medication)|(?:my )?(?:friend|mom|mum|dad|sister|brother)'?s (?:pills|meds|prescription|medication)|abus(?:e|ed|ing) (?:it|my|them|the|his|her)|misus(?:e|ed|ing)|off[- ]label|chew(?:ed|ing)? the (?:patch|extended))\b", Options)]
    public static partial Regex Misuse();

    [GeneratedRegex(@"\b(?:stopped working|stops working|quit working|no longer works?|not working|isn'?t working|aren'?t working|wasn'?t working|doesn'?t (?:work|help|do anything)|does not (?:work|help)|didn'?t (?:work|help|do anything)|did not (?:work|help)|don'?t work|won'?t work|has no effect|had no effect|no effect|did nothing|does nothing|doing nothing|no relief|not helping|isn'?t helping|useless|wore off|wears off|worn off|not effective|ineffective|lost (?:its|it's) effect|still (?:have|has|had|got|feel) (?:my |the |a )?(?:headache|pain|migraine|anxiety|depression|symptoms)|zero effect)\b", Options)]
    public static partial Regex LackOfEffect();

    [GeneratedRegex(@"\b(?:wrong (?:dose|dosage|pill|pills|medication|medicine|meds|drug|strength|prescription|tablets?)|by mistake|by accident|accidentally (?:took|take|gave|give|swallowed|doubled|took two|ate)|mixed up (?:my|the|his|her) (?:pills|meds|medication|prescriptions?)|gave (?:my|the|our) \w+ (?:my|his|her|the wrong) (?:pills|meds|medication|medicine|dose)|pharmacy (?:gave|filled|dispensed) (?:me |us )?(?:the )?wrong|dispensed the wrong|forgot (?:i|that i|she|he) (?:already|had already) took|took (?:it|my dose|my pill) twice|expired (?:pills|meds|medication|medicine))\b", Options)]
    public static partial Regex MedicationError();
}
