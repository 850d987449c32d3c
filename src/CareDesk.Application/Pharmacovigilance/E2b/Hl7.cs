using System.Globalization;
using System.Xml.Linq;

namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>HL7 v3 names and the ICH E2B(R3) OIDs CareDesk writes, as in the FDA example instances.</summary>
internal static class Hl7
{
    public static readonly XNamespace V3 = "urn:hl7-org:v3";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public const string InteractionOid = "2.16.840.1.113883.1.6";
    public const string BatchNumberOid = "2.16.840.1.113883.3.989.2.1.3.22";
    public const string MessageNumberOid = "2.16.840.1.113883.3.989.2.1.3.1";
    public const string SafetyReportIdOid = "2.16.840.1.113883.3.989.2.1.3.1";
    public const string WorldwideCaseIdOid = "2.16.840.1.113883.3.989.2.1.3.2";
    public const string MessageSenderOid = "2.16.840.1.113883.3.989.2.1.3.11";
    public const string MessageReceiverOid = "2.16.840.1.113883.3.989.2.1.3.12";
    public const string BatchSenderOid = "2.16.840.1.113883.3.989.2.1.3.13";
    public const string BatchReceiverOid = "2.16.840.1.113883.3.989.2.1.3.14";
    public const string ObservationCodes = "2.16.840.1.113883.3.989.2.1.1.19";
    public const string CountryCodes = "1.0.3166.1.2.2";
    public const string MeddraOid = "2.16.840.1.113883.6.163";

    public static XElement El(string name, params object?[] content) => new(V3 + name, content);

    public static XAttribute At(string name, object value) => new(name, value);

    public static XAttribute XsiType(string type) => new(Xsi + "type", type);

    public static XElement Id(string root, string extension) => El("id", At("extension", extension), At("root", root));

    public static XElement Code(string code, string codeSystem, string? displayName = null) =>
        El("code", At("code", code), At("codeSystem", codeSystem), displayName is null ? null : At("displayName", displayName));

    /// <summary>E2B date/time: CCYYMMDDhhmmss with the UTC offset, as the FDA instances write it.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+0000";

    public static XElement Device(string typeCode, string root, string id) =>
        El(typeCode == "RCV" ? "receiver" : "sender", At("typeCode", typeCode),
            El("device", At("classCode", "DEV"), At("determinerCode", "INSTANCE"), Id(root, id)));

    public static XElement Boolean(bool value) =>
        value ? El("value", XsiType("BL"), At("value", "true")) : El("value", XsiType("BL"), At("nullFlavor", "NI"));
}
