namespace CareDesk.Application.LinkedRecords;

/// <summary>
/// One record a post produced, as the other queues see it (R14): its kind ("pv_intake", "product_complaint",
/// "medical_information_request"), the queue that owns it, its reference and what it is about.
/// </summary>
public sealed record LinkedRecordDto(string Kind, string Queue, string Reference, string Summary, bool IsDraft);

/// <summary>The records of one case, side by side: each names the others as its cross-references.</summary>
public sealed record LinkedRecordsDto(int CaseNumber, IReadOnlyList<LinkedRecordDto> Records);

/// <summary>A row of the Quality or Medical Information queue with the case's other records as cross-references.</summary>
public sealed record QueueItemDto(int CaseNumber, LinkedRecordDto Record, IReadOnlyList<LinkedRecordDto> CrossReferences);
