namespace CareDesk.Domain.Common;

/// <summary>A rule about the permitted order of steps (R35, R46): breaking it is a conflict with the record's state (HTTP 409).</summary>
public interface ISequencingRule : IBusinessRule;
