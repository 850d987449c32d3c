using System.Globalization;
using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Templates;

/// <summary>A template rendered as it will appear on one channel, with its length against the network's limit (R52).</summary>
public sealed record ChannelPreview(ChannelKind Channel, string Text, int Characters, int Limit)
{
    public bool OverLimit => Characters > Limit;

    /// <summary>What the network would show before cutting the text off: the first <see cref="Limit"/> characters.</summary>
    public string VisiblePart => OverLimit ? TextElements(Text, Limit) : Text;

    /// <summary>Renders the body with a worst-case-realistic sample for every variable, for each channel the template allows.</summary>
    public static IReadOnlyList<ChannelPreview> For(ResponseTemplate template)
    {
        var sample = template.Variables.ToDictionary(variable => variable.Name, variable => SampleValue(variable.Kind));
        var text = template.Fill(sample);
        var channels = template.ChannelKinds.Count > 0 ? template.ChannelKinds : Enum.GetValues<ChannelKind>().ToList();
        var characters = new StringInfo(text).LengthInTextElements;
        return channels.Select(channel => new ChannelPreview(channel, text, characters, ChannelCharacterLimits.For(channel))).ToList();
    }

    public static string SampleValue(TemplateVariableKind kind) => kind switch
    {
        TemplateVariableKind.FirstName => "Alexandra",
        TemplateVariableKind.Handle => "@example_patient",
        TemplateVariableKind.CaseNumber => "1234567",
        TemplateVariableKind.Url => "https://medinfo.example.com/contact",
        TemplateVariableKind.PhoneNumber => "+1 800 555 0100",
        TemplateVariableKind.CouponCode => Roi.CouponCode.WithCheckCharacter("K7MQ3XPART9"),
    };

    private static string TextElements(string text, int count) => new StringInfo(text).SubstringByTextElements(0, count);
}
