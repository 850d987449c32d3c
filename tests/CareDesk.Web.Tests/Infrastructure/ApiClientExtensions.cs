using System.Net.Http.Json;
using System.Text.Json;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Posts;

namespace CareDesk.Web.Tests.Infrastructure;

/// <summary>Intent-named calls the tests make, so each test reads as what a user does.</summary>
public static class ApiClientExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, CareDeskJson.Options);

    public static Task<HttpResponseMessage> IngestRawAsync(this HttpClient client, object payload) => client.PostJsonAsync("/api/posts", payload);

    public static async Task<IngestPostResult> IngestAsync(this HttpClient client, string text, string? externalId = null,
        string channel = "x-cardiozen-us", string? threadId = null)
    {
        var response = await client.IngestRawAsync(new
        {
            channel,
            externalId = externalId ?? Guid.NewGuid().ToString("N"),
            author = "@patient",
            text,
            postedAt = DateTimeOffset.Parse("2026-11-23T13:58:00Z", System.Globalization.CultureInfo.InvariantCulture),
            threadId,
        });
        response.EnsureSuccessStatusCode();
        return await CareDeskApplicationFactory.ReadAsync<IngestPostResult>(response);
    }

    public static async Task<CaseDetailsDto> GetCaseAsync(this HttpClient client, int number) =>
        (await client.GetFromJsonAsync<CaseDetailsDto>($"/api/cases/{number}", CareDeskJson.Options))!;

    public static async Task<IReadOnlyList<CaseSummaryDto>> GetQueueAsync(this HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<List<CaseSummaryDto>>($"/api/cases{query}", CareDeskJson.Options))!;

    /// <summary>The "errors" member of a problem-details body, keyed by field.</summary>
    public static async Task<Dictionary<string, string[]>> ProblemErrorsAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? errors.Deserialize<Dictionary<string, string[]>>()!
            : [];
    }
}
