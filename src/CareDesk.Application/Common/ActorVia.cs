namespace CareDesk.Application.Common;

public static class ActorVia
{
    public const string Ui = "ui";
    public const string Api = "api";
    public const string Cli = "cli";
    public const string System = "system";
}
