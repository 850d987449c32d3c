using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>The regular expressions behind <see cref="ComplaintDetector"/>, one per defect kind, plus the non-product breakages they must ignore.</summary>
internal static partial class ComplaintPatterns
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Gap = @"[^.!?;]{0,40}?";
    private const string Device = @"(?:pens?|auto-?injectors?|injectors?|inhalers?|devices?|syringes?|cartridges?|vials?|ampoules?|spacers?|nebuli[sz]ers?|"
        + @"applicators?|pumps?|plungers?|dials?|buttons?|caps?|needles?|sprays?|patch(?:es)?)";
    private const string Pack = @"(?:packaging|package|packet|pack|box|boxes|carton|blister(?:\s+packs?)?|blisters|seal|safety\s+seal|foil|(?<!water\s|wine\s|baby\s|beer\s)bottles?|label|tube|sachets?)";
    private const string Dose = @"(?:tablets?|pills?|capsules?|caplets?|meds|medication|medicine|liquid|solution|syrup|suspension|cream|gel|batch|refill)";

    [GeneratedRegex(
        @"\b" + Device + @"\b" + Gap + @"\b(?:broken|broke|cracked|cracks?|leak\w*|snapped|shattered|split|chipped|damaged|defective|faulty|dented|bent)\b"
        + @"|\b(?:broken|cracked|leaking|leaky|snapped|shattered|damaged|defective|faulty|dented|bent)\s+(?:\w+\s+)?" + Device + @"\b"
        + @"|\b(?:medication|medicine|liquid|fluid|solution|insulin|drug)\s+(?:was\s+|is\s+|kept\s+)?(?:leaking|leaked|leaks|dripping|spilled)\b",
        Ci)]
    public static partial Regex DeviceDamage();

    [GeneratedRegex(
        @"\b(?:dose\s+)?counter\b" + Gap + @"\b(?:stuck|not\s+moving|doesn'?t\s+move|didn'?t\s+move|won'?t\s+move|skipp\w*|jump\w*|wrong|not\s+counting|frozen|broken)\b"
        + @"|\bneedle\s+(?:was\s+|is\s+|came\s+|got\s+)?(?:bent|blocked|clogged|broke|broken|missing|stuck|dull)\b|\bbent\s+needle\b"
        + @"|\b" + Device + @"\b" + Gap + @"\b(?:won'?t|wont|doesn'?t|didn'?t|did\s+not|does\s+not|will\s+not|would\s+not|wouldn'?t|failed\s+to|never)\s+"
        + @"(?:click|inject|fire|dispense|spray|activate|release|work|retract|unlock|prime|deliver|puff|turn|lock)\b"
        + @"|\b" + Device + @"\b" + Gap + @"\b(?:jammed|jams|stuck|misfired|malfunction\w*|locked\s+up|clogged|blocked)\b"
        + @"|\b(?:jammed|malfunctioning|faulty)\s+" + Device + @"\b|\bno\s+(?:medication|medicine|liquid|spray|puff|dose)\s+(?:came|comes)\s+out\b",
        Ci)]
    public static partial Regex DeviceMalfunction();

    [GeneratedRegex(
        @"\b" + Dose + @"\b" + Gap + @"\b(?:wrong|different|strange|odd|weird|unusual|new)\s+(?:colou?r|shape|size|markings?|imprint|texture)\b"
        + @"|\b(?:colou?r|shape|imprint|markings?)\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:is|was|looks|seems|are)\s+(?:\w+\s+)?(?:different|off|wrong|weird|strange)\b"
        + @"|\bdiscolou?r\w*|\b(?:pink|yellow|white|blue|green|orange|red|brown|grey|gray|purple)\s+instead\s+of\s+(?:the\s+(?:usual\s+)?)?(?:pink|yellow|white|blue|green|orange|red|brown|grey|gray|purple)\b"
        + @"|\b" + Dose + @"\b" + Gap + @"\b(?:crumbl\w*|cloudy|spots|specks|particles|mouldy|moldy|clumped|melted|sticky)\b|\b(?:cloudy|crumbling|mouldy|moldy)\s+" + Dose + @"\b",
        Ci)]
    public static partial Regex WrongAppearance();

    [GeneratedRegex(
        @"\b" + Dose + @"\b" + Gap + @"\b(?:tastes?|tasted|tasting|smells?|smelled|smelt|smelling|stinks?)\s+(?:\w+\s+)?(?:bad|strange|weird|funny|off|odd|different|awful|disgusting|rotten|sour|of|like)\b"
        + @"|\b(?:bad|strange|weird|funny|odd|chemical|fishy|vinegar|rotten|musty|mouldy|moldy|different|awful)\s+(?:taste|smell|odou?r)\b(?!\s+in\s+my\s+mouth)" + Gap + @"\b(?:from|of|on|in)\s+(?:the\s+|this\s+|my\s+|these\s+)?(?:new\s+)?(?:" + Dose + "|" + Pack + @")\b"
        + @"|\b(?:this|the|new|latest)\s+(?:batch|box|bottle|pack|refill)\b" + Gap + @"\b(?:tastes?|smells?)\b",
        Ci)]
    public static partial Regex TasteOrSmell();

    [GeneratedRegex(
        @"\bmissing\s+(?:\w+\s+)?(?:tablets?|pills?|capsules?|doses?|pens?|syringes?|needles?|vials?)\b"
        + @"|\b(?:tablets?|pills?|capsules?|doses?)\s+(?:were|are|was|is)\s+missing\b"
        + @"|\b(?:only|just)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:tablets?|pills?|capsules?)\s+(?:in|inside)\b"
        + @"|\b(?:blister|pack|box|bottle|slot|pocket)\w*\s+(?:was\s+|were\s+|is\s+|came\s+|arrived\s+)?(?:empty|half[\s-]empty|half\s+full)\b|\bempty\s+(?:blisters?|slots?|pockets?)\b"
        + @"|\bshort\s+(?:by\s+)?(?:\d+|a\s+few)\s+(?:tablets?|pills?|capsules?)\b",
        Ci)]
    public static partial Regex MissingUnits();

    [GeneratedRegex(
        @"\b" + Pack + @"\b" + Gap + @"\b(?:damaged|torn|ripped|crushed|opened|open|broken|tampered|wet|soaked|punctured|missing|unsealed|peeling)\b"
        + @"|\b(?:damaged|torn|ripped|crushed|opened|broken|tampered|missing|punctured|unsealed)\s+(?:\w+\s+)?" + Pack + @"\b|\btamper\w*",
        Ci)]
    public static partial Regex DamagedPackaging();

    [GeneratedRegex(
        @"\bcounterfeit\w*|\bfalsified\b|\bknock-?offs?\b|\bfake\s+(?:\w+\s+)?(?:pills?|tablets?|pens?|meds|medication|medicine|drugs?|product|box|version)\b"
        + @"|\bnot\s+(?:the\s+)?(?:genuine|authentic|real\s+(?:thing|product|one))\b|\b(?:is|are)\s+(?:this|these|it|they)\s+(?:\w+\s+)?(?:fake|genuine|authentic|real\s+or\s+fake)\b",
        Ci)]
    public static partial Regex Counterfeit();

    [GeneratedRegex(
        @"\b(?:arrived|came|delivered|received|got\s+it|got\s+them|dispensed|given|picked\s+(?:it\s+)?up|filled)\b" + Gap + @"\b(?:already\s+)?expired\b"
        + @"|\bexpired\b" + Gap + @"\b(?:on|upon|at|when)\s+(?:arrival|delivery|pickup|pick-up|dispensing)\b|\balready\s+(?:been\s+)?expired\b"
        + @"|\bexpir\w*\s+(?:date\s+)?(?:is|was|has)\s+(?:already\s+)?(?:passed|last\s+(?:month|year|week)|in\s+the\s+past)\b|\bout\s+of\s+date\s+(?:on|when)\b",
        Ci)]
    public static partial Regex ExpiredOnArrival();

    [GeneratedRegex(
        @"\b(?:lot|batch)\s*(?:number|no\.?|num|#|code)?\s*(?:[:#]?\s*[A-Z0-9-]{3,}\s+)?" + Gap
        + @"\b(?:missing|illegible|unreadable|smudged|not\s+printed|blank|rubbed\s+off|faded|wrong|different|doesn'?t\s+match|does\s+not\s+match|don'?t\s+match|do\s+not\s+match|mismatch\w*)\b"
        + @"|\b(?:no|can'?t\s+find\s+(?:the|a|any)|cannot\s+find\s+(?:the|a|any)|can'?t\s+read\s+the|cannot\s+read\s+the)\s+(?:lot|batch)\s*(?:number|no\.?|#|code)\b"
        + @"|\b(?:lot|batch)\s+numbers?\s+(?:on\s+the\s+\w+\s+)?(?:and|vs\.?|versus)\s+(?:the\s+)?\w+\s+(?:are|is)\s+different\b",
        Ci)]
    public static partial Regex LotNumber();

    // Breakage that is not a product's: "broken heart", "my phone is broken", "broke my leg", "broken promises".
    [GeneratedRegex(
        @"\b(?:broken|cracked|shattered)\s+(?:\w+\s+)?(?:hearts?|promises?|phones?|screens?|legs?|arms?|wrists?|ankles?|bones?|ribs?|toes?|fingers?|teeth|tooth|nose|home|family|systems?|english|record|glasses|laptop|car)\b"
        + @"|\b(?:heart|phone|screen|leg|arm|wrist|ankle|bone|rib|toe|finger|tooth|laptop|car|tv|computer|glasses|website|app|link|system)s?\s+(?:is|was|are|were|got|just)?\s*(?:broken|broke|cracked|shattered|stuck|jammed|leaking|damaged)\b"
        + @"|\bbroke\s+(?:my|his|her|a)\s+(?:leg|arm|wrist|ankle|bone|rib|toe|finger|tooth|nose|heart|phone)\b",
        Ci)]
    public static partial Regex NotProduct();
}
