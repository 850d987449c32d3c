using System.Text.Json;

namespace CareDesk.Connectors.Email;

/// <summary>
/// Where the poll of one IMAP folder stands: UIDs only mean something within one UIDVALIDITY, so a changed
/// UIDVALIDITY (folder recreated, server migrated) starts the folder again from the first mail. That re-reads mails
/// already stored, which is safe because ingestion is idempotent on the Message-ID used as external id.
/// </summary>
internal sealed record EmailCheckpoint(uint UidValidity, uint LastUid)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EmailCheckpoint? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EmailCheckpoint>(text, Json);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The e-mail checkpoint '{text}' is not {{\"uidValidity\":..,\"lastUid\":..}}.", exception);
        }
    }

    /// <summary>The last UID already returned, or 0 (start of folder) when the checkpoint is missing or from another UIDVALIDITY.</summary>
    public static uint LastUidFor(EmailCheckpoint? checkpoint, uint uidValidity) =>
        checkpoint is not null && checkpoint.UidValidity == uidValidity ? checkpoint.LastUid : 0;

    public override string ToString() => JsonSerializer.Serialize(this, Json);
}
