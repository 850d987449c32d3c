namespace CareDesk.Domain.Templates;

/// <summary>A placeholder an approved template declares, written in the body as {{name}}.</summary>
public sealed record TemplateVariable(string Name, TemplateVariableKind Kind, bool Required = true);
