using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareDesk.Web.Tests.Registration;

/// <summary>Ways an id token can be forged between the provider and CareDesk; each must make CareDesk refuse the sign-in.</summary>
public static class ForgedIdTokens
{
    /// <summary>The payload edited (another e-mail) under the provider's original signature.</summary>
    public static string WithEditedPayload(string token)
    {
        var parts = token.Split('.');
        var payload = Payload(token);
        payload["email"] = "mallory@example.com";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>Unchanged claims, signed by a key the provider never published, under the provider's key id.</summary>
    public static string SignedWithAnotherKey(string token)
    {
        var kid = new JsonWebToken(token).Kid;
        var stranger = new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid };
        return new JsonWebTokenHandler().CreateToken(Payload(token).ToJsonString(), new SigningCredentials(stranger, SecurityAlgorithms.RsaSha256));
    }

    /// <summary>Correctly signed with the provider's own key, but naming another issuer.</summary>
    public static Func<string, string> FromAnotherIssuer(SigningCredentials providerKey) => token =>
    {
        var payload = Payload(token);
        payload["iss"] = "https://login.evil.example/";
        return new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), providerKey);
    };

    public static async Task<bool> HasValidSignatureAsync(string token, SigningCredentials providerKey) =>
        (await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = providerKey.Key,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        })).IsValid;

    private static JsonObject Payload(string token) => JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]))!.AsObject();
}
