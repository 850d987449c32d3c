using System.Text.Json;

namespace CareDesk.Connectors.Meta;

internal static class MetaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
