using System.Text.RegularExpressions;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Channels.Rules;

public sealed partial class ChannelKeyMustBeValidRule(string key) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(key) || key.Length > Channel.MaxKeyLength || !KeyPattern().IsMatch(key);

    public string Message => $"Channel key '{key}' must be 1-{Channel.MaxKeyLength} characters of lower-case letters, digits and dashes.";

    public string? Field => "key";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex KeyPattern();
}
