using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDesk.Classification.AdverseEvents.Model;

internal static class AeModelCardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static string Write(AeModelCard card) => JsonSerializer.Serialize(card, Options) + "\n";

    public static AeModelCard Read(string json) =>
        JsonSerializer.Deserialize<AeModelCard>(json, Options) ?? throw new InvalidDataException("empty model card");
}
