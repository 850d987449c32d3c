using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// Signed Meta page-feed deliveries shaped like the recorded fixture (../shared/fixtures/social/facebook/webhooks),
/// one new comment each with a unique id and a real post text from the corpus, four comments to a thread.
/// </summary>
public sealed class MetaDeliveries(string appSecret, string pageId, IReadOnlyList<string> texts)
{
    public HttpRequestMessage Create(long sequence)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            @object = "page",
            entry = new[]
            {
                new
                {
                    id = pageId,
                    time = 1449135003 + sequence,
                    changes = new[]
                    {
                        new
                        {
                            field = "feed",
                            value = new
                            {
                                item = "comment",
                                verb = "add",
                                comment_id = $"bench_{sequence}",
                                post_id = $"{pageId}_thread{sequence / 4}",
                                parent_id = $"{pageId}_thread{sequence / 4}",
                                from = new { id = $"9{sequence % 997}", name = "Bench Reader" },
                                created_time = 1449135003 + sequence,
                                message = texts[(int)(sequence % texts.Count)],
                            },
                        },
                    },
                },
            },
        });
        var message = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new("application/json");
        message.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body)));
        return message;
    }
}
