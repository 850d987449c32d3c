using System.Security.Cryptography;
using System.Text;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Listening;

/// <summary>
/// Keyed hashes (HMAC-SHA256) for analytics and ingestion logs (R43): the same author on the same network always gets
/// the same pseudonym, but without the key the handle cannot be recovered or guessed by hashing candidate names.
/// </summary>
public sealed class AuthorPseudonyms(IOptions<ListeningOptions> options)
{
    /// <summary>The author's pseudonym on a network; handle case and an "@" do not matter.</summary>
    public string Of(ChannelKind network, string handle) =>
        Hash($"author:{network}:{handle.Trim().TrimStart('@').ToLowerInvariant()}")[..Domain.Listening.AuthorUsePreference.PseudonymLength];

    /// <summary>The id under which a discarded listening item is logged.</summary>
    public string OfItem(string channelKey, string externalId) => Hash($"item:{channelKey}:{externalId.Trim()}");

    private string Hash(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.PseudonymKey), Encoding.UTF8.GetBytes(value)));
}
