using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>The aggregate of the text signals, and a throughput print (not asserted) over hand-written posts.</summary>
public sealed class TextSignalAnalyzerTests
{
    private static readonly string[] Posts =
    [
        "Hi, my name is Sarah Connor 😀 I've been on DrugX 3 weeks, call me on +44 20 7946 0958",
        "@DrugXHelp the pen was cracked when it arrived 😡 lot 12345678, what now? https://t.co/abc",
        "As a pharmacist I see this interaction a lot: can patients take DrugX with ibuprofen?",
        "Tengo dolor de cabeza desde que tomo DrugX, ¿es normal? #DrugX",
        "My son takes Respira and the dose counter is stuck 😢 can he use it for his cough?",
        "Never felt better!!! Thank you DrugX team 🙏🎉",
    ];

    [Fact]
    public void Analyze_WhenPostHasEverySignal_ReturnsAllOfThem()
    {
        var signals = TextSignalAnalyzer.Analyze(Posts[0]);

        signals.Sentiment.Polarity.ShouldBe(SentimentPolarity.Positive);
        signals.Language.IsoCode.ShouldBe("en");
        signals.Pii.Select(mention => mention.Kind).ShouldBe([PiiKind.PersonName, PiiKind.Phone]);
        signals.ReporterRole.Kind.ShouldBe(ReporterKind.Patient);
    }

    [Fact]
    public void Analyze_WhenTextIsEmpty_ReturnsNeutralUndeterminedNothing()
    {
        var signals = TextSignalAnalyzer.Analyze(string.Empty);

        signals.ShouldBe(new TextSignals(Sentiment.Neutral, LanguageGuess.Unknown, signals.Pii, ReporterRole.Unknown));
        signals.Pii.ShouldBeEmpty();
    }

}
