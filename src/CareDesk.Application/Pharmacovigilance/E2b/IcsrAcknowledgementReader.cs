using System.Xml;
using System.Xml.Linq;
using static CareDesk.Application.Pharmacovigilance.E2b.Hl7;

namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>Reads an E2B(R3) acknowledgement; anything that is not one is refused with a field-keyed validation error.</summary>
public static class IcsrAcknowledgementReader
{
    public static IcsrAcknowledgement Read(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException exception)
        {
            throw Common.ValidationFailedException.For("acknowledgement", $"Not well-formed XML: {exception.Message}");
        }

        var root = document.Root;
        if (root is null || root.Name != V3 + "MCCI_IN200101UV01")
        {
            throw Common.ValidationFailedException.For("acknowledgement", "Expected an E2B(R3) acknowledgement (MCCI_IN200101UV01 in urn:hl7-org:v3).");
        }

        var batchAck = root.Element(V3 + "acknowledgement");
        var messages = root.Elements(V3 + "MCCI_IN000002UV01").Select(message =>
        {
            var ack = message.Element(V3 + "acknowledgement");
            var target = ack?.Element(V3 + "targetMessage")?.Element(V3 + "id")?.Attribute("extension")?.Value ?? string.Empty;
            return new IcsrMessageAcknowledgement(
                target.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                message.Element(V3 + "id")?.Attribute("extension")?.Value,
                ack?.Attribute("typeCode")?.Value ?? string.Empty,
                ack?.Element(V3 + "acknowledgementDetail")?.Element(V3 + "text")?.Value);
        }).ToList();

        return new IcsrAcknowledgement(
            batchAck?.Element(V3 + "targetBatch")?.Element(V3 + "id")?.Attribute("extension")?.Value,
            batchAck?.Attribute("typeCode")?.Value ?? string.Empty,
            batchAck?.Element(V3 + "acknowledgementDetail")?.Element(V3 + "text")?.Value,
            messages);
    }
}
