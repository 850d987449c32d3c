namespace CareDesk.Domain.Triage;

/// <summary>Queue priority; higher sorts first when due times tie.</summary>
public enum Priority
{
    Low = 1,
    Normal = 2,
    High = 3,
    Urgent = 4,
}
