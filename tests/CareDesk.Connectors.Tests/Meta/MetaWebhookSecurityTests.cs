using System.Text;
using CareDesk.Connectors.Meta;
using CareDesk.Connectors.Meta.Webhooks;
using CareDesk.Connectors.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>The GET handshake and X-Hub-Signature-256: a forged delivery must never reach the parser.</summary>
public sealed class MetaWebhookSecurityTests
{
    private static MetaWebhookConnector Connector(string? secret = "secret", string? verifyToken = "caredesk-verify") =>
        new(Options.Create(new MetaOptions { AppSecret = secret, VerifyToken = verifyToken }));

    [Fact]
    public void Signature_matches_the_published_test_vector()
    {
        var header = "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914";

        Connector().IsSignatureValid("test"u8, header).ShouldBeTrue();
        Connector().IsSignatureValid("test"u8, header.ToUpperInvariant().Replace("SHA256=", "sha256=", StringComparison.Ordinal)).ShouldBeTrue();
        MetaSignature.Sign("secret", "test"u8).ShouldBe(header);
    }

    [Theory]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/feed-comment-add-211.json")]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/messaging-message-basic.json")]
    [InlineData("instagram/webhooks/restfb__restfb/instagram/wh-comments-2021.json")]
    public void Signature_is_checked_on_the_exact_fixture_bytes_and_one_changed_byte_fails(string fixture)
    {
        var body = SocialFixtures.Bytes(fixture);
        var header = MetaSignature.Sign("app-secret-under-test", body);
        var connector = Connector("app-secret-under-test");

        connector.IsSignatureValid(body, header).ShouldBeTrue();

        var tampered = (byte[])body.Clone();
        var at = Encoding.UTF8.GetString(body).IndexOf("\"id\"", StringComparison.Ordinal) + 1;
        tampered[at] = (byte)'I';
        connector.IsSignatureValid(tampered, header).ShouldBeFalse();

        // Re-serialising the JSON (whitespace gone) changes the bytes Meta signed: only the raw body verifies.
        var reserialised = Encoding.UTF8.GetBytes(SocialFixtures.Json(fixture).ToJsonString());
        connector.IsSignatureValid(reserialised, header).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=0329a06b62cd16b33eb6792be8c60b158d89a2ee")]
    [InlineData("sha256=not-hex")]
    [InlineData("sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c09")]
    [InlineData("0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")]
    public void Missing_legacy_or_malformed_signatures_are_rejected(string? header) =>
        Connector().IsSignatureValid("test"u8, header).ShouldBeFalse();

    [Fact]
    public void Without_a_configured_app_secret_every_delivery_is_rejected() =>
        Connector(secret: null).IsSignatureValid("test"u8, "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914").ShouldBeFalse();

    [Fact]
    public void Handshake_with_the_configured_verify_token_answers_the_challenge_as_plain_text()
    {
        var answer = Connector().AnswerChallenge(new Dictionary<string, string>
        {
            ["hub.mode"] = "subscribe",
            ["hub.verify_token"] = "caredesk-verify",
            ["hub.challenge"] = "1158201444",
        });

        answer.ShouldNotBeNull();
        answer.ContentType.ShouldBe("text/plain");
        answer.Body.ShouldBe("1158201444");
    }

    [Theory]
    [InlineData("subscribe", "wrong-token", "1158201444")]
    [InlineData("unsubscribe", "caredesk-verify", "1158201444")]
    [InlineData("subscribe", "caredesk-verify", null)]
    [InlineData(null, "caredesk-verify", "1158201444")]
    public void Handshake_with_a_wrong_token_mode_or_no_challenge_is_refused(string? mode, string token, string? challenge)
    {
        var query = new Dictionary<string, string> { ["hub.verify_token"] = token };
        if (mode is not null)
        {
            query["hub.mode"] = mode;
        }

        if (challenge is not null)
        {
            query["hub.challenge"] = challenge;
        }

        Connector().AnswerChallenge(query).ShouldBeNull();
    }

    [Fact]
    public void Handshake_is_refused_when_no_verify_token_is_configured() =>
        Connector(verifyToken: null).AnswerChallenge(new Dictionary<string, string>
        {
            ["hub.mode"] = "subscribe",
            ["hub.verify_token"] = string.Empty,
            ["hub.challenge"] = "1",
        }).ShouldBeNull();
}
