using System.Text.Json;

namespace CareDesk.Classification.AdverseEvents.Model;

internal static class AeModelCardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(AeModelCard card) => JsonSerializer.Serialize(card, Options) + "\n";

    public static AeModelCard Read(string json) =>
        JsonSerializer.Deserialize<AeModelCard>(json, Options) ?? throw new InvalidDataException("empty model card");
}
