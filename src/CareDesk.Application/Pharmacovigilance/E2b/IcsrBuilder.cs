using System.Xml.Linq;
using static CareDesk.Application.Pharmacovigilance.E2b.Hl7;

namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>
/// Writes one ICSR as an ICH E2B(R3) batch: <c>MCCI_IN200100UV01</c> wrapping one <c>PORR_IN049016UV</c>, with the
/// element paths and OIDs of FDA's example instances (see docs/decisions/ADR-012). Data element numbers are in comments.
/// </summary>
public static class IcsrBuilder
{
    /// <summary>The message as UTF-8 XML text with its declaration, as it is stored and downloaded.</summary>
    public static string Write(IcsrContent content)
    {
        var document = Build(content);
        return document.Declaration + Environment.NewLine + document.Root;
    }

    public static XDocument Build(IcsrContent content)
    {
        var created = Timestamp(content.CreatedAt);
        var message = El("PORR_IN049016UV",
            Id(MessageNumberOid, content.MessageId), // N.2.r.1
            El("creationTime", At("value", created)), // N.2.r.4
            El("interactionId", At("extension", "PORR_IN049016UV"), At("root", InteractionOid)),
            El("processingCode", At("code", "P")),
            El("processingModeCode", At("code", "T")),
            El("acceptAckCode", At("code", "AL")),
            Device("RCV", MessageReceiverOid, content.ReceiverId), // N.2.r.3
            Device("SND", MessageSenderOid, content.SenderId), // N.2.r.2
            El("controlActProcess", At("classCode", "CACT"), At("moodCode", "EVN"),
                Code("PORR_TE049016UV", "2.16.840.1.113883.1.18"),
                El("effectiveTime", At("value", created)),
                El("subject", At("typeCode", "SUBJ"), InvestigationEvent(content))));

        return new XDocument(new XDeclaration("1.0", "UTF-8", null),
            El("MCCI_IN200100UV01", new XAttribute(XNamespace.Xmlns + "xsi", Xsi), At("ITSVersion", "XML_1.0"),
                Id(BatchNumberOid, content.BatchId), // N.1.2
                El("creationTime", At("value", created)), // N.1.5
                El("responseModeCode", At("code", "D")),
                El("interactionId", At("extension", "MCCI_IN200100UV01"), At("root", InteractionOid)),
                El("name", At("code", "1"), At("displayName", "ichicsr"), At("codeSystem", "2.16.840.1.113883.3.989.2.1.1.1")), // N.1.1
                message,
                Device("RCV", BatchReceiverOid, content.ReceiverId), // N.1.4
                Device("SND", BatchSenderOid, content.SenderId))); // N.1.3
    }

    private static XElement InvestigationEvent(IcsrContent content) =>
        El("investigationEvent", At("classCode", "INVSTG"), At("moodCode", "EVN"),
            Id(SafetyReportIdOid, content.SafetyReportId), // C.1.1
            Id(WorldwideCaseIdOid, content.WorldwideCaseId), // C.1.8.1
            Code("PAT_ADV_EVNT", "2.16.840.1.113883.5.4"),
            El("text", content.Narrative), // H.1
            El("statusCode", At("code", "active")),
            El("effectiveTime", El("low", At("value", Timestamp(content.FirstReceivedAt)))), // C.1.4
            El("availabilityTime", At("value", Timestamp(content.MostRecentInformationAt))), // C.1.5
            El("component", At("typeCode", "COMP"), IcsrAssessment.Build(content)),
            El("component", At("typeCode", "COMP"),
                El("observationEvent", At("classCode", "OBS"), At("moodCode", "EVN"),
                    Code("23", ObservationCodes, "localCriteriaForExpedited"),
                    El("value", XsiType("BL"), At("value", content.Expedited ? "true" : "false")))), // C.1.7
            content.LinkedReportIds.Select(LinkedReport), // C.1.10.r
            PrimarySource(content),
            Sender(content),
            El("subjectOf2", At("typeCode", "SUBJ"),
                El("investigationCharacteristic", At("classCode", "OBS"), At("moodCode", "EVN"),
                    Code("1", "2.16.840.1.113883.3.989.2.1.1.23", "ICH ReportType"),
                    El("value", XsiType("CE"), At("code", (int)content.ReportType), At("codeSystem", "2.16.840.1.113883.3.989.2.1.1.2"))))); // C.1.3

    private static XElement LinkedReport(string reportId) =>
        El("outboundRelationship", At("typeCode", "SPRT"),
            El("relatedInvestigation", At("classCode", "INVSTG"), At("moodCode", "EVN"),
                El("code", At("nullFlavor", "NA")),
                El("subjectOf2", At("typeCode", "SUBJ"),
                    El("controlActEvent", At("classCode", "CACT"), At("moodCode", "EVN"), Id(WorldwideCaseIdOid, reportId)))));

    private static XElement PrimarySource(IcsrContent content) =>
        El("outboundRelationship", At("typeCode", "SPRT"),
            El("priorityNumber", At("value", "1")), // C.2.r.5
            El("relatedInvestigation", At("classCode", "INVSTG"), At("moodCode", "EVN"),
                Code("2", "2.16.840.1.113883.3.989.2.1.1.22", "sourceReport"),
                El("subjectOf2", At("typeCode", "SUBJ"),
                    El("controlActEvent", At("classCode", "CACT"), At("moodCode", "EVN"),
                        El("author", At("typeCode", "AUT"),
                            El("assignedEntity", At("classCode", "ASSIGNED"),
                                El("assignedPerson", At("classCode", "PSN"), At("determinerCode", "INSTANCE"),
                                    El("name", El("given", content.ReporterHandle)), // C.2.r.1.2
                                    El("asQualifiedEntity", At("classCode", "QUAL"),
                                        Code(((int)content.ReporterQualification).ToString(System.Globalization.CultureInfo.InvariantCulture),
                                            "2.16.840.1.113883.3.989.2.1.1.6")), // C.2.r.4
                                    El("asLocatedEntity", At("classCode", "LOCE"),
                                        El("location", At("classCode", "COUNTRY"), At("determinerCode", "INSTANCE"),
                                            Code(content.ReporterCountry, CountryCodes)))))))))); // C.2.r.3

    private static XElement Sender(IcsrContent content) =>
        El("subjectOf1", At("typeCode", "SUBJ"),
            El("controlActEvent", At("classCode", "CACT"), At("moodCode", "EVN"),
                El("author", At("typeCode", "AUT"),
                    El("assignedEntity", At("classCode", "ASSIGNED"),
                        El("code", At("code", "1"), At("codeSystem", "2.16.840.1.113883.3.989.2.1.1.7")), // C.3.1 pharmaceutical company
                        El("representedOrganization", At("classCode", "ORG"), At("determinerCode", "INSTANCE"),
                            El("assignedEntity", At("classCode", "ASSIGNED"),
                                El("representedOrganization", At("classCode", "ORG"), At("determinerCode", "INSTANCE"),
                                    El("name", content.SenderOrganisation)))))))); // C.3.2
}
