using System.Text.RegularExpressions;

namespace CareDesk.Web.Registration;

/// <summary>Form addresses; sign-in only ever returns to one of these, so it is never an open redirect.</summary>
public static partial class RegistrationAddresses
{
    public static string Form(string brand, string form) => $"/forms/{Uri.EscapeDataString(brand.ToLowerInvariant())}/{Uri.EscapeDataString(form.ToLowerInvariant())}";

    public static bool IsFormPath(string path) => FormPath().IsMatch(path);

    [GeneratedRegex("^/forms/[a-z0-9-]{1,100}/[a-z0-9-]{1,40}$")]
    private static partial Regex FormPath();
}
