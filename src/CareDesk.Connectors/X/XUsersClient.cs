using System.Collections.Concurrent;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>An X account as CareDesk needs it: the numeric id the API works with, the handle and the display name.</summary>
public sealed record XAccount(string Id, string Username, string? Name)
{
    public string Handle => "@" + Username;
}

/// <summary>User lookup (GET /2/users/by/username/:username, GET /2/users/me) with a per-process cache of handle → id.</summary>
internal sealed class XUsersClient(XApiClient client, XAccountCache byHandle)
{
    private const string UserFields = "user.fields=username,name,created_at,pinned_tweet_id";

    /// <summary>Looks a handle up; a handle X does not know (200 with a resource-not-found error) throws with X's detail.</summary>
    public async Task<XAccount> GetByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var handle = username.TrimStart('@');
        if (byHandle.TryGetValue(handle, out var cached))
        {
            return cached;
        }

        var request = new XRequest(HttpMethod.Get, "GET /2/users/by/username/:username", $"2/users/by/username/{Uri.EscapeDataString(handle)}?{UserFields}", XCredential.App);
        var account = await ReadAsync(request, cancellationToken);
        byHandle[handle] = account;
        return account;
    }

    /// <summary>The account the user-context token belongs to (the brand account that replies and sends DMs).</summary>
    public Task<XAccount> GetMeAsync(CancellationToken cancellationToken) =>
        ReadAsync(new XRequest(HttpMethod.Get, "GET /2/users/me", $"2/users/me?{UserFields}", XCredential.User), cancellationToken);

    /// <summary>The numeric id for an owned account given as id or handle.</summary>
    public async Task<string> ResolveIdAsync(string accountId, CancellationToken cancellationToken) =>
        accountId.All(char.IsAsciiDigit) ? accountId : (await GetByUsernameAsync(accountId, cancellationToken)).Id;

    private async Task<XAccount> ReadAsync(XRequest request, CancellationToken cancellationToken)
    {
        var response = await client.SendAsync(request, XJsonContext.Default.XItemResponseXUser, cancellationToken);
        if (response.Body.Data is { Username: { } username } user)
        {
            return new XAccount(user.Id, username, user.Name);
        }

        var reason = response.Body.Errors?.FirstOrDefault()?.Describe() ?? "no user in the answer";
        throw new XInvalidRequestException($"X could not return the account for {request.Describe()}: {reason}", 200);
    }
}

/// <summary>Handle → account, kept for the process (singleton): an owned handle's id does not change.</summary>
internal sealed class XAccountCache() : ConcurrentDictionary<string, XAccount>(StringComparer.OrdinalIgnoreCase);
