using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CareDesk.Application.Audit;

/// <summary>
/// Encrypts an audit entry's before/after JSON with AES-GCM under its owner's key; the entry stores, and the chain
/// hashes, only "enc:v1:{owner}:{nonce|tag|ciphertext}". Without the key the value reads as <see cref="Shredded"/>.
/// </summary>
public static class PersonalAuditValue
{
    public const string Shredded = "[personal data erased]";

    private const string Prefix = "enc:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public static string Seal(string json, Guid owner, byte[] key)
    {
        var plain = Encoding.UTF8.GetBytes(json);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        // The owner is bound as associated data, so a value cannot be moved under another owner's key.
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), owner.ToByteArray());
        return $"{Prefix}{owner:N}:{Convert.ToBase64String(sealedBytes)}";
    }

    public static bool TryGetOwner(string? value, out Guid owner)
    {
        owner = Guid.Empty;
        return value is not null && value.StartsWith(Prefix, StringComparison.Ordinal) && value.Length > Prefix.Length + 33
            && Guid.TryParseExact(value.AsSpan(Prefix.Length, 32), "N", out owner);
    }

    /// <summary>The plain JSON when the key is there, <see cref="Shredded"/> when it was deleted, the value itself when not encrypted.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Reveal(string? value, IReadOnlyDictionary<Guid, byte[]> keys)
    {
        if (!TryGetOwner(value, out var owner))
        {
            return value;
        }

        if (!keys.TryGetValue(owner, out var key))
        {
            return Shredded;
        }

        var sealedBytes = Convert.FromBase64String(value![(Prefix.Length + 33)..]);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, owner.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }

    public static IEnumerable<Guid> OwnersIn(IEnumerable<string?> values) =>
        values.Select(value => TryGetOwner(value, out var owner) ? owner : Guid.Empty).Where(owner => owner != Guid.Empty).Distinct();
}
