namespace CareDesk.Domain.Registration;

/// <summary>Shows a field only when an earlier field was answered with <see cref="EqualsValue"/> (case-insensitive).</summary>
public sealed record FieldCondition(string Field, string EqualsValue)
{
    public bool IsMetBy(IReadOnlyDictionary<string, string> answers) =>
        answers.TryGetValue(Field, out var answer) && string.Equals(answer.Trim(), EqualsValue, StringComparison.OrdinalIgnoreCase);
}
