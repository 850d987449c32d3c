namespace CareDesk.Classification.AdverseEvents.Model;

public enum SplitPart
{
    Train,
    Validation,
    Test,
}
