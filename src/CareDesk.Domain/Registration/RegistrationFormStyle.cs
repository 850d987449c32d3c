namespace CareDesk.Domain.Registration;

/// <summary>How the form is presented; the answers, validation and storage are the same for every style.</summary>
public enum RegistrationFormStyle
{
    /// <summary>Every field on one page.</summary>
    Static,

    /// <summary>One page; fields with a <see cref="FieldCondition"/> appear once an earlier answer calls for them.</summary>
    Dynamic,

    /// <summary>One question at a time, like a chat; skipped questions are the ones whose condition is not met.</summary>
    Conversational,
}
