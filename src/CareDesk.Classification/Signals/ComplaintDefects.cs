namespace CareDesk.Classification.Signals;

/// <summary>The defect kinds <see cref="ComplaintDetector"/> reports, as snake_case names for the Quality queue.</summary>
public static class ComplaintDefects
{
    public const string DeviceDamage = "device_damage";
    public const string DeviceMalfunction = "device_malfunction";
    public const string WrongAppearance = "wrong_appearance";
    public const string TasteOrSmell = "taste_or_smell";
    public const string MissingUnits = "missing_units";
    public const string DamagedPackaging = "damaged_packaging";
    public const string Counterfeit = "counterfeit";
    public const string ExpiredOnArrival = "expired_on_arrival";
    public const string LotNumber = "lot_number";
}
