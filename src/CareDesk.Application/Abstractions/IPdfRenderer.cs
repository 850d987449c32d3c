using CareDesk.Application.Printing;

namespace CareDesk.Application.Abstractions;

/// <summary>Lays a printable document out as a PDF (human-readable copies for inspectors, R30; the validation summary, R36).</summary>
public interface IPdfRenderer
{
    byte[] Render(PrintableDocument document);
}
