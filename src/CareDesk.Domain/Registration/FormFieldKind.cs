namespace CareDesk.Domain.Registration;

public enum FormFieldKind
{
    Text,
    Email,
    Choice,
    Date,
}
