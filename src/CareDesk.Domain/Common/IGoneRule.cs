namespace CareDesk.Domain.Common;

/// <summary>
/// A rule about a record that has reached a terminal state and is no longer available for use (R46, R49: an expired,
/// withdrawn or superseded template version): breaking it means the resource is gone (HTTP 410).
/// </summary>
public interface IGoneRule : IBusinessRule;
