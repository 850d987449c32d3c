namespace CareDesk.Domain.Sla;

// TEMPORARY STUB: replaced by the real calendar arithmetic.
public sealed class BusinessCalendar
{
    private BusinessCalendar()
    {
        Code = string.Empty;
        Name = string.Empty;
        TimeZoneId = "UTC";
        WorkingDays = [];
        Holidays = [];
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string TimeZoneId { get; private set; }
    public TimeSpan OpensAt { get; private set; }
    public TimeSpan ClosesAt { get; private set; }
    public List<DayOfWeek> WorkingDays { get; private set; }
    public List<DateOnly> Holidays { get; private set; }
    public const int MaxCodeLength = 16;
    public const int MaxNameLength = 100;

    public static BusinessCalendar Create(string code, string name, string timeZoneId, TimeSpan opensAt, TimeSpan closesAt, IEnumerable<DayOfWeek> workingDays, IEnumerable<DateOnly> holidays) =>
        new() { Code = code, Name = name, TimeZoneId = timeZoneId, OpensAt = opensAt, ClosesAt = closesAt, WorkingDays = workingDays.ToList(), Holidays = holidays.ToList() };

    public static BusinessCalendar AlwaysOpen(string code, string name) => Create(code, name, "UTC", TimeSpan.Zero, TimeSpan.FromHours(24), Enum.GetValues<DayOfWeek>(), []);

    public void Update(string name, string timeZoneId, TimeSpan opensAt, TimeSpan closesAt, IEnumerable<DayOfWeek> workingDays, IEnumerable<DateOnly> holidays)
    {
        Name = name;
        TimeZoneId = timeZoneId;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        WorkingDays = workingDays.ToList();
        Holidays = holidays.ToList();
    }

    public bool IsBusinessTime(DateTimeOffset instant) => true;
    public DateTimeOffset NextBusinessMoment(DateTimeOffset instant) => instant;
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration) => start + duration;
    public DateTimeOffset AddBusinessDays(DateTimeOffset start, int days) => start.AddDays(days);
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to) => to > from ? to - from : TimeSpan.Zero;
}
