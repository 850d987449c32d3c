using System.Globalization;

namespace CareDesk.Domain.Tests;

/// <summary>Runs a block under another current culture and restores the previous one on dispose.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

    public CultureScope(string name) => CultureInfo.CurrentCulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
}
