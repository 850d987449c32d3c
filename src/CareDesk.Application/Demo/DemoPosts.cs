namespace CareDesk.Application.Demo;

/// <summary>Demo conversations about the fictional brands Cardiozen and Respiro; written for CareDesk, not taken from any dataset.</summary>
public static class DemoPosts
{
    public static IReadOnlyList<DemoPost> All { get; } =
    [
        new("x-cardiozen-us", "x-1001", "@jamie_runs", "Started Cardiozen last week and I've had a pounding headache and dizziness every morning since. Is that normal?", TimeSpan.FromMinutes(50)),
        new("facebook-cardiozen-us", "fb-2001", "Maria Lopez", "Thank you Cardiozen team, my blood pressure is finally under control. Life changing!", TimeSpan.FromHours(3)),
        new("x-cardiozen-us", "x-1002", "@pharmfan", "Where can I find a Cardiozen savings card? My copay went up.", TimeSpan.FromHours(1)),
    ];
}
