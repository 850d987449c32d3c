using System.Net;
using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Training;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Web.Tests.Api;

public sealed class TrainingApiTests : IAsyncLifetime
{
    private readonly CareDeskApplicationFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task R18_an_agent_without_current_training_gets_403_training_expired_on_the_queue_until_an_admin_records_training()
    {
        await RemoveTrainingOfAsync("bob");
        using var bob = await _factory.SignInAsync("bob");
        using var admin = await _factory.SignInAsync("ada");

        var refused = await bob.GetAsync("/api/cases", Token);
        var problem = await refused.Content.ReadAsStringAsync(Token);
        var today = DateOnly.FromDateTime(CareDeskApplicationFactory.Start.UtcDateTime);
        var recorded = await admin.PostAsJsonAsync("/api/training/records",
            new { userName = "bob", courseCode = TrainingCourses.AePqcRecognition, courseVersion = "2026.2", completedOn = today, expiresOn = today.AddYears(1) }, Token);
        var allowed = await bob.GetAsync("/api/cases", Token);
        var status = await admin.GetFromJsonAsync<List<TrainingStatusDto>>("/api/training/status", CareDeskJson.Options, Token);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        problem.ShouldContain("training expired");
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        status.ShouldNotBeNull().Single(row => row.UserName == "bob").Current.ShouldBeTrue();
        var events = await QueryAsync(db => db.AuditEntries.Where(entry => entry.EntityType == TrainingGate.EntityType && entry.EntityId == "bob")
            .Select(entry => entry.Action).ToListAsync(Token));
        events.ShouldContain(TrainingGate.LapsedAction);
        events.ShouldContain(TrainingGate.RestoredAction);
        (await bob.PostAsJsonAsync("/api/training/records", new { userName = "bob" }, Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private Task<int> RemoveTrainingOfAsync(string userName) =>
        QueryAsync(db => db.TrainingRecords.Where(record => db.Users.Any(user => user.Id == record.UserId && user.UserName == userName)).ExecuteDeleteAsync(Token));

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
