using System.Security.Cryptography;
using System.Text;

namespace CareDesk.Connectors.Meta.Webhooks;

/// <summary>X-Hub-Signature-256: "sha256=" + lower-case hex HMAC-SHA256(app secret, the exact bytes Meta sent).</summary>
internal static class MetaSignature
{
    private const string Prefix = "sha256=";

    public static string Sign(string appSecret, ReadOnlySpan<byte> rawBody) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody));

    public static bool IsValid(string? appSecret, ReadOnlySpan<byte> rawBody, string? header)
    {
        // No secret configured means nothing can be trusted: fail closed.
        if (string.IsNullOrEmpty(appSecret) || header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hex = header.AsSpan(Prefix.Length).Trim();
        if (hex.Length != 64)
        {
            return false;
        }

        Span<byte> claimed = stackalloc byte[32];
        if (Convert.FromHexString(hex, claimed, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }
}
