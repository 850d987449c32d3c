using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>Cues for <see cref="ReporterRoleDetector"/>; a healthcare professional's cue outranks a caregiver's, which outranks a patient's.</summary>
internal static partial class ReporterRolePatterns
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Professions =
        @"(?:physician|doctor|gp|general\s+practitioner|nurse(?:\s+practitioner)?|pharmacist|clinician|prescriber|surgeon|"
        + @"registrar|midwife|np|pa|physician\s+assistant|dentist|psychiatrist|oncologist|cardiologist|"
        + @"dermatologist|neurologist|rheumatologist|endocrinologist|gastroenterologist|pediatrician|paediatrician|"
        + @"anesthesiologist|anaesthetist|hcp|healthcare\s+professional|health\s+care\s+provider|medical\s+doctor|md|rn)";

    // "as a physician", "I'm a nurse", "I work as a pharmacist", "speaking as an oncologist".
    [GeneratedRegex(@"\b(?:as\s+an?|I'?m\s+an?|I\s+am\s+an?|I\s+work\s+as\s+an?|I'?ve\s+been\s+an?)\s+(?:(?:\w+|ICU|ER)\s+)?" + Professions + @"\b", Ci)]
    public static partial Regex SelfDeclaredProfession();

    // "my patients", "I prescribe", "in my practice", "in our clinic", "we prescribe", "I've prescribed".
    [GeneratedRegex(
        @"\bmy\s+(?!fellow\b)(?:\w+\s+)?patients?\b(?!\s+(?:portal|number|id|record|app|card|advocate))|\b(?:I|we)\s+(?:often\s+|routinely\s+|usually\s+|have\s+|'ve\s+)?prescrib(?:e|ed|ing)\b"
        + @"|\bin\s+(?:my|our)\s+(?:\w+\s+)?(?:practice|clinic|ward|unit|pharmacy|surgery)\b|\bI'?ve\s+prescribed\b|\bmy\s+(?:caseload|residents|trainees)\b"
        + @"|^\W*(?:(?:ICU|ER|retired|practicing|practising)\s+)?(?:nurse|pharmacist|doctor|physician|GP|NP|RN|MD|PharmD|clinician|midwife)\s+here\b",
        Ci)]
    public static partial Regex ProfessionalPractice();

    // Self-reference with a title: "Dr. Smith here", "this is Dr. Lee", "I'm Dr. Patel", signature "- Dr. Ann Lee".
    [GeneratedRegex(
        @"\b(?i:this\s+is|I'?m|I\s+am|it's)\s+Dr\.?\s+\p{Lu}[\p{L}'-]+|\bDr\.?\s+\p{Lu}[\p{L}'-]+\s+here\b|(?:^|\s)[-–—~]\s*Dr\.?\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex DoctorSelfReference();

    // Credentials after a name or a comma: "Jane Smith, RN", "- Tom, PharmD", "Ann Lee MD". Case-sensitive on purpose.
    [GeneratedRegex(@"(?:\p{Lu}[\p{Ll}'-]+,?|,)\s*(?:MD|RN|PharmD|DO|NP|PA-C|BSN|MBBS|MRCP|FRCP|RPh|APRN|CRNP|DNP|FNP|MBChB)\b(?!\s+(?:is|said|told|says))", RegexOptions.CultureInvariant)]
    public static partial Regex Credentials();

    private const string Relatives =
        @"(?:son|daughter|mom|mum|mother|dad|father|husband|wife|partner|child|kid|kids|children|baby|toddler|boy|girl|grandma|"
        + @"grandmother|grandpa|grandfather|nan|nana|granny|brother|sister|boyfriend|girlfriend|fianc[eé]e?|aunt|uncle|"
        + @"parents?|mother-in-law|father-in-law|niece|nephew|grandson|granddaughter|teen|teenager|infant|newborn|twins)";

    // "my son takes", "my mom has been on", "my husband started", "my 5 year old is taking", "I give my daughter".
    [GeneratedRegex(
        @"\bmy\s+(?:\d{1,2}[- ]?(?:year|yr|month)s?[- ]?old\s+|little\s+|elderly\s+|teenage\s+|older\s+|younger\s+)?" + Relatives
        + @"(?:'s)?\b(?:(?!\b(?:I|me|my)\b)[^.!?]){0,50}?\b(?:takes|taking|took|is\s+on|was\s+on|has\s+been\s+on|been\s+on|started|"
        + @"stopped|uses|using|used|injects|was\s+prescribed|got\s+prescribed|is\s+prescribed|prescribed|given|reacted|developed|had)\b"
        + @"|\bmy\s+(?:\d{1,2}[- ]?(?:year|yr|month)s?[- ]?old)\b"
        + @"|\bI\s+(?:give|gave|am\s+giving|have\s+been\s+giving)\s+(?:my\s+\w+|him|her|them)\b|\bI'?m\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:caregiver|carer)\b"
        + @"|\bcaring\s+for\s+my\b|\bmy\s+" + Relatives + @"(?:'s)?\s+(?:dose|meds|medication|prescription|inhaler|pen|injections?)\b",
        Ci)]
    public static partial Regex CaregiverCue();

    // First-person use: "I take", "I've been on", "I started", "my dose", "gave me", "my doctor".
    [GeneratedRegex(
        @"\bI(?:'m|\s+am|'ve|\s+have|\s+was|\s+had)?\s+(?:been\s+)?(?:just\s+|only\s+|recently\s+|also\s+)?(?:take|taking|took|taken|on|started|starting|stopped|"
        + @"use|using|used|inject|injecting|injected|tried|trying|feel|felt|feeling|got|get|getting|have|had|suffer|suffering|developed|"
        + @"experienced|experiencing|missed|forgot|was\s+diagnosed|diagnosed|switched|prescribed)\b"
        + @"|\bmy\s+(?:first\s+|second\s+|last\s+|next\s+|daily\s+|weekly\s+)?(?:dose|doses|meds|medication|medicine|prescription|pills|tablets|injection|"
        + @"shot|pen|inhaler|symptoms|doctor|gp|nurse|pharmacist|specialist|neurologist|rheumatologist|dermatologist|skin|"
        + @"blood\s+sugar|a1c|pain|migraines?|asthma|psoriasis|diabetes|depression|anxiety|treatment)\b"
        + @"|\b(?:gave|made|makes|giving|left|leaves)\s+me\b|\bI'?m\s+(?:on|pregnant|breastfeeding|allergic|diabetic|asthmatic)\b",
        Ci)]
    public static partial Regex PatientCue();
}
