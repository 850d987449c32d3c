namespace CareDesk.Connectors.X;

/// <summary>Which token a call needs: X rejects app-only tokens for anything done on behalf of the brand account.</summary>
internal enum XCredential
{
    App,
    User,
}
