using System.Text;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Conversations.Rules;

public sealed class PostTextMustFitRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text) || Encoding.UTF8.GetByteCount(text) > Post.MaxTextBytes;

    public string Message => string.IsNullOrWhiteSpace(text)
        ? "The post text is empty."
        : $"The post text is {Encoding.UTF8.GetByteCount(text)} bytes; the limit is {Post.MaxTextBytes} bytes (64 KB).";

    public string? Field => "text";
}
