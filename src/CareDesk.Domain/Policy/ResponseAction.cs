namespace CareDesk.Domain.Policy;

/// <summary>What the response matrix lets an agent do with a case, from most to least restrictive: RouteOnly, AcknowledgeAndMovePrivate, AnswerPublicly, Ignore.</summary>
public enum ResponseAction
{
    /// <summary>Answer in public with one of the row's templates.</summary>
    AnswerPublicly,

    /// <summary>Acknowledge in public (with one of the row's templates) and continue in a private channel.</summary>
    AcknowledgeAndMovePrivate,

    /// <summary>Never answer the question: route it (PV, MI, quality); only the row's redirect templates (e.g. the MI redirect) may go out.</summary>
    RouteOnly,

    /// <summary>No reply at all, for the recorded reason (spam, praise that needs no answer).</summary>
    Ignore,
}
