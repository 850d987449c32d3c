namespace CareDesk.Domain.Contacts;

/// <summary>What an identity's value is: a handle on a network, an e-mail address or a phone number.</summary>
public enum ContactIdentityKind
{
    Handle,
    Email,
    Phone,
}
