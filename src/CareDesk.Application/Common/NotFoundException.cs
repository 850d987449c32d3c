namespace CareDesk.Application.Common;

public sealed class NotFoundException(string what, object key) : Exception($"{what} '{key}' was not found.");
