namespace CareDesk.Domain.Channels;

/// <summary>A product brand whose team owns channels and answers on them.</summary>
public sealed class Brand
{
    public const int MaxNameLength = 100;

    private Brand()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public const int MaxLabelVersionLength = 50;

    /// <summary>The current approved labelling (USPI/SmPC) version whose safety wording templates must follow (R51).</summary>
    public string? LabelVersion { get; private set; }

    /// <summary>Records a new label version; returns the previous one. Templates on the old wording must then be withdrawn.</summary>
    public string? ChangeLabel(string labelVersion)
    {
        Common.BusinessRules.Check(new Templates.Rules.TemplateFieldMustFitRule("labelVersion", labelVersion, MaxLabelVersionLength));
        var previous = LabelVersion;
        LabelVersion = labelVersion.Trim();
        return previous;
    }

    public static Brand Create(string name) => new() { Id = Guid.NewGuid(), Name = name.Trim() };
}
