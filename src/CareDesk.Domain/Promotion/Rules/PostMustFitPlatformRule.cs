using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>R23(e): the whole post fits the platform's live character limit; if benefit and risk do not fit, the platform is not permitted.</summary>
public sealed class PostMustFitPlatformRule(string text, int characterLimit, bool reminder) : IUnprocessableRule
{
    public const string DoesNotFit = "benefit+risk does not fit – platform not permitted";

    public bool IsBroken() => text.Length > characterLimit;

    public string Message => reminder
        ? $"The reminder post has {text.Length} characters; the platform allows {characterLimit}."
        : DoesNotFit;

    public string? Field => "characterLimit";
}
