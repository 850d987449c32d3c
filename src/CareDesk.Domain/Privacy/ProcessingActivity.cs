namespace CareDesk.Domain.Privacy;

/// <summary>One line of the Art 30-style record of processing activities: a purpose with its lawful basis and Art 9 condition (R40).</summary>
public sealed record ProcessingActivity(ProcessingPurpose Purpose, string Name, string LawfulBasis, string HealthDataCondition, string DataCategories,
    string Retention);

/// <summary>The register of processing purposes and which purposes data collected for one may be reused for.</summary>
public static class ProcessingRegister
{
    public static IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(ProcessingPurpose.Pharmacovigilance, "PV",
            "Art 6(1)(c) legal obligation (GVP VI, CIR 520/2012)", "Art 9(2)(i) public health: safety of medicinal products",
            "reporter handle and contact, patient description, product, adverse event, source posts", "life of the product + 10 years (CIR 520/2012 Art 12)"),
        new(ProcessingPurpose.MedicalInformation, "MI",
            "Art 6(1)(f) legitimate interest in answering the request (per DPIA)", "Art 9(2)(a) explicit consent where health data is involved",
            "requester handle, question, answer", "per retention policy for non-AE cases"),
        new(ProcessingPurpose.CustomerCare, "care",
            "Art 6(1)(f) legitimate interest in answering the person", "none needed unless health data: then Art 9(2)(a) explicit consent",
            "handle, messages, replies", "per retention policy for non-AE cases"),
        new(ProcessingPurpose.FollowUpContact, "follow-up",
            "Art 6(1)(c) legal obligation (GVP VI follow-up); private contact only with consent", "Art 9(2)(i) public health",
            "contact channel and handle", "with the PV record"),
        new(ProcessingPurpose.Listening, "listening",
            "Art 6(1)(f) legitimate interest, de-identified and aggregated only", "Art 9(2)(a) explicit consent, or de-identified data only",
            "pseudonymised author id, topics, sentiment", "aggregates only"),
        new(ProcessingPurpose.Marketing, "marketing",
            "Art 6(1)(a) consent", "Art 9(2)(a) explicit consent, or de-identified data only",
            "handle, marketing preferences", "until consent is withdrawn"),
    ];

    public static ProcessingActivity Of(ProcessingPurpose purpose) => Activities.Single(activity => activity.Purpose == purpose);

    /// <summary>
    /// Data collected for PV (and its follow-up) is never reused for anything else (HIPAA 164.512(b), GDPR Art 5(1)(b));
    /// other data may go to marketing or listening only with the person's consent for that purpose.
    /// </summary>
    public static bool IsCompatible(ProcessingPurpose collectedFor, ProcessingPurpose usedFor, bool hasConsentForUse) =>
        collectedFor == usedFor
        || (collectedFor is not (ProcessingPurpose.Pharmacovigilance or ProcessingPurpose.FollowUpContact) && hasConsentForUse);
}
