namespace CareDesk.Domain.Common;

/// <summary>
/// A rule about where a valid record may be used (R25: a template outside its approved market or audience): the request is
/// well-formed and in sequence but cannot be carried out for this target (HTTP 422).
/// </summary>
public interface IUnprocessableRule : IBusinessRule;
