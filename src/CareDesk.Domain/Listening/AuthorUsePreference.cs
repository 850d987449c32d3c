namespace CareDesk.Domain.Listening;

/// <summary>
/// R44: an author's request to limit the use of their sensitive personal information. Keyed by the author's
/// pseudonym only, so honouring the request stores no handle. Their posts are still screened (AE, PQC), but left out
/// of listening analytics from the moment the limit is set.
/// </summary>
public sealed class AuthorUsePreference
{
    public const int PseudonymLength = 32;

    private AuthorUsePreference()
    {
        AuthorPseudonym = string.Empty;
    }

    public Guid Id { get; private set; }

    public string AuthorPseudonym { get; private set; }

    public bool LimitSensitiveDataUse { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static AuthorUsePreference For(string authorPseudonym) => new() { Id = Guid.NewGuid(), AuthorPseudonym = authorPseudonym };

    /// <summary>Returns whether the flag changed.</summary>
    public bool Set(bool limit, DateTimeOffset at)
    {
        if (LimitSensitiveDataUse == limit && ChangedAt != default)
        {
            return false;
        }

        LimitSensitiveDataUse = limit;
        ChangedAt = at;
        return true;
    }
}
