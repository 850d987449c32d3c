namespace CareDesk.Domain.Policy;

public enum ResponseMatrixStatus
{
    Draft,
    Approved,
    Superseded,
}
