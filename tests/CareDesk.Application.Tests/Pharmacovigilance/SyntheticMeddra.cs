using System.Globalization;
using CareDesk.Application.Pharmacovigilance.Meddra;
using CareDesk.Application.Tests.Infrastructure;

namespace CareDesk.Application.Tests.Pharmacovigilance;

/// <summary>
/// A tiny synthetic MedDRA release in the ASCII distribution format ("$"-separated, llt_currency in field 10). Made-up codes
/// and terms only: no real MedDRA content is shipped or copied (R11).
/// </summary>
internal static class SyntheticMeddra
{
    public const int SkinRash = 90000001;
    public const int ItchyRash = 90000002;
    public const int RashMacular = 90000003;
    public const int RashPt = 90001000;

    public static IReadOnlyDictionary<string, string> Release(string version, bool itchyRashCurrent = true) => new Dictionary<string, string>
    {
        [MeddraAsciiRelease.ReleaseFile] = $"{version}$English$$$$\n",
        [MeddraAsciiRelease.PtFile] = Line(RashPt, "Rash (synthetic)", "", "90009000") + Line(90001001, "Hospitalisation (synthetic)", "", "90009001"),
        [MeddraAsciiRelease.LltFile] =
            Llt(SkinRash, "Skin rash (synthetic)", RashPt, "Y") +
            Llt(ItchyRash, "Itchy rash (synthetic)", RashPt, itchyRashCurrent ? "Y" : "N") +
            Llt(RashMacular, "Rash macular (synthetic)", RashPt, "Y"),
    };

    public static Task<LoadMeddraReleaseResult> LoadMeddraAsync(this ApplicationTestHost host, string version, bool itchyRashCurrent = true)
    {
        host.Actor.SignInAs("sam", Domain.Users.UserRole.Supervisor);
        return host.RunAsync((LoadMeddraReleaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new LoadMeddraReleaseCommand(Release(version, itchyRashCurrent)), ct));
    }

    private static string Llt(int code, string name, int pt, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}${name}${pt}$$$$$$${currency}$$\r\n");

    private static string Line(int code, params string[] fields) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}${string.Join('$', fields)}$\n");
}
