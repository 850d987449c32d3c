using System.Security.Cryptography;

namespace CareDesk.Infrastructure.Validation;

/// <summary>
/// Signs the validation summary with ECDSA P-256 over SHA-256, DER-encoded (RFC 3279), so an inspector can check it
/// with OpenSSL alone: <c>openssl dgst -sha256 -verify validation-signing-key.pub.pem -signature validation-summary.pdf.sig validation-summary.pdf</c>.
/// </summary>
public sealed class SummarySigner : IDisposable
{
    private readonly ECDsa _key;

    private SummarySigner(ECDsa key, bool isEphemeral)
    {
        _key = key;
        IsEphemeral = isEphemeral;
    }

    /// <summary>True when no release key was given: the signature still proves the files were not changed after signing, but not who signed.</summary>
    public bool IsEphemeral { get; }

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>SHA-256 of the public key (SubjectPublicKeyInfo DER), printed in the summary so the key can be checked against the one the vendor publishes.</summary>
    public string PublicKeyFingerprint => Convert.ToHexStringLower(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()));

    /// <summary>A PEM private key (PKCS#8 or SEC1 EC), e.g. made with <c>openssl ecparam -name prime256v1 -genkey -noout -out release-key.pem</c>.</summary>
    public static SummarySigner FromPem(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return new SummarySigner(key, isEphemeral: false);
    }

    public static SummarySigner Ephemeral() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), isEphemeral: true);

    public byte[] Sign(byte[] content) => _key.SignData(content, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public static bool Verify(byte[] content, byte[] signature, string publicKeyPem)
    {
        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(publicKeyPem);
        return publicKey.VerifyData(content, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    public void Dispose() => _key.Dispose();
}
