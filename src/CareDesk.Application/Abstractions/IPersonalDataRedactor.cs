namespace CareDesk.Application.Abstractions;

/// <summary>
/// Replaces the personal data a detector finds in free text (e-mail addresses, phone numbers, names, street addresses,
/// dates of birth) with placeholders; exports outside pharmacovigilance use it (R43d).
/// </summary>
public interface IPersonalDataRedactor
{
    string Redact(string text);
}
