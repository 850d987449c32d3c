using System.Globalization;
using CareDesk.Application.Common;

namespace CareDesk.Application.Pharmacovigilance.Meddra;

/// <summary>One LLT row as read from llt.asc, with its PT name from pt.asc.</summary>
public sealed record MeddraAsciiTerm(int LltCode, string LltName, int PtCode, string PtName, bool IsCurrent);

/// <summary>
/// Reads the MedDRA distribution's ASCII files, "$"-separated with a trailing "$": meddra_release.asc (version$language$...),
/// llt.asc (llt_code$llt_name$pt_code$ ... llt_currency (10th field)$...) and pt.asc (pt_code$pt_name$...). The files are the
/// customer's licensed release; CareDesk ships none (R11).
/// </summary>
public static class MeddraAsciiRelease
{
    public const string ReleaseFile = "meddra_release.asc";
    public const string LltFile = "llt.asc";
    public const string PtFile = "pt.asc";
    private const int LltCurrencyField = 9;

    public static (string Version, string Language, List<MeddraAsciiTerm> Terms) Parse(IReadOnlyDictionary<string, string> files)
    {
        var validation = new Validation();
        foreach (var name in new[] { ReleaseFile, LltFile, PtFile })
        {
            if (!files.TryGetValue(name, out var content) || string.IsNullOrWhiteSpace(content))
            {
                validation.Add(name, $"The release needs {name} from the MedDRA ASCII distribution.");
            }
        }

        validation.ThrowIfInvalid();
        var release = Fields(Lines(files[ReleaseFile]).First());
        var version = release[0].Trim();
        if (version.Length is 0 or > Domain.Pharmacovigilance.Meddra.MeddraRelease.MaxVersionLength)
        {
            throw ValidationFailedException.For(ReleaseFile, "The first field of meddra_release.asc must be the MedDRA version, e.g. 26.1.");
        }

        var pts = new Dictionary<int, string>();
        foreach (var (line, number) in Lines(files[PtFile]).Select((line, index) => (line, index + 1)))
        {
            var fields = Fields(line);
            pts[Code(fields, 0, PtFile, number)] = fields.Length > 1 ? fields[1] : string.Empty;
        }

        var terms = new List<MeddraAsciiTerm>();
        foreach (var (line, number) in Lines(files[LltFile]).Select((line, index) => (line, index + 1)))
        {
            var fields = Fields(line);
            if (fields.Length < 3)
            {
                throw ValidationFailedException.For(LltFile, $"line {number}: expected llt_code$llt_name$pt_code$...");
            }

            var ptCode = Code(fields, 2, LltFile, number);
            var current = fields.Length <= LltCurrencyField || !string.Equals(fields[LltCurrencyField].Trim(), "N", StringComparison.OrdinalIgnoreCase);
            terms.Add(new MeddraAsciiTerm(Code(fields, 0, LltFile, number), fields[1].Trim(), ptCode, pts.GetValueOrDefault(ptCode, string.Empty).Trim(), current));
        }

        return (version, release.Length > 1 ? release[1].Trim() : string.Empty, terms);
    }

    private static IEnumerable<string> Lines(string content) =>
        content.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0);

    private static string[] Fields(string line) => line.Split('$');

    private static int Code(string[] fields, int index, string file, int line) =>
        int.TryParse(fields[index].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : throw ValidationFailedException.For(file, $"line {line}: field {index + 1} must be a MedDRA code.");
}
