namespace CareDesk.Connectors.Meta;

/// <summary>
/// A private conversation is (owned account, the person's page-scoped id). Webhooks and Graph polling name it the
/// same way so both land in one case.
/// </summary>
internal static class MessengerThread
{
    public static string Id(string account, string personId) => $"dm:{account}:{personId}";
}
