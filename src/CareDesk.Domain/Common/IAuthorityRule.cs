namespace CareDesk.Domain.Common;

/// <summary>A rule about who may do something (R35 authority checks): breaking it is forbidden (HTTP 403).</summary>
public interface IAuthorityRule : IBusinessRule;
