namespace CareDesk.Domain.Cases;

/// <summary>An internal note on a case; never shown to the customer, never edited.</summary>
public sealed class CaseNote
{
    public const int MaxTextLength = 4000;

    private CaseNote()
    {
        Author = string.Empty;
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Author { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static CaseNote Write(Guid caseId, string author, string text, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Author = author, Text = text.Trim(), CreatedAt = at };
}
