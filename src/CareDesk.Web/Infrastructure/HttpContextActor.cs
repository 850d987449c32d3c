using System.Security.Claims;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Web.Infrastructure;

/// <summary>The signed-in user of the current request; background work (no request) acts as "system".</summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string UserName => User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "unknown" : "system";

    public UserRole? Role => accessor.HttpContext is null
        ? UserRole.Admin
        : Enum.TryParse<UserRole>(User?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public Guid? SessionId => Guid.TryParse(User?.FindFirstValue(SessionCookie.SessionIdClaim), out var id) ? id : null;

    public string Via => accessor.HttpContext is not { } context ? ActorVia.System
        : context.Request.Path.StartsWithSegments("/api") ? ActorVia.Api : ActorVia.Ui;
}
