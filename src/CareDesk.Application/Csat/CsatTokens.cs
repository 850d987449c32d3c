using System.Security.Cryptography;
using System.Text;

namespace CareDesk.Application.Csat;

/// <summary>256-bit random survey tokens; only their SHA-256 is stored, so a database copy cannot answer a survey.</summary>
public static class CsatTokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
