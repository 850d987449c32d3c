using CareDesk.Domain.Common;

namespace CareDesk.Domain.Registration.Rules;

/// <summary>The server checks every shown field again, whatever the browser's script did (dynamic and conversational forms too).</summary>
public sealed class RegistrationAnswersMustBeValidRule(RegistrationForm form, IReadOnlyDictionary<string, string> answers) : IBusinessRule
{
    private IReadOnlyDictionary<string, string> Errors => form.Validate(answers);

    public bool IsBroken() => Errors.Count > 0;

    public string Message => string.Join(" ", Errors.Values);

    public string? Field => Errors.Keys.FirstOrDefault();
}
