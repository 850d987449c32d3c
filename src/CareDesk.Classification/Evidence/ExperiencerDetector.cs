namespace CareDesk.Classification.Evidence;

/// <summary>
/// Finds whose experience a post describes: a possessive and a person ("my mom", "my 5yo", "my 5 year old son")
/// gives a known other patient unless the poster also speaks of themself without a third person in view;
/// first-person words give the poster; otherwise the post is a general statement.
/// </summary>
public sealed class ExperiencerDetector
{
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "my", "our" };

    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "mom", "mum", "mother", "mommy", "mama", "dad", "father", "daddy", "papa", "son", "daughter", "wife", "husband",
        "hubby", "kid", "kids", "child", "children", "baby", "babies", "toddler", "infant", "newborn", "boy", "girl",
        "brother", "sister", "bro", "sis", "friend", "bestie", "patient", "patients", "grandma", "grandmother", "granny",
        "nan", "nana", "grandpa", "grandfather", "grandad", "granddad", "grandson", "granddaughter", "aunt", "auntie",
        "uncle", "cousin", "niece", "nephew", "partner", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee",
        "stepson", "stepdaughter", "stepmom", "stepdad", "roommate", "flatmate", "client", "teen", "teenager",
        "neighbor", "neighbour", "coworker", "colleague", "spouse", "twins", "parents", "parent", "sibling", "lo",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "little", "baby", "older", "younger", "elderly", "old", "best", "oldest", "youngest", "eldest", "teenage",
        "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "elder", "big", "dear", "poor", "sweet",
    };

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "i'm", "im", "i've", "ive", "i'd", "i'll",
    };

    private static readonly HashSet<string> SelfSubjects = new(StringComparer.Ordinal)
    {
        "i", "me", "myself", "i'm", "im", "i've", "ive", "i'd", "i'll",
    };

    private static readonly HashSet<string> ThirdPerson = new(StringComparer.Ordinal)
    {
        "she", "he", "her", "his", "him", "they", "them", "their", "she's", "he's", "they're", "hers",
    };

    private static readonly PhraseList GeneralCues = new(
        "can cause", "may cause", "might cause", "could cause", "causes", "known to cause", "people on", "people taking",
        "people who take", "anyone", "anybody", "everyone", "patients on", "if you", "you may", "you might", "you can",
        "some people", "side effects include", "side effects of", "risk of", "linked to");

    public ExperiencerFinding Detect(string text) => Detect(TokenizedText.Create(text));

    internal ExperiencerFinding Detect(TokenizedText text)
    {
        var other = FindKnownOther(text);
        var tokens = text.Tokens;
        var selfIndex = -1;
        var selfSubjectOutsideOther = false;
        var thirdPerson = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Norm;
            var insideOther = other is { } o && i >= o.First && i <= o.Last;
            if (selfIndex < 0 && !insideOther && FirstPerson.Contains(word))
            {
                selfIndex = i;
            }

            selfSubjectOutsideOther |= !insideOther && SelfSubjects.Contains(word);
            thirdPerson |= ThirdPerson.Contains(word);
        }

        if (other is { } found && (thirdPerson || !selfSubjectOutsideOther))
        {
            var start = tokens[found.First].Start;
            var end = found.End;
            return new ExperiencerFinding(Experiencer.KnownOther, text.Text[start..end], start, end);
        }

        if (selfIndex >= 0)
        {
            var pronoun = tokens[selfIndex];
            return new ExperiencerFinding(Experiencer.Self, text.Text[pronoun.Start..pronoun.End], pronoun.Start, pronoun.End);
        }

        if (other is { } fallback)
        {
            var start = tokens[fallback.First].Start;
            return new ExperiencerFinding(Experiencer.KnownOther, text.Text[start..fallback.End], start, fallback.End);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var length = GeneralCues.StartingAt(text, i);
            if (length > 0)
            {
                var start = tokens[i].Start;
                var end = tokens[i + length - 1].End;
                return new ExperiencerFinding(Experiencer.General, text.Text[start..end], start, end);
            }
        }

        return new ExperiencerFinding(Experiencer.General, null, null, null);
    }

    private static OtherPerson? FindKnownOther(TokenizedText text)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if (!Possessives.Contains(tokens[i].Norm))
            {
                continue;
            }

            for (var k = i + 1; k < Math.Min(tokens.Length, i + 5); k++)
            {
                var word = tokens[k].Norm;
                if (People.Contains(word) || IsAgeNoun(word) || IsYearsOld(text, k))
                {
                    if (k + 1 < tokens.Length && People.Contains(tokens[k + 1].Norm))
                    {
                        k++;
                    }

                    return new OtherPerson(i, k, ExtendWithBracketedAge(text, tokens[k].End));
                }

                if (!Modifiers.Contains(word) && !IsNumber(word))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>"my mum (72)": the bracketed age belongs to the patient description.</summary>
    private static int ExtendWithBracketedAge(TokenizedText text, int end)
    {
        var s = text.Text;
        var i = end;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        if (i >= s.Length || s[i] != '(')
        {
            return end;
        }

        var close = s.IndexOf(')', i);
        return close > i + 1 && close - i <= 12 && s.AsSpan(i + 1, close - i - 1).ContainsAnyInRange('0', '9') ? close + 1 : end;
    }

    /// <summary>"5yo", "3yr", "10mo", "2yo's".</summary>
    private static bool IsAgeNoun(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits > 0 && word[digits..] is "yo" or "y" or "yr" or "yro" or "yrs" or "mo" or "m" or "yo's" or "month" or "week";
    }

    /// <summary>"my 5 year old": "old" after a unit of age names the child.</summary>
    private static bool IsYearsOld(TokenizedText text, int index) =>
        text.Tokens[index].Norm == "old" && index > 0 && text.Tokens[index - 1].Norm is "year" or "years" or "yr" or "yrs" or "month" or "months";

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);

    private readonly record struct OtherPerson(int First, int Last, int End);
}
