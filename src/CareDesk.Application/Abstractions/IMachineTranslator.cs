namespace CareDesk.Application.Abstractions;

/// <summary>
/// The translation port (R17): a machine translation engine that turns an event verbatim into English. Human translation
/// needs no engine and works offline; without a configured engine <see cref="IsConfigured"/> is false.
/// </summary>
public interface IMachineTranslator
{
    bool IsConfigured { get; }

    /// <param name="sourceLanguage">ISO 639-2 code when known; null lets the engine detect it.</param>
    Task<MachineTranslation> TranslateAsync(string text, string? sourceLanguage, string targetLanguage, CancellationToken cancellationToken);
}

/// <summary>An engine's answer: the text, the ISO 639-2 source language it used or detected, and the engine with its model id or version.</summary>
public sealed record MachineTranslation(string Text, string SourceLanguage, string Engine, string EngineVersion);
