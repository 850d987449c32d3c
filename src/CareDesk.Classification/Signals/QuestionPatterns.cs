using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>The medical-information topics, use phrases and vetoes behind <see cref="QuestionDetector"/>.</summary>
internal static partial class QuestionPatterns
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Dosing, interactions, pregnancy/breastfeeding, storage, missed dose, alcohol, side effects, administration.
    [GeneratedRegex(
        @"\b(?:doses?|dosing|dosage|how\s+much\s+(?:should|do|can|to|is\s+too)|how\s+many\s+(?:mg|milligrams|tablets|pills|puffs|units|times|capsules)|how\s+often|"
        + @"twice\s+a\s+day|once\s+a\s+(?:day|week)|split|crush|cut\s+(?:it|them|the\s+\w+)\s+in\s+half|chew|with\s+food|empty\s+stomach|"
        + @"what\s+time\s+of\s+(?:the\s+)?day|morning\s+or\s+(?:at\s+)?night|double\s+up|titrat\w*|increase\s+(?:my|the)\s+\w+"
        + @"|interact\w*|together\s+with|at\s+the\s+same\s+time\s+as|combin\w+|mix\w*|along\s+with|(?:take|use|taking|using)\s+(?:it|them|this|\w+)\s+(?:with|and)\s+(?:my\s+)?\w+"
        + @"|pregnan\w*|breast\s*-?\s*feed\w*|nursing|lactat\w*|trying\s+to\s+conceive|ttc|conceiv\w*|fertility"
        + @"|store|storing|storage|fridge|refrigerat\w*|room\s+temperature|left\s+(?:it\s+|them\s+|my\s+\w+\s+)?out|freez\w*|frozen|hot\s+car|in\s+the\s+(?:car|sun|heat)|on\s+a\s+plane|shelf\s+life"
        + @"|(?:missed|miss|forgot|forget|skipped|skip)\b[^?]{0,25}\b(?:dose|doses|injection|shot|pill|tablet|it|one)"
        + @"|alcohol|drinking|drink|drinks|beer|wine|booze|glass\s+of|cocktails?|drunk"
        + @"|is\s+(?:it|this|that)\s+normal|normal\s+to|side[\s-]*effects?|(?:does|can|could|will|would)\s+(?:it|this|\w+)\s+cause|go\s+away|wear\s+off|"
        + @"how\s+long\s+(?:does|do|will|until|before|for|after)|is\s+(?:\w+\s+){1,4}normal|supposed\s+to|common\s+to|is\s+it\s+(?:safe|ok|okay|dangerous|bad)|safe\s+to"
        + @"|stop\s+taking|come\s+off|cold\s+turkey|wean|switch\s+(?:from|to)|where\s+to\s+inject|inject\s+(?:into|in)|how\s+(?:do|to|should)\s+I\s+(?:take|use|inject)"
        + @"|(?:can|could|should|may)\s+(?:\w+\s+){1,4}(?:take|use|have|inject|start|stop|give)|(?:does|do|will|would|can)\s+(?:\w+\s+){1,3}(?:work|help)\s+(?:for|with|on)"
        + @"|off[\s-]?label|unapproved|not\s+approved)\b",
        Ci)]
    public static partial Regex MedicalTopic();

    // A sentence about money, supply or logistics only is a general inquiry, not medical information.
    [GeneratedRegex(
        @"\b(?:cost|costs|price|prices|pay|coupon|copay|co-pay|insurance|covered|savings|buy|purchase|order|in\s+stock|shortage|"
        + @"discount|refund|deliver\w*|shipping|where\s+can\s+I\s+(?:get|buy|find)|customer\s+service|contact)\b",
        Ci)]
    public static partial Regex GeneralInquiry();

    // Something that ties the question to a medicine when no configured product is named.
    [GeneratedRegex(
        @"\b(?:meds?|medication|medicine|drug|pills?|tablets?|capsules?|injections?|shots?|pens?|inhalers?|doses?|prescription|rx|jab|"
        + @"(?:taking|take|took|on|use|using|inject(?:ing)?|start(?:ed|ing)?|stop(?:ped|ping)?)\s+(?:it|this|them|these))\b",
        Ci)]
    public static partial Regex MedicationContext();

    // The use asked about after a product or pronoun: "for weight loss", "to treat my acne", "work for anxiety", "help with sleep".
    [GeneratedRegex(
        @"\b(?:for|to\s+(?:treat|help(?:\s+with)?|manage|prevent|stop|cure|control|reduce|lose|get\s+rid\s+of)|help(?:s)?\s+(?:with)?|against|with\s+my|on\s+my)\s+"
        + @"(?<use>(?:my\s+|his\s+|her\s+|their\s+|the\s+|your\s+)?[\p{L}\d'][\p{L}\d' -]{1,60})",
        Ci)]
    public static partial Regex AskedUse();

    // A use-for question needs a use verb or adjective somewhere in the sentence (or the bare "X for Y?").
    [GeneratedRegex(
        @"\b(?:take|taking|took|use|using|used|try|trying|tried|give|giving|prescribe\w*|work|works|worked|help|helps|helped|treat|treats|"
        + @"good|ok|okay|safe|effective|approved|recommend\w*|start|inject|put)\b",
        Ci)]
    public static partial Regex UseVerb();

    // Where the asked use ends: conjunctions, time phrases and trailing filler.
    [GeneratedRegex(
        @"\s+(?:and|or|but|if|since|because|as|while|when|too|also|instead|like|even|though|at|after|before|during|every|each|now|anymore|as\s+well|"
        + @"without|with|from|by|on|in|is|are|was|it|that|does|do|will|would|or\s+not|lol|please|pls|thanks|etc)\b.*$|\s*[,;:(\-–—].*$",
        Ci)]
    public static partial Regex UseEnd();

    // "for" phrases that name no use: time, people, purpose words, body sites.
    [GeneratedRegex(
        @"^(?:(?:a|an|the|my|his|her|their)\s+)?(?:how|long|longer|more|less|over|up|now|ever|life|years?|months?|weeks?|days?|hours?|while|few|couple|bit|first|next|last|rest|time|"
        + @"free|sale|sure|real|example|instance|me|you|him|her|them|us|it|this|that|everyone|anyone|someone|people|work|travel|breakfast|lunch|dinner|bed|"
        + @"good|awhile|whatever|what|why|some|any|insurance|cheap|money|\d+|both|all|husband|wife|partner|mom|mum|mother|dad|father|grandma|grandmother|"
        + @"grandpa|grandfather|friend|sister|brother|aunt|uncle|family|boss|self|scalp|face|skin|hands?|arms?|legs?|feet|foot|back|body|chest|stomach|belly|thighs?|neck)\b",
        Ci)]
    public static partial Regex NotAUse();

    [GeneratedRegex(@"\b(?:it|this|that|these|them|this\s+(?:med|medication|medicine|drug|pill|one|stuff))\b", Ci)]
    public static partial Regex Pronoun();
}
