using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;

namespace CareDesk.Application.Pharmacovigilance.Translation;

/// <summary>The default until an organisation plugs in an engine: machine translation is refused, human translation still works.</summary>
internal sealed class NoMachineTranslator : IMachineTranslator
{
    public bool IsConfigured => false;

    public Task<MachineTranslation> TranslateAsync(string text, string? sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
        throw ValidationFailedException.For("translation", "No machine translation engine is configured; enter a human translation instead.");
}
