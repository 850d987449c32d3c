namespace CareDesk.Domain.Registration;

/// <summary>One question of a registration form. <see cref="Name"/> is the answer's key; <see cref="Label"/> is what the person reads.</summary>
public sealed record FormField(string Name, string Label, FormFieldKind Kind, bool Required = false, IReadOnlyList<string>? Options = null,
    FieldCondition? ShowWhen = null, int MaxLength = FormField.DefaultMaxLength)
{
    public const int DefaultMaxLength = 200;
    public const int MaxNameLength = 40;
    public const int MaxLabelLength = 300;

    public IReadOnlyList<string> Choices => Options ?? [];
}
