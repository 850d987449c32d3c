using System.Text.RegularExpressions;

namespace CareDesk.Domain.Contacts;

/// <summary>
/// One way to reach or recognise a person: a channel (a network such as "x", or "email", "phone") and a handle, e-mail
/// or phone number on it. Values are stored normalised, so "@Jane" and "jane" on X are the same identity.
/// </summary>
public sealed partial class ContactIdentity
{
    public const int MaxChannelLength = 64;
    public const int MaxValueLength = 200;

    /// <summary>What an erased identity's value starts with (R42).</summary>
    public const string PseudonymPrefix = "erased:";

    private ContactIdentity()
    {
        Channel = Value = Source = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProfileId { get; private set; }

    public string Channel { get; private set; }

    public ContactIdentityKind Kind { get; private set; }

    public string Value { get; private set; }

    /// <summary>"ingest" for an author seen on a post, or the user who added it.</summary>
    public string Source { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>E-mail and phone are the same person's across channels only on a person's word: they propose a match, never merge.</summary>
    public bool IsContactPoint => Kind is ContactIdentityKind.Email or ContactIdentityKind.Phone;

    public static ContactIdentity Add(Guid profileId, string channel, ContactIdentityKind kind, string value, string source, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        ProfileId = profileId,
        Channel = channel.Trim().ToLowerInvariant(),
        Kind = kind,
        Value = Normalise(kind, value),
        Source = source,
        AddedAt = at,
    };

    /// <summary>What a post's author string is: an e-mail address (an inbox), a phone number (SMS, WhatsApp) or a handle.</summary>
    public static ContactIdentityKind KindOfAuthor(string author) =>
        EmailPattern().IsMatch(author.Trim()) ? ContactIdentityKind.Email
        : PhonePattern().IsMatch(author.Trim()) ? ContactIdentityKind.Phone
        : ContactIdentityKind.Handle;

    public static string Normalise(ContactIdentityKind kind, string value) => kind switch
    {
        ContactIdentityKind.Phone => "+" + new string([.. value.Where(char.IsAsciiDigit)]),
        ContactIdentityKind.Email => value.Trim().ToLowerInvariant(),
        ContactIdentityKind.Handle => value.Trim().TrimStart('@').ToLowerInvariant(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool IsValid(ContactIdentityKind kind, string value) => kind switch
    {
        ContactIdentityKind.Email => EmailPattern().IsMatch(value.Trim()),
        ContactIdentityKind.Phone => PhonePattern().IsMatch(value.Trim()),
        _ => value.Trim().TrimStart('@').Length > 0,
    };

    /// <summary>
    /// A data-subject erasure (R42) replaces the handle, e-mail or phone with a pseudonym unique to this identity, so the
    /// profile's links to retained PV cases keep their shape but no longer name the person.
    /// </summary>
    public void Pseudonymise()
    {
        Value = PseudonymPrefix + Id.ToString("N");
        Source = PseudonymPrefix.TrimEnd(':');
    }

    /// <summary>Merging and unmerging move identities between profiles; the identity itself never changes.</summary>
    public void MoveTo(Guid profileId) => ProfileId = profileId;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{6,}$")]
    private static partial Regex PhonePattern();
}
