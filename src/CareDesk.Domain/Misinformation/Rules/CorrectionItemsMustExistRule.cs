using CareDesk.Domain.Common;

namespace CareDesk.Domain.Misinformation.Rules;

public sealed class CorrectionItemsMustExistRule(IReadOnlyList<MisinformationItem> items, IReadOnlyCollection<int> numbers) : IBusinessRule
{
    public bool IsBroken() => numbers.Any(number => items.All(item => item.Number != number));

    public string Message => $"Unknown misinformation item: use numbers 1 to {items.Count}.";

    public string? Field => "items";
}
