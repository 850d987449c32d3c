namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// The English translation of the event verbatim (E2B E.i.1.2, R17) and who made it: a person (<see cref="Translator"/> is the
/// user) or machine translation (<see cref="Translator"/> is the engine, <see cref="EngineVersion"/> its model id or version).
/// </summary>
public sealed record EventTranslation(string Text, bool ByMachine, string Translator, string? EngineVersion, DateTimeOffset At)
{
    public const int MaxTextLength = 250;
    public const int MaxTranslatorLength = 100;

    /// <summary>What the case history and the export say about it, e.g. "MT by deepl 2025-01".</summary>
    public string Label => ByMachine ? $"MT by {Translator} {EngineVersion}".TrimEnd() : $"human translation by {Translator}";
}
