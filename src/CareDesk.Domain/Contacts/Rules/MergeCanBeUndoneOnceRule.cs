using CareDesk.Domain.Common;

namespace CareDesk.Domain.Contacts.Rules;

public sealed class MergeCanBeUndoneOnceRule(ContactMerge merge) : ISequencingRule
{
    public bool IsBroken() => merge.UndoneAt is not null;

    public string Message => "This merge was already undone.";

    public string? Field => "merge";
}
