using System.Text.RegularExpressions;

using CareDesk.Classification.Products;

namespace CareDesk.Classification.Signals;

/// <summary>
/// Finds medical-information questions (R14, R20) and flags off-label ones (R21). A question is a sentence ending in "?"
/// or opened by a question cue ("can I", "wondering if", "anyone know"). It is medical information when it asks about
/// dosing, interactions, pregnancy or breastfeeding, storage, a missed dose, alcohol, side effects ("is it normal?") or
/// administration, and concerns a medicine (a configured product or a medication word). It is off-label when it asks
/// about using a configured product for a use outside its <see cref="ConfiguredProduct.ApprovedIndications"/>, for a
/// child younger than the youngest approved age, or says "off-label" itself. Off-label implies medical information.
/// </summary>
public sealed class QuestionDetector
{
    private readonly ProductMentionMatcher _products;

    public QuestionDetector(ProductConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _products = new ProductMentionMatcher(configuration.Products);
    }

    public QuestionFinding Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = _products.Find(text).ToList();
        QuestionFinding? medical = null;
        foreach (var (start, end) in QuestionSentences.Find(text))
        {
            var sentence = text[start..end];
            var product = ProductFor(sentence, start, mentions);
            var offLabel = product is null ? null : OffLabel(sentence, product.Value.Product, product.Value.End - start);
            if (offLabel is not null)
            {
                return new QuestionFinding(true, true, product!.Value.Product.Name, offLabel, sentence, start, end);
            }

            if (medical is null && IsMedicalInformation(sentence, product is not null || mentions.Count > 0))
            {
                medical = new QuestionFinding(true, false, product?.Product.Name, null, sentence, start, end);
            }
        }

        return medical ?? QuestionFinding.None;
    }

    private static bool IsMedicalInformation(string sentence, bool productMentioned)
    {
        if (!QuestionPatterns.MedicalTopic().IsMatch(sentence))
        {
            return false;
        }

        if (QuestionPatterns.GeneralInquiry().IsMatch(sentence) && !QuestionPatterns.MedicalTopic().Matches(sentence).Any(IsStrongTopic))
        {
            return false;
        }

        return productMentioned || QuestionPatterns.MedicationContext().IsMatch(sentence);
    }

    private static bool IsStrongTopic(Match match) =>
        !match.Value.StartsWith("store", StringComparison.OrdinalIgnoreCase) && !match.Value.StartsWith("dose", StringComparison.OrdinalIgnoreCase);

    /// <summary>The use asked about when it is off-label for the product, or null when the question is on-label or no use question.</summary>
    private static string? OffLabel(string sentence, ConfiguredProduct product, int productEnd)
    {
        if (Regex.IsMatch(sentence, @"\b(?:off[\s-]?label|unapproved\s+use|not\s+approved\s+for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout))
        {
            return AskedUse(sentence, Math.Max(0, productEnd)) ?? "off-label use";
        }

        if (!QuestionPatterns.UseVerb().IsMatch(sentence) && !sentence.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var use = AskedUse(sentence, Math.Max(0, productEnd));
        if (use is not null && !IndicationMatcher.IsApproved(use, product))
        {
            return use;
        }

        var child = PaediatricPopulation.FindChild(sentence);
        if (child is not null && child.Value.Age < PaediatricPopulation.YoungestApprovedAge(product) && QuestionPatterns.UseVerb().IsMatch(sentence))
        {
            return use ?? child.Value.Text;
        }

        return null;
    }

    private static string? AskedUse(string sentence, int from)
    {
        foreach (Match match in QuestionPatterns.AskedUse().Matches(sentence, Math.Min(from, sentence.Length)))
        {
            var raw = match.Groups["use"].Value;
            if (QuestionPatterns.NotAUse().IsMatch(raw) || PaediatricPopulation.FindChild(raw) is { Start: < 4 })
            {
                continue;
            }

            var use = QuestionPatterns.UseEnd().Replace(raw, string.Empty).Trim().TrimEnd('?', '!', '.', ' ');
            var words = use.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= 5 && IndicationMatcher.Stems(use).Count > 0)
            {
                return use;
            }
        }

        return null;
    }

    /// <summary>The product the question is about: one named in the sentence, else the nearest one named earlier when the sentence says "it".</summary>
    private static (ConfiguredProduct Product, int End)? ProductFor(string sentence, int sentenceStart, List<(ConfiguredProduct Product, int Start, int End)> mentions)
    {
        var inSentence = mentions.FindIndex(mention => mention.Start >= sentenceStart && mention.End <= sentenceStart + sentence.Length);
        if (inSentence >= 0)
        {
            return (mentions[inSentence].Product, mentions[inSentence].End);
        }

        var pronoun = QuestionPatterns.Pronoun().Match(sentence);
        var earlier = mentions.FindLastIndex(mention => mention.End <= sentenceStart);
        if (earlier < 0)
        {
            earlier = mentions.Count > 0 ? 0 : -1;
        }

        return pronoun.Success && earlier >= 0 ? (mentions[earlier].Product, sentenceStart + pronoun.Index + pronoun.Length) : null;
    }
}
