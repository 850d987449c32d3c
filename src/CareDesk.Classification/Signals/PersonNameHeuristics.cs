namespace CareDesk.Classification.Signals;

/// <summary>
/// Decides whether a capitalised token after a cue ("I'm", "- ") is a person's name: common words that people
/// capitalise ("I'm Sorry", "I'm On ...") are refused; a known first name or a capitalised surname after it is required.
/// </summary>
internal static class PersonNameHeuristics
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "not", "so", "very", "sorry", "happy", "sad", "tired", "sick", "fine", "ok", "okay", "good", "great",
        "bad", "going", "gonna", "on", "off", "in", "at", "from", "with", "taking", "using", "trying", "just", "still", "really",
        "also", "now", "here", "there", "done", "sure", "glad", "worried", "scared", "afraid", "pregnant", "allergic", "new",
        "back", "feeling", "having", "getting", "being", "about", "almost", "always", "never", "thankful", "grateful", "curious",
        "wondering", "confused", "unable", "able", "nervous", "anxious", "exhausted", "frustrated", "angry", "upset", "hoping",
        "currently", "literally", "honestly", "actually", "definitely", "totally", "loving", "starting", "stopping", "day",
        "week", "month", "year", "thanks", "thank", "regards", "cheers", "best", "love", "hi", "hello", "hey", "dear", "yes", "no",
        "and", "or", "but", "if", "this", "that", "it", "my", "your", "our", "their", "his", "her", "is", "was", "will", "would",
        "can", "could", "should", "may", "might", "must", "who", "what", "when", "where", "why", "how", "all", "any", "some",
        "help", "please", "update", "edit", "ps", "note", "today", "tomorrow", "yesterday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "doctor", "nurse", "patient", "mom", "mum", "dad", "type", "diabetic",
        "asthmatic", "only", "one", "two", "three", "done", "out", "up", "down", "over", "under", "after", "before", "again",
        "important", "fine", "alive", "lucky", "blessed", "stuck", "desperate", "finally", "officially", "told", "told", "free",
    };

    private static readonly HashSet<string> FirstNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "chris", "daniel",
        "matthew", "anthony", "mark", "paul", "steven", "andrew", "josh", "kevin", "brian", "george", "tim", "jason", "ryan",
        "jacob", "gary", "eric", "jonathan", "stephen", "larry", "justin", "scott", "frank", "ben", "tom", "sam", "alex", "jack",
        "peter", "harry", "oliver", "noah", "liam", "lucas", "mohammed", "muhammad", "ahmed", "ali", "omar", "raj", "arjun",
        "wei", "jun", "hiroshi", "kenji", "juan", "jose", "carlos", "luis", "miguel", "pedro", "pablo", "diego", "marco", "luca",
        "giovanni", "pierre", "jean", "louis", "hans", "jan", "pieter", "lars", "sven", "mary", "patricia", "jennifer", "linda",
        "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
        "kim", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon",
        "cynthia", "kathy", "amy", "angela", "anna", "ann", "anne", "emma", "olivia", "sophia", "sophie", "isabella", "mia",
        "charlotte", "amelia", "grace", "chloe", "lucy", "hannah", "jane", "julia", "kate", "katie", "claire", "rachel", "megan",
        "maria", "marie", "ana", "lucia", "carmen", "sofia", "giulia", "chiara", "francesca", "camille", "lea", "manon", "greta",
        "lena", "lotte", "fatima", "aisha", "priya", "ananya", "mei", "yuki", "sakura", "zoe", "ella", "ellie", "jess", "jen",
        "beth", "liz", "sue", "pat", "jo", "sam", "dana", "taylor", "jordan", "casey", "morgan", "riley", "nina", "tina", "eva",
    };

    public static bool IsCommonWord(string token) => CommonWords.Contains(token);

    public static bool IsKnownFirstName(string token) => FirstNames.Contains(token);

    /// <summary>"I'm Sarah", "I'm Zanele Mbeki": a known first name, or two capitalised non-common words.</summary>
    public static bool LooksLikeSelfIntroduction(string first, string? last) =>
        !IsCommonWord(first) && (IsKnownFirstName(first) || (last is not null && !IsCommonWord(last)));

    public static bool LooksLikeName(string first) => !IsCommonWord(first);
}
