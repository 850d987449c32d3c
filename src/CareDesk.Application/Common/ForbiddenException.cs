namespace CareDesk.Application.Common;

/// <summary>The actor's role does not allow this; checked in the use case, not only in the UI.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
